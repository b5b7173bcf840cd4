/**
 * Opportunities: filter by city, organization, category code, status, window (computed now from
 * the stored start/end), language; `q` searches titles and descriptions in every language.
 */
import { createRoute, z } from "@hono/zod-openapi";
import { CATEGORY_CODES } from "@citysync/sdk";

import type { RouteModule } from "../app.ts";
import { reflectBlock } from "../freshness.ts";
import { Cursor, Decimal, Language, Limit, uintParam } from "../schemas.ts";
import {
  MetadataSchema,
  dec,
  errorResponses,
  idParam,
  int,
  iso,
  metadataOf,
  notFound,
  notFoundResponse,
  chainNow,
  ok,
} from "./common.ts";
import { registerListRoute } from "./list-route.ts";

type Row = Record<string, unknown>;

export const OpportunitySchema = z
  .object({
    opportunityId: z.number().int(),
    orgId: z.number().int(),
    cityId: z.number().int(),
    category: z.string().nullable(),
    unit: z.string().nullable(),
    creditsPerUnit: Decimal,
    capacity: Decimal,
    used: Decimal,
    remaining: Decimal,
    start: z.string(),
    end: z.string(),
    status: z.enum(["open", "closed"]),
    window: z
      .enum(["upcoming", "open", "ended"])
      .openapi({ description: "Computed now from start and end." }),
    metadata: MetadataSchema,
  })
  .openapi("Opportunity");

export function windowOf(start: bigint, end: bigint, now: bigint): "upcoming" | "open" | "ended" {
  return now < start ? "upcoming" : now > end ? "ended" : "open";
}

export function opportunityJson(row: Row, now: bigint, lang?: string) {
  const capacity = BigInt(String(row.capacity));
  const used = BigInt(String(row.used));
  return {
    opportunityId: int(row.opportunity_id),
    orgId: int(row.org_id),
    cityId: int(row.city_id),
    category: (row.category as string | null) ?? null,
    unit: (row.unit as string | null) ?? null,
    creditsPerUnit: dec(row.credits_per_unit),
    capacity: capacity.toString(),
    used: used.toString(),
    remaining: (capacity > used ? capacity - used : 0n).toString(),
    start: iso(row.start_time),
    end: iso(row.end_time),
    status: row.status as "open" | "closed",
    window: windowOf(BigInt(row.start_time as bigint), BigInt(row.end_time as bigint), now),
    metadata: metadataOf(row as never, lang),
  };
}

/** Escapes LIKE wildcards so `q` is matched literally. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

export const OpportunityFilters = z.strictObject({
  city: uintParam("city").optional(),
  org: uintParam("org").optional(),
  category: z.enum(CATEGORY_CODES).optional(),
  status: z.enum(["open", "closed"]).optional(),
  window: z.enum(["upcoming", "open", "ended"]).optional(),
  lang: Language.optional().openapi({
    description: "Only opportunities titled in this language; texts in it.",
  }),
  q: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .openapi({ description: "Words in a title or description (any language)." }),
  cursor: Cursor,
  limit: Limit,
});

/** The filtered query, shared with the calendar feed. */
export function opportunityQuery(
  filters: z.infer<typeof OpportunityFilters>,
  now: bigint,
  after: string | null,
  limit: number,
) {
  return {
    sql: `SELECT * FROM opportunities
      WHERE ($1::bigint IS NULL OR city_id = $1::bigint)
        AND ($2::bigint IS NULL OR org_id = $2::bigint)
        AND ($3::text IS NULL OR category = $3)
        AND ($4::text IS NULL OR status = $4)
        AND ($5::text IS NULL
             OR ($5 = 'upcoming' AND start_time > $6::bigint)
             OR ($5 = 'open' AND start_time <= $6::bigint AND end_time >= $6::bigint)
             OR ($5 = 'ended' AND end_time < $6::bigint))
        AND ($7::text IS NULL OR metadata -> 'title' ? $7)
        AND ($8::text IS NULL OR (metadata -> 'title')::text ILIKE $8 OR (metadata -> 'description')::text ILIKE $8)
        AND ($9::bigint IS NULL OR opportunity_id > $9::bigint)
      ORDER BY opportunity_id LIMIT $10`,
    params: [
      filters.city ?? null,
      filters.org ?? null,
      filters.category ?? null,
      filters.status ?? null,
      filters.window ?? null,
      now.toString(),
      filters.lang ?? null,
      filters.q === undefined ? null : likePattern(filters.q),
      after,
      limit,
    ],
  };
}

const one = createRoute({
  method: "get",
  path: "/v1/opportunities/{opportunityId}",
  tags: ["opportunities"],
  summary: "One opportunity",
  request: {
    params: z.strictObject({ opportunityId: idParam("opportunityId") }),
    query: z.strictObject({ lang: Language.optional() }),
  },
  responses: { ...ok(OpportunitySchema, "The opportunity"), ...errorResponses, ...notFoundResponse },
});

export const opportunityRoutes: RouteModule = (app, deps) => {
  registerListRoute(app, deps, {
    path: "/v1/opportunities",
    tag: "opportunities",
    summary: "Opportunities, by id, with filters and text search",
    filters: OpportunityFilters,
    item: OpportunitySchema,
    page: { name: "OpportunityPage", description: "A page of opportunities" },
    idColumn: "opportunity_id",
    context: (_deps, status) => chainNow(status),
    query: (filters, after, limit, now) => opportunityQuery(filters, now, after, limit),
    toItem: (row, filters, now) => opportunityJson(row, now, filters.lang),
  });

  app.openapi(one, async (c) => {
    const { opportunityId } = c.req.valid("param");
    const { lang } = c.req.valid("query");
    const status = await reflectBlock(c, deps);
    const [row] = await deps.db.query<Row>("SELECT * FROM opportunities WHERE opportunity_id = $1::bigint", [
      opportunityId,
    ]);
    if (!row) notFound(`Opportunity ${opportunityId}`, "opportunityId");
    return c.json(opportunityJson(row, chainNow(status), lang), 200);
  });
};
