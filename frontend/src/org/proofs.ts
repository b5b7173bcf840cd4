/**
 * Revocation and refund proofs for the organization console, built by the SDK's one proof
 * implementation from the ledger's logs. The indexer's API serves no proof route, so the logs are
 * the source whether or not `VITE_API_URL` is set; swapping in an API-backed `ChainSource` changes
 * `proofSource` only.
 */
import {
  type ChainSource as ProofSource,
  buildRefundProof,
  buildRevocationProof,
  logsChainSource,
} from "@sdk/commitment-chain.ts";

import type { ChainSource } from "../data/chain-source.ts";

export function proofSource(source: ChainSource): Promise<ProofSource> {
  return logsChainSource(source.client, source.ledger, source.fromBlock);
}

export async function revocationProof(source: ChainSource, orgId: number, seq: bigint) {
  return buildRevocationProof(await proofSource(source), BigInt(orgId), seq);
}

export async function refundProof(source: ChainSource, offerId: number, seq: number) {
  return buildRefundProof(await proofSource(source), BigInt(offerId), BigInt(seq));
}

/** The city whose checkpoint a proof waits for, when that is why it failed. */
export function checkpointNeededFor(error: unknown): number | undefined {
  const e = error as { code?: unknown; details?: { cityId?: unknown } } | undefined;
  if (e?.code !== "CHECKPOINT_NEEDED") return undefined;
  return Number(e.details?.cityId);
}
