/**
 * Data access, one hook per concern. Each list comes from the chain today (`chain-source.ts`);
 * when the indexer's HTTP API is configured, a hook switches its `queryFn` to the API and keeps
 * its return shape (`types.ts`), so pages do not change.
 */
import { iCivicLedgerAbi } from "@sdk/generated/contracts.ts";
import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { usePublicClient } from "wagmi";

import { ledger, ledgerFromBlock } from "../config.ts";
import {
  type ChainSource,
  blockTimes,
  contributionsFrom,
  fetchCities,
  fetchOffers,
  fetchOpportunities,
  fetchOrganizations,
  ledgerLogs,
  redemptionsFrom,
} from "./chain-source.ts";

/** How long a list stays fresh: a block on the local chain is instant, on an L2 about 2 s. */
const FRESH_MS = 4_000;

export class LedgerMissingError extends Error {
  constructor() {
    super("No City/Sync ledger is configured for this chain.");
    this.name = "LedgerMissingError";
  }
}

export function useChainSource(): ChainSource {
  const client = usePublicClient();
  if (!client) throw new Error("The wagmi config has no client for the app's chain.");
  return { client: client as ChainSource["client"], ledger: ledger ?? "0x", fromBlock: ledgerFromBlock };
}

function requireLedger(): void {
  if (!ledger) throw new LedgerMissingError();
}

export function useLedgerLogs() {
  const source = useChainSource();
  return useQuery({
    queryKey: ["ledger-logs", source.ledger],
    queryFn: () => (requireLedger(), ledgerLogs(source)),
    staleTime: FRESH_MS,
  });
}

export function useCities() {
  const source = useChainSource();
  return useQuery({
    queryKey: ["cities", source.ledger],
    queryFn: () => (requireLedger(), fetchCities(source)),
    staleTime: 60_000,
  });
}

export function useOrganizations() {
  const source = useChainSource();
  const logs = useLedgerLogs();
  return useQuery({
    queryKey: ["organizations", source.ledger, logs.dataUpdatedAt],
    queryFn: () => fetchOrganizations(source, logs.data!),
    enabled: logs.isSuccess,
    staleTime: FRESH_MS,
    placeholderData: (previous) => previous,
  });
}

export function useOpportunities() {
  const source = useChainSource();
  const logs = useLedgerLogs();
  const orgs = useOrganizations();
  const query = useQuery({
    queryKey: ["opportunities", source.ledger, logs.dataUpdatedAt, orgs.dataUpdatedAt],
    queryFn: () => fetchOpportunities(source, logs.data!, orgs.data!),
    enabled: logs.isSuccess && orgs.isSuccess,
    staleTime: FRESH_MS,
    placeholderData: (previous) => previous,
  });
  return withUpstreamError(query, logs.error ?? orgs.error);
}

export function useOffers() {
  const source = useChainSource();
  const logs = useLedgerLogs();
  const query = useQuery({
    queryKey: ["offers", source.ledger, logs.dataUpdatedAt],
    queryFn: () => fetchOffers(source, logs.data!),
    enabled: logs.isSuccess,
    staleTime: FRESH_MS,
    placeholderData: (previous) => previous,
  });
  return withUpstreamError(query, logs.error);
}

/** Spendable and lifetime credits of a resident in every city. */
export function useCredits(resident: Address | undefined) {
  const source = useChainSource();
  const cities = useCities();
  const query = useQuery({
    queryKey: ["credits", source.ledger, resident, cities.dataUpdatedAt],
    queryFn: () =>
      Promise.all(
        cities.data!.map(async (city) => {
          const [balance, lifetime] = await Promise.all(
            (["balanceOf", "lifetimeEarned"] as const).map((functionName) =>
              source.client.readContract({
                address: source.ledger,
                abi: iCivicLedgerAbi,
                functionName,
                args: [city.id, resident!],
              }),
            ),
          );
          return { city, balance: balance!, lifetime: lifetime! };
        }),
      ),
    enabled: Boolean(resident) && cities.isSuccess,
    staleTime: FRESH_MS,
  });
  return withUpstreamError(query, cities.error);
}

/** A resident's contribution history, newest first, with dates. */
export function useContributions(resident: Address | undefined) {
  const source = useChainSource();
  const logs = useLedgerLogs();
  const opportunities = useOpportunities();
  const query = useQuery({
    queryKey: ["contributions", source.ledger, resident, logs.dataUpdatedAt, opportunities.dataUpdatedAt],
    queryFn: async () => {
      const rows = contributionsFrom(logs.data!, opportunities.data!, resident).reverse();
      const times = await blockTimes(
        source,
        rows.map((r) => r.blockNumber),
      );
      return rows.map((r) => ({ ...r, timestamp: times.get(r.blockNumber)! }));
    },
    enabled: Boolean(resident) && logs.isSuccess && opportunities.isSuccess,
    staleTime: FRESH_MS,
  });
  return withUpstreamError(query, logs.error ?? opportunities.error);
}

/** A resident's redemptions, newest first, with dates. */
export function useRedemptions(resident: Address | undefined) {
  const source = useChainSource();
  const logs = useLedgerLogs();
  const query = useQuery({
    queryKey: ["redemptions", source.ledger, resident, logs.dataUpdatedAt],
    queryFn: async () => {
      const rows = redemptionsFrom(logs.data!, resident).reverse();
      const times = await blockTimes(
        source,
        rows.map((r) => r.blockNumber),
      );
      return rows.map((r) => ({ ...r, timestamp: times.get(r.blockNumber)! }));
    },
    enabled: Boolean(resident) && logs.isSuccess,
    staleTime: FRESH_MS,
  });
  return withUpstreamError(query, logs.error);
}

/** A dependent query that never ran because an upstream one failed reports that failure. */
function withUpstreamError<Q extends { error: unknown; isError: boolean; isPending: boolean }>(
  query: Q,
  upstream: unknown,
): Q {
  if (!upstream || query.isError) return query;
  return { ...query, error: upstream, isError: true, isPending: false };
}

/** Everything the public dashboard shows, from all contributions and redemptions. */
export function useDashboardData() {
  const source = useChainSource();
  const logs = useLedgerLogs();
  const cities = useCities();
  const orgs = useOrganizations();
  const opportunities = useOpportunities();
  const offers = useOffers();
  const ready =
    logs.isSuccess && cities.isSuccess && orgs.isSuccess && opportunities.isSuccess && offers.isSuccess;
  const query = useQuery({
    queryKey: ["dashboard", source.ledger, logs.dataUpdatedAt, offers.dataUpdatedAt],
    queryFn: async () => {
      const contributions = contributionsFrom(logs.data!, opportunities.data!);
      const redemptions = redemptionsFrom(logs.data!);
      const times = await blockTimes(source, [
        ...contributions.map((c) => c.blockNumber),
        ...redemptions.map((r) => r.blockNumber),
      ]);
      return {
        cities: cities.data!,
        opportunities: opportunities.data!,
        offers: offers.data!,
        organizations: orgs.data!.length,
        contributions: contributions.map((c) => ({ ...c, timestamp: times.get(c.blockNumber)! })),
        redemptions: redemptions.map((r) => ({ ...r, timestamp: times.get(r.blockNumber)! })),
      };
    },
    enabled: ready,
    staleTime: 30_000,
  });
  return withUpstreamError(
    query,
    logs.error ?? cities.error ?? orgs.error ?? opportunities.error ?? offers.error,
  );
}
