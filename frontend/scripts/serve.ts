/**
 * Serves the built dApp (frontend/dist) and, on local chains, the redemption relayer: residents
 * without ETH sign a redemption and this server submits it with the relayer's key (the seed's
 * "relayer" account), simulating first so a refusal comes back as the ledger's revert data.
 *
 *   node frontend/scripts/serve.ts --port 58550 --rpc http://127.0.0.1:8545 [--relayer-key 0x…] [--dist DIR]
 *
 * Static files are gzipped when the client accepts it; hashed assets are cached for a year;
 * unknown paths get index.html (client-side routes).
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";

import { type Address, type Hex, createPublicClient, createWalletClient, http } from "viem";
import { privateKeyToAccount } from "viem/accounts";

import { findRevertData } from "../../sdk/src/error-decoder.ts";
import { chainFor } from "../../sdk/src/clients.ts";
import type { SignedRedemptionRequest } from "../../sdk/src/eip712.ts";
import { relayRedemption } from "../../sdk/src/relay.ts";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "58550" },
    host: { type: "string", default: "127.0.0.1" },
    rpc: { type: "string", default: "http://127.0.0.1:8545" },
    ledger: { type: "string" },
    "relayer-key": { type: "string" },
    dist: { type: "string", default: path.resolve(import.meta.dirname, "..", "dist") },
  },
});

const dist = path.resolve(values.dist!);
if (!existsSync(path.join(dist, "index.html"))) {
  console.error(`No built dApp in ${dist}: run 'npm run build -w frontend' first.`);
  process.exit(2);
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".svg", ".json", ".webmanifest", ".txt"]);
const gzipCache = new Map<string, Buffer>();

function sendFile(req: IncomingMessage, res: ServerResponse, file: string): void {
  const ext = path.extname(file);
  const immutable = file.includes(`${path.sep}assets${path.sep}`);
  const headers: Record<string, string> = {
    "content-type": TYPES[ext] ?? "application/octet-stream",
    "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
  };
  let body: Buffer = readFileSync(file);
  if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
    let gz = gzipCache.get(file);
    if (!gz) gzipCache.set(file, (gz = gzipSync(body, { level: 9 })));
    body = gz;
    headers["content-encoding"] = "gzip";
    headers.vary = "accept-encoding";
  }
  res.writeHead(200, headers).end(body);
}

function staticFile(urlPath: string): string | undefined {
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, "");
  const file = path.join(dist, clean);
  if (!file.startsWith(dist)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 16_384) throw new Error("request body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Parses the JSON the dApp sends; every field checked, one clear message when one is wrong. */
export function parseRelayRequest(text: string): { request: SignedRedemptionRequest; signature: Hex } {
  const body = JSON.parse(text) as { request?: Record<string, unknown>; signature?: unknown };
  const r = body.request ?? {};
  const integer = (name: string) => {
    const v = r[name];
    if (typeof v !== "string" && typeof v !== "number") throw new Error(`request.${name} is missing`);
    if (!/^[0-9]+$/.test(String(v))) throw new Error(`request.${name} must be a whole number`);
    return String(v);
  };
  if (typeof r.resident !== "string" || !/^0x[0-9a-fA-F]{40}$/.test(r.resident)) {
    throw new Error("request.resident must be an address");
  }
  if (typeof body.signature !== "string" || !/^0x[0-9a-fA-F]+$/.test(body.signature)) {
    throw new Error("signature must be hex");
  }
  return {
    request: {
      resident: r.resident as Address,
      offerId: Number(integer("offerId")),
      cityId: Number(integer("cityId")),
      maxPrice: BigInt(integer("maxPrice")),
      nonce: BigInt(integer("nonce")),
      deadline: BigInt(integer("deadline")),
    },
    signature: body.signature as Hex,
  };
}

async function relayContext(ledger: Address) {
  const key = values["relayer-key"] ?? process.env.CITYSYNC_RELAYER_KEY;
  if (!key) throw new Error("no relayer key configured");
  const publicClient = createPublicClient({ transport: http(values.rpc) });
  const chain = chainFor(await publicClient.getChainId(), values.rpc);
  const walletClient = createWalletClient({
    account: privateKeyToAccount(key as Hex),
    chain,
    transport: http(values.rpc),
  });
  return { publicClient: publicClient as never, walletClient, ledger };
}

async function relay(req: IncomingMessage, res: ServerResponse): Promise<void> {
  let parsed;
  try {
    parsed = parseRelayRequest(await readBody(req));
  } catch (error) {
    return json(res, 400, { error: { name: "BadRequest", message: (error as Error).message } });
  }
  const ledger = (values.ledger ?? process.env.CITYSYNC_LEDGER) as Address | undefined;
  if (!ledger) return json(res, 503, { error: { name: "NotConfigured", message: "no ledger configured" } });
  try {
    const ctx = await relayContext(ledger);
    const { transactionHash } = await relayRedemption(ctx, parsed.request, parsed.signature);
    json(res, 200, { transactionHash });
  } catch (error) {
    const data = findRevertData(error);
    json(res, data ? 409 : 502, {
      error: {
        name: data ? "LedgerRefused" : "RelayFailed",
        message: (error as Error).message.split("\n")[0],
        data,
      },
    });
  }
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (url.pathname === "/relay/redemptions") {
    if (req.method !== "POST")
      return json(res, 405, { error: { name: "MethodNotAllowed", message: "POST only" } });
    void relay(req, res);
    return;
  }
  if (req.method !== "GET" && req.method !== "HEAD")
    return json(res, 405, { error: { name: "MethodNotAllowed" } });
  const file = staticFile(url.pathname) ?? path.join(dist, "index.html");
  sendFile(req, res, file);
});

server.listen(Number(values.port), values.host, () => {
  console.log(
    `dApp on http://${values.host}:${values.port} (RPC ${values.rpc}, relayer ${values["relayer-key"] || process.env.CITYSYNC_RELAYER_KEY ? "on" : "off"})`,
  );
});
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => server.close(() => process.exit(0)));
