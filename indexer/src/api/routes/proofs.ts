/**
 * The inputs of the ledger's `revoke` and `refundRedemption`: the commitment-chain proof of a record,
 * built by the SDK's one proof builder over the indexer's store, ending at a final checkpoint (a
 * proof ending at a head that a reorg could drop would be refused by the ledger). When no final
 * checkpoint covers the record yet, the answer is a 409 naming the `checkpoint(cityId)` to send.
 * Integers are decimal strings (uint192 heads do not fit a JSON number), bytes are hex.
 */
import { createRoute, z } from "@hono/zod-openapi";
import { buildRefundProof, buildRevocationProof, isCitySyncError } from "@citysync/sdk";

import { storeChainSource } from "../../sync/store-chain-source.ts";
import type { RouteModule } from "../app.ts";
import { ApiError, ErrorSchema } from "../errors.ts";
import { reflectBlock } from "../freshness.ts";
import { Decimal } from "../schemas.ts";
import { errorResponses, idParam, notFound, notFoundResponse, ok } from "./common.ts";

type Row = Record<string, unknown>;

const Bytes32 = z
  .string()
  .regex(/^0x[0-9a-f]{64}$/i)
  .openapi({ example: `0x${"ab".repeat(32)}` });

export const RevocationProofSchema = z
  .object({
    cityId: Decimal,
    rowIndex: Decimal.openapi({ description: "Index of the row in `proof.rows`: pass it in `rowIndexes`." }),
    proof: z
      .object({
        orgId: Decimal,
        firstSeq: Decimal,
        timestamp: Decimal,
        evidenceRoot: Bytes32,
        rows: z.array(Bytes32),
        prevHead: Decimal,
        laterRecords: z.array(Bytes32),
      })
      .openapi("AttestationBatchProof", {
        description: "The `proof` argument of `revoke(proof, rowIndexes, reason)`.",
      }),
  })
  .openapi("RevocationProof");

export const RefundProofSchema = z
  .object({
    offerId: Decimal,
    seq: Decimal,
    proof: z
      .object({
        resident: z.string(),
        cityId: Decimal,
        credits: Decimal,
        timestamp: Decimal,
        prevHead: Decimal,
        laterRecords: z.array(Bytes32),
      })
      .openapi("RedemptionProof", {
        description: "The `proof` argument of `refundRedemption(offerId, seq, proof)`.",
      }),
  })
  .openapi("RefundProof");

const conflictResponse = {
  409: {
    description:
      "No proof can be given now: CHECKPOINT_NEEDED (send `checkpoint(cityId)`, the city in `details.cityId`, retry once final), ALREADY_REVOKED or NOT_PENDING",
    content: { "application/json": { schema: ErrorSchema } },
  },
};

const revocationProof = createRoute({
  method: "get",
  path: "/v1/attestations/{orgId}/{seq}/revocation-proof",
  tags: ["attestations", "proofs"],
  summary: "The `revoke` input for this attestation row, ending at a final checkpoint",
  request: {
    params: z.strictObject({ orgId: idParam("orgId"), seq: idParam("seq") }),
    query: z.strictObject({}),
  },
  responses: {
    ...ok(RevocationProofSchema, "The revocation proof"),
    ...errorResponses,
    ...notFoundResponse,
    ...conflictResponse,
  },
});

const refundProof = createRoute({
  method: "get",
  path: "/v1/redemptions/{offerId}/{seq}/refund-proof",
  tags: ["redemptions", "proofs"],
  summary: "The `refundRedemption` input for this pending redemption, ending at a final checkpoint",
  request: {
    params: z.strictObject({ offerId: idParam("offerId"), seq: idParam("seq") }),
    query: z.strictObject({}),
  },
  responses: {
    ...ok(RefundProofSchema, "The refund proof"),
    ...errorResponses,
    ...notFoundResponse,
    ...conflictResponse,
  },
});

/** The SDK's "checkpoint needed" becomes a 409 that keeps its message and names the city in `details`. */
async function proving<T>(build: () => Promise<T>, what: string, parameter: string): Promise<T> {
  try {
    return await build();
  } catch (error) {
    if (isCitySyncError(error) && error.code === "CHECKPOINT_NEEDED") {
      throw new ApiError(409, "CHECKPOINT_NEEDED", error.message, {
        parameter,
        cause: error,
        details: { cityId: String(error.details.cityId) },
      });
    }
    // The row is indexed but its commitment is not (yet): same answer as an unindexed row.
    if (isCitySyncError(error) && error.code === "UNKNOWN_RECORD") notFound(what, parameter);
    throw error;
  }
}

export const proofRoutes: RouteModule = (app, deps) => {
  const source = () => storeChainSource(deps.db);

  app.openapi(revocationProof, async (c) => {
    const { orgId, seq } = c.req.valid("param");
    await reflectBlock(c, deps);
    const [row] = await deps.db.query<Row>(
      "SELECT revoked FROM attestations WHERE org_id = $1::bigint AND seq = $2::bigint",
      [orgId, seq],
    );
    if (!row) notFound(`Attestation ${orgId}/${seq}`, "seq");
    if (row.revoked) {
      throw new ApiError(409, "ALREADY_REVOKED", `Attestation ${orgId}/${seq} is already revoked.`, {
        parameter: "seq",
      });
    }
    const built = await proving(
      () => buildRevocationProof(source(), BigInt(orgId), BigInt(seq)),
      `The commitment of attestation ${orgId}/${seq}`,
      "seq",
    );
    const { proof } = built;
    return c.json(
      {
        cityId: built.cityId.toString(),
        rowIndex: String(built.rowIndex),
        proof: {
          orgId: String(proof.orgId),
          firstSeq: String(proof.firstSeq),
          timestamp: String(proof.timestamp),
          evidenceRoot: proof.evidenceRoot,
          rows: proof.rows,
          prevHead: proof.prevHead.toString(),
          laterRecords: proof.laterRecords,
        },
      },
      200,
    );
  });

  app.openapi(refundProof, async (c) => {
    const { offerId, seq } = c.req.valid("param");
    await reflectBlock(c, deps);
    const [row] = await deps.db.query<Row>(
      "SELECT status FROM redemptions WHERE offer_id = $1::bigint AND seq = $2::bigint",
      [offerId, seq],
    );
    if (!row) notFound(`Redemption ${offerId}/${seq}`, "seq");
    if (row.status !== "pending") {
      throw new ApiError(
        409,
        "NOT_PENDING",
        `Redemption ${offerId}/${seq} is ${String(row.status)}: only a pending redemption can be refunded.`,
        { parameter: "seq" },
      );
    }
    const proof = await proving(
      () => buildRefundProof(source(), BigInt(offerId), BigInt(seq)),
      `The commitment of redemption ${offerId}/${seq}`,
      "seq",
    );
    return c.json(
      {
        offerId,
        seq,
        proof: {
          resident: proof.resident,
          cityId: String(proof.cityId),
          credits: proof.credits.toString(),
          timestamp: String(proof.timestamp),
          prevHead: proof.prevHead.toString(),
          laterRecords: proof.laterRecords,
        },
      },
      200,
    );
  });
};
