/** Safe contract addresses recorded for a local chain in the generated deployment records. */
import { deployments } from "../generated/contracts.ts";
import type { SafeContractAddresses } from "./connect.ts";

/** Record names `scripts/deploy.ts` uses for the local Safe v1.4.1 contracts. */
export const SAFE_RECORD_NAMES = {
  safeSingletonAddress: "SafeL2",
  safeProxyFactoryAddress: "SafeProxyFactory",
  multiSendAddress: "MultiSend",
  multiSendCallOnlyAddress: "MultiSendCallOnly",
  fallbackHandlerAddress: "CompatibilityFallbackHandler",
  signMessageLibAddress: "SignMessageLib",
  createCallAddress: "CreateCall",
  simulateTxAccessorAddress: "SimulateTxAccessor",
} as const satisfies Record<keyof SafeContractAddresses, string>;

/**
 * The Safe contracts deployed on `chainId` according to the deployment records, or undefined
 * (public chains: protocol-kit uses the canonical Safe deployments).
 */
export function safeContractsFor(chainId: number): SafeContractAddresses | undefined {
  const records = deployments[chainId];
  if (!records) return undefined;
  const out: Partial<Record<keyof SafeContractAddresses, string>> = {};
  for (const [key, name] of Object.entries(SAFE_RECORD_NAMES) as [keyof SafeContractAddresses, string][]) {
    const address = records[name]?.address;
    if (!address) return undefined;
    out[key] = address;
  }
  return out as SafeContractAddresses;
}
