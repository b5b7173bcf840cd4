/**
 * Where owners share proposals and signatures. One interface, two homes:
 *  - the local chain: City/Sync's small proposal service (indexer/src/safe-proposals), spoken to
 *    over HTTP by `HttpProposalService`;
 *  - public chains: Safe's Transaction Service through `@safe-global/api-kit`
 *    (`SafeTransactionServiceProposals` in ./transaction-service.ts).
 */
import type { Address, Hex } from "viem";

import { CitySyncError, isCitySyncErrorCode } from "../errors.ts";
import { type ProposalSignature, type SafeProposal, parseProposal } from "./proposal.ts";

export interface ProposalFilter {
  safe?: Address;
  chainId?: number;
}

export interface ProposalService {
  /** Stores a proposal (idempotent: the same id returns the stored one, signatures merged). */
  create(proposal: SafeProposal): Promise<SafeProposal>;
  get(id: Hex): Promise<SafeProposal>;
  list(filter?: ProposalFilter): Promise<SafeProposal[]>;
  /** Adds an owner's signature; refused unless it recovers to a current owner. Idempotent. */
  addSignature(id: Hex, signature: ProposalSignature): Promise<SafeProposal>;
}

interface ErrorBody {
  error?: { code?: string; message?: string };
}

export class HttpProposalService implements ProposalService {
  readonly baseUrl: string;

  constructor(baseUrl: string) {
    this.baseUrl = baseUrl.replace(/\/+$/, "");
  }

  private async request(method: string, path: string, body?: unknown): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: body === undefined ? {} : { "content-type": "application/json" },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (cause) {
      throw new CitySyncError(
        "SERVICE_UNREACHABLE",
        `The proposal service at ${this.baseUrl} is not reachable (on the local chain "npm start" runs it).`,
        { cause, details: { url: this.baseUrl } },
      );
    }
    const json = (await response.json().catch(() => ({}))) as unknown;
    if (!response.ok) {
      const error = (json as ErrorBody).error;
      // The service's own code when it is one of ours (SAFE_NOT_OWNER, …), else a generic one.
      const code = isCitySyncErrorCode(error?.code) ? error.code : "SERVICE_ERROR";
      throw new CitySyncError(code, error?.message ?? `HTTP ${response.status}`, {
        details: { status: response.status, serviceCode: error?.code },
      });
    }
    return json;
  }

  async create(proposal: SafeProposal): Promise<SafeProposal> {
    return parseProposal(await this.request("POST", "/proposals", proposal));
  }

  async get(id: Hex): Promise<SafeProposal> {
    return parseProposal(await this.request("GET", `/proposals/${id}`));
  }

  async list(filter: ProposalFilter = {}): Promise<SafeProposal[]> {
    const query = new URLSearchParams();
    if (filter.safe) query.set("safe", filter.safe);
    if (filter.chainId) query.set("chainId", String(filter.chainId));
    const suffix = query.size > 0 ? `?${query}` : "";
    const json = (await this.request("GET", `/proposals${suffix}`)) as { proposals?: unknown[] };
    return (json.proposals ?? []).map(parseProposal);
  }

  async addSignature(id: Hex, signature: ProposalSignature): Promise<SafeProposal> {
    return parseProposal(await this.request("POST", `/proposals/${id}/signatures`, signature));
  }
}

/** Finds a proposal by a unique prefix of its id (people type `0x3fa2…`). */
export async function findProposal(service: ProposalService, idOrPrefix: string, filter?: ProposalFilter) {
  if (/^0x[0-9a-fA-F]{64}$/.test(idOrPrefix)) return service.get(idOrPrefix as Hex);
  const matches = (await service.list(filter)).filter((p) => p.id.startsWith(idOrPrefix.toLowerCase()));
  if (matches.length === 1) return matches[0]!;
  throw new CitySyncError(
    matches.length === 0 ? "PROPOSAL_NOT_FOUND" : "PROPOSAL_AMBIGUOUS",
    matches.length === 0
      ? `No proposal starts with ${idOrPrefix}.`
      : `${matches.length} proposals start with ${idOrPrefix}; type more of the id.`,
  );
}

/** The next free Safe nonce: after the on-chain nonce and every stored pending proposal. */
export function nextNonce(onChainNonce: bigint, pending: readonly SafeProposal[]): bigint {
  return pending.reduce((n, p) => {
    const nonce = BigInt(p.tx.nonce);
    return nonce >= n ? nonce + 1n : n;
  }, onChainNonce);
}
