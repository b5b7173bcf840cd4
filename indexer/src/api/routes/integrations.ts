/**
 * What cities' existing systems consume: iCalendar feeds of open opportunities (per city, per
 * organization; wall times in the city's zone, texts in the requested language) and the day's
 * attestations and redemptions of a city as CSV or JSON with stable columns, for scheduled imports.
 */
import { createRoute, z } from "@hono/zod-openapi";

import type { Context } from "hono";

import type { RouteModule } from "../app.ts";
import type { StoreReader } from "../context.ts";
import { ApiError } from "../errors.ts";
import { isFinal, reflectBlock } from "../freshness.ts";
import { buildCalendar, offsetMinutes } from "../../integrations/icalendar.ts";
import { cityTimeZones } from "../../integrations/time-zones.ts";
import { csvStream } from "../../research/csv.ts";
import { Language } from "../schemas.ts";
import {
  errorResponses,
  idParam,
  notFound,
  notFoundResponse,
  chainNow,
  pick,
  type ParsedMetadata,
} from "./common.ts";

type Row = Record<string, unknown>;

const MAX_EVENTS = 1_000;

async function cityZone(
  db: StoreReader,
  cityId: string,
  zones: Record<string, string>,
): Promise<{ name: string; zone: string }> {
  const [city] = await db.query<{ code: string; name: string }>(
    "SELECT code, name FROM cities WHERE city_id = $1::bigint",
    [cityId],
  );
  if (!city) notFound(`City ${cityId}`, "cityId");
  return { name: city.name, zone: zones[city.code] ?? "UTC" };
}

const ics = (path: string, param: string, summary: string) =>
  createRoute({
    method: "get",
    path,
    tags: ["integrations"],
    summary,
    request: {
      params: z.strictObject({ [param]: idParam(param) }),
      query: z.strictObject({ lang: Language.optional() }),
    },
    responses: {
      200: { description: "iCalendar (RFC 5545)", content: { "text/calendar": { schema: z.string() } } },
      ...errorResponses,
      ...notFoundResponse,
    },
  });

const cityCalendar = ics(
  "/v1/cities/{cityId}/calendar.ics",
  "cityId",
  "Open and upcoming opportunities of a city as an iCalendar feed",
);
const orgCalendar = ics(
  "/v1/organizations/{orgId}/calendar.ics",
  "orgId",
  "Open and upcoming opportunities of an organization as an iCalendar feed",
);

const DayQuery = z.strictObject({
  day: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD")
    .refine(
      (v) =>
        !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
      "is not a calendar date",
    )
    .openapi({ param: { name: "day", in: "query" }, description: "A day in the city's time zone." }),
});

const recordsRoute = (kind: "attestations" | "redemptions", format: "csv" | "json") =>
  createRoute({
    method: "get",
    path: `/v1/cities/{cityId}/records/${kind}.${format}`,
    tags: ["integrations"],
    summary: `A city's ${kind} of one day (city time) as ${format.toUpperCase()}, stable columns, chain order`,
    request: { params: z.strictObject({ cityId: idParam("cityId") }), query: DayQuery },
    responses: {
      200: {
        description: `${kind} of the day`,
        content:
          format === "csv"
            ? { "text/csv": { schema: z.string() } }
            : {
                "application/json": {
                  schema: z.object({
                    columns: z.array(z.string()),
                    rows: z.array(z.record(z.string(), z.unknown())),
                  }),
                },
              },
      },
      ...errorResponses,
      ...notFoundResponse,
    },
  });

export const RECORD_COLUMNS = {
  attestations: [
    "org_id",
    "seq",
    "batch_first_seq",
    "city_id",
    "resident",
    "opportunity_id",
    "category",
    "unit",
    "units",
    "credits",
    "attester",
    "tx_hash",
    "block_number",
    "log_index",
    "time_utc",
    "revoked",
  ],
  redemptions: [
    "offer_id",
    "seq",
    "org_id",
    "resident",
    "city_id",
    "credits",
    "status",
    "tx_hash",
    "block_number",
    "log_index",
    "time_utc",
    "settled_at_utc",
  ],
} as const;

const RECORD_SQL = {
  attestations: `SELECT a.org_id::text, a.seq::text, a.first_seq::text AS batch_first_seq, a.city_id::text, a.resident,
      a.opportunity_id::text, o.category, o.unit, a.units::text, a.credits::text, a.attester, a.tx_hash,
      a.block_number::text, a.log_index, to_char(to_timestamp(a.timestamp) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS time_utc,
      a.revoked, a.block_number AS k1, a.log_index AS k2, a.row_index AS k3
    FROM attestations a LEFT JOIN opportunities o USING (opportunity_id)
    WHERE a.city_id = $1::bigint AND a.timestamp >= $2::bigint AND a.timestamp < $3::bigint
      AND ($4::bigint IS NULL OR (a.block_number, a.log_index, a.row_index) > ($4::bigint, $5::integer, $6::integer))
    ORDER BY a.block_number, a.log_index, a.row_index LIMIT $7`,
  redemptions: `SELECT r.offer_id::text, r.seq::text, r.org_id::text, r.resident, r.city_id::text, r.credits::text, r.status, r.tx_hash,
      r.block_number::text, r.log_index, to_char(to_timestamp(r.timestamp) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS time_utc,
      CASE WHEN r.settled_at IS NULL THEN NULL ELSE to_char(to_timestamp(r.settled_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') END AS settled_at_utc,
      r.block_number AS k1, r.log_index AS k2, 0 AS k3
    FROM redemptions r
    WHERE r.city_id = $1::bigint AND r.timestamp >= $2::bigint AND r.timestamp < $3::bigint
      AND ($4::bigint IS NULL OR (r.block_number, r.log_index, 0) > ($4::bigint, $5::integer, $6::integer))
    ORDER BY r.block_number, r.log_index LIMIT $7`,
};

/** Unix seconds of local midnight starting `day` in `zone`, and of the next one. */
export function dayBounds(day: string, zone: string): [number, number] {
  const at = (d: string) => {
    const utcMidnight = Date.parse(`${d}T00:00:00Z`);
    // Midnight local = UTC midnight minus the offset in force then (checked twice around DST).
    let t = utcMidnight - offsetMinutes(new Date(utcMidnight), zone) * 60_000;
    t = utcMidnight - offsetMinutes(new Date(t), zone) * 60_000;
    return Math.floor(t / 1000);
  };
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return [at(day), at(next)];
}

export function integrationRoutes(options: { timeZones?: Record<string, string> } = {}): RouteModule {
  const zones = options.timeZones ?? cityTimeZones();
  return (app, deps) => {
    const feed = async (where: "city_id" | "org_id", id: string, lang: string | undefined, now: bigint) => {
      const [scope] =
        where === "city_id"
          ? [await cityZone(deps.db, id, zones)]
          : await (async () => {
              const [org] = await deps.db.query<{ city_id: bigint; metadata: ParsedMetadata | null }>(
                "SELECT city_id, metadata FROM organizations WHERE org_id = $1::bigint",
                [id],
              );
              if (!org) notFound(`Organization ${id}`, "orgId");
              const city = await cityZone(deps.db, String(org.city_id), zones);
              return [{ name: pick(org.metadata?.title, lang) ?? `Organization ${id}`, zone: city.zone }];
            })();
      const rows = await deps.db.query<Row>(
        `SELECT opportunity_id, start_time, end_time, metadata, category, block_number,
                (SELECT timestamp FROM events e WHERE e.block_number = o.block_number LIMIT 1) AS updated_at
         FROM opportunities o WHERE ${where} = $1::bigint AND status = 'open' AND end_time >= $2::bigint
         ORDER BY start_time, opportunity_id LIMIT ${MAX_EVENTS}`,
        [id, now.toString()],
      );
      return buildCalendar({
        name: `${scope!.name} — City/Sync`,
        timeZone: scope!.zone,
        language: lang ?? "en",
        events: rows.map((r) => {
          const m = (r.metadata ?? {}) as ParsedMetadata;
          return {
            uid: `opportunity-${r.opportunity_id}@citysync`,
            start: new Date(Number(r.start_time) * 1000),
            end: new Date(Number(r.end_time) * 1000),
            summary: pick(m.title, lang) ?? `Opportunity ${r.opportunity_id}`,
            ...(pick(m.description, lang) ? { description: pick(m.description, lang)! } : {}),
            ...(m.place ? { location: m.place } : {}),
            ...(r.category ? { categories: [String(r.category)] } : {}),
            updated: new Date(Number(r.updated_at ?? r.start_time) * 1000),
          };
        }),
      });
    };
    const sendIcs = (c: Context, body: string) => {
      c.header("Content-Type", "text/calendar; charset=utf-8");
      return c.body(body, 200);
    };
    app.openapi(cityCalendar, async (c) => {
      const { cityId } = c.req.valid("param") as { cityId: string };
      const status = await reflectBlock(c, deps);
      return sendIcs(c, await feed("city_id", cityId, c.req.valid("query").lang, chainNow(status))) as never;
    });
    app.openapi(orgCalendar, async (c) => {
      const { orgId } = c.req.valid("param") as { orgId: string };
      const status = await reflectBlock(c, deps);
      return sendIcs(c, await feed("org_id", orgId, c.req.valid("query").lang, chainNow(status))) as never;
    });

    for (const kind of ["attestations", "redemptions"] as const) {
      for (const format of ["csv", "json"] as const) {
        app.openapi(recordsRoute(kind, format), async (c) => {
          const { cityId } = c.req.valid("param");
          const { day } = c.req.valid("query");
          const { zone } = await cityZone(deps.db, cityId, zones);
          const [from, to] = dayBounds(day, zone);
          if (from > Number(chainNow(c.get("syncStatus") ?? (await deps.status())))) {
            throw new ApiError(400, "INVALID_PARAMETER", "query parameter day: is in the future.", {
              parameter: "day",
            });
          }
          // A day whose last second is at or before the finalized block's time can never change.
          const [finalTime] = await deps.db.query<{ t: bigint | null }>(
            "SELECT max(timestamp) AS t FROM events WHERE block_number <= (SELECT finalized_block FROM sync_state WHERE id = 1)",
          );
          const dayIsFinal = finalTime?.t !== null && finalTime?.t !== undefined && Number(finalTime.t) >= to;
          await reflectBlock(c, deps, (s) => dayIsFinal || isFinal(s), dayIsFinal);
          const columns = RECORD_COLUMNS[kind];
          let after: Row | undefined;
          const next = async (last: Row | undefined) => {
            after = last;
            return deps.db.query<Row>(RECORD_SQL[kind], [
              cityId,
              from,
              to,
              after?.k1 ?? null,
              after?.k2 ?? null,
              after?.k3 ?? null,
              5_000,
            ]);
          };
          if (format === "csv") {
            c.header("Content-Type", "text/csv; charset=utf-8");
            c.header("Content-Disposition", `attachment; filename="city-${cityId}-${kind}-${day}.csv"`);
            return c.body(csvStream({ columns, next }), 200) as never;
          }
          const rows: Row[] = [];
          for (let batch = await next(undefined); batch.length > 0; batch = await next(batch.at(-1))) {
            for (const r of batch) rows.push(Object.fromEntries(columns.map((col) => [col, r[col] ?? null])));
            if (rows.length > 200_000)
              throw new ApiError(413, "TOO_LARGE", "More than 200000 records that day: use the CSV form.");
          }
          return c.json({ columns: [...columns], rows }, 200) as never;
        });
      }
    }
  };
}
