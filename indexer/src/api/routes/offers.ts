/** Offers: price, stock, sold, per-resident limit, window, the cities whose credits they accept. */
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
import { windowOf } from "./opportunities.ts";

type Row = Record<string, unknown>;

export const OfferSchema = z
  .object({
    offerId: z.number().int(),
    orgId: z.number().int(),
    cityId: z.number().int().openapi({ description: "The offering organization's city." }),
    acceptedCities: z.array(z.number().int()),
    category: z.string().nullable(),
    price: Decimal,
    stock: Decimal,
    sold: Decimal,
    perResidentLimit: z.string().openapi({ description: "0 = no limit." }),
    start: z.string(),
    end: z.string(),
    status: z.enum(["active", "closed"]),
    window: z.enum(["upcoming", "open", "ended"]),
    metadata: MetadataSchema,
  })
  .openapi("Offer");

function offerJson(row: Row, now: bigint, lang?: string) {
  return {
    offerId: int(row.offer_id),
    orgId: int(row.org_id),
    cityId: int(row.city_id),
    acceptedCities: ((row.accepted_cities as unknown[]) ?? []).map(Number),
    category: (row.category as string | null) ?? null,
    price: dec(row.price),
    stock: dec(row.stock),
    sold: dec(row.sold),
    perResidentLimit: dec(row.per_resident_limit),
    start: iso(row.start_time),
    end: iso(row.end_time),
    status: row.status as "active" | "closed",
    window: windowOf(BigInt(row.start_time as bigint), BigInt(row.end_time as bigint), now),
    metadata: metadataOf(row as never, lang),
  };
}

const OfferFilters = z.strictObject({
  city: uintParam("city").optional(),
  org: uintParam("org").optional(),
  category: z.enum(CATEGORY_CODES).optional(),
  status: z.enum(["active", "closed"]).optional(),
  inStock: z.enum(["true", "false"]).optional(),
  lang: Language.optional(),
  cursor: Cursor,
  limit: Limit,
});

const one = createRoute({
  method: "get",
  path: "/v1/offers/{offerId}",
  tags: ["offers"],
  summary: "One offer",
  request: {
    params: z.strictObject({ offerId: idParam("offerId") }),
    query: z.strictObject({ lang: Language.optional() }),
  },
  responses: { ...ok(OfferSchema, "The offer"), ...errorResponses, ...notFoundResponse },
});

export const offerRoutes: RouteModule = (app, deps) => {
  registerListRoute(app, deps, {
    path: "/v1/offers",
    tag: "offers",
    summary: "Offers, by id; `city` = offers that accept that city's credits",
    filters: OfferFilters,
    item: OfferSchema,
    page: { name: "OfferPage", description: "A page of offers" },
    idColumn: "offer_id",
    context: (_deps, status) => chainNow(status),
    query: (filters, after, limit) => ({
      sql: `SELECT * FROM offers
       WHERE ($1::bigint IS NULL OR $1::bigint = ANY (accepted_cities))
         AND ($2::bigint IS NULL OR org_id = $2::bigint)
         AND ($3::text IS NULL OR category = $3)
         AND ($4::text IS NULL OR status = $4)
         AND ($5::boolean IS NULL OR (stock > 0) = $5::boolean)
         AND ($6::bigint IS NULL OR offer_id > $6::bigint)
       ORDER BY offer_id LIMIT $7`,
      params: [
        filters.city ?? null,
        filters.org ?? null,
        filters.category ?? null,
        filters.status ?? null,
        filters.inStock ?? null,
        after,
        limit,
      ],
    }),
    toItem: (row, filters, now) => offerJson(row, now, filters.lang),
  });

  app.openapi(one, async (c) => {
    const { offerId } = c.req.valid("param");
    const { lang } = c.req.valid("query");
    const status = await reflectBlock(c, deps);
    const [row] = await deps.db.query<Row>("SELECT * FROM offers WHERE offer_id = $1::bigint", [offerId]);
    if (!row) notFound(`Offer ${offerId}`, "offerId");
    return c.json(offerJson(row, chainNow(status), lang), 200);
  });
};
