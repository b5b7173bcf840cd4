/**
 * A JSON-RPC proxy that misbehaves like a poor provider: it delays answers, drops connections, answers
 * 429 and 500, truncates JSON, and refuses eth_getLogs ranges wider than `maxLogRange` blocks.
 */
import { type Server, createServer } from "node:http";

export type Fault = "delay" | "drop" | "429" | "500" | "truncate" | "none";

export interface FaultProxy {
  url: string;
  counts: Record<Fault | "rangeRefused", number>;
  close(): Promise<void>;
}

export async function startFaultProxy(
  upstream: string,
  port: number,
  options: { faultEvery?: number; maxLogRange?: number } = {},
): Promise<FaultProxy> {
  const faults: Fault[] = ["delay", "drop", "429", "500", "truncate"];
  const every = options.faultEvery ?? 3;
  const maxRange = BigInt(options.maxLogRange ?? 20);
  const counts: FaultProxy["counts"] = {
    delay: 0,
    drop: 0,
    "429": 0,
    "500": 0,
    truncate: 0,
    none: 0,
    rangeRefused: 0,
  };
  let n = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const body = Buffer.concat(chunks).toString();
      const request = JSON.parse(body) as {
        id: number;
        method: string;
        params: { fromBlock: string; toBlock: string }[];
      };
      if (!Array.isArray(request) && request.method === "eth_getLogs") {
        const { fromBlock, toBlock } = request.params[0]!;
        if (BigInt(toBlock) - BigInt(fromBlock) + 1n > maxRange) {
          counts.rangeRefused++;
          res.writeHead(200, { "content-type": "application/json" });
          res.end(
            JSON.stringify({
              jsonrpc: "2.0",
              id: request.id,
              error: { code: -32005, message: `query exceeds max block range ${maxRange}` },
            }),
          );
          return;
        }
      }
      const fault: Fault = ++n % every === 0 ? faults[(n / every) % faults.length]! : "none";
      counts[fault]++;
      if (fault === "drop") return req.socket.destroy();
      if (fault === "429" || fault === "500") {
        res.writeHead(Number(fault), { "content-type": "text/plain" });
        return res.end("try later");
      }
      if (fault === "delay") await new Promise((r) => setTimeout(r, 300));
      try {
        const answer = await fetch(upstream, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
        });
        const text = await answer.text();
        res.writeHead(answer.status, { "content-type": "application/json" });
        res.end(fault === "truncate" ? text.slice(0, Math.floor(text.length / 2)) : text);
      } catch {
        req.socket.destroy();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
