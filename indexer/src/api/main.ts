/**
 * Runs the API as its own process over PostgreSQL (any number of them over one database):
 *   DATABASE_URL=postgres://… node indexer/src/api/main.ts [--port 8549] [--host 127.0.0.1]
 *   npm run api -- --port 8549
 * Environment: DATABASE_URL (required here), RESEARCH_DATABASE_URL (research queries; a read
 * replica, default DATABASE_URL), API_PORT, API_HOST, CORS_ORIGINS (comma-separated, default *),
 * TRUST_PROXY=1 (rate-limit by X-Forwarded-For), CITY_TIME_ZONES, WEBHOOK_WORKER=1 (also run
 * webhook fan-out and delivery here), API_HEAD_MAX_AGE_MS (how long a read of the indexed head
 * stands for the next requests, default 25), LOG_LEVEL.
 * With the embedded store (PGlite) the database lives inside the indexer's process, so the API
 * is served from there instead: `npm run indexer -- start` with CITYSYNC_API_PORT set.
 */
import { parseArgs } from "node:util";

import pino from "pino";

import { migrate } from "../schema/migrate.ts";
import { openPostgresStore } from "../store/postgres-store.ts";
import { serveApi } from "./server.ts";

export const DEFAULT_API_PORT = 8549;

if (import.meta.main) {
  const { values } = parseArgs({ options: { port: { type: "string" }, host: { type: "string" } } });
  const log = pino({ level: process.env.LOG_LEVEL ?? "info", base: { service: "api" } });
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error(
      "The API process needs DATABASE_URL (PostgreSQL). With the embedded PGlite store, start the indexer with CITYSYNC_API_PORT set: it serves the API from its own process.",
    );
    process.exit(2);
  }
  const port = Number(values.port ?? process.env.API_PORT ?? DEFAULT_API_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a TCP port, got "${values.port ?? process.env.API_PORT}".`);
    process.exit(2);
  }
  const store = await openPostgresStore(databaseUrl);
  await migrate(store);
  const cors = process.env.CORS_ORIGINS;
  const headMaxAgeMs = Number(process.env.API_HEAD_MAX_AGE_MS ?? 25);
  if (!Number.isFinite(headMaxAgeMs) || headMaxAgeMs < 0) {
    console.error(
      `API_HEAD_MAX_AGE_MS must be a number of ms ≥ 0, got "${process.env.API_HEAD_MAX_AGE_MS}".`,
    );
    process.exit(2);
  }
  const api = await serveApi(store, {
    port,
    host: values.host ?? process.env.API_HOST ?? "127.0.0.1",
    logger: log,
    researchDatabaseUrl: process.env.RESEARCH_DATABASE_URL ?? databaseUrl,
    trustProxy: process.env.TRUST_PROXY === "1",
    webhookWorker: process.env.WEBHOOK_WORKER === "1",
    responseCache: { headMaxAgeMs },
    ...(cors ? { corsOrigins: cors === "*" ? "*" : cors.split(",").map((o) => o.trim()) } : {}),
  });
  console.log(`City/Sync API on ${api.url} (reference: ${api.docsUrl}, store ${store.location})`);
  const stop = async () => {
    await api.close();
    await store.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
}
