/**
 * Serves an in-process Hardhat chain over HTTP JSON-RPC, so code that only takes a URL (the SDK
 * README's examples, the CLI without overrides) runs against a test's chain.
 */
import { type Server, createServer } from "node:http";

interface Eip1193 {
  request(args: { method: string; params?: unknown[] }): Promise<unknown>;
}

interface RpcRequest {
  id?: unknown;
  method: string;
  params?: unknown[];
}

async function answer(provider: Eip1193, call: RpcRequest) {
  try {
    const result = await provider.request({ method: call.method, params: call.params ?? [] });
    return { jsonrpc: "2.0", id: call.id ?? null, result };
  } catch (error) {
    const e = error as { code?: number; message?: string; data?: unknown };
    return {
      jsonrpc: "2.0",
      id: call.id ?? null,
      error: {
        code: typeof e.code === "number" ? e.code : -32603,
        message: e.message ?? String(error),
        data: e.data,
      },
    };
  }
}

export function serveJsonRpc(provider: Eip1193, port: number): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (c: Buffer) => chunks.push(c));
    request.on("end", () => {
      void (async () => {
        const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as RpcRequest | RpcRequest[];
        const reply = Array.isArray(body)
          ? await Promise.all(body.map((c) => answer(provider, c)))
          : await answer(provider, body);
        response.writeHead(200, { "content-type": "application/json" });
        response.end(
          JSON.stringify(reply, (_k, v: unknown) => (typeof v === "bigint" ? `0x${v.toString(16)}` : v)),
        );
      })();
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve({ server, url: `http://127.0.0.1:${port}` }));
  });
}
