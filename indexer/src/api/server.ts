/**
 * Assembles the whole API over an indexer store and serves it. Stateless: everything it answers
 * comes from the store, so any number of these processes can serve one PostgreSQL database
 * (rate-limit buckets and the response cache are the only per-process memory). With PGlite the
 * store lives inside one process, so the API runs in the indexer's process (`serveApi(store)` from
 * its start command), and so does the webhook worker (WEBHOOK_WORKER=1, as `npm start` sets).
 */
import type { Server } from "node:http";

import { serve } from "@hono/node-server";
import pg from "pg";
import type { Logger } from "pino";

import { type WebhookWorkerOptions, startWebhookWorker } from "../integrations/webhooks.ts";
import type { SafeProposalService } from "../safe-proposals/server.ts";
import type { Store } from "../store/store.ts";
import { type ApiOptions, type RouteModule, createApiApp } from "./app.ts";
import { fromPool } from "./db.ts";
import { cityRoutes } from "./routes/cities.ts";
import { healthRoutes } from "./routes/health.ts";
import { integrationRoutes } from "./routes/integrations.ts";
import { offerRoutes } from "./routes/offers.ts";
import { opportunityRoutes } from "./routes/opportunities.ts";
import { organizationRoutes } from "./routes/organizations.ts";
import { proofRoutes } from "./routes/proofs.ts";
import { recordRoutes } from "./routes/records.ts";
import { type ResearchOptions, researchRoutes } from "./routes/research.ts";
import { residentRoutes } from "./routes/residents.ts";
import { safeProposalRoutes } from "./routes/safe-proposals.ts";
import { statsRoutes } from "./routes/stats.ts";
import { webhookRoutes } from "./routes/webhooks.ts";
import { ensureApiSchema } from "./setup.ts";
import { storeStatus } from "./sync-status.ts";

export interface CreateApiOptions extends Omit<ApiOptions, "db" | "status"> {
  store: Pick<Store, "kind" | "query">;
  research?: Omit<ResearchOptions, "db"> & { db?: ResearchOptions["db"] };
  proposals?: SafeProposalService;
  timeZones?: Record<string, string>;
  chainHead?: () => bigint | null;
}

export function createApi(options: CreateApiOptions) {
  const modules: RouteModule[] = [
    healthRoutes,
    cityRoutes,
    organizationRoutes,
    opportunityRoutes,
    offerRoutes,
    residentRoutes,
    recordRoutes,
    proofRoutes,
    statsRoutes,
    researchRoutes({ db: undefined, ...options.research }),
    integrationRoutes({ ...(options.timeZones ? { timeZones: options.timeZones } : {}) }),
    webhookRoutes,
  ];
  if (options.proposals) modules.push(safeProposalRoutes(options.proposals));
  return createApiApp(
    { ...options, db: options.store, status: storeStatus(options.store, options.chainHead) },
    modules,
  );
}

export interface ServeApiOptions extends Omit<CreateApiOptions, "store"> {
  port?: number;
  host?: string;
  /** Research queries' connections (PostgreSQL only): RESEARCH_DATABASE_URL, else the store's URL. */
  researchDatabaseUrl?: string;
  logger?: Logger;
  /**
   * Also run the webhook worker (fan-out from the indexer's events to the outbox, then delivery)
   * in this process until `close()`. Default: WEBHOOK_WORKER=1 in the environment. Several
   * workers may share one PostgreSQL (deliveries are claimed with SKIP LOCKED); on PGlite this
   * process is the only one that can.
   */
  webhookWorker?: boolean | (WebhookWorkerOptions & { intervalMs?: number });
}

export interface RunningApi {
  url: string;
  docsUrl: string;
  server: Server;
  close(): Promise<void>;
}

/** Prepares the store (views, integrations schema) and serves the API on `host:port`. */
export async function serveApi(store: Store, options: ServeApiOptions = {}): Promise<RunningApi> {
  await ensureApiSchema(store);
  let researchPool: pg.Pool | undefined;
  if (store.kind === "postgres" && options.researchDatabaseUrl) {
    researchPool = new pg.Pool({
      connectionString: options.researchDatabaseUrl,
      max: options.research?.maxConcurrent ?? 2,
    });
  }
  const { app } = createApi({
    ...options,
    // A served API lets a read of the indexed head stand for 25 ms: a cached answer then costs
    // the store nothing, a computed one a single query (in-process tests read it every request).
    responseCache: options.responseCache ?? { headMaxAgeMs: 25 },
    store,
    research: { ...options.research, db: researchPool ? fromPool(researchPool) : undefined },
  });
  const host = options.host ?? "127.0.0.1";
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve(
      {
        fetch: app.fetch,
        port: options.port ?? 0,
        hostname: host,
        serverOptions: { requestTimeout: 30_000, headersTimeout: 10_000, maxHeaderSize: 16_384 },
      },
      () => resolve(s as Server),
    ) as Server;
    s.once("error", reject);
  });
  // Started once the API listens, so a port already taken leaves nothing running.
  const workerOption = options.webhookWorker ?? process.env.WEBHOOK_WORKER === "1";
  const worker = workerOption
    ? startWebhookWorker(store, {
        ...(typeof workerOption === "object" ? workerOption : {}),
        onError: (err) => options.logger?.error({ err }, "webhook worker"),
      })
    : undefined;
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  const url = `http://${host}:${port}`;
  return {
    url,
    docsUrl: `${url}/docs`,
    server,
    async close() {
      await worker?.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections?.();
      await researchPool?.end();
    },
  };
}
