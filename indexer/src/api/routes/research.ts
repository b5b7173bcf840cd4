/**
 * Research access: the published views (list, columns), streamed CSV of each, the DCAT
 * catalogue (data.json) open-data portals harvest, and the read-only SQL endpoint (PostgreSQL
 * only; see research/run.ts for why PGlite refuses it).
 */
import { createRoute, z } from "@hono/zod-openapi";

import type { ReadDb } from "../db.ts";
import { ApiError, ErrorSchema } from "../errors.ts";
import { reflectBlock } from "../freshness.ts";
import type { RouteModule } from "../app.ts";
import { tableCsvStream } from "../../research/csv.ts";
import { DATASETS, DATASET_VIEWS, datasetByView, datasetColumns } from "../../research/datasets.ts";
import { ResearchQueryError } from "../../research/guard.ts";
import { DEFAULT_RESEARCH_LIMITS, type ResearchLimits, runResearchQuery } from "../../research/run.ts";
import { errorResponses, ok } from "./common.ts";

export interface ResearchOptions {
  /** Connections research queries run on (a read replica in production); absent on PGlite. */
  db: ReadDb | undefined;
  limits?: ResearchLimits;
  /** Research queries running at once at most; more get 429 rather than queueing. */
  maxConcurrent?: number;
  /** Public base URL, for the links in data.json. */
  publicUrl?: string;
}

const ViewSchema = z
  .object({
    name: z.string(),
    title: z.string(),
    description: z.string(),
    key: z.array(z.string()),
    columns: z.array(z.object({ name: z.string(), type: z.string() })),
    csv: z.string(),
  })
  .openapi("Dataset");

const views = createRoute({
  method: "get",
  path: "/v1/research/views",
  tags: ["research"],
  summary: "The public views research queries and exports may read, with their columns",
  request: { query: z.strictObject({}) },
  responses: { ...ok(z.object({ views: z.array(ViewSchema) }), "The views"), ...errorResponses },
});

const QueryBody = z.strictObject({
  sql: z
    .string()
    .min(1)
    .max(20_000)
    .openapi({ example: "SELECT city_id, sum(credits_minted) FROM open_daily_stats GROUP BY 1" }),
});
const Answer = z
  .object({
    columns: z.array(z.string()),
    rows: z.array(z.array(z.unknown())),
    rowCount: z.number().int(),
    truncated: z.enum(["rows", "bytes"]).nullable(),
    elapsedMs: z.number(),
  })
  .openapi("ResearchAnswer");

const query = createRoute({
  method: "post",
  path: "/v1/research/query",
  tags: ["research"],
  summary: "Run one read-only SELECT over the public views (PostgreSQL store only)",
  description:
    "Parsed with PostgreSQL's parser: exactly one SELECT, only the public views, allowlisted functions, bounded generate_series. Runs as a SELECT-only role in a read-only transaction that is always rolled back, with a statement timeout, and row and byte caps.",
  request: {
    query: z.strictObject({}),
    body: { required: true, content: { "application/json": { schema: QueryBody } } },
  },
  responses: {
    ...ok(Answer, "The rows"),
    ...errorResponses,
    422: {
      description: "The query is refused or failed (the message says why)",
      content: { "application/json": { schema: ErrorSchema } },
    },
    501: {
      description: "This store (PGlite) does not serve research SQL",
      content: { "application/json": { schema: ErrorSchema } },
    },
  },
});

const csv = createRoute({
  method: "get",
  path: "/v1/datasets/{file}",
  tags: ["research"],
  summary: "Stream a public view as CSV (RFC 4180), in key order",
  request: {
    params: z.strictObject({
      file: z
        .enum([...DATASET_VIEWS].map((v) => `${v}.csv`) as [string, ...string[]])
        .openapi({ param: { name: "file", in: "path" }, description: "`<view>.csv`" }),
    }),
    query: z.strictObject({}),
  },
  responses: {
    200: { description: "CSV, header row first", content: { "text/csv": { schema: z.string() } } },
    ...errorResponses,
  },
});

const catalog = createRoute({
  method: "get",
  path: "/data.json",
  tags: ["research"],
  summary: "DCAT-US (Project Open Data) catalogue of the datasets, as city open-data portals harvest it",
  request: { query: z.strictObject({}) },
  responses: { ...ok(z.record(z.string(), z.unknown()), "The catalogue") },
});

export function researchRoutes(options: ResearchOptions): RouteModule {
  let running = 0;
  const maxConcurrent = options.maxConcurrent ?? 2;
  return (app, deps) => {
    app.openapi(views, async (c) => {
      const columns = await datasetColumns(deps.db);
      return c.json(
        {
          views: DATASETS.map((d) => ({
            name: d.view,
            title: d.title,
            description: d.description,
            key: d.key.map((k) => k.column),
            columns: columns.get(d.view) ?? [],
            csv: `/v1/datasets/${d.view}.csv`,
          })),
        },
        200,
      );
    });

    app.openapi(query, async (c) => {
      const { sql } = c.req.valid("json");
      if (!options.db) {
        throw new ApiError(
          501,
          "NEEDS_POSTGRES",
          "The research SQL endpoint needs the PostgreSQL store (DATABASE_URL); the embedded store refuses it so a long query cannot stall the sync and the API.",
        );
      }
      if (running >= maxConcurrent) {
        throw new ApiError(429, "RESEARCH_BUSY", "Too many research queries are running; retry shortly.", {
          headers: { "Retry-After": "2" },
        });
      }
      running++;
      try {
        await reflectBlock(c, deps);
        const answer = await runResearchQuery(
          options.db,
          sql,
          { relations: DATASET_VIEWS },
          options.limits ?? DEFAULT_RESEARCH_LIMITS,
        );
        c.header("Cache-Control", "no-store");
        return c.json(answer as z.infer<typeof Answer>, 200);
      } catch (error) {
        if (error instanceof ResearchQueryError) {
          throw new ApiError(error.code === "NEEDS_POSTGRES" ? 501 : 422, error.code, error.message, {
            parameter: "sql",
          });
        }
        throw error;
      } finally {
        running--;
      }
    });

    app.openapi(csv, async (c) => {
      const name = c.req.valid("param").file.replace(/\.csv$/, "");
      const dataset = datasetByView(name)!;
      const columns = (await datasetColumns(deps.db)).get(name) ?? [];
      await reflectBlock(c, deps);
      c.header("Content-Type", "text/csv; charset=utf-8");
      c.header("Content-Disposition", `attachment; filename="${name}.csv"`);
      return c.body(tableCsvStream(deps.db, { relation: name, columns, key: dataset.key }), 200) as never;
    });

    app.openapi(catalog, async (c) => {
      const base = options.publicUrl ?? new URL(c.req.url).origin;
      const status = await reflectBlock(c, deps);
      return c.json(
        {
          "@context": "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld",
          "@type": "dcat:Catalog",
          conformsTo: "https://project-open-data.cio.gov/v1.1/schema",
          describedBy: "https://project-open-data.cio.gov/v1.1/schema/catalog.json",
          dataset: DATASETS.map((d) => ({
            "@type": "dcat:Dataset",
            identifier: `citysync:${status.chainId}:${d.view}`,
            title: `City/Sync — ${d.title}`,
            description: d.description,
            keyword: ["civic participation", "City/Sync", ...d.keywords],
            modified: new Date().toISOString().slice(0, 10),
            publisher: { "@type": "org:Organization", name: "City/Sync network" },
            contactPoint: {
              "@type": "vcard:Contact",
              fn: "City/Sync operators",
              hasEmail: "mailto:data@citysync.invalid",
            },
            accessLevel: "public",
            license: "https://creativecommons.org/publicdomain/zero/1.0/",
            accrualPeriodicity: "R/PT1S",
            describedBy: `${base}/docs/data-dictionary.md#${d.view}`,
            distribution: [
              {
                "@type": "dcat:Distribution",
                downloadURL: `${base}/v1/datasets/${d.view}.csv`,
                mediaType: "text/csv",
                format: "CSV",
              },
            ],
          })),
        },
        200,
      );
    });
  };
}
