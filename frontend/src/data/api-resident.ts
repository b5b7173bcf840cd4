/**
 * A resident's own history from the API: the contributions organizations attested (with their
 * revocations) and the redemptions, newest first. Balances are not here: they are read from the
 * ledger through wagmi, like every write.
 */
import { useQuery } from "@tanstack/react-query";

import { MAX_PAGE, api, collectPages, unwrapApi } from "./api.ts";

/**
 * The indexer follows the chain within a block or two; polling while the page is open shows a
 * confirmation, a revocation or a fulfilment without a reload.
 */
const POLL_MS = 4_000;

const newestFirst = <T extends { blockNumber: string; logIndex: number }>(rows: T[]): T[] =>
  rows.sort((a, b) => {
    const blocks = BigInt(b.blockNumber) - BigInt(a.blockNumber);
    return blocks !== 0n ? (blocks > 0n ? 1 : -1) : b.logIndex - a.logIndex;
  });

export function useContributionHistory(resident: string | undefined) {
  return useQuery({
    queryKey: ["api", "resident-attestations", resident?.toLowerCase()],
    queryFn: async () =>
      newestFirst(
        (
          await collectPages(async (cursor) =>
            unwrapApi(
              await api().GET("/v1/attestations", {
                params: {
                  query: { resident: resident!, limit: String(MAX_PAGE), ...(cursor ? { cursor } : {}) },
                },
              }),
            ),
          )
        ).items,
      ),
    enabled: Boolean(resident),
    refetchInterval: POLL_MS,
  });
}

export function useResidentRedemptions(resident: string | undefined) {
  return useQuery({
    queryKey: ["api", "resident-redemptions", resident?.toLowerCase()],
    queryFn: async () =>
      newestFirst(
        (
          await collectPages(async (cursor) =>
            unwrapApi(
              await api().GET("/v1/redemptions", {
                params: {
                  query: { resident: resident!, limit: String(MAX_PAGE), ...(cursor ? { cursor } : {}) },
                },
              }),
            ),
          )
        ).items,
      ),
    enabled: Boolean(resident),
    refetchInterval: POLL_MS,
  });
}
