/**
 * A small City/Sync world for tests of the SDK, the CLI and the proposal service: Safe v1.4.1
 * infrastructure, the ledger (admin module + core, deployed directly, network admin a 1-of-1
 * Safe of the deployer), a city run by a 1-of-1 Safe, an organization run by a 2-of-3 Safe, and one open opportunity of that organization.
 */
import type { NetworkConnection } from "hardhat/types/network";
import { type Address, type Hex, getAddress } from "viem";

import { type SafeCall, type SafeContractAddresses, createSafeAccount, ledgerCalls } from "@citysync/sdk";

import { deploySafeInfrastructure } from "../../scripts/lib/safe-infrastructure.ts";
import { runSafeTransaction } from "../../scripts/lib/safe-actions.ts";

/** Hardhat's default accounts (public test mnemonic): 0 deployer, 1-3 org owners, 4 city owner, 5 outsider, 6 relayer. */
export const KEYS: Hex[] = [
  "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
  "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
  "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
  "0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
  "0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
  "0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba",
  "0x92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e",
];

export interface CitySyncWorld {
  connection: NetworkConnection;
  provider: NetworkConnection["provider"];
  chainId: number;
  safeContracts: SafeContractAddresses;
  ledger: Address;
  cityId: number;
  citySafe: Address;
  orgSafe: Address;
  orgId: number;
  orgOwners: Address[];
  opportunityId: number;
  /** Runs calls through a Safe, confirmed off-chain by the given owner keys. */
  runAsSafe: (safe: Address, keys: readonly Hex[], calls: SafeCall[], title: string) => Promise<void>;
}

export interface CitySyncCity {
  connection: NetworkConnection;
  provider: NetworkConnection["provider"];
  chainId: number;
  safeContracts: SafeContractAddresses;
  ledger: Address;
  cityId: number;
  citySafe: Address;
}

/** Safe infrastructure, the ledger and one city whose admin is a 1-of-1 Safe owned by KEYS[4]. */
export async function deployCitySyncCity(connection: NetworkConnection): Promise<CitySyncCity> {
  const { ethers } = connection;
  const provider = connection.provider;
  const [deployer] = await ethers.getSigners();
  const chainId = Number((await ethers.provider.getNetwork()).chainId);
  const safeContracts = await deploySafeInfrastructure(deployer!);
  const admin = await ethers.deployContract("CivicLedgerAdmin", [
    86_400n * 30n,
    86_400n * 14n,
    86_400n * 7n,
    86_400n * 2n,
    86_400n * 7n,
  ]);
  // The ledger only accepts a Safe as network admin: a 1-of-1 Safe of the deployer's key here.
  const networkAdminSafe = await createSafeAccount({
    provider,
    signer: KEYS[0]!,
    owners: [getAddress(deployer!.address)],
    threshold: 1,
    safeContracts,
    saltNonce: 0n,
  });
  const core = await ethers.deployContract("CivicLedger", [networkAdminSafe, await admin.getAddress()]);
  const ledger = getAddress(await core.getAddress());
  const cityOwner = getAddress((await ethers.getSigners())[4]!.address);
  const citySafe = await createSafeAccount({
    provider,
    signer: KEYS[0]!,
    owners: [cityOwner],
    threshold: 1,
    safeContracts,
    saltNonce: 1n,
  });
  await runAsSafe(
    { provider, safeContracts },
    networkAdminSafe,
    [KEYS[0]!],
    [ledgerCalls.createCity(ledger, citySafe, "MVD", "Montevideo")],
    "Create Montevideo",
  );
  return { connection, provider, chainId, safeContracts, ledger, cityId: 1, citySafe };
}

/** runAsSafe: calls through a Safe, confirmed off-chain by the given owner keys, executed by the first. */
export async function runAsSafe(
  city: Pick<CitySyncCity, "provider" | "safeContracts">,
  safe: Address,
  keys: readonly Hex[],
  calls: SafeCall[],
  title: string,
): Promise<void> {
  // The one propose → confirm → execute path, shared with the pilot seed.
  await runSafeTransaction(
    { provider: city.provider, safeContracts: city.safeContracts },
    { safe, ownerKeys: keys, calls, title, confirm: "signatures" },
  );
}

/** A city plus an organization run by a 2-of-3 Safe (KEYS[1..3]) with one open opportunity. */
export async function deployCitySyncWorld(connection: NetworkConnection): Promise<CitySyncWorld> {
  const city = await deployCitySyncCity(connection);
  const { ethers } = connection;
  const { provider, safeContracts, ledger, cityId, citySafe } = city;
  const signers = await ethers.getSigners();
  const orgOwners = signers.slice(1, 4).map((s) => getAddress(s.address));
  const orgSafe = await createSafeAccount({
    provider,
    signer: KEYS[0]!,
    owners: orgOwners,
    threshold: 2,
    safeContracts,
    saltNonce: 2n,
  });
  const run = (safe: Address, keys: readonly Hex[], calls: SafeCall[], title: string) =>
    runAsSafe(city, safe, keys, calls, title);
  await run(
    citySafe,
    [KEYS[4]!],
    [ledgerCalls.onboardOrganization(ledger, cityId, orgSafe, 10_000n, '{"name":"Huerta Norte"}')],
    "onboard",
  );
  const orgId = 1;
  const now = (await ethers.provider.getBlock("latest"))!.timestamp;
  await run(
    orgSafe,
    [KEYS[1]!, KEYS[2]!],
    [
      ledgerCalls.publishOpportunity(ledger, orgId, {
        creditsPerUnit: 10,
        capacity: 1_000,
        start: now,
        end: now + 86_400 * 90,
        metadata: '{"title":"Planting day"}',
      }),
    ],
    "publish opportunity",
  );
  return { ...city, orgSafe, orgId, orgOwners, opportunityId: 1, runAsSafe: run };
}
