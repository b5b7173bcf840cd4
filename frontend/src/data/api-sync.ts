/**
 * How far the indexer behind the API has got: its `/health` route gives the block it has indexed
 * and the chain head it sees. A write waits on it before the lists that show the write are read
 * again (else they would come back without it), and the data pages warn when it lags.
 */
import { api, unwrapApi } from "./api.ts";

export interface SyncStatus {
  /** The last block the API's data reflects (null before the first sync). */
  indexedBlock: bigint | null;
  /** The chain head the indexer sees (null when it cannot see one). */
  chainHeadBlock: bigint | null;
  /** The last block the indexer holds as final (null before the first sync). */
  finalizedBlock: bigint | null;
}

const big = (value: string | null): bigint | null => (value === null ? null : BigInt(value));

export async function readSyncStatus(signal?: AbortSignal): Promise<SyncStatus> {
  const health = unwrapApi(await api().GET("/health", { signal }));
  return {
    indexedBlock: big(health.indexedBlock),
    chainHeadBlock: big(health.chainHeadBlock),
    finalizedBlock: big(health.finalizedBlock),
  };
}

export class IndexingTimeoutError extends Error {
  constructor(block: bigint, cause?: unknown) {
    super(`The data service had not reached block ${block} in time.`, { cause });
    this.name = "IndexingTimeoutError";
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves once the API reflects `block` (with `final`, once it holds that block as final);
 * rejects with `IndexingTimeoutError` after `timeoutMs` (a failing or absent API counts as not
 * there yet, so a slow restart does not abort the wait).
 */
export async function waitUntilIndexed(
  block: bigint,
  { timeoutMs = 60_000, intervalMs = 500, read = readSyncStatus, final = false } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const status = await read();
      const reached = final ? status.finalizedBlock : status.indexedBlock;
      if (reached !== null && reached >= block) return;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() + intervalMs > deadline) throw new IndexingTimeoutError(block, lastError);
    await sleep(intervalMs);
  }
}

/** Blocks of lag the data pages tolerate before they say the data may be old. */
export const BEHIND_TOLERANCE = 5n;

export type Freshness = "fresh" | "behind" | "down";

/**
 * What the data pages tell the reader about the API: nothing while it answers and keeps up,
 * "behind" when the indexer trails the chain head by more than `tolerance` blocks, "down" when
 * the API does not answer (or answers with a server error).
 */
export function freshnessOf(
  result: { status?: SyncStatus; error?: unknown },
  tolerance: bigint = BEHIND_TOLERANCE,
): Freshness {
  if (result.error !== undefined && result.error !== null) {
    const { name, status } = result.error as { name?: string; status?: number };
    if (name === "ApiNotConfiguredError") return "fresh";
    if (name === "ApiRequestError" && status !== undefined && status < 500) return "fresh";
    return "down";
  }
  const s = result.status;
  if (!s || s.chainHeadBlock === null) return "fresh";
  if (s.indexedBlock === null) return "behind";
  return s.chainHeadBlock - s.indexedBlock > tolerance ? "behind" : "fresh";
}
