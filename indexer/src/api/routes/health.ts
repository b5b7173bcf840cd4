/** `/health` (is the store readable, how far behind the chain) and `/metrics` (Prometheus). */
import { createRoute, z } from "@hono/zod-openapi";

import type { RouteModule } from "../app.ts";
import { ErrorSchema } from "../errors.ts";
import { NoQuery } from "../schemas.ts";

const Health = z
  .object({
    ok: z.boolean(),
    store: z.enum(["pglite", "postgres"]),
    chainId: z.number().int(),
    indexedBlock: z.string().nullable(),
    finalizedBlock: z.string().nullable(),
    chainHeadBlock: z.string().nullable(),
    blocksBehind: z.string().nullable().openapi({ description: "Chain head minus indexed block." }),
  })
  .openapi("Health");

const health = createRoute({
  method: "get",
  path: "/health",
  tags: ["service"],
  summary: "Whether the store answers and how far the indexer is behind the chain",
  request: { query: NoQuery },
  responses: {
    200: { description: "Serving", content: { "application/json": { schema: Health } } },
    503: {
      description: "The store does not answer",
      content: { "application/json": { schema: ErrorSchema } },
    },
  },
});

export const healthRoutes: RouteModule = (app, deps) => {
  app.openapi(health, async (c) => {
    c.header("Cache-Control", "no-store");
    let status;
    try {
      status = await deps.status();
    } catch (error) {
      c.get("log").error({ err: error }, "health: store unreachable");
      return c.json({ error: { code: "STORE_UNAVAILABLE", message: "The store does not answer." } }, 503);
    }
    const behind =
      status.chainHeadBlock !== null && status.indexedBlock !== null
        ? (status.chainHeadBlock > status.indexedBlock
            ? status.chainHeadBlock - status.indexedBlock
            : 0n
          ).toString()
        : null;
    return c.json(
      {
        ok: true,
        store: deps.db.kind,
        chainId: status.chainId,
        indexedBlock: status.indexedBlock?.toString() ?? null,
        finalizedBlock: status.finalizedBlock?.toString() ?? null,
        chainHeadBlock: status.chainHeadBlock?.toString() ?? null,
        blocksBehind: behind,
      },
      200,
    );
  });
  app.get("/metrics", async (c) => {
    c.header("Content-Type", deps.metrics.registry.contentType);
    c.header("Cache-Control", "no-store");
    return c.body(await deps.metrics.registry.metrics());
  });
};
