/**
 * Revocation and refund proofs from the City/Sync API: the indexer builds them with this SDK's
 * proof builder (commitment-chain.ts) over its store, so they equal what `buildRevocationProof` /
 * `buildRefundProof` give from logs. Decimal strings become the ledger's integer types, and a
 * "checkpoint needed" answer becomes the same `CitySyncError` (with `details.cityId`) the
 * builders throw, so callers handle one error whichever source they use.
 */
import type { Address, Hex } from "viem";

import { ApiRequestError, type CitySyncApiClient, unwrapApi } from "./api-client.ts";
import type { AttestationBatchProof, RedemptionProof } from "./commitment-chain.ts";
import { CitySyncError } from "./errors.ts";

async function fromApi<T>(
  request: () => Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  try {
    return unwrapApi(await request());
  } catch (error) {
    if (error instanceof ApiRequestError && error.code === "CHECKPOINT_NEEDED" && error.details.cityId) {
      throw new CitySyncError("CHECKPOINT_NEEDED", error.message, {
        cause: error,
        details: { cityId: BigInt(error.details.cityId) },
      });
    }
    throw error;
  }
}

/** The `revoke(proof, rowIndexes, reason)` input for attestation `orgId`/`seq`, from the API. */
export async function fetchRevocationProof(
  client: CitySyncApiClient,
  orgId: bigint,
  seq: bigint,
): Promise<{ proof: AttestationBatchProof; rowIndex: number; cityId: bigint }> {
  const body = await fromApi(() =>
    client.GET("/v1/attestations/{orgId}/{seq}/revocation-proof", {
      params: { path: { orgId: orgId.toString(), seq: seq.toString() } },
    }),
  );
  const p = body.proof;
  return {
    cityId: BigInt(body.cityId),
    rowIndex: Number(body.rowIndex),
    proof: {
      orgId: Number(p.orgId),
      firstSeq: Number(p.firstSeq),
      timestamp: Number(p.timestamp),
      evidenceRoot: p.evidenceRoot as Hex,
      rows: p.rows as Hex[],
      prevHead: BigInt(p.prevHead),
      laterRecords: p.laterRecords as Hex[],
    },
  };
}

/** The `refundRedemption(offerId, seq, proof)` proof for redemption `offerId`/`seq`, from the API. */
export async function fetchRefundProof(
  client: CitySyncApiClient,
  offerId: bigint,
  seq: bigint,
): Promise<RedemptionProof> {
  const body = await fromApi(() =>
    client.GET("/v1/redemptions/{offerId}/{seq}/refund-proof", {
      params: { path: { offerId: offerId.toString(), seq: seq.toString() } },
    }),
  );
  const p = body.proof;
  return {
    resident: p.resident as Address,
    cityId: Number(p.cityId),
    credits: BigInt(p.credits),
    timestamp: Number(p.timestamp),
    prevHead: BigInt(p.prevHead),
    laterRecords: p.laterRecords as Hex[],
  };
}
