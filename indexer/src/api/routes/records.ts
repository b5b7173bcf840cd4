/**
 * Attestations (by organization and sequence, by transaction, revoked or not) and redemptions
 * (status pending / fulfilled / refunded). Final records say so: `X-Block-Final` compares the
 * record's last change with the finalized block.
 */
import { createRoute, z } from "@hono/zod-openapi";

import type { RouteModule } from "../app.ts";
import { ApiError } from "../errors.ts";
import { isFinal, reflectBlock } from "../freshness.ts";
import { toPage } from "../pagination.ts";
import { Address, Cursor, Decimal, Limit, TxHash, pageOf, uintParam } from "../schemas.ts";
import {
  dec,
  decOrNull,
  errorResponses,
  idParam,
  int,
  iso,
  notFound,
  notFoundResponse,
  ok,
  paging,
} from "./common.ts";

type Row = Record<string, unknown>;

export const AttestationSchema = z
  .object({
    orgId: z.number().int(),
    seq: z.string(),
    batch: z.object({ firstSeq: z.string(), size: z.number().int(), rowIndex: z.number().int() }),
    cityId: z.number().int(),
    resident: z.string(),
    opportunityId: z.number().int(),
    units: Decimal,
    credits: Decimal,
    attester: z.string(),
    evidenceRoot: z.string(),
    txHash: z.string(),
    blockNumber: z.string(),
    logIndex: z.number().int(),
    time: z.string(),
    revoked: z.boolean(),
    revocation: z
      .object({
        reason: z.number().int().nullable(),
        revoker: z.string().nullable(),
        clawedBack: Decimal.nullable(),
        shortfall: Decimal.nullable(),
        blockNumber: z.string().nullable(),
      })
      .nullable(),
  })
  .openapi("Attestation");

export function attestationJson(r: Row) {
  return {
    orgId: int(r.org_id),
    seq: dec(r.seq),
    batch: { firstSeq: dec(r.first_seq), size: int(r.batch_size), rowIndex: int(r.row_index) },
    cityId: int(r.city_id),
    resident: String(r.resident),
    opportunityId: int(r.opportunity_id),
    units: dec(r.units),
    credits: dec(r.credits),
    attester: String(r.attester),
    evidenceRoot: String(r.evidence_root),
    txHash: String(r.tx_hash),
    blockNumber: dec(r.block_number),
    logIndex: int(r.log_index),
    time: iso(r.timestamp),
    revoked: Boolean(r.revoked),
    revocation: r.revoked
      ? {
          reason: r.revoke_reason === null ? null : int(r.revoke_reason),
          revoker: (r.revoker as string | null) ?? null,
          clawedBack: decOrNull(r.clawed_back),
          shortfall: decOrNull(r.shortfall),
          blockNumber: decOrNull(r.revoked_block),
        }
      : null,
  };
}

export const RedemptionSchema = z
  .object({
    offerId: z.number().int(),
    seq: z.string(),
    orgId: z.number().int(),
    resident: z.string(),
    cityId: z.number().int().openapi({ description: "City whose credits were burned." }),
    credits: Decimal,
    status: z.enum(["pending", "fulfilled", "refunded"]),
    txHash: z.string(),
    blockNumber: z.string(),
    logIndex: z.number().int(),
    time: z.string(),
    settledAt: z.string().nullable(),
  })
  .openapi("Redemption");

export function redemptionJson(r: Row) {
  return {
    offerId: int(r.offer_id),
    seq: dec(r.seq),
    orgId: int(r.org_id),
    resident: String(r.resident),
    cityId: int(r.city_id),
    credits: dec(r.credits),
    status: r.status as "pending" | "fulfilled" | "refunded",
    txHash: String(r.tx_hash),
    blockNumber: dec(r.block_number),
    logIndex: int(r.log_index),
    time: iso(r.timestamp),
    settledAt: r.settled_at === null || r.settled_at === undefined ? null : iso(r.settled_at),
  };
}

const attestationList = createRoute({
  method: "get",
  path: "/v1/attestations",
  tags: ["attestations"],
  summary:
    "Attestation rows by (organization, sequence); filter by organization, transaction, resident, city, revoked",
  request: {
    query: z.strictObject({
      org: uintParam("org").optional(),
      tx: TxHash.optional(),
      resident: Address.optional(),
      city: uintParam("city").optional(),
      revoked: z.enum(["true", "false"]).optional(),
      cursor: Cursor,
      limit: Limit,
    }),
  },
  responses: {
    ...ok(pageOf(AttestationSchema, "AttestationPage"), "A page of attestation rows"),
    ...errorResponses,
  },
});

const attestationOne = createRoute({
  method: "get",
  path: "/v1/attestations/{orgId}/{seq}",
  tags: ["attestations"],
  summary: "One attestation row",
  request: {
    params: z.strictObject({ orgId: idParam("orgId"), seq: idParam("seq") }),
    query: z.strictObject({}),
  },
  responses: { ...ok(AttestationSchema, "The attestation"), ...errorResponses, ...notFoundResponse },
});

const redemptionList = createRoute({
  method: "get",
  path: "/v1/redemptions",
  tags: ["redemptions"],
  summary: "Redemptions in chain order; e.g. `?org=3&status=pending` = what organization 3 has to fulfil",
  request: {
    query: z.strictObject({
      org: uintParam("org").optional(),
      offer: uintParam("offer").optional(),
      resident: Address.optional(),
      city: uintParam("city").optional(),
      status: z.enum(["pending", "fulfilled", "refunded"]).optional(),
      cursor: Cursor,
      limit: Limit,
    }),
  },
  responses: {
    ...ok(pageOf(RedemptionSchema, "RedemptionPage"), "A page of redemptions"),
    ...errorResponses,
  },
});

const redemptionOne = createRoute({
  method: "get",
  path: "/v1/redemptions/{offerId}/{seq}",
  tags: ["redemptions"],
  summary: "One redemption and its status",
  request: {
    params: z.strictObject({ offerId: idParam("offerId"), seq: idParam("seq") }),
    query: z.strictObject({}),
  },
  responses: { ...ok(RedemptionSchema, "The redemption"), ...errorResponses, ...notFoundResponse },
});

export const recordRoutes: RouteModule = (app, deps) => {
  app.openapi(attestationList, async (c) => {
    const q = c.req.valid("query");
    if (q.org === undefined && q.tx === undefined && q.resident === undefined && q.city === undefined) {
      throw new ApiError(
        400,
        "MISSING_FILTER",
        "query parameters: give at least one of org, tx, resident or city.",
        {
          parameter: "org",
        },
      );
    }
    const page = paging("attestations", q, ["int", "int"]);
    await reflectBlock(c, deps);
    const after = page.after ?? [null, null];
    const rows = await deps.db.query<Row>(
      `SELECT * FROM attestations
       WHERE ($1::bigint IS NULL OR org_id = $1::bigint)
         AND ($2::text IS NULL OR (tx_hash = $2 AND block_number IN (SELECT block_number FROM events WHERE tx_hash = $2)))
         AND ($3::text IS NULL OR resident = $3)
         AND ($4::bigint IS NULL OR city_id = $4::bigint)
         AND ($5::boolean IS NULL OR revoked = $5::boolean)
         AND ($6::bigint IS NULL OR (org_id, seq) > ($6::bigint, $7::bigint))
       ORDER BY org_id, seq LIMIT $8`,
      [
        q.org ?? null,
        q.tx ?? null,
        q.resident?.toLowerCase() ?? null,
        q.city ?? null,
        q.revoked ?? null,
        after[0],
        after[1],
        page.limit + 1,
      ],
    );
    return c.json(
      toPage(rows, page.limit, page.fingerprint, (r) => [String(r.org_id), String(r.seq)], attestationJson),
      200,
    );
  });

  app.openapi(attestationOne, async (c) => {
    const { orgId, seq } = c.req.valid("param");
    const [row] = await deps.db.query<Row>(
      "SELECT * FROM attestations WHERE org_id = $1::bigint AND seq = $2::bigint",
      [orgId, seq],
    );
    // A record is final when its last change (attested, or revoked) is in a final block.
    await reflectBlock(
      c,
      deps,
      (s) => (row ? isFinal(s, BigInt((row.revoked_block ?? row.block_number) as bigint)) : false),
      Boolean(row?.revoked),
    );
    if (!row) notFound(`Attestation ${orgId}/${seq}`, "seq");
    return c.json(attestationJson(row), 200);
  });

  app.openapi(redemptionList, async (c) => {
    const q = c.req.valid("query");
    const page = paging("redemptions", q, ["int", "int"]);
    await reflectBlock(c, deps);
    const after = page.after ?? [null, null];
    const rows = await deps.db.query<Row>(
      `SELECT * FROM redemptions
       WHERE ($1::bigint IS NULL OR org_id = $1::bigint)
         AND ($2::bigint IS NULL OR offer_id = $2::bigint)
         AND ($3::text IS NULL OR resident = $3)
         AND ($4::bigint IS NULL OR city_id = $4::bigint)
         AND ($5::text IS NULL OR status = $5)
         AND ($6::bigint IS NULL OR (block_number, log_index) > ($6::bigint, $7::integer))
       ORDER BY block_number, log_index LIMIT $8`,
      [
        q.org ?? null,
        q.offer ?? null,
        q.resident?.toLowerCase() ?? null,
        q.city ?? null,
        q.status ?? null,
        after[0],
        after[1],
        page.limit + 1,
      ],
    );
    return c.json(
      toPage(
        rows,
        page.limit,
        page.fingerprint,
        (r) => [String(r.block_number), String(r.log_index)],
        redemptionJson,
      ),
      200,
    );
  });

  app.openapi(redemptionOne, async (c) => {
    const { offerId, seq } = c.req.valid("param");
    const [row] = await deps.db.query<Row>(
      "SELECT * FROM redemptions WHERE offer_id = $1::bigint AND seq = $2::bigint",
      [offerId, seq],
    );
    await reflectBlock(
      c,
      deps,
      (s) => (row ? isFinal(s, BigInt((row.settled_block ?? row.block_number) as bigint)) : false),
      row?.status === "refunded" || row?.status === "fulfilled",
    );
    if (!row) notFound(`Redemption ${offerId}/${seq}`, "seq");
    return c.json(redemptionJson(row), 200);
  });
};
