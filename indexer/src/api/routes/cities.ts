/** Cities: registry facts, supply, commitment chain position, and credits against open offers. */
import { createRoute, z } from "@hono/zod-openapi";

import type { RouteModule } from "../app.ts";
import { reflectBlock } from "../freshness.ts";
import { toPage } from "../pagination.ts";
import { Cursor, Decimal, Limit, pageOf } from "../schemas.ts";
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

export const CitySchema = z
  .object({
    cityId: z.number().int(),
    code: z.string(),
    name: z.string(),
    admin: z.string(),
    supply: Decimal.openapi({ description: "Credits outstanding (balances of all residents)." }),
    records: z.string().openapi({ description: "Records appended to the city's commitment chain." }),
    head: z.string(),
    lastCheckpoint: z.string().nullable(),
    organizations: z.number().int(),
    createdAt: z.string(),
  })
  .openapi("City");

const CityDetail = CitySchema.extend({
  openOffersCapacity: Decimal.openapi({
    description: "Credits the open offers accepting this city can still absorb (sum of price × stock).",
  }),
  openOpportunities: z.number().int(),
}).openapi("CityDetail");

const citySelect = `
  SELECT c.*, (SELECT count(*) FROM organizations o WHERE o.city_id = c.city_id) AS organizations
  FROM cities c`;

type CityRow = Record<string, unknown>;

export function cityJson(row: CityRow) {
  return {
    cityId: int(row.city_id),
    code: String(row.code),
    name: String(row.name),
    admin: String(row.admin),
    supply: dec(row.supply),
    records: dec(row.records),
    head: String(row.head),
    lastCheckpoint: decOrNull(row.last_checkpoint),
    organizations: int(row.organizations),
    createdAt: iso(row.created_at),
  };
}

const list = createRoute({
  method: "get",
  path: "/v1/cities",
  tags: ["cities"],
  summary: "Cities, by id",
  request: { query: z.strictObject({ cursor: Cursor, limit: Limit }) },
  responses: { ...ok(pageOf(CitySchema, "CityPage"), "A page of cities"), ...errorResponses },
});

const one = createRoute({
  method: "get",
  path: "/v1/cities/{cityId}",
  tags: ["cities"],
  summary: "One city, with its credits outstanding against the capacity of open offers",
  request: { params: z.strictObject({ cityId: idParam("cityId") }), query: z.strictObject({}) },
  responses: { ...ok(CityDetail, "The city"), ...errorResponses, ...notFoundResponse },
});

export const cityRoutes: RouteModule = (app, deps) => {
  app.openapi(list, async (c) => {
    const query = c.req.valid("query");
    const page = paging("cities", query, ["int"]);
    await reflectBlock(c, deps);
    const rows = await deps.db.query<CityRow>(
      `${citySelect} WHERE ($1::bigint IS NULL OR c.city_id > $1::bigint) ORDER BY c.city_id LIMIT $2`,
      [page.after?.[0] ?? null, page.limit + 1],
    );
    return c.json(
      toPage(rows, page.limit, page.fingerprint, (r) => [String(r.city_id)], cityJson),
      200,
    );
  });

  app.openapi(one, async (c) => {
    const { cityId } = c.req.valid("param");
    await reflectBlock(c, deps);
    const [row] = await deps.db.query<CityRow>(`${citySelect} WHERE c.city_id = $1::bigint`, [cityId]);
    if (!row) notFound(`City ${cityId}`, "cityId");
    const now = Math.floor(Date.now() / 1000);
    const [extra] = await deps.db.query<{ capacity: string; opportunities: bigint }>(
      `SELECT
         (SELECT coalesce(sum(price * stock), 0) FROM offers
           WHERE status = 'active' AND $1::bigint = ANY (accepted_cities) AND start_time <= $2 AND end_time >= $2) AS capacity,
         (SELECT count(*) FROM opportunities
           WHERE city_id = $1::bigint AND status = 'open' AND end_time >= $2) AS opportunities`,
      [cityId, now],
    );
    return c.json(
      {
        ...cityJson(row),
        openOffersCapacity: dec(extra?.capacity),
        openOpportunities: int(extra?.opportunities ?? 0),
      },
      200,
    );
  });
};
