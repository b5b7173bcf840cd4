/**
 * Serves a recorded chain (NDJSON of headers and raw logs, see generate.ts) over JSON-RPC, so the
 * indexer backfills from it exactly as from a node: eth_chainId, eth_blockNumber,
 * eth_getBlockByNumber, eth_getLogs (batches too; logs carry `blockTimestamp` as current nodes do). Run as its own process: `node recorded-rpc.ts FILE PORT`.
 */
import { createReadStream } from "node:fs";
import { createServer } from "node:http";
import { createInterface } from "node:readline";

const [file, portArg] = process.argv.slice(2);
if (!file || !portArg) {
  console.error("usage: node recorded-rpc.ts FILE PORT");
  process.exit(2);
}

interface Header {
  number: string;
  hash: string;
  parentHash: string;
  timestamp: string;
}
const headers: Header[] = [];
const logs: string[][] = []; // per block: serialized logs (kept as JSON text, cheap to concatenate)
for await (const line of createInterface({ input: createReadStream(file) })) {
  const { h, l } = JSON.parse(line) as { h: Header; l: unknown[] };
  headers[Number(h.number)] = h;
  // Like a current node, each log carries its block's timestamp.
  logs[Number(h.number)] = l.map((x) => JSON.stringify({ ...(x as object), blockTimestamp: h.timestamp }));
}
const head = headers.length - 1;
const chainId = process.env.RECORDED_CHAIN_ID ?? "0x7a69";

function answer(req: { id: unknown; method: string; params: unknown[] }): string {
  const ok = (result: string) => `{"jsonrpc":"2.0","id":${JSON.stringify(req.id)},"result":${result}}`;
  switch (req.method) {
    case "eth_chainId":
      return ok(JSON.stringify(chainId));
    case "eth_blockNumber":
      return ok(JSON.stringify(`0x${head.toString(16)}`));
    case "eth_getBlockByNumber": {
      const tag = req.params[0] as string;
      const n = tag === "latest" || tag === "finalized" || tag === "safe" ? head : Number(tag);
      const h = headers[n];
      return ok(h ? JSON.stringify(h) : "null");
    }
    case "eth_getLogs": {
      const { fromBlock, toBlock } = req.params[0] as { fromBlock: string; toBlock: string };
      const parts: string[] = [];
      for (let n = Number(fromBlock); n <= Math.min(Number(toBlock), head); n++)
        for (const l of logs[n] ?? []) parts.push(l);
      return ok(`[${parts.join(",")}]`);
    }
    default:
      return `{"jsonrpc":"2.0","id":${JSON.stringify(req.id)},"error":{"code":-32601,"message":"method not found"}}`;
  }
}

createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    const body = JSON.parse(Buffer.concat(chunks).toString()) as unknown;
    const out = Array.isArray(body)
      ? `[${body.map((b) => answer(b as never)).join(",")}]`
      : answer(body as never);
    res.writeHead(200, { "content-type": "application/json" });
    res.end(out);
  });
}).listen(Number(portArg), "127.0.0.1", () => console.log(`ready ${head}`));
