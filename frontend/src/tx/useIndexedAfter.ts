import { type QueryKey, useQueryClient } from "@tanstack/react-query";

import { IndexingTimeoutError, waitUntilIndexed } from "../data/api-sync.ts";

export type IndexedOutcome = "indexed" | "late";

/**
 * After a write is confirmed: waits until the API reflects its block, then refetches the queries
 * it changed (all of them when `keys` is not given), so lists, balances and histories show it.
 * Resolves "late" when the API takes too long (the write happened; the lists will catch up).
 */
export function useIndexedAfter(
  keys?: readonly QueryKey[],
  timeoutMs?: number,
): (block: bigint) => Promise<IndexedOutcome> {
  const queryClient = useQueryClient();
  return async (block: bigint) => {
    let outcome: IndexedOutcome = "indexed";
    try {
      await waitUntilIndexed(block, { timeoutMs });
    } catch (error) {
      if (!(error instanceof IndexingTimeoutError)) throw error;
      outcome = "late";
    }
    if (keys === undefined) await queryClient.invalidateQueries();
    else await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    return outcome;
  };
}
