/**
 * viem clients from what callers have: an RPC URL (CLI, scripts, dApp) or an EIP-1193
 * provider (Hardhat's in-process network in tests, a browser wallet), and a private key or an
 * address the provider can sign for.
 */
import {
  type Account,
  type Address,
  type Chain,
  type Hex,
  type PublicClient,
  type Transport,
  type WalletClient,
  createPublicClient,
  createWalletClient,
  custom,
  defineChain,
  getAddress,
  http,
  isAddress,
} from "viem";
import { privateKeyToAccount } from "viem/accounts";

import { supportedChains } from "./chains.ts";
import { CitySyncError } from "./errors.ts";

/** Anything with EIP-1193's `request`. */
export interface Eip1193Provider {
  request: (args: { method: string; params?: object | readonly unknown[] }) => Promise<unknown>;
}

/** An RPC URL or an EIP-1193 provider. */
export type ProviderLike = string | Eip1193Provider;

/** A 32-byte private key, or an address the provider holds the key for. */
export type SignerLike = Hex | Address;

export function transportFor(provider: ProviderLike): Transport {
  return typeof provider === "string" ? http(provider) : custom(provider);
}

export function createCitySyncPublicClient(provider: ProviderLike, chain?: Chain): PublicClient {
  return createPublicClient({
    transport: transportFor(provider),
    ...(chain ? { chain } : {}),
  }) as PublicClient;
}

export function accountFor(signer: SignerLike): Account | Address {
  if (/^0x[0-9a-fA-F]{64}$/.test(signer)) return privateKeyToAccount(signer as Hex);
  if (isAddress(signer, { strict: false })) return getAddress(signer);
  throw new CitySyncError("INVALID_SIGNER", "A signer is a 0x-prefixed 32-byte private key or an address.");
}

export function signerAddress(signer: SignerLike): Address {
  const account = accountFor(signer);
  return typeof account === "string" ? account : account.address;
}

/** A chain object for an id: a known one, or a minimal definition for anything else. */
export function chainFor(chainId: number, rpcUrl?: string): Chain {
  return (
    supportedChains[chainId] ??
    defineChain({
      id: chainId,
      name: `chain ${chainId}`,
      nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
      rpcUrls: { default: { http: rpcUrl ? [rpcUrl] : [] } },
    })
  );
}

/** A wallet client bound to the signer and the provider's chain. */
export async function createCitySyncWalletClient(
  provider: ProviderLike,
  signer: SignerLike,
): Promise<WalletClient & { account: Account }> {
  const transport = transportFor(provider);
  const chainId = await createPublicClient({ transport }).getChainId();
  const account = accountFor(signer);
  const client = createWalletClient({
    account: typeof account === "string" ? { address: account, type: "json-rpc" } : account,
    chain: chainFor(chainId, typeof provider === "string" ? provider : undefined),
    transport,
  });
  return client as WalletClient & { account: Account };
}
