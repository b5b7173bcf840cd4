/** The sync status as the store records it (`sync_state`, written with the data it describes). */
import type { StoreReader, SyncStatus } from "./context.ts";

export function storeStatus(db: StoreReader, chainHead?: () => bigint | null): () => Promise<SyncStatus> {
  return async () => {
    const [row] = await db.query<{
      chain_id: bigint;
      block_number: bigint;
      block_hash: string | null;
      finalized_block: bigint;
      start_block: bigint;
      chain_time: bigint | null;
    }>(
      `SELECT chain_id, block_number, block_hash, finalized_block, start_block,
              (SELECT timestamp FROM events ORDER BY block_number DESC, log_index DESC LIMIT 1) AS chain_time
       FROM sync_state WHERE id = 1`,
    );
    if (!row)
      return {
        chainId: 0,
        indexedBlock: null,
        indexedHash: null,
        finalizedBlock: null,
        chainHeadBlock: chainHead?.() ?? null,
        chainTime: null,
      };
    const indexed = BigInt(row.block_number);
    return {
      chainId: Number(row.chain_id),
      indexedBlock: indexed >= BigInt(row.start_block) ? indexed : null,
      indexedHash: row.block_hash,
      finalizedBlock: BigInt(row.finalized_block),
      chainHeadBlock: chainHead?.() ?? null,
      chainTime: row.chain_time === null ? null : BigInt(row.chain_time),
    };
  };
}
