/**
 * The ledger's own view, read from its logs (`chain-source.ts`), one hook per concern: what the
 * organization and city consoles need at the chain's latest block (proofs, proposals, budgets)
 * before the indexer has seen it. Public pages and a resident's history read the indexer's API
 * instead (`api-*.ts`), and balances come from `balances.ts`.
 */
import { useQuery } from "@tanstack/react-query";
import { usePublicClient } from "wagmi";

import { ledger, ledgerFromBlock } from "../config.ts";
import {
  type ChainSource,
  fetchCities,
  fetchOffers,
  fetchOpportunities,
  fetchOrganizations,
  ledgerLogs,
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

/** A dependent query that never ran because an upstream one failed reports that failure. */
function withUpstreamError<Q extends { error: unknown; isError: boolean; isPending: boolean }>(
  query: Q,
  upstream: unknown,
): Q {
  if (!upstream || query.isError) return query;
  return { ...query, error: upstream, isError: true, isPending: false };
}
