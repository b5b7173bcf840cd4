/**
 * Webhook subscriptions, managed by an authenticated operator only: `Authorization: Bearer <key>`,
 * where the key is scoped to cities (integrations.operator_keys). Anonymous clients get 401, a key
 * outside its cities 403. Deliveries can be listed and dead letters replayed from a cursor.
 */
import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";

import { hashOperatorKey, newWebhookSecret, replay } from "../../integrations/webhooks.ts";
import type { RouteModule } from "../app.ts";
import type { StoreReader } from "../context.ts";
import { ApiError, ErrorSchema } from "../errors.ts";
import { encodeCursor, decodeCursor, queryFingerprint } from "../pagination.ts";
import { Cursor, Limit, DEFAULT_PAGE_SIZE, uintParam } from "../schemas.ts";
import { idParam } from "./common.ts";

const EVENT_TYPE = /^[A-Z][A-Za-z]{2,63}$/;

const Subscription = z
  .object({
    id: z.string(),
    url: z.string(),
    cityId: z.string(),
    orgId: z.string().nullable(),
    eventTypes: z.array(z.string()),
    active: z.boolean(),
    createdAt: z.string(),
  })
  .openapi("WebhookSubscription");

const NewSubscription = z.strictObject({
  url: z
    .string()
    .max(2000)
    .refine((v) => {
      try {
        return ["http:", "https:"].includes(new URL(v).protocol);
      } catch {
        return false;
      }
    }, "must be an http(s) URL"),
  cityId: z.string().regex(/^[1-9][0-9]{0,18}$/, "must be a positive integer"),
  orgId: z
    .string()
    .regex(/^[1-9][0-9]{0,18}$/, "must be a positive integer")
    .optional(),
  eventTypes: z
    .array(z.string().regex(EVENT_TYPE, "must be a ledger event name, e.g. AttestationsRecorded"))
    .max(50)
    .optional(),
});

const Delivery = z
  .object({
    id: z.string(),
    messageId: z.string(),
    kind: z.enum(["event", "retraction"]),
    eventType: z.string(),
    blockNumber: z.string(),
    status: z.enum(["pending", "delivered", "dead", "cancelled"]),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
  })
  .openapi("WebhookDelivery");

const auth = { security: [{ operatorKey: [] }] };
const errors = {
  400: { description: "Invalid parameter", content: { "application/json": { schema: ErrorSchema } } },
  401: {
    description: "No or unknown operator key",
    content: { "application/json": { schema: ErrorSchema } },
  },
  403: {
    description: "The key does not cover this city",
    content: { "application/json": { schema: ErrorSchema } },
  },
};
const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const SubId = z.strictObject({ id: idParam("id") });

const create = createRoute({
  method: "post",
  path: "/v1/webhooks/subscriptions",
  tags: ["webhooks"],
  summary:
    "Subscribe a URL to a city's (or one organization's) events; the answer holds the signing secret, shown once",
  ...auth,
  request: {
    query: z.strictObject({}),
    body: { required: true, content: { "application/json": { schema: NewSubscription } } },
  },
  responses: { 201: json(Subscription.extend({ secret: z.string() }), "Created"), ...errors },
});
const list = createRoute({
  method: "get",
  path: "/v1/webhooks/subscriptions",
  tags: ["webhooks"],
  summary: "Subscriptions of the key's cities",
  ...auth,
  request: { query: z.strictObject({}) },
  responses: { 200: json(z.object({ subscriptions: z.array(Subscription) }), "Subscriptions"), ...errors },
});
const remove = createRoute({
  method: "delete",
  path: "/v1/webhooks/subscriptions/{id}",
  tags: ["webhooks"],
  summary: "Stop a subscription",
  ...auth,
  request: { params: SubId, query: z.strictObject({}) },
  responses: { 200: json(Subscription, "Deactivated"), ...errors },
});
const deliveries = createRoute({
  method: "get",
  path: "/v1/webhooks/subscriptions/{id}/deliveries",
  tags: ["webhooks"],
  summary: "Deliveries of a subscription by outbox id (the replay cursor)",
  ...auth,
  request: {
    params: SubId,
    query: z.strictObject({
      status: z.enum(["pending", "delivered", "dead", "cancelled"]).optional(),
      cursor: Cursor,
      limit: Limit,
    }),
  },
  responses: {
    200: json(z.object({ items: z.array(Delivery), nextCursor: z.string().nullable() }), "Deliveries"),
    ...errors,
  },
});
const replayRoute = createRoute({
  method: "post",
  path: "/v1/webhooks/subscriptions/{id}/replay",
  tags: ["webhooks"],
  summary:
    "Queue again the dead deliveries (and with redeliver=true the delivered ones) from outbox id `from`",
  ...auth,
  request: {
    params: SubId,
    query: z.strictObject({}),
    body: {
      required: true,
      content: {
        "application/json": {
          schema: z.strictObject({ from: uintParam("from"), redeliver: z.boolean().optional() }),
        },
      },
    },
  },
  responses: { 200: json(z.object({ queued: z.number().int() }), "Queued"), ...errors },
});

interface Operator {
  name: string;
  cities: Set<string>;
}

async function operator(c: Context, db: StoreReader): Promise<Operator> {
  const header = c.req.header("authorization") ?? "";
  const match = /^Bearer ([A-Za-z0-9_-]{10,200})$/.exec(header);
  if (!match)
    throw new ApiError(
      401,
      "UNAUTHENTICATED",
      "header Authorization: an operator key is required (Bearer).",
      { headers: { "WWW-Authenticate": "Bearer" } },
    );
  const [row] = await db.query<{ name: string; city_ids: unknown[] }>(
    "SELECT name, city_ids FROM integrations.operator_keys WHERE key_hash = $1",
    [hashOperatorKey(match[1]!)],
  );
  if (!row)
    throw new ApiError(401, "UNAUTHENTICATED", "header Authorization: unknown operator key.", {
      headers: { "WWW-Authenticate": "Bearer" },
    });
  return { name: row.name, cities: new Set(row.city_ids.map(String)) };
}

type SubRow = Record<string, unknown>;
const subJson = (r: SubRow) => ({
  id: String(r.id),
  url: String(r.url),
  cityId: String(r.city_id),
  orgId: r.org_id === null ? null : String(r.org_id),
  eventTypes: (r.event_types as string[]) ?? [],
  active: Boolean(r.active),
  createdAt: new Date(r.created_at as string).toISOString(),
});

async function ownedSubscription(db: StoreReader, op: Operator, id: string): Promise<SubRow> {
  const [row] = await db.query<SubRow>(
    "SELECT * FROM integrations.webhook_subscriptions WHERE id = $1::bigint",
    [id],
  );
  if (!row || !op.cities.has(String(row.city_id))) {
    throw new ApiError(404, "NOT_FOUND", `Subscription ${id} does not exist for this key.`, {
      parameter: "id",
    });
  }
  return row;
}

export const webhookRoutes: RouteModule = (app, deps) => {
  app.openapi(create, async (c) => {
    const op = await operator(c, deps.db);
    const body = c.req.valid("json");
    if (!op.cities.has(body.cityId)) {
      throw new ApiError(
        403,
        "FORBIDDEN",
        `body field cityId: this key does not manage city ${body.cityId}.`,
        { parameter: "cityId" },
      );
    }
    const secret = newWebhookSecret();
    const [row] = await deps.db.query<SubRow>(
      `INSERT INTO integrations.webhook_subscriptions (url, secret, city_id, org_id, event_types, created_by)
       VALUES ($1, $2, $3::bigint, $4::bigint, $5::text[], $6) RETURNING *`,
      [body.url, secret, body.cityId, body.orgId ?? null, body.eventTypes ?? [], op.name],
    );
    c.header("Cache-Control", "no-store");
    return c.json({ ...subJson(row!), secret }, 201);
  });

  app.openapi(list, async (c) => {
    const op = await operator(c, deps.db);
    const rows = await deps.db.query<SubRow>(
      "SELECT * FROM integrations.webhook_subscriptions WHERE city_id = ANY ($1::bigint[]) ORDER BY id",
      [[...op.cities]],
    );
    c.header("Cache-Control", "no-store");
    return c.json({ subscriptions: rows.map(subJson) }, 200);
  });

  app.openapi(remove, async (c) => {
    const op = await operator(c, deps.db);
    const { id } = c.req.valid("param");
    await ownedSubscription(deps.db, op, id);
    const [row] = await deps.db.query<SubRow>(
      "UPDATE integrations.webhook_subscriptions SET active = false WHERE id = $1::bigint RETURNING *",
      [id],
    );
    return c.json(subJson(row!), 200);
  });

  app.openapi(deliveries, async (c) => {
    const op = await operator(c, deps.db);
    const { id } = c.req.valid("param");
    const q = c.req.valid("query");
    await ownedSubscription(deps.db, op, id);
    const fingerprint = queryFingerprint(`deliveries:${id}`, q);
    const after = q.cursor ? decodeCursor(q.cursor, fingerprint, ["int"])[0]! : null;
    const limit = q.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await deps.db.query<SubRow>(
      `SELECT * FROM integrations.webhook_outbox WHERE subscription_id = $1::bigint AND ($2::text IS NULL OR status = $2)
         AND ($3::bigint IS NULL OR id > $3::bigint) ORDER BY id LIMIT $4`,
      [id, q.status ?? null, after, limit + 1],
    );
    const kept = rows.slice(0, limit);
    c.header("Cache-Control", "no-store");
    return c.json(
      {
        items: kept.map((r) => ({
          id: String(r.id),
          messageId: String(r.message_id),
          kind: r.kind as "event" | "retraction",
          eventType: String(r.event_type),
          blockNumber: String(r.block_number),
          status: r.status as "pending" | "delivered" | "dead" | "cancelled",
          attempts: Number(r.attempts),
          lastError: (r.last_error as string | null) ?? null,
        })),
        nextCursor: rows.length > limit ? encodeCursor(fingerprint, [String(kept.at(-1)!.id)]) : null,
      },
      200,
    );
  });

  app.openapi(replayRoute, async (c) => {
    const op = await operator(c, deps.db);
    const { id } = c.req.valid("param");
    const { from, redeliver } = c.req.valid("json");
    await ownedSubscription(deps.db, op, id);
    return c.json({ queued: await replay(deps.db, BigInt(id), BigInt(from), redeliver ?? false) }, 200);
  });
};
