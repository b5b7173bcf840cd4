/**
 * Residents by address: balance and lifetime per city, and one merged history of every change
 * (mints, redemptions, revocations, refunds, recoveries), newest first.
 */
import { createRoute, z } from "@hono/zod-openapi";

import type { RouteModule } from "../app.ts";
import { reflectBlock } from "../freshness.ts";
import { toPage } from "../pagination.ts";
import { Address, Cursor, Decimal, Limit, pageOf, uintParam } from "../schemas.ts";
import { dec, errorResponses, int, iso, ok, paging } from "./common.ts";

type Row = Record<string, unknown>;

const AccountSchema = z
  .object({ cityId: z.number().int(), balance: Decimal, lifetime: Decimal, lastBlock: z.string() })
  .openapi("Account");

const ResidentSchema = z
  .object({ address: z.string(), accounts: z.array(AccountSchema) })
  .openapi("Resident");

const HistoryEntry = z
  .object({
    kind: z.enum(["attested", "redeemed", "revoked", "refunded", "recovered-out", "recovered-in"]),
    cityId: z.number().int(),
    balanceDelta: z.string().openapi({ description: "Signed decimal string." }),
    lifetimeDelta: z.string(),
    balance: Decimal.openapi({ description: "Balance after this change." }),
    lifetime: Decimal,
    ref: z.string().openapi({
      description: "orgId:seq (attestations), offerId:seq (redemptions), the other address (recoveries).",
    }),
    txHash: z.string(),
    blockNumber: z.string(),
    logIndex: z.number().int(),
    time: z.string(),
  })
  .openapi("HistoryEntry");

const AddressParam = z.strictObject({ address: Address.openapi({ param: { name: "address", in: "path" } }) });

const resident = createRoute({
  method: "get",
  path: "/v1/residents/{address}",
  tags: ["residents"],
  summary: "A resident's balance and lifetime credits in every city",
  request: { params: AddressParam, query: z.strictObject({}) },
  responses: { ...ok(ResidentSchema, "The resident (no accounts: never credited)"), ...errorResponses },
});

const history = createRoute({
  method: "get",
  path: "/v1/residents/{address}/history",
  tags: ["residents"],
  summary: "Every change of a resident's accounts, newest first",
  request: {
    params: AddressParam,
    query: z.strictObject({ city: uintParam("city").optional(), cursor: Cursor, limit: Limit }),
  },
  responses: { ...ok(pageOf(HistoryEntry, "HistoryPage"), "A page of the history"), ...errorResponses },
});

export const residentRoutes: RouteModule = (app, deps) => {
  app.openapi(resident, async (c) => {
    const address = c.req.valid("param").address.toLowerCase();
    await reflectBlock(c, deps);
    const rows = await deps.db.query<Row>(
      "SELECT city_id, balance, lifetime, block_number FROM accounts WHERE resident = $1 ORDER BY city_id",
      [address],
    );
    return c.json(
      {
        address,
        accounts: rows.map((r) => ({
          cityId: int(r.city_id),
          balance: dec(r.balance),
          lifetime: dec(r.lifetime),
          lastBlock: dec(r.block_number),
        })),
      },
      200,
    );
  });

  app.openapi(history, async (c) => {
    const address = c.req.valid("param").address.toLowerCase();
    const query = c.req.valid("query");
    const page = paging(`history:${address}`, query, ["int", "int", "int"]);
    await reflectBlock(c, deps);
    const after = page.after ?? [null, null, null];
    const rows = await deps.db.query<Row>(
      `SELECT * FROM account_changes
       WHERE resident = $1 AND ($2::bigint IS NULL OR city_id = $2::bigint)
         AND ($3::bigint IS NULL OR (block_number, log_index, sub_index) < ($3::bigint, $4::integer, $5::integer))
       ORDER BY block_number DESC, log_index DESC, sub_index DESC LIMIT $6`,
      [address, query.city ?? null, after[0], after[1], after[2], page.limit + 1],
    );
    return c.json(
      toPage(
        rows,
        page.limit,
        page.fingerprint,
        (r) => [String(r.block_number), String(r.log_index), String(r.sub_index)],
        (r) => ({
          kind: r.kind as z.infer<typeof HistoryEntry>["kind"],
          cityId: int(r.city_id),
          balanceDelta: dec(r.balance_delta),
          lifetimeDelta: dec(r.lifetime_delta),
          balance: dec(r.balance),
          lifetime: dec(r.lifetime),
          ref: String(r.ref),
          txHash: String(r.tx_hash),
          blockNumber: dec(r.block_number),
          logIndex: int(r.log_index),
          time: iso(r.timestamp),
        }),
      ),
      200,
    );
  });
};
