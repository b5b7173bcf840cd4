/**
 * Safe v1.4.1 on a local chain: deploys the singleton (SafeL2, whose events let indexers follow
 * a Safe), the proxy factory and the handler/library contracts from the artifacts shipped in
 * `@safe-global/safe-contracts`, and returns the addresses in the shape protocol-kit's
 * `contractNetworks` expects. Public chains use the official Safe deployments instead.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

import type { SafeContractAddresses } from "@citysync/sdk";
import { Contract, ContractFactory, type Signer, ZeroAddress, getAddress } from "ethers";

const require = createRequire(import.meta.url);

/** Protocol-kit's `ContractNetworkConfig` (address half) for one chain: the SDK's type. */
export type SafeInfrastructure = SafeContractAddresses;

const ARTIFACTS = {
  safeSingletonAddress: "contracts/SafeL2.sol/SafeL2.json",
  safeProxyFactoryAddress: "contracts/proxies/SafeProxyFactory.sol/SafeProxyFactory.json",
  multiSendAddress: "contracts/libraries/MultiSend.sol/MultiSend.json",
  multiSendCallOnlyAddress: "contracts/libraries/MultiSendCallOnly.sol/MultiSendCallOnly.json",
  fallbackHandlerAddress:
    "contracts/handler/CompatibilityFallbackHandler.sol/CompatibilityFallbackHandler.json",
  signMessageLibAddress: "contracts/libraries/SignMessageLib.sol/SignMessageLib.json",
  createCallAddress: "contracts/libraries/CreateCall.sol/CreateCall.json",
  simulateTxAccessorAddress: "contracts/accessors/SimulateTxAccessor.sol/SimulateTxAccessor.json",
} as const satisfies Record<keyof SafeInfrastructure, string>;

interface SafeArtifact {
  abi: unknown[];
  bytecode: string;
}

export function loadSafeArtifact(relativePath: string): SafeArtifact {
  const file = require.resolve(`@safe-global/safe-contracts/build/artifacts/${relativePath}`);
  return JSON.parse(readFileSync(file, "utf8")) as SafeArtifact;
}

export const safeL2Abi = loadSafeArtifact(ARTIFACTS.safeSingletonAddress).abi;
export const safeProxyFactoryAbi = loadSafeArtifact(ARTIFACTS.safeProxyFactoryAddress).abi;

/** Deploys every Safe v1.4.1 contract City/Sync uses; one transaction each. */
export async function deploySafeInfrastructure(deployer: Signer): Promise<SafeInfrastructure> {
  const deployed: Partial<Record<keyof SafeInfrastructure, string>> = {};
  for (const [key, artifactPath] of Object.entries(ARTIFACTS) as [keyof SafeInfrastructure, string][]) {
    const { abi, bytecode } = loadSafeArtifact(artifactPath);
    const contract = await new ContractFactory(abi as never, bytecode, deployer).deploy();
    await contract.waitForDeployment();
    deployed[key] = await contract.getAddress();
  }
  return deployed as SafeInfrastructure;
}

/**
 * Creates a Safe proxy with the given owners and threshold straight through the factory
 * (what protocol-kit's deployment does, in one call), returning its address.
 */
export async function createSafe(
  deployer: Signer,
  infrastructure: SafeInfrastructure,
  owners: readonly string[],
  threshold: number,
  saltNonce: bigint = BigInt(Date.now()),
): Promise<string> {
  if (owners.length === 0) throw new Error("A Safe needs at least one owner.");
  if (threshold < 1 || threshold > owners.length) {
    throw new Error(`Threshold ${threshold} is impossible with ${owners.length} owner(s).`);
  }
  const singleton = new Contract(infrastructure.safeSingletonAddress, safeL2Abi as never);
  const setup = singleton.interface.encodeFunctionData("setup", [
    owners.map((o) => getAddress(o)),
    threshold,
    ZeroAddress,
    "0x",
    infrastructure.fallbackHandlerAddress,
    ZeroAddress,
    0,
    ZeroAddress,
  ]);
  const factory = new Contract(
    infrastructure.safeProxyFactoryAddress,
    safeProxyFactoryAbi as never,
    deployer,
  );
  const tx = await factory.getFunction("createProxyWithNonce")(
    infrastructure.safeSingletonAddress,
    setup,
    saltNonce,
  );
  const receipt = await tx.wait();
  for (const log of receipt?.logs ?? []) {
    const parsed = factory.interface.parseLog(log);
    if (parsed?.name === "ProxyCreation") return getAddress(parsed.args[0] as string);
  }
  throw new Error("The Safe proxy factory emitted no ProxyCreation event.");
}
