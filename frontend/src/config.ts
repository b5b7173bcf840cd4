/**
 * Where the dApp finds the chain and the services. Build-time values (Vite `VITE_*` variables)
 * override the defaults of the local stack that `npm start` runs; the ledger's address and its
 * deployment block come from the SDK's generated deployment records.
 */
import { LOCAL_CHAIN_ID, LOCAL_RPC_URL } from "@sdk/chains.ts";
import { deployments } from "@sdk/generated/contracts.ts";
import type { Address } from "viem";

const env = import.meta.env;

export const chainId = Number(env.VITE_CHAIN_ID ?? LOCAL_CHAIN_ID);
export const rpcUrl: string = env.VITE_RPC_URL ?? LOCAL_RPC_URL;

const record = deployments[chainId]?.CivicLedger;

/** The ledger, or undefined when nothing is deployed on the configured chain. */
export const ledger: Address | undefined =
  (env.VITE_LEDGER_ADDRESS as Address | undefined) ?? record?.address;
/** First block worth reading logs from. */
export const ledgerFromBlock: bigint = env.VITE_LEDGER_FROM_BLOCK
  ? BigInt(env.VITE_LEDGER_FROM_BLOCK)
  : (record?.blockNumber ?? 0n);

/** Submits signed redemptions for residents without gas (served next to the dApp). */
export const relayUrl: string = env.VITE_RELAY_URL ?? "/relay";
/** The local Safe proposal service (the Safe Transaction Service on public chains). */
export const safeProposalsUrl: string = env.VITE_SAFE_PROPOSALS_URL ?? "http://127.0.0.1:8547";
/** The indexer's HTTP API: declared beside its client (`data/api.ts`), which public pages load without viem. */
export { apiUrl } from "./data/api.ts";
