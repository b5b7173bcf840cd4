/**
 * Every data response says which block it reflects and whether that block is final:
 *   X-Block-Number, X-Block-Hash, X-Block-Final, X-Finalized-Block.
 * Final data can be cached by anyone; the rest is revalidated with its ETag.
 */
import type { Context } from "hono";

import type { ApiDeps, SyncStatus } from "./context.ts";

/** Seconds a shared cache may keep a final answer. */
const FINAL_MAX_AGE = 3600;

export function isFinal(status: SyncStatus, block: bigint | null = status.indexedBlock): boolean {
  return block !== null && status.finalizedBlock !== null && block <= status.finalizedBlock;
}

export function setBlockHeaders(c: Context, status: SyncStatus, final = isFinal(status)): void {
  if (status.indexedBlock !== null) c.header("X-Block-Number", status.indexedBlock.toString());
  if (status.indexedHash !== null) c.header("X-Block-Hash", status.indexedHash);
  if (status.finalizedBlock !== null) c.header("X-Finalized-Block", status.finalizedBlock.toString());
  c.header("X-Block-Final", final ? "true" : "false");
  c.header("Cache-Control", final ? `public, max-age=${FINAL_MAX_AGE}` : "no-cache");
}

/** Reads the sync status and stamps the response with it. */
export async function reflectBlock(c: Context, deps: ApiDeps, final?: (s: SyncStatus) => boolean): Promise<SyncStatus> {
  const status = await deps.status();
  setBlockHeaders(c, status, final ? final(status) : isFinal(status));
  return status;
}
