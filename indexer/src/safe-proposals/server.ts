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
 * 404 (unknown) or 409 (wrong chain). The routes themselves (zod schemas, error mapping) live
 * in the API (api/routes/safe-proposals.ts); the API serves them beside the indexer's data, and
 * `listen` serves them alone.
 */
import type { Server } from "node:http";

import { serve } from "@hono/node-server";
import pino from "pino";

import { type ProviderLike, type SafeProposal, createCitySyncPublicClient } from "@citysync/sdk";
import { type Address, type PublicClient, getAddress, isAddress, isHex, parseAbi } from "viem";

import { createApiApp } from "../api/app.ts";
import { ApiError as HttpError } from "../api/errors.ts";
import { proposalHealthRoutes, safeProposalRoutes } from "../api/routes/safe-proposals.ts";
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

  private async proposalChain(): Promise<ProposalChain> {
    return { chainId: await this.getChainId(), owners: (safe) => this.owners(safe) };
  }

  create(body: unknown): Promise<SafeProposal> {
    return this.exclusive(async () => {
      const chain = await this.proposalChain();
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
      const next = await verifyProposalSignature(await this.proposalChain(), proposal, {
        signer: getAddress(signer),
        signature,
      });
      if (next !== proposal) this.store.put(next);
      return next;
    });
  }

  /** Starts listening; resolves with the server and its base URL. */
  listen(port = 0, host = "127.0.0.1"): Promise<{ server: Server; url: string }> {
    const { app } = createApiApp(
      { logger: pino({ level: process.env.LOG_LEVEL ?? "warn" }), rateLimit: false, corsOrigins: "*" },
      [proposalHealthRoutes(this), safeProposalRoutes(this)],
    );
    return new Promise((resolve, reject) => {
      const server = serve({ fetch: app.fetch, port, hostname: host }, (info) =>
        resolve({ server, url: `http://${host}:${info.port}` }),
      ) as Server;
      server.once("error", reject);
    });
  }

  /** The chain this service serves (read once from the RPC). */
  chain(): Promise<number> {
    return this.getChainId();
  }
}
