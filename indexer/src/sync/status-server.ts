/** A tiny status endpoint: GET /status (JSON), GET /metrics (Prometheus), GET /health. */
import { type Server, createServer } from "node:http";

import type { SyncEngine } from "./engine.ts";
import { registry } from "./metrics.ts";

export function statusOf(engine: SyncEngine) {
  const p = engine.position;
  return {
    chainId: p.chainId,
    ledger: p.ledger,
    store: engine.options.store.kind,
    indexedBlock: p.block.toString(),
    headBlock: engine.head.toString(),
    finalizedBlock: p.finalized.toString(),
    behindBlocks: (engine.head > p.block ? engine.head - p.block : 0n).toString(),
    records: p.records.toString(),
  };
}

export function serveStatus(engine: SyncEngine, host: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const send = (code: number, type: string, body: string) => {
      res.writeHead(code, { "content-type": type });
      res.end(body);
    };
    if (req.url === "/status") return send(200, "application/json", JSON.stringify(statusOf(engine)));
    if (req.url === "/health") return send(200, "text/plain", "ok\n");
    if (req.url === "/metrics") {
      void registry.metrics().then((m) => send(200, registry.contentType, m));
      return;
    }
    send(404, "application/json", JSON.stringify({ error: "not found: try /status, /metrics or /health" }));
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}
