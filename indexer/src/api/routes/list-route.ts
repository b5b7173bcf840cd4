/**
 * The one shape of every "list a resource by id" route (offers, opportunities, organizations):
 * strict filters with `cursor` and `limit`, block headers, a keyset query on the resource's id
 * fetched one row past the page, and a page of items with the next cursor.
 */
import { type OpenAPIHono, createRoute, z } from "@hono/zod-openapi";

import type { ApiDeps, ApiEnv, SyncStatus } from "../context.ts";
import { reflectBlock } from "../freshness.ts";
import { toPage } from "../pagination.ts";
import { pageOf } from "../schemas.ts";
import { errorResponses, ok, paging } from "./common.ts";

type Row = Record<string, unknown>;

type ListFilters = z.ZodObject<{
  cursor: z.ZodOptional<z.ZodString>;
  limit: z.ZodType;
}>;

export interface ListRouteSpec<F extends ListFilters, Context> {
  path: string;
  tag: string;
  summary: string;
  /** Strict query schema; must hold `cursor` and `limit`. */
  filters: F;
  item: z.ZodType;
  /** OpenAPI component name of the page, and the description of its answer. */
  page: { name: string; description: string };
  /** The id column, in keyset order (its value continues the next page). */
  idColumn: string;
  /** Read once per request, after the block headers and before the rows (clock, epoch…). */
  context: (deps: ApiDeps, status: SyncStatus) => Context | Promise<Context>;
  /** The rows after id `after` (null: from the start), `limit` of them, in id order. */
  query: (
    filters: z.infer<F>,
    after: string | null,
    limit: number,
    context: Context,
  ) => { sql: string; params: unknown[] };
  toItem: (row: Row, filters: z.infer<F>, context: Context) => unknown;
}

/** The route definition (for the OpenAPI document) and its handler, registered on `app`. */
export function registerListRoute<F extends ListFilters, Context>(
  app: OpenAPIHono<ApiEnv>,
  deps: ApiDeps,
  spec: ListRouteSpec<F, Context>,
): void {
  const route = createRoute({
    method: "get",
    path: spec.path,
    tags: [spec.tag],
    summary: spec.summary,
    request: { query: spec.filters },
    responses: {
      ...ok(pageOf(spec.item, spec.page.name), spec.page.description),
      ...errorResponses,
    },
  });
  // The cursor fingerprint is scoped by the resource's name, as cursors issued before were.
  const scope = spec.path.replace(/^\/v1\//, "");
  app.openapi(route, async (c) => {
    // Generic over the filter schema, the validated input cannot be typed by Hono here.
    const filters = c.req.valid("query" as never) as z.infer<F>;
    const page = paging(scope, filters as Record<string, unknown>, ["int"]);
    const status = await reflectBlock(c, deps);
    const context = await spec.context(deps, status);
    const { sql, params } = spec.query(filters, page.after?.[0] ?? null, page.limit + 1, context);
    const rows = await deps.db.query<Row>(sql, params);
    return c.json(
      toPage(
        rows,
        page.limit,
        page.fingerprint,
        (r) => [String(r[spec.idColumn])],
        (r) => spec.toItem(r, filters, context),
      ),
      200,
    ) as never;
  });
}
