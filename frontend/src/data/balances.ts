/**
 * A resident's spendable and lifetime credits in every city, read from the ledger through wagmi
 * (balances never come from the indexer, which may be a block behind a redemption just signed).
 * The list of cities comes from the API.
 */
import { iCivicLedgerAbi } from "@sdk/generated/contracts.ts";
import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { usePublicClient } from "wagmi";

import { ledger } from "../config.ts";
import { useCities } from "./api-lists.ts";
import { LedgerMissingError } from "./hooks.ts";

export function useBalances(resident: Address | undefined) {
  const client = usePublicClient();
  const cities = useCities();
  const query = useQuery({
    queryKey: ["balances", ledger, resident, cities.dataUpdatedAt],
    queryFn: () => {
      if (!ledger) throw new LedgerMissingError();
      if (!client) throw new Error("The wagmi config has no client for the app's chain.");
      return Promise.all(
        cities.data!.map(async (city) => {
          const [balance, lifetime] = await Promise.all(
            (["balanceOf", "lifetimeEarned"] as const).map((functionName) =>
              client.readContract({
                address: ledger!,
                abi: iCivicLedgerAbi,
                functionName,
                args: [city.cityId, resident!],
              }),
            ),
          );
          return { city, balance: balance!, lifetime: lifetime! };
        }),
      );
    },
    enabled: Boolean(resident) && cities.isSuccess,
    staleTime: 4_000,
  });
  if (cities.isError && !query.isError) return { ...query, error: cities.error, isError: true as const };
  return query;
}
