/**
 * Network statistics and time series per city × category × day or week, from the indexer's daily
 * aggregates: gross and net of revocations, redemptions and refunds, redemption rate; active
 * residents on request (it counts distinct residents over the attestation rows of the range).
 */
import { createRoute, z } from "@hono/zod-openapi";
import { CATEGORY_CODES } from "@citysync/sdk";

import type { RouteModule } from "../app.ts";
import { ApiError } from "../errors.ts";
import { reflectBlock } from "../freshness.ts";
import { Decimal, uintParam } from "../schemas.ts";
import { dec, errorResponses, int, ok } from "./common.ts";

type Row = Record<string, unknown>;

const NetworkStats = z
  .object({
    cities: z.number().int(),
    organizations: z.number().int(),
    residents: z.number().int().openapi({ description: "Addresses with an account in some city." }),
    supply: Decimal.openapi({ description: "Credits outstanding, all cities." }),
    attestations: z.string(),
    creditsMinted: Decimal,
    creditsRevoked: Decimal,
    redemptions: z.string(),
    creditsBurned: Decimal,
    records: z
      .string()
      .openapi({ description: "Events folded by the indexer (attestation rows counted one by one)." }),
  })
  .openapi("NetworkStats");

const Bucket = z
  .object({
    start: z.string().openapi({ description: "First day of the bucket (UTC), YYYY-MM-DD." }),
    cityId: z.number().int(),
    category: z.string(),
    attestations: z.string(),
    units: Decimal,
    creditsMinted: Decimal.openapi({ description: "Gross." }),
    creditsRevoked: Decimal,
    creditsNet: z.string().openapi({ description: "Minted minus revoked (signed)." }),
    redemptions: z.string(),
    creditsBurned: Decimal,
    refunds: z.string(),
    creditsRefunded: Decimal,
    redemptionRate: z
      .number()
      .nullable()
      .openapi({ description: "Burned / minted in the bucket; null when nothing was minted." }),
    activeResidents: z
      .number()
      .int()
      .optional()
      .openapi({ description: "Distinct residents attested in the bucket (include=activeResidents)." }),
  })
  .openapi("SeriesBucket");

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const dayParam = (name: string) =>
  z
    .string()
    .regex(DAY, "must be a date YYYY-MM-DD")
    .refine(
      (v) =>
        !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
      "is not a calendar date",
    )
    .openapi({ param: { name, in: "query" }, example: "2026-01-01" });

const MAX_DAYS = 731;

const network = createRoute({
  method: "get",
  path: "/v1/stats",
  tags: ["statistics"],
  summary: "Network totals",
  request: { query: z.strictObject({}) },
  responses: { ...ok(NetworkStats, "Totals"), ...errorResponses },
});

const series = createRoute({
  method: "get",
  path: "/v1/stats/series",
  tags: ["statistics"],
  summary: "Time series per city × category × day or week",
  request: {
    query: z.strictObject({
      city: uintParam("city").optional(),
      category: z.enum([...CATEGORY_CODES, "uncategorized"]).optional(),
      interval: z.enum(["day", "week"]).optional(),
      from: dayParam("from"),
      to: dayParam("to"),
      include: z.enum(["activeResidents"]).optional(),
    }),
  },
  responses: {
    ...ok(z.object({ buckets: z.array(Bucket) }).openapi("Series"), "Buckets in time order"),
    ...errorResponses,
  },
});

export const statsRoutes: RouteModule = (app, deps) => {
  app.openapi(network, async (c) => {
    await reflectBlock(c, deps);
    const [row] = await deps.db.query<Row>(`
      SELECT (SELECT count(*) FROM cities) AS cities,
             (SELECT count(*) FROM organizations) AS organizations,
             (SELECT count(DISTINCT resident) FROM accounts) AS residents,
             (SELECT coalesce(sum(supply), 0) FROM cities) AS supply,
             (SELECT coalesce(sum(attestations), 0) FROM daily_stats) AS attestations,
             (SELECT coalesce(sum(credits_minted), 0) FROM daily_stats) AS minted,
             (SELECT coalesce(sum(credits_revoked), 0) FROM daily_stats) AS revoked,
             (SELECT coalesce(sum(redemptions), 0) FROM daily_stats) AS redemptions,
             (SELECT coalesce(sum(credits_burned), 0) FROM daily_stats) AS burned,
             (SELECT records FROM sync_state WHERE id = 1) AS records`);
    return c.json(
      {
        cities: int(row!.cities),
        organizations: int(row!.organizations),
        residents: int(row!.residents),
        supply: dec(row!.supply),
        attestations: dec(row!.attestations),
        creditsMinted: dec(row!.minted),
        creditsRevoked: dec(row!.revoked),
        redemptions: dec(row!.redemptions),
        creditsBurned: dec(row!.burned),
        records: dec(row!.records),
      },
      200,
    );
  });

  app.openapi(series, async (c) => {
    const q = c.req.valid("query");
    const days = (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000;
    if (days < 0)
      throw new ApiError(400, "INVALID_PARAMETER", "query parameter to: must not be before from.", {
        parameter: "to",
      });
    if (days > MAX_DAYS) {
      throw new ApiError(
        400,
        "INVALID_PARAMETER",
        `query parameter to: the range is at most ${MAX_DAYS} days.`,
        { parameter: "to" },
      );
    }
    await reflectBlock(c, deps);
    const unit = q.interval ?? "day";
    const rows = await deps.db.query<Row>(
      `SELECT to_char(date_trunc($1, day::timestamp), 'YYYY-MM-DD') AS start, city_id, category,
              sum(attestations) AS attestations, sum(units) AS units, sum(credits_minted) AS minted,
              sum(credits_revoked) AS revoked, sum(redemptions) AS redemptions, sum(credits_burned) AS burned,
              sum(refunds) AS refunds, sum(credits_refunded) AS refunded
       FROM daily_stats
       WHERE day BETWEEN $2::date AND $3::date
         AND ($4::bigint IS NULL OR city_id = $4::bigint) AND ($5::text IS NULL OR category = $5)
       GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      [unit, q.from, q.to, q.city ?? null, q.category ?? null],
    );
    let active = new Map<string, number>();
    if (q.include === "activeResidents") {
      const counts = await deps.db.query<Row>(
        `SELECT to_char(date_trunc($1, to_timestamp(a.timestamp) AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS start, a.city_id,
                coalesce(o.category, 'uncategorized') AS category, count(DISTINCT a.resident) AS n
         FROM attestations a JOIN opportunities o USING (opportunity_id)
         WHERE a.timestamp >= extract(epoch FROM $2::date)::bigint AND a.timestamp < extract(epoch FROM $3::date + 1)::bigint
           AND ($4::bigint IS NULL OR a.city_id = $4::bigint) AND ($5::text IS NULL OR coalesce(o.category, 'uncategorized') = $5)
         GROUP BY 1, 2, 3`,
        [unit, q.from, q.to, q.city ?? null, q.category ?? null],
      );
      active = new Map(counts.map((r) => [`${r.start}|${r.city_id}|${r.category}`, int(r.n)]));
    }
    return c.json(
      {
        buckets: rows.map((r) => {
          const minted = BigInt(String(r.minted));
          const burned = BigInt(String(r.burned));
          return {
            start: String(r.start),
            cityId: int(r.city_id),
            category: String(r.category),
            attestations: dec(r.attestations),
            units: dec(r.units),
            creditsMinted: minted.toString(),
            creditsRevoked: dec(r.revoked),
            creditsNet: (minted - BigInt(String(r.revoked))).toString(),
            redemptions: dec(r.redemptions),
            creditsBurned: burned.toString(),
            refunds: dec(r.refunds),
            creditsRefunded: dec(r.refunded),
            redemptionRate: minted === 0n ? null : Number((burned * 10_000n) / minted) / 10_000,
            ...(q.include === "activeResidents"
              ? { activeResidents: active.get(`${r.start}|${r.city_id}|${r.category}`) ?? 0 }
              : {}),
          };
        }),
      },
      200,
    );
  });
};
