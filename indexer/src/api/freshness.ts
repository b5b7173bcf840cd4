/**
 * Every data response says which block it reflects and whether that block is final:
 *   X-Block-Number, X-Block-Hash, X-Block-Final, X-Finalized-Block.
 * Data that is final AND can no longer change (a refunded redemption, a revoked attestation,
 * a past day's records) may be cached by anyone; everything else is revalidated with its ETag
 * (`no-cache`), since a final record can still change state later (be revoked, fulfilled).
 */
import type { Context } from "hono";

import type { ApiDeps, SyncStatus } from "./context.ts";

/** Seconds a shared cache may keep a final answer. */
const FINAL_MAX_AGE = 3600;

export function isFinal(status: SyncStatus, block: bigint | null = status.indexedBlock): boolean {
  return block !== null && status.finalizedBlock !== null && block <= status.finalizedBlock;
}

export function setBlockHeaders(
  c: Context,
  status: SyncStatus,
  final = isFinal(status),
  immutable = false,
): void {
  if (status.indexedBlock !== null) c.header("X-Block-Number", status.indexedBlock.toString());
  if (status.indexedHash !== null) c.header("X-Block-Hash", status.indexedHash);
  if (status.finalizedBlock !== null) c.header("X-Finalized-Block", status.finalizedBlock.toString());
  c.header("X-Block-Final", final ? "true" : "false");
  c.header("Cache-Control", final && immutable ? `public, max-age=${FINAL_MAX_AGE}` : "no-cache");
}

/** Reads the sync status and stamps the response with it. */
export async function reflectBlock(
  c: Context,
  deps: ApiDeps,
  final?: (s: SyncStatus) => boolean,
  immutable = false,
): Promise<SyncStatus> {
  const status = (c.get("syncStatus") as SyncStatus | undefined) ?? (await deps.status());
  setBlockHeaders(c, status, final ? final(status) : isFinal(status), immutable);
  return status;
}
