/**
 * The local chain's Safe proposal service (what Safe's Transaction Service is on public
 * chains): stores proposals and owners' off-chain signatures so owners on different machines
 * can confirm the same Safe transaction. It trusts nothing it is sent (./validation.ts): a
 * proposal's id must be the hash of its transaction, it must carry its proposer's signature, and
 * every signature is stored only if it recovers to an address that the Safe reports as an owner
 * right now (read on chain).
 *
 *   GET  /health
 *   GET  /proposals[?safe=0x..&chainId=31337]
 *   GET  /proposals/:id
 *   POST /proposals                    body: SafeProposal (the proposer's signature first, each verified)
 *   POST /proposals/:id/signatures     body: { signer, signature }
 *
 * Errors are `{ "error": { "code", "message" } }` with 400 (malformed), 403 (not an owner),
 * 404 (unknown) or 409 (wrong chain).
 */
import { type IncomingMessage, type Server, type ServerResponse, createServer } from "node:http";

import {
  CitySyncError,
  type ProviderLike,
  type SafeProposal,
  createCitySyncPublicClient,
  isCitySyncError,
} from "@citysync/sdk";
import { type Address, type PublicClient, getAddress, isAddress, isHex, parseAbi } from "viem";

import { ProposalStore } from "./store.ts";
import { type ProposalChain, validateNewProposal, verifyProposalSignature } from "./validation.ts";

const safeAbi = parseAbi([
  "function getOwners() view returns (address[])",
  "function isOwner(address owner) view returns (bool)",
]);

export interface ProposalServiceOptions {
  /** RPC URL or EIP-1193 provider of the chain the Safes live on. */
  provider: ProviderLike;
  /** JSON file the proposals are kept in. */
  dataFile: string;
}

const MAX_BODY_BYTES = 1_000_000;

class HttpError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

function statusFor(error: CitySyncError): number {
  if (error.code === "SAFE_NOT_OWNER" || error.code === "SAFE_SIGNER_MISMATCH") return 403;
  if (error.code === "WRONG_CHAIN") return 409;
  return 400;
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, "BODY_TOO_LARGE", "The request body is too large.");
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new HttpError(400, "INVALID_JSON", "The request body is not JSON.");
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json", "access-control-allow-origin": "*" });
  response.end(JSON.stringify(body));
}

export class SafeProposalService {
  readonly store: ProposalStore;
  private readonly client: PublicClient;
  private chainId: number | undefined;
  /** Serialises mutations: owner checks are async, writes must not interleave. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: ProposalServiceOptions) {
    this.store = new ProposalStore(options.dataFile);
    this.client = createCitySyncPublicClient(options.provider);
  }

  private async getChainId(): Promise<number> {
    this.chainId ??= await this.client.getChainId();
    return this.chainId;
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  async owners(safe: Address): Promise<Address[]> {
    try {
      const owners = await this.client.readContract({
        address: safe,
        abi: safeAbi,
        functionName: "getOwners",
      });
      return owners.map((o) => getAddress(o));
    } catch {
      throw new HttpError(400, "NOT_A_SAFE", `${safe} is not a Safe on chain ${await this.getChainId()}.`);
    }
  }

  async isOwner(safe: Address, account: Address): Promise<boolean> {
    return this.client.readContract({
      address: safe,
      abi: safeAbi,
      functionName: "isOwner",
      args: [account],
    });
  }

  private async chain(): Promise<ProposalChain> {
    return { chainId: await this.getChainId(), owners: (safe) => this.owners(safe) };
  }

  create(body: unknown): Promise<SafeProposal> {
    return this.exclusive(async () => {
      const chain = await this.chain();
      const incoming = await validateNewProposal(chain, body);
      const stored = this.store.get(incoming.id);
      let proposal = stored ?? incoming;
      if (stored) {
        for (const signature of incoming.signatures) {
          proposal = await verifyProposalSignature(chain, proposal, signature);
        }
      }
      this.store.put(proposal);
      return proposal;
    });
  }

  addSignature(id: string, body: unknown): Promise<SafeProposal> {
    return this.exclusive(async () => {
      const proposal = this.store.get(id);
      if (!proposal) throw new HttpError(404, "PROPOSAL_NOT_FOUND", `No proposal ${id}.`);
      const { signer, signature } = (body ?? {}) as Record<string, unknown>;
      if (typeof signer !== "string" || !isAddress(signer, { strict: false })) {
        throw new HttpError(400, "INVALID_SIGNATURE", "signer must be an address.");
      }
      if (typeof signature !== "string" || !isHex(signature)) {
        throw new HttpError(400, "INVALID_SIGNATURE", "signature must be hex.");
      }
      const next = await verifyProposalSignature(await this.chain(), proposal, {
        signer: getAddress(signer),
        signature,
      });
      if (next !== proposal) this.store.put(next);
      return next;
    });
  }

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    try {
      const url = new URL(request.url ?? "/", "http://localhost");
      const parts = url.pathname.split("/").filter(Boolean);
      if (request.method === "OPTIONS") {
        response.writeHead(204, {
          "access-control-allow-origin": "*",
          "access-control-allow-methods": "GET, POST",
          "access-control-allow-headers": "content-type",
        });
        response.end();
        return;
      }
      if (request.method === "GET" && url.pathname === "/health") {
        return send(response, 200, { ok: true, chainId: await this.getChainId() });
      }
      if (parts[0] === "proposals" && parts.length === 1) {
        if (request.method === "GET") {
          const chainId = url.searchParams.get("chainId");
          const safe = url.searchParams.get("safe") ?? undefined;
          return send(response, 200, {
            proposals: this.store.list({
              ...(safe ? { safe } : {}),
              ...(chainId ? { chainId: Number(chainId) } : {}),
            }),
          });
        }
        if (request.method === "POST") return send(response, 201, await this.create(await readJson(request)));
      }
      if (parts[0] === "proposals" && parts.length === 2 && request.method === "GET") {
        const proposal = this.store.get(parts[1]!);
        if (!proposal) throw new HttpError(404, "PROPOSAL_NOT_FOUND", `No proposal ${parts[1]}.`);
        return send(response, 200, proposal);
      }
      if (
        parts[0] === "proposals" &&
        parts[2] === "signatures" &&
        parts.length === 3 &&
        request.method === "POST"
      ) {
        return send(response, 200, await this.addSignature(parts[1]!, await readJson(request)));
      }
      throw new HttpError(404, "NOT_FOUND", `No route ${request.method} ${url.pathname}.`);
    } catch (error) {
      if (error instanceof HttpError)
        return send(response, error.status, { error: { code: error.code, message: error.message } });
      if (isCitySyncError(error)) {
        return send(response, statusFor(error), { error: { code: error.code, message: error.message } });
      }
      console.error(error);
      return send(response, 500, { error: { code: "INTERNAL", message: "Internal error." } });
    }
  }

  /** Starts listening; resolves with the server and its base URL. */
  listen(port = 0, host = "127.0.0.1"): Promise<{ server: Server; url: string }> {
    const server = createServer((req, res) => void this.handle(req, res));
    return new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, host, () => {
        const address = server.address();
        const actualPort = typeof address === "object" && address ? address.port : port;
        resolve({ server, url: `http://${host}:${actualPort}` });
      });
    });
  }
}
