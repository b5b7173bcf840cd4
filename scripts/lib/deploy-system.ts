/**
 * Deploys the whole City/Sync system on one network connection, as `scripts/deploy.ts` and the
 * tests do:
 *
 *   local chain (31337): Safe v1.4.1 infrastructure + a 2-of-3 network admin Safe owned by
 *                        deterministic keys, then the Ignition module with that Safe as admin;
 *   public chains:       the Ignition module with the network admin Safe from
 *                        ignition/parameters/<network>.json (the official Safe deployments are
 *                        used there; protocol-kit knows their addresses by chain id).
 *
 * The deployer only pays: every admin role is given to the network admin Safe by the module.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

import { Contract, getAddress, isAddress, type Provider } from "ethers";
// Record names of the local Safe contracts are the SDK's (its `safeContractsFor(chainId)` reads
// them back from the generated bindings).
import { LOCAL_CHAIN_ID, SAFE_RECORD_NAMES, createSafeAccount } from "@citysync/sdk";
import type { NetworkConnection } from "hardhat/types/network";

import { cityCreditViewModule } from "../../ignition/modules/CityCreditView.ts";
import CitySyncModule, { CITYSYNC_MODULE_ID } from "../../ignition/modules/CitySync.ts";
import type { DeploymentRecord } from "./deployment-records.ts";
import {
  NETWORK_ADMIN_ROLE,
  assertLocalChain,
  safeOwnerAccounts,
  safeSalt,
  seedFromEnv,
} from "./local-accounts.ts";
import { type SafeInfrastructure, deploySafeInfrastructure, safeL2Abi } from "./safe-infrastructure.ts";

const root = path.resolve(import.meta.dirname, "..", "..");

/** The record name of the network admin Safe. */
export const NETWORK_ADMIN_SAFE_RECORD = "NetworkAdminSafe";

/** Protocol-kit `contractNetworks` entry rebuilt from a deployment record (local chains). */
export function safeInfrastructureFromRecord(record: DeploymentRecord): SafeInfrastructure | undefined {
  const entries = Object.entries(SAFE_RECORD_NAMES).map(([key, name]) => [
    key,
    record.contracts[name]?.address,
  ]);
  if (entries.some(([, address]) => address === undefined)) return undefined;
  return Object.fromEntries(entries) as SafeInfrastructure;
}

/** Rebuilds what the seed and scripts need from a recorded deployment (deployments/<chainId>.json). */
export function deploymentFromRecord(record: DeploymentRecord, deployer: string): CitySyncDeployment {
  const admin = record.contracts[NETWORK_ADMIN_SAFE_RECORD];
  if (!admin) throw new Error(`deployments/${record.chainId}.json has no ${NETWORK_ADMIN_SAFE_RECORD}.`);
  const infraNames = new Set<string>([...Object.values(SAFE_RECORD_NAMES), NETWORK_ADMIN_SAFE_RECORD]);
  const contracts = Object.fromEntries(
    Object.entries(record.contracts)
      .filter(([name]) => !infraNames.has(name))
      .map(([name, c]) => [name, c.address]),
  );
  const deployment: CitySyncDeployment = {
    chainId: record.chainId,
    deployer,
    networkAdminSafe: admin.address,
    contracts,
    record,
  };
  const safeInfrastructure = safeInfrastructureFromRecord(record);
  if (safeInfrastructure) deployment.safeInfrastructure = safeInfrastructure;
  return deployment;
}

export interface CitySyncDeployment {
  chainId: number;
  deployer: string;
  networkAdminSafe: string;
  /** Present on local chains, where City/Sync deploys Safe itself. */
  safeInfrastructure?: SafeInfrastructure;
  /** Ledger system contracts by name (the Ignition module's results). */
  contracts: Record<string, string>;
  record: DeploymentRecord;
}

export interface DeployOptions {
  /** Seed of the deterministic local keys (local chains only). */
  seed?: string;
  /** Network admin Safe; required on public chains (or through the parameters file). */
  networkAdminSafe?: string;
  /** Ignition parameters file; defaults to ignition/parameters/<network>.json when present. */
  parametersFile?: string;
  /** Print Ignition's progress UI. */
  displayUi?: boolean;
}

type Connection = NetworkConnection;

export async function deployCitySync(
  connection: Connection,
  options: DeployOptions = {},
): Promise<CitySyncDeployment> {
  const { ethers, networkName } = connection;
  const provider = ethers.provider;
  const chainId = Number((await provider.getNetwork()).chainId);
  const [deployer] = await ethers.getSigners();
  if (!deployer) throw new Error(`No deployer account on network ${networkName}.`);
  const local = chainId === LOCAL_CHAIN_ID;
  const contractsRecord: DeploymentRecord["contracts"] = {};

  let safeInfrastructure: SafeInfrastructure | undefined;
  let networkAdminSafe: string;
  if (local) {
    const seed = options.seed ?? seedFromEnv();
    assertLocalChain(chainId, "The local deployment");
    const from = await provider.getBlockNumber();
    safeInfrastructure = await deploySafeInfrastructure(deployer);
    const owners = safeOwnerAccounts(seed, NETWORK_ADMIN_ROLE).map((a) => a.address);
    // The owners pay for their own Safe transactions (execTransaction, approveHash).
    for (const owner of owners) await provider.send("hardhat_setBalance", [owner, "0x56bc75e2d63100000"]);
    if (options.networkAdminSafe) await assertIsSafe(provider, options.networkAdminSafe, networkName);
    networkAdminSafe =
      options.networkAdminSafe ??
      (await createSafeAccount({
        // The node holds the deployer's key (Hardhat's accounts): it only pays for the creation.
        provider: connection.provider,
        signer: (await deployer.getAddress()) as `0x${string}`,
        owners: owners as `0x${string}`[],
        threshold: 2,
        safeContracts: safeInfrastructure,
        saltNonce: safeSalt(seed, NETWORK_ADMIN_ROLE),
      }));
    const to = await provider.getBlockNumber();
    for (const [key, name] of Object.entries(SAFE_RECORD_NAMES) as [keyof SafeInfrastructure, string][]) {
      const address = safeInfrastructure[key];
      contractsRecord[name] = {
        address: address as `0x${string}`,
        blockNumber: await deployBlock(provider, address, from, to),
      };
    }
    contractsRecord[NETWORK_ADMIN_SAFE_RECORD] = {
      address: getAddress(networkAdminSafe) as `0x${string}`,
      blockNumber: await deployBlock(provider, networkAdminSafe, from, to),
    };
  } else {
    networkAdminSafe =
      options.networkAdminSafe ?? readNetworkAdminParameter(networkName, options.parametersFile);
    await assertIsSafe(provider, networkAdminSafe, networkName);
    contractsRecord[NETWORK_ADMIN_SAFE_RECORD] = {
      address: getAddress(networkAdminSafe) as `0x${string}`,
      blockNumber: 0,
    };
  }

  if (local && connection.networkConfig.type === "http") {
    // Local chains are always deployed fresh (`npm start` restarts the node): a journal left by
    // an earlier run describes a chain that no longer exists.
    rmSync(path.join(root, "ignition", "deployments", `chain-${chainId}`), { recursive: true, force: true });
  }
  const from = await provider.getBlockNumber();
  const results = await connection.ignition.deploy(CitySyncModule, {
    parameters: { [CITYSYNC_MODULE_ID]: { networkAdmin: getAddress(networkAdminSafe) } },
    displayUi: options.displayUi ?? false,
  });
  const to = await provider.getBlockNumber();

  const contracts: Record<string, string> = {};
  for (const [name, contract] of Object.entries(results) as [string, Contract][]) {
    const address = getAddress(await contract.getAddress());
    contracts[name] = address;
    contractsRecord[name] = {
      address: address as `0x${string}`,
      blockNumber: await deployBlock(provider, address, from, to),
    };
  }

  const result: CitySyncDeployment = {
    chainId,
    deployer: await deployer.getAddress(),
    networkAdminSafe: getAddress(networkAdminSafe),
    contracts,
    record: { chainId, contracts: contractsRecord },
  };
  if (safeInfrastructure) result.safeInfrastructure = safeInfrastructure;
  return result;
}

/** Record name of a city's ERC-20 view, e.g. "CityCreditView_BRK". */
export function cityCreditViewRecordName(cityCode: string): string {
  return `CityCreditView_${cityCode}`;
}

/**
 * Deploys the ERC-20 read view of an existing city through Ignition and returns its record entry
 * (name, address, deploy block). Permissionless: the view has no owner.
 */
export async function deployCityCreditView(
  connection: Connection,
  ledger: string,
  cityId: number,
  cityCode: string,
): Promise<{ name: string; address: `0x${string}`; blockNumber: number }> {
  const provider = connection.ethers.provider;
  const module = cityCreditViewModule(cityCode);
  const from = await provider.getBlockNumber();
  const { CityCreditView } = (await connection.ignition.deploy(module, {
    parameters: { [module.id]: { ledger: getAddress(ledger), cityId } },
  })) as { CityCreditView: Contract };
  const address = getAddress(await CityCreditView.getAddress()) as `0x${string}`;
  const blockNumber = await deployBlock(provider, address, from, await provider.getBlockNumber());
  return { name: cityCreditViewRecordName(cityCode), address, blockNumber };
}

/** The first block in [from, to] where `address` has code (binary search over eth_getCode). */
export async function deployBlock(
  provider: Provider,
  address: string,
  from: number,
  to: number,
): Promise<number> {
  let lo = Math.max(from, 0);
  let hi = to;
  if ((await provider.getCode(address, hi)) === "0x") {
    throw new Error(`No code at ${address} by block ${hi}.`);
  }
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if ((await provider.getCode(address, mid)) === "0x") lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function readNetworkAdminParameter(networkName: string, file?: string): string {
  const parametersFile = file ?? path.join(root, "ignition", "parameters", `${networkName}.json`);
  if (!existsSync(parametersFile)) {
    throw new Error(
      `No network admin Safe for ${networkName}: create ${path.relative(root, parametersFile)} (see ignition/parameters/README.md) or set NETWORK_ADMIN_SAFE.`,
    );
  }
  const parameters = JSON.parse(readFileSync(parametersFile, "utf8")) as Record<
    string,
    Record<string, unknown>
  >;
  const value = parameters[CITYSYNC_MODULE_ID]?.networkAdmin;
  if (typeof value !== "string" || !isAddress(value) || BigInt(value) === 0n) {
    throw new Error(
      `${path.relative(root, parametersFile)}: ${CITYSYNC_MODULE_ID}.networkAdmin must be the address of the network admin Safe (found ${JSON.stringify(value)}).`,
    );
  }
  return getAddress(value);
}

/** Refuses an admin that is not a deployed Safe: an EOA admin would keep power after deployment. */
export async function assertIsSafe(provider: Provider, address: string, where: string): Promise<void> {
  if ((await provider.getCode(address)) === "0x") {
    throw new Error(`The network admin ${address} has no code on ${where}: it must be a deployed Safe.`);
  }
  const safe = new Contract(address, safeL2Abi as never, provider);
  try {
    const [threshold, owners] = await Promise.all([
      safe.getFunction("getThreshold")() as Promise<bigint>,
      safe.getFunction("getOwners")() as Promise<string[]>,
    ]);
    if (threshold < 1n || owners.length === 0) throw new Error("no owners");
  } catch {
    throw new Error(
      `The network admin ${address} on ${where} does not answer as a Safe (getThreshold/getOwners).`,
    );
  }
}
