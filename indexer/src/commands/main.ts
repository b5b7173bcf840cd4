/**
 * Operator commands: `npm run indexer -- <command> [options]`.
 *
 *   start                 backfill, then follow the head (status endpoint with --port)
 *   backfill [--to N]     sync up to block N (default: the head) and exit
 *   verify                compare the store with the ledger's view functions at the indexed block
 *   status                where the store is, how far behind the head
 *   reset                 drop every indexer table (the next start re-indexes from the deploy block)
 *
 * Options: --rpc URL, --database-url URL (PostgreSQL; PGlite otherwise), --data-dir DIR (PGlite),
 * --port N (status endpoint), --finality-depth N. Environment: see src/config/config.ts.
 */
import { parseArgs } from "node:util";

import { ConfigError, loadConfig } from "../config/config.ts";
import { dropAll } from "../schema/migrate.ts";
import { isFatal, readPosition } from "../sync/engine.ts";
import { RpcClient } from "../sync/rpc.ts";
import { serveStatus, statusOf } from "../sync/status-server.ts";
import { createEngine, createLogger, openConfiguredStore } from "./indexer.ts";
import { progressReporter } from "./progress.ts";
import { verifyStore } from "./verify.ts";

const USAGE = `Usage: npm run indexer -- <start|backfill|verify|status|reset> [options]

  start                 backfill, then follow the chain head
  backfill [--to N]     sync up to block N (default: the current head), then exit
  verify                compare every stored value with the ledger's views at the indexed block
  status                indexed block, head, lag and record count
  reset                 drop every indexer table

Options:
  --rpc URL             JSON-RPC endpoint (default $INDEXER_RPC_URL or http://127.0.0.1:8545)
  --database-url URL    PostgreSQL (default $DATABASE_URL); PGlite in --data-dir otherwise
  --data-dir DIR        PGlite data directory (default .citysync/indexer)
  --port N              serve /status and /metrics on 127.0.0.1:N (start only)
  --finality-depth N    blocks behind the head considered final without a finalized tag (default 64)`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      to: { type: "string" },
      rpc: { type: "string" },
      "database-url": { type: "string" },
      "data-dir": { type: "string" },
      port: { type: "string" },
      "finality-depth": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const command = positionals[0];
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }
  if (!["start", "backfill", "verify", "status", "reset"].includes(command) || positionals.length > 1) {
    console.error(`Unknown command "${positionals.join(" ")}".\n\n${USAGE}`);
    return 2;
  }
  const env = { ...process.env };
  if (values.rpc) env.INDEXER_RPC_URL = values.rpc;
  if (values["database-url"]) env.DATABASE_URL = values["database-url"];
  if (values["data-dir"]) env.INDEXER_DATA_DIR = values["data-dir"];
  if (values.port) env.INDEXER_STATUS_PORT = values.port;
  if (values["finality-depth"]) env.INDEXER_FINALITY_DEPTH = values["finality-depth"];
  if (values.to !== undefined && !/^\d+$/.test(values.to))
    throw new ConfigError(`--to must be a block number, got "${values.to}"`);
  const config = loadConfig(env);
  const log = createLogger();
  const store = await openConfiguredStore(config);
  try {
    switch (command) {
      case "reset": {
        if (!(await store.tryWriterLock()))
          throw new ConfigError(`an indexer is writing to ${store.location}: stop it first`);
        await dropAll(store);
        console.log(`Dropped every indexer table in ${store.location}.`);
        return 0;
      }
      case "status": {
        const position = await readPosition(store);
        if (!position) {
          console.log(`Store ${store.location}: empty (never synced).`);
          return 0;
        }
        const rpc = new RpcClient(config.rpcUrl, { maxRetries: 2 });
        const head = await rpc.call<string>("eth_blockNumber").then(BigInt, () => undefined);
        console.log(
          [
            `store      ${store.kind} ${store.location}`,
            `chain      ${position.chainId}  ledger ${position.ledger}  from block ${position.startBlock}`,
            `indexed    block ${position.block}  (finalized ${position.finalized})`,
            `head       ${head === undefined ? `unreachable (${config.rpcUrl})` : `${head}  behind ${head > position.block ? head - position.block : 0n} blocks`}`,
            `records    ${position.records}`,
          ].join("\n"),
        );
        return 0;
      }
      case "verify": {
        const rpc = new RpcClient(config.rpcUrl, { log });
        const result = await verifyStore(store, rpc);
        for (const d of result.differences)
          console.log(`DIFF ${d.what}: store ${d.store} != chain ${d.chain}`);
        console.log(
          `verify at block ${result.block}: ${result.checked} view calls, ${result.differences.length} differences`,
        );
        return result.differences.length === 0 ? 0 : 1;
      }
      case "backfill":
      case "start": {
        while (!(await store.tryWriterLock())) {
          if (command === "backfill") {
            console.error(`Another indexer holds the writer lock on ${store.location}: refusing to write.`);
            return 1;
          }
          log.warn(
            { store: store.location },
            "another indexer holds the writer lock: standing by until it stops",
          );
          await new Promise((r) => setTimeout(r, 2_000));
        }
        const engine = await createEngine(config, store, log, { onProgress: progressReporter(log) });
        const stop = () => engine.stop();
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
        if (command === "start" && config.statusPort > 0) {
          const server = await serveStatus(engine, config.statusHost, config.statusPort);
          server.unref();
          log.info({ url: `http://${config.statusHost}:${config.statusPort}/status` }, "status endpoint");
        }
        // The HTTP API, served from this process (the only one that can open a PGlite store).
        const apiPort = process.env.CITYSYNC_API_PORT;
        if (command === "start" && apiPort) {
          const { serveApi } = await import("../api/server.ts");
          const api = await serveApi(store, {
            port: Number(apiPort),
            logger: log.child({ service: "api" }),
            chainHead: () => engine.head,
          });
          api.server.unref();
          log.info({ url: api.url, docs: api.docsUrl }, "API");
        }
        log.info(
          { store: store.location, kind: store.kind, from: String(engine.position.block) },
          `indexer ${command}`,
        );
        await engine.run({
          toBlock: values.to === undefined ? undefined : BigInt(values.to),
          follow: command === "start",
        });
        log.info(statusOf(engine), "indexer stopped");
        return 0;
      }
    }
    return 2;
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const e = error as Error;
    const fatal = isFatal(error) ? "FATAL " : "";
    console.error(
      `${fatal}${e.name === "Error" ? "" : `${e.name}: `}${e.message}${e.cause ? ` (cause: ${(e.cause as Error).message ?? String(e.cause)})` : ""}`,
    );
    process.exit(1);
  },
);
