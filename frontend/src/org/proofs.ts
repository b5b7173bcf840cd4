/**
 * Revocation and refund proofs for the organization console, from the indexer's API: it builds
 * them with the SDK's one proof implementation over its store, ending at a final checkpoint. When
 * no checkpoint covers the record yet, the SDK's error names the city to checkpoint.
 */
import { fetchRefundProof, fetchRevocationProof } from "@sdk/api-proofs.ts";

import { api } from "../data/api.ts";

export function revocationProof(orgId: number, seq: bigint) {
  return fetchRevocationProof(api(), BigInt(orgId), seq);
}

export function refundProof(offerId: number, seq: number) {
  return fetchRefundProof(api(), BigInt(offerId), BigInt(seq));
}

/** The city whose checkpoint a proof waits for, when that is why it failed. */
export function checkpointNeededFor(error: unknown): number | undefined {
  const e = error as { code?: unknown; details?: { cityId?: unknown } } | undefined;
  if (e?.code !== "CHECKPOINT_NEEDED") return undefined;
  return Number(e.details?.cityId);
}
