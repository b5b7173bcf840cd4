/**
 * The tests' window on a city's commitment chain: the SDK's log-based chain source and proofs
 * (sdk/src/commitment-chain.ts, the same code the CLI and the indexer use), read through the
 * Hardhat connection the tests already hold. Tests keep ethers for sending.
 */
import {
  type AttestationBatchProof,
  type ChainSource,
  type ProofOptions,
  type RedemptionProof,
  buildRefundProof,
  buildRevocationProof,
  createCitySyncPublicClient,
  foldHeads,
  logsChainSource,
} from "@citysync/sdk";
import type { Address } from "viem";

import type { ICivicLedger } from "../../../types/ethers-contracts/index.ts";

/** What the helpers need of Hardhat's ethers provider: JSON-RPC requests. */
interface RpcSender {
  send(method: string, params?: unknown[] | Record<string, unknown>): Promise<unknown>;
}

/**
 * Proofs built here end at the city's live head unless a stored checkpoint covers the record:
 * tests send them before anything else is recorded in the city.
 */
const LIVE_HEAD: ProofOptions = { liveHead: true };

/** Every record and checkpoint of the ledger, rebuilt from its logs by the SDK. */
export async function chainSource(ledger: ICivicLedger, provider: RpcSender): Promise<ChainSource> {
  const client = createCitySyncPublicClient({
    request: ({ method, params }) => provider.send(method, (params ?? []) as unknown[]),
  });
  return logsChainSource(client, (await ledger.getAddress()) as Address, 0n);
}

/** The head the ledger should hold for `cityId` after its first `upTo` records (all by default). */
export async function cityHead(
  ledger: ICivicLedger,
  provider: RpcSender,
  cityId: bigint,
  upTo?: number,
): Promise<bigint> {
  const source = await chainSource(ledger, provider);
  const length = upTo === undefined ? await source.length(cityId) : BigInt(upTo);
  return foldHeads(0n, length === 0n ? [] : await source.records(cityId, 1n, length));
}

/** Number of records in `cityId`'s chain. */
export async function chainLength(
  ledger: ICivicLedger,
  provider: RpcSender,
  cityId: bigint,
): Promise<number> {
  return Number(await (await chainSource(ledger, provider)).length(cityId));
}

/** The revocation proof of the batch holding attestation (orgId, seq). */
export async function batchProof(
  ledger: ICivicLedger,
  provider: RpcSender,
  orgId: bigint,
  seq: bigint,
  options: ProofOptions = LIVE_HEAD,
): Promise<AttestationBatchProof> {
  return (await buildRevocationProof(await chainSource(ledger, provider), orgId, seq, options)).proof;
}

/** The refund proof of redemption (offerId, seq). */
export async function redemptionProof(
  ledger: ICivicLedger,
  provider: RpcSender,
  offerId: bigint,
  seq: bigint,
  options: ProofOptions = LIVE_HEAD,
): Promise<RedemptionProof> {
  return buildRefundProof(await chainSource(ledger, provider), offerId, seq, options);
}
