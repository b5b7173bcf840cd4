/**
 * Public chains: proposals and confirmations live in Safe's Transaction Service. This adapter
 * implements `ProposalService` on top of `@safe-global/api-kit`'s documented methods
 * (`proposeTransaction`, `getTransaction`, `getPendingTransactions`, `confirmTransaction`).
 * The adapter takes any object with those methods (`SafeApiKitLike`, so tests can use a fake);
 * `loadSafeApiKitProposals(chainId)` builds it on the real `SafeApiKit`.
 */
import SafeApiKitDefault, { type ProposeTransactionProps } from "@safe-global/api-kit";
import { decodeMultiSendData } from "@safe-global/protocol-kit";
import { type Address, type Hex, getAddress } from "viem";

import { CitySyncError } from "../errors.ts";
import { type ProposalSignature, type SafeProposal, parseProposal } from "./proposal.ts";
import type { ProposalFilter, ProposalService } from "./proposal-service.ts";
import { recoverOwnerSignature } from "./signatures.ts";

/** The fields of api-kit's `SafeMultisigTransactionResponse` this adapter reads. */
export interface ServiceTransaction {
  safe: string;
  to: string;
  value: string;
  data?: string | null;
  operation: number;
  gasToken: string;
  safeTxGas: string | number;
  baseGas: string | number;
  gasPrice: string;
  refundReceiver?: string | null;
  nonce: string | number;
  safeTxHash: string;
  proposer?: string | null;
  submissionDate?: string;
  origin?: string | null;
  confirmations?: { owner: string; signature: string; signatureType?: string }[];
}

/** The subset of `SafeApiKit` used here. */
export interface SafeApiKitLike {
  proposeTransaction(props: ProposeTransactionProps): Promise<unknown>;
  getTransaction(safeTxHash: string): Promise<ServiceTransaction>;
  getPendingTransactions(safeAddress: string): Promise<{ results: ServiceTransaction[] }>;
  confirmTransaction(safeTxHash: string, signature: string): Promise<unknown>;
}

const ORIGIN_URL = "citysync";

function titleFromOrigin(origin: string | null | undefined): string {
  if (!origin) return "";
  try {
    const parsed = JSON.parse(origin) as { name?: unknown };
    return typeof parsed.name === "string" ? parsed.name : origin;
  } catch {
    return origin;
  }
}

export class SafeTransactionServiceProposals implements ProposalService {
  readonly apiKit: SafeApiKitLike;
  readonly chainId: number;

  constructor(apiKit: SafeApiKitLike, options: { chainId: number }) {
    this.apiKit = apiKit;
    this.chainId = options.chainId;
  }

  /** A Transaction Service transaction as a City/Sync proposal (its hash is re-checked). */
  toProposal(tx: ServiceTransaction): SafeProposal {
    const data = (tx.data ?? "0x") as Hex;
    const calls =
      tx.operation === 1 && data !== "0x"
        ? decodeMultiSendData(data).map((c) => ({
            to: getAddress(c.to),
            value: String(c.value),
            data: c.data as Hex,
          }))
        : [{ to: getAddress(tx.to), value: String(tx.value), data }];
    return parseProposal({
      id: tx.safeTxHash,
      chainId: this.chainId,
      safe: tx.safe,
      tx: {
        to: tx.to,
        value: String(tx.value),
        data,
        operation: tx.operation,
        safeTxGas: String(tx.safeTxGas),
        baseGas: String(tx.baseGas),
        gasPrice: String(tx.gasPrice),
        gasToken: tx.gasToken,
        refundReceiver: tx.refundReceiver ?? "0x0000000000000000000000000000000000000000",
        nonce: String(tx.nonce),
      },
      calls,
      title: titleFromOrigin(tx.origin),
      ...(tx.proposer ? { proposer: tx.proposer } : {}),
      createdAt: tx.submissionDate ?? new Date().toISOString(),
      signatures: (tx.confirmations ?? [])
        .filter((c) => !c.signatureType || c.signatureType === "EOA" || c.signatureType === "ETH_SIGN")
        .map((c) => ({ signer: c.owner, signature: c.signature })),
    });
  }

  private async call<T>(what: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (cause) {
      throw new CitySyncError("SERVICE_ERROR", `Safe Transaction Service: ${what} failed.`, { cause });
    }
  }

  async create(proposal: SafeProposal): Promise<SafeProposal> {
    const [first, ...rest] = proposal.signatures;
    if (!first) {
      throw new CitySyncError(
        "SERVICE_NEEDS_SIGNATURE",
        "Safe's Transaction Service only accepts a proposal signed by an owner (or delegate): sign it first.",
      );
    }
    const signer = await recoverOwnerSignature(proposal.id, first.signature);
    await this.call("proposeTransaction", () =>
      this.apiKit.proposeTransaction({
        safeAddress: proposal.safe,
        safeTransactionData: { ...proposal.tx, nonce: Number(proposal.tx.nonce) },
        safeTxHash: proposal.id,
        senderAddress: signer,
        senderSignature: first.signature,
        origin: JSON.stringify({ url: ORIGIN_URL, name: proposal.title }),
      }),
    );
    for (const s of rest) await this.addSignature(proposal.id, s);
    return this.get(proposal.id);
  }

  async get(id: Hex): Promise<SafeProposal> {
    return this.toProposal(await this.call("getTransaction", () => this.apiKit.getTransaction(id)));
  }

  async list(filter: ProposalFilter = {}): Promise<SafeProposal[]> {
    if (!filter.safe) {
      throw new CitySyncError(
        "INVALID_OPTION",
        "Safe's Transaction Service lists proposals per Safe: name the Safe.",
      );
    }
    const safe: Address = getAddress(filter.safe);
    const page = await this.call("getPendingTransactions", () => this.apiKit.getPendingTransactions(safe));
    return page.results.map((tx) => this.toProposal(tx));
  }

  async addSignature(id: Hex, signature: ProposalSignature): Promise<SafeProposal> {
    const recovered = await recoverOwnerSignature(id, signature.signature);
    if (recovered !== getAddress(signature.signer)) {
      throw new CitySyncError(
        "SAFE_SIGNER_MISMATCH",
        `The signature was made by ${recovered}, not by ${signature.signer}.`,
      );
    }
    const current = await this.get(id);
    if (!current.signatures.some((s) => s.signer === recovered)) {
      await this.call("confirmTransaction", () => this.apiKit.confirmTransaction(id, signature.signature));
    }
    return this.get(id);
  }
}

// Same CommonJS-typings shim as ./protocol-kit.ts: TypeScript sees the module, Node's ESM loader the class.
type SafeApiKitClass = (typeof SafeApiKitDefault)["default"];
const loadedApiKit = SafeApiKitDefault as unknown as SafeApiKitClass & { default?: SafeApiKitClass };
const SafeApiKit: SafeApiKitClass = loadedApiKit.default ?? loadedApiKit;

/** Builds the adapter on `@safe-global/api-kit` for a chain Safe's Transaction Service covers. */
export function loadSafeApiKitProposals(
  chainId: number,
  options: { apiKey?: string; txServiceUrl?: string } = {},
): SafeTransactionServiceProposals {
  if (!options.apiKey && !options.txServiceUrl) {
    throw new CitySyncError(
      "SAFE_API_KEY_MISSING",
      `Safe's Transaction Service for chain ${chainId} needs an API key: set SAFE_API_KEY (from https://developer.safe.global), or name another service.`,
      { details: { chainId } },
    );
  }
  let apiKit: SafeApiKitLike;
  try {
    apiKit = new SafeApiKit({
      chainId: BigInt(chainId),
      ...(options.apiKey ? { apiKey: options.apiKey } : {}),
      ...(options.txServiceUrl ? { txServiceUrl: options.txServiceUrl } : {}),
    });
  } catch (cause) {
    // api-kit knows the hosted service's chains by name; OP Sepolia, for one, is not among them.
    throw new CitySyncError(
      "SAFE_SERVICE_UNSUPPORTED_CHAIN",
      `Safe's hosted Transaction Service does not serve chain ${chainId}: name a self-hosted Transaction Service or a City/Sync proposal service instead.`,
      { cause, details: { chainId } },
    );
  }
  return new SafeTransactionServiceProposals(apiKit, { chainId });
}
