/**
 * What every CLI command needs: the chain (an RPC URL, or an EIP-1193 provider in tests), the
 * acting key, where proposals are shared, the ledger and, on local chains, the Safe contracts.
 */
import {
  type Eip1193Provider,
  HttpProposalService,
  type Language,
  type ProposalService,
  type ProviderLike,
  type SafeConnection,
  type SafeContractAddresses,
  CitySyncError,
  LOCAL_PROPOSAL_SERVICE_URL,
  LOCAL_RPC_URL,
  connectSafe,
  createCitySyncPublicClient,
  isLocalChain,
  ledgerAddress,
  loadSafeApiKitProposals,
  safeContractsFor,
} from "@citysync/sdk";
import { type Address, type Hex, type PublicClient, getAddress, isAddress } from "viem";

export const DEFAULT_RPC_URL = LOCAL_RPC_URL;
export const DEFAULT_SERVICE_URL = LOCAL_PROPOSAL_SERVICE_URL;

export interface CliContext {
  provider: ProviderLike;
  key?: Hex;
  /** Where proposals are shared; chosen from the chain on first use when not given. */
  service?: ProposalService;
  /** How to choose the service when `service` is not set (see `selectProposalService`). */
  serviceChoice?: ServiceChoice;
  /** Ledger address; defaults to the deployment record of the chain. */
  ledger?: Address;
  /** Safe contracts (local chains); default to the deployment record of the chain. */
  safeContracts?: SafeContractAddresses;
  language: Language;
  out: (line: string) => void;
}

export interface GlobalOptions {
  rpc?: string;
  key?: string;
  service?: string;
  "tx-service"?: string;
  ledger?: string;
  lang?: string;
}

/** What decides where proposals go: options first, then the environment. */
export interface ServiceChoice {
  /** A City/Sync proposal service named explicitly (--service / CITYSYNC_SAFE_SERVICE). */
  service?: string;
  /** Safe's Transaction Service at a non-default URL (--tx-service / SAFE_TX_SERVICE_URL). */
  txServiceUrl?: string;
  /** Safe's API key for its hosted Transaction Service (SAFE_API_KEY). */
  apiKey?: string;
}

export type SelectedService =
  | { kind: "citysync"; url: string }
  | { kind: "safe-transaction-service"; chainId: number; txServiceUrl?: string; apiKey?: string };

/**
 * Where owners share proposals: a City/Sync proposal service named explicitly wins; otherwise the
 * local chain uses the local proposal service and every other chain Safe's Transaction Service.
 */
export function selectProposalService(chainId: number, choice: ServiceChoice): SelectedService {
  if (choice.service) return { kind: "citysync", url: choice.service };
  if (isLocalChain(chainId) && !choice.txServiceUrl) return { kind: "citysync", url: DEFAULT_SERVICE_URL };
  return {
    kind: "safe-transaction-service",
    chainId,
    ...(choice.txServiceUrl ? { txServiceUrl: choice.txServiceUrl } : {}),
    ...(choice.apiKey ? { apiKey: choice.apiKey } : {}),
  };
}

function serviceFrom(selected: SelectedService): ProposalService {
  if (selected.kind === "citysync") return new HttpProposalService(selected.url);
  return loadSafeApiKitProposals(selected.chainId, {
    ...(selected.apiKey ? { apiKey: selected.apiKey } : {}),
    ...(selected.txServiceUrl ? { txServiceUrl: selected.txServiceUrl } : {}),
  });
}

const nonEmpty = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

export function contextFromOptions(
  options: GlobalOptions,
  out: (line: string) => void = console.log,
  env: NodeJS.ProcessEnv = process.env,
): CliContext {
  const key = nonEmpty(options.key) ?? nonEmpty(env.CITYSYNC_PRIVATE_KEY);
  if (key !== undefined && !/^0x[0-9a-fA-F]{64}$/.test(key)) {
    throw new CitySyncError(
      "INVALID_KEY",
      "--key (or CITYSYNC_PRIVATE_KEY) must be a 0x-prefixed 32-byte private key.",
    );
  }
  const ledger = nonEmpty(options.ledger) ?? nonEmpty(env.CITYSYNC_LEDGER);
  if (ledger !== undefined && !isAddress(ledger, { strict: false })) {
    throw new CitySyncError("INVALID_OPTION", "--ledger must be an address.", {
      details: { option: "ledger" },
    });
  }
  const lang = nonEmpty(options.lang) ?? nonEmpty(env.CITYSYNC_LANG) ?? "en";
  if (lang !== "en" && lang !== "es") {
    throw new CitySyncError("INVALID_LANGUAGE", `--lang is en or es, not "${lang}".`, {
      details: { value: lang },
    });
  }
  const service = nonEmpty(options.service) ?? nonEmpty(env.CITYSYNC_SAFE_SERVICE);
  const txServiceUrl = nonEmpty(options["tx-service"]) ?? nonEmpty(env.SAFE_TX_SERVICE_URL);
  const apiKey = nonEmpty(env.SAFE_API_KEY);
  return {
    provider: nonEmpty(options.rpc) ?? nonEmpty(env.CITYSYNC_RPC_URL) ?? DEFAULT_RPC_URL,
    ...(key ? { key: key as Hex } : {}),
    serviceChoice: {
      ...(service ? { service } : {}),
      ...(txServiceUrl ? { txServiceUrl } : {}),
      ...(apiKey ? { apiKey } : {}),
    },
    ...(ledger ? { ledger: getAddress(ledger) } : {}),
    language: lang,
    out,
  };
}

export function publicClient(ctx: CliContext): PublicClient {
  return createCitySyncPublicClient(ctx.provider);
}

export async function chainId(ctx: CliContext): Promise<number> {
  return publicClient(ctx).getChainId();
}

/** The chain's clock (latest block timestamp): local chains may run far from the computer's. */
export async function chainNow(ctx: CliContext): Promise<bigint> {
  return (await publicClient(ctx).getBlock({ blockTag: "latest" })).timestamp;
}

export async function ledgerOf(ctx: CliContext): Promise<Address> {
  return ctx.ledger ?? ledgerAddress(await chainId(ctx));
}

export async function safeContractsOf(ctx: CliContext): Promise<SafeContractAddresses | undefined> {
  return ctx.safeContracts ?? safeContractsFor(await chainId(ctx));
}

/** The proposal service for this chain, chosen once (see `selectProposalService`). */
export async function proposalService(ctx: CliContext): Promise<ProposalService> {
  ctx.service ??= serviceFrom(selectProposalService(await chainId(ctx), ctx.serviceChoice ?? {}));
  return ctx.service;
}

export function requireKey(ctx: CliContext): Hex {
  if (!ctx.key) {
    throw new CitySyncError(
      "NO_KEY",
      "This command signs or sends a transaction: pass --key or set CITYSYNC_PRIVATE_KEY.",
    );
  }
  return ctx.key;
}

export async function openSafe(ctx: CliContext, safe: Address, withSigner = true): Promise<SafeConnection> {
  const safeContracts = await safeContractsOf(ctx);
  return connectSafe({
    provider: ctx.provider,
    safe,
    ...(withSigner ? { signer: requireKey(ctx) } : ctx.key ? { signer: ctx.key } : {}),
    ...(safeContracts ? { safeContracts } : {}),
  });
}

export type { Eip1193Provider };
