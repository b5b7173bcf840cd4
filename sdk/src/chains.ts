/**
 * The chains City/Sync runs on. Public chains come from viem/chains; the local chain is the
 * in-process / `hardhat node` OP-stack simulation (./local-network.ts).
 */
import { type Chain, defineChain } from "viem";
import { base, baseSepolia, optimism, optimismSepolia } from "viem/chains";

import { CitySyncError } from "./errors.ts";
import { LOCAL_CHAIN_ID, LOCAL_RPC_URL } from "./local-network.ts";

export * from "./local-network.ts";

/** `hardhat node` (Hardhat's EDR simulating an OP-stack chain). */
export const citySyncLocal: Chain = defineChain({
  id: LOCAL_CHAIN_ID,
  name: "City/Sync local (OP stack)",
  nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
  rpcUrls: { default: { http: [LOCAL_RPC_URL] } },
  testnet: true,
});

export { base, baseSepolia, optimism, optimismSepolia };

/** Every supported chain, by id. */
export const supportedChains: Readonly<Record<number, Chain>> = {
  [citySyncLocal.id]: citySyncLocal,
  [optimismSepolia.id]: optimismSepolia,
  [baseSepolia.id]: baseSepolia,
  [optimism.id]: optimism,
  [base.id]: base,
};

export function getChain(chainId: number): Chain {
  const chain = supportedChains[chainId];
  if (!chain) {
    throw new CitySyncError("UNSUPPORTED_CHAIN", `Chain ${chainId} is not supported by City/Sync.`, {
      details: { chainId, supported: Object.keys(supportedChains).map(Number) },
    });
  }
  return chain;
}

export function isLocalChain(chainId: number): boolean {
  return chainId === LOCAL_CHAIN_ID;
}
