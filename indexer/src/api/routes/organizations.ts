/**
 * Organizations: budget and what remains of it this epoch, delegates and their use, attestations
 * issued, redemptions to fulfil. Epoch counters reset when `timestamp / epochDuration` changes,
 * so "used this epoch" is computed now from the stored epoch and its counter.
 */
import { createRoute, z } from "@hono/zod-openapi";

import type { RouteModule } from "../app.ts";
import type { StoreReader, SyncStatus } from "../context.ts";
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

const DelegateSchema = z
  .object({
    address: z.string(),
    isAccount: z.boolean().openapi({ description: "The organization's own account (Safe)." }),
    active: z.boolean(),
    cap: Decimal,
    usedThisEpoch: Decimal,
  })
  .openapi("Delegate");

export const OrganizationSchema = z
  .object({
    orgId: z.number().int(),
    cityId: z.number().int(),
    account: z.string(),
    status: z.enum(["active", "suspended"]),
    budget: Decimal.openapi({ description: "Credits the organization may mint per epoch." }),
    usedThisEpoch: Decimal,
    remainingThisEpoch: Decimal,
    epoch: z.string().openapi({ description: "The current epoch (now / epochDuration)." }),
    attestationsIssued: z.string(),
    metadata: MetadataSchema,
    createdAt: z.string(),
  })
  .openapi("Organization");

const OrganizationDetail = OrganizationSchema.extend({
  delegates: z.array(DelegateSchema),
  pendingRedemptions: z.string(),
}).openapi("OrganizationDetail");

async function currentEpoch(db: StoreReader, status: SyncStatus): Promise<bigint | null> {
  const [network] = await db.query<{ epoch_duration: bigint | null }>(
    "SELECT epoch_duration FROM network WHERE id = 1",
  );
  const duration = network?.epoch_duration ? BigInt(network.epoch_duration) : 0n;
  return duration > 0n ? chainNow(status) / duration : null;
}

function organizationJson(row: Row, epoch: bigint | null, lang?: string) {
  const used =
    epoch !== null && BigInt(row.epoch as bigint) === epoch ? BigInt(String(row.epoch_minted)) : 0n;
  const budget = BigInt(String(row.budget));
  return {
    orgId: int(row.org_id),
    cityId: int(row.city_id),
    account: String(row.account),
    status: row.status as "active" | "suspended",
    budget: budget.toString(),
    usedThisEpoch: used.toString(),
    remainingThisEpoch: (budget > used ? budget - used : 0n).toString(),
    epoch: (epoch ?? 0n).toString(),
    attestationsIssued: dec(row.next_seq),
    metadata: metadataOf(row as never, lang),
    createdAt: iso(row.created_at),
  };
}

const one = createRoute({
  method: "get",
  path: "/v1/organizations/{orgId}",
  tags: ["organizations"],
  summary: "One organization with its delegates and pending redemptions",
  request: {
    params: z.strictObject({ orgId: idParam("orgId") }),
    query: z.strictObject({ lang: Language.optional() }),
  },
  responses: { ...ok(OrganizationDetail, "The organization"), ...errorResponses, ...notFoundResponse },
});

export const organizationRoutes: RouteModule = (app, deps) => {
  registerListRoute(app, deps, {
    path: "/v1/organizations",
    tag: "organizations",
    summary: "Organizations, by id, optionally of one city or status",
    filters: z.strictObject({
      city: uintParam("city").optional(),
      status: z.enum(["active", "suspended"]).optional(),
      lang: Language.optional(),
      cursor: Cursor,
      limit: Limit,
    }),
    item: OrganizationSchema,
    page: { name: "OrganizationPage", description: "A page of organizations" },
    idColumn: "org_id",
    context: (deps, status) => currentEpoch(deps.db, status),
    query: (filters, after, limit) => ({
      sql: `SELECT * FROM organizations
       WHERE ($1::bigint IS NULL OR city_id = $1::bigint) AND ($2::text IS NULL OR status = $2)
         AND ($3::bigint IS NULL OR org_id > $3::bigint)
       ORDER BY org_id LIMIT $4`,
      params: [filters.city ?? null, filters.status ?? null, after, limit],
    }),
    toItem: (row, filters, epoch) => organizationJson(row, epoch, filters.lang),
  });

  app.openapi(one, async (c) => {
    const { orgId } = c.req.valid("param");
    const { lang } = c.req.valid("query");
    const status = await reflectBlock(c, deps);
    const [row] = await deps.db.query<Row>("SELECT * FROM organizations WHERE org_id = $1::bigint", [orgId]);
    if (!row) notFound(`Organization ${orgId}`, "orgId");
    const epoch = await currentEpoch(deps.db, status);
    const delegates = await deps.db.query<Row>(
      "SELECT * FROM delegates WHERE org_id = $1::bigint ORDER BY is_account DESC, address",
      [orgId],
    );
    const [pending] = await deps.db.query<{ n: bigint }>(
      "SELECT count(*) AS n FROM redemptions WHERE org_id = $1::bigint AND status = 'pending'",
      [orgId],
    );
    return c.json(
      {
        ...organizationJson(row, epoch, lang),
        delegates: delegates.map((d) => ({
          address: String(d.address),
          isAccount: Boolean(d.is_account),
          active: Boolean(d.active),
          cap: dec(d.cap),
          usedThisEpoch: epoch !== null && BigInt(d.epoch as bigint) === epoch ? dec(d.epoch_minted) : "0",
        })),
        pendingRedemptions: dec(pending?.n),
      },
      200,
    );
  });
};
