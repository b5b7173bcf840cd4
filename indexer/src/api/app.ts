/**
 * The City/Sync HTTP API: one Hono application, read-only over the indexer's store, its
 * OpenAPI 3.1 document generated from the same zod schemas that validate requests and type
 * responses (`/openapi.json`, browsable at `/docs`).
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { etag } from "hono/etag";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import { timeout } from "hono/timeout";
import pino, { type Logger } from "pino";

import type { ApiDeps, ApiEnv, StoreReader, SyncStatus } from "./context.ts";
import { DOCS_BUNDLE_PATH, docsRoutes } from "./docs.ts";
import { ApiError, errorBody, toResponse, validationError } from "./errors.ts";
import { type ApiMetrics, createMetrics } from "./metrics.ts";
import { rateLimit } from "./rate-limit.ts";
import { type ResponseCacheOptions, responseCache } from "./response-cache.ts";

export interface ApiOptions {
  /** The indexer's store; absent when only store-less routes are served (proposal service alone). */
  db?: StoreReader;
  status?: () => Promise<SyncStatus>;
  logger?: Logger;
  metrics?: ApiMetrics;
  /** Origins allowed by CORS; `*` (default) for a public read API. */
  corsOrigins?: string[] | "*";
  /** Per-client token bucket; `false` turns it off (benchmarks on one client address). */
  rateLimit?: { burst: number; perSecond: number } | false;
  /** Use the first `X-Forwarded-For` address as the client (only behind a trusted proxy). */
  trustProxy?: boolean;
  maxBodyBytes?: number;
  requestTimeoutMs?: number;
  /** Reuse whole answers while the indexed head stays put; `false` turns it off. */
  responseCache?: ResponseCacheOptions | false;
}

/**
 * Concurrent requests share one read of the sync status (a read that has not answered yet is
 * as fresh as a new one would be), so 20 requests at once cost one query, not 20.
 */
function sharedStatus(read: () => Promise<SyncStatus>): () => Promise<SyncStatus> {
  let inFlight: Promise<SyncStatus> | undefined;
  return () => {
    if (!inFlight) {
      inFlight = read().finally(() => {
        inFlight = undefined;
      });
    }
    return inFlight;
  };
}

export type RouteModule = (app: OpenAPIHono<ApiEnv>, deps: ApiDeps) => void;

export const API_TITLE = "City/Sync API";
export const API_VERSION = "0.1.0";

function clientKey(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    // In-process requests (tests) have no socket.
    return "local";
  }
}

export function createApiApp(
  options: ApiOptions,
  modules: RouteModule[],
): { app: OpenAPIHono<ApiEnv>; deps: ApiDeps } {
  const logger = options.logger ?? pino({ level: process.env.LOG_LEVEL ?? "info" });
  const metrics = options.metrics ?? createMetrics();
  const noStore = (): never => {
    throw new ApiError(503, "NO_STORE", "This service has no indexer store.");
  };
  const deps: ApiDeps = {
    get db() {
      return options.db ?? noStore();
    },
    status: options.status ? sharedStatus(options.status) : noStore,
    logger,
    metrics,
  };
  const app = new OpenAPIHono<ApiEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return toResponse(c, validationError(result.error, result.target));
    },
  });

  app.use(requestId({ limitLength: 64 }));
  app.use(async (c, next) => {
    const started = performance.now();
    const log = logger.child({ reqId: c.get("requestId") });
    c.set("log", log);
    await next();
    const seconds = (performance.now() - started) / 1000;
    const route = c.req.routePath || "unmatched";
    metrics.requests.inc({ method: c.req.method, route, status: String(c.res.status) });
    metrics.duration.observe({ method: c.req.method, route }, seconds);
    log.info(
      {
        method: c.req.method,
        path: c.req.path,
        route,
        status: c.res.status,
        ms: Math.round(seconds * 1e4) / 10,
      },
      "request",
    );
  });
  app.use(
    cors({
      origin: options.corsOrigins ?? "*",
      allowMethods: ["GET", "HEAD", "POST", "DELETE", "OPTIONS"],
      allowHeaders: ["Content-Type", "Authorization", "If-None-Match", "X-Request-Id"],
      exposeHeaders: [
        "ETag",
        "Retry-After",
        "X-Request-Id",
        "X-Block-Number",
        "X-Block-Hash",
        "X-Block-Final",
        "X-Finalized-Block",
      ],
      maxAge: 600,
    }),
  );
  if (options.rateLimit !== false) {
    const limits = options.rateLimit ?? { burst: 120, perSecond: 60 };
    const trustProxy = options.trustProxy ?? false;
    app.use(rateLimit({ ...limits, clientKey: (c) => clientKey(c, trustProxy) }));
  }
  app.use(
    bodyLimit({
      maxSize: options.maxBodyBytes ?? 1_000_000,
      onError: (c) => c.json(errorBody("BODY_TOO_LARGE", "The request body is too large."), 413),
    }),
  );
  app.use(
    timeout(
      options.requestTimeoutMs ?? 10_000,
      () => new HTTPException(503, { message: "The request took too long and was abandoned." }),
    ),
  );
  // ETags hash the whole body: never on streamed exports (CSV, calendars), whose memory must stay
  // flat, nor on the reference page's 5 MB script (cached by max-age instead).
  const tag = etag({ weak: true });
  app.use((c, next) =>
    /\.(csv|ics)$/.test(c.req.path) || c.req.path === "/metrics" || c.req.path === DOCS_BUNDLE_PATH
      ? next()
      : tag(c, next),
  );
  if (options.responseCache !== false && options.db) {
    app.use(responseCache(deps.status, options.responseCache));
  }

  app.onError((error, c) => {
    const response = toResponse(c, error);
    if (response.status >= 500) c.get("log")?.error({ err: error }, "request failed");
    return response;
  });
  app.notFound((c) =>
    c.json(errorBody("NOT_FOUND", `No route ${c.req.method} ${c.req.path}; see /docs.`), 404),
  );

  for (const register of modules) register(app, deps);

  app.openAPIRegistry.registerComponent("securitySchemes", "operatorKey", {
    type: "http",
    scheme: "bearer",
    description: "Operator API key (scoped to cities) for webhook subscriptions.",
  });
  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: API_TITLE,
      version: API_VERSION,
      description:
        "Read-only API over the City/Sync indexer. Every data response carries X-Block-Number / X-Block-Final; lists are cursor-paginated; amounts are decimal strings.",
    },
  });
  docsRoutes(app, { title: API_TITLE, specUrl: "/openapi.json" });
  return { app, deps };
}

export { ApiError };
