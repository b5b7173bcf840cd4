/**
 * Revocation and refund proofs for the organization console, built by the SDK's one proof
 * implementation from the ledger's logs. The API serves the same proofs
 * (`…/revocation-proof`, `…/refund-proof`), but its "checkpoint needed" answer names the city
 * only in its message, while the checkpoint prompt needs the SDK error's `details.cityId`:
 * moving to the API changes `proofSource` and `checkpointNeededFor`.
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
