/**
 * What every CLI command needs: the chain (an RPC URL, or an EIP-1193 provider in tests), the
 * acting key, the proposal service, the ledger and, on local chains, the Safe contracts.
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
import { type Address, type Hex, type PublicClient, getAddress } from "viem";

export const DEFAULT_RPC_URL = LOCAL_RPC_URL;
export const DEFAULT_SERVICE_URL = LOCAL_PROPOSAL_SERVICE_URL;

export interface CliContext {
  /** True when the proposal service is the default local one (not chosen with --service). */
  defaultService?: boolean;
  provider: ProviderLike;
  key?: Hex;
  service: ProposalService;
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
  ledger?: string;
  lang?: string;
}

export function contextFromOptions(
  options: GlobalOptions,
  out: (line: string) => void = console.log,
): CliContext {
  const key = options.key ?? process.env.CITYSYNC_PRIVATE_KEY;
  if (key !== undefined && !/^0x[0-9a-fA-F]{64}$/.test(key)) {
    throw new CitySyncError(
      "INVALID_KEY",
      "--key (or CITYSYNC_PRIVATE_KEY) must be a 0x-prefixed 32-byte private key.",
    );
  }
  const ledger = options.ledger ?? process.env.CITYSYNC_LEDGER;
  const lang = options.lang ?? process.env.CITYSYNC_LANG ?? "en";
  if (lang !== "en" && lang !== "es") throw new CitySyncError("INVALID_OPTION", "--lang is en or es.");
  return {
    provider: options.rpc ?? process.env.CITYSYNC_RPC_URL ?? DEFAULT_RPC_URL,
    ...(key ? { key: key as Hex } : {}),
    service: new HttpProposalService(
      options.service ?? process.env.CITYSYNC_SAFE_SERVICE ?? DEFAULT_SERVICE_URL,
    ),
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

export async function ledgerOf(ctx: CliContext): Promise<Address> {
  return ctx.ledger ?? ledgerAddress(await chainId(ctx));
}

export async function safeContractsOf(ctx: CliContext): Promise<SafeContractAddresses | undefined> {
  return ctx.safeContracts ?? safeContractsFor(await chainId(ctx));
}

/**
 * Proposals are shared through City/Sync's own service on the local chain, and through Safe's
 * Transaction Service (via @safe-global/api-kit; SAFE_API_KEY is Safe's API key) on public chains,
 * unless --service names a City/Sync proposal service explicitly.
 */
export async function requireProposalService(ctx: CliContext): Promise<void> {
  const id = await chainId(ctx);
  if (ctx.defaultService && !isLocalChain(id)) {
    ctx.service = loadSafeApiKitProposals(id, {
      ...(process.env.SAFE_API_KEY ? { apiKey: process.env.SAFE_API_KEY } : {}),
    });
    ctx.defaultService = false;
  }
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
