/**
 * The shared world of the ledger tests: a ledger whose network admin, city admins and
 * organization accounts are real 2-of-3 Safes, two cities, three organizations, a delegate staff
 * key, opportunities and offers, residents and a stranger. Built once per file with loadFixture.
 *
 * Safe-held roles act in two ways: `as(safe)` impersonates the Safe address (msg.sender is the
 * Safe, custom errors surface directly; used by most tests), and `execSafeTransaction` executes
 * through the Safe's own execTransaction with two owners' signatures (used where the real
 * multisig path matters and by the gas bench).
 */
import type { NetworkConnection } from "hardhat/types/network";
import {
  type BaseWallet,
  type Signer,
  Wallet,
  ZeroHash,
  dataSlice,
  getAddress,
  id,
  keccak256,
  toUtf8Bytes,
} from "ethers";

import type { ICivicLedger } from "../../../types/ethers-contracts/index.ts";
import { type SafeInfrastructure, type TestSafe, deploySafeInfrastructure, deployTestSafe } from "./safe.ts";
import { ledgerDomain, type LedgerDomain } from "./eip712.ts";

export const DAY = 86_400n;
export const EPOCH_DURATION = 7n * DAY;
export const DISPUTE_WINDOW = 14n * DAY;
export const RECOVERY_DELAY = 3n * DAY;
export const ADMIN_TRANSFER_DELAY = 2n * DAY;
export const SIGNATURE_HORIZON = 7n * DAY;
/** A redemption bound that accepts any price (tests of the bound itself pass the price shown). */
export const ANY_PRICE = 2n ** 64n - 1n;

export const ORG1_BUDGET = 10_000n;
export const ORG2_BUDGET = 5_000n;
export const ORG3_BUDGET = 5_000n;
export const DELEGATE_CAP = 4_000n;
export const OPP_CREDITS_PER_UNIT = 5n;
export const OPP_CAPACITY = 1_000n;
export const OFFER_PRICE = 20n;
export const OFFER_STOCK = 50n;
export const EVIDENCE = id("evidence");

type Ethers = NetworkConnection["ethers"];
type Helpers = NetworkConnection["networkHelpers"];

/**
 * Deploys the ledger as production does: the cold-path module `CivicLedgerAdmin` (which holds the
 * immutable parameters) and the core `CivicLedger` that forwards to it; returns the one address
 * typed as ICivicLedger.
 */
export async function deployLedger(ethers: Ethers, deployer: Signer, admin: string): Promise<ICivicLedger> {
  const module = await ethers.deployContract(
    "CivicLedgerAdmin",
    [EPOCH_DURATION, DISPUTE_WINDOW, RECOVERY_DELAY, ADMIN_TRANSFER_DELAY, SIGNATURE_HORIZON],
    deployer,
  );
  await module.waitForDeployment();
  const ledger = await ethers.deployContract("CivicLedger", [admin, await module.getAddress()], deployer);
  await ledger.waitForDeployment();
  return ethers.getContractAt("ICivicLedger", await ledger.getAddress());
}

export interface World {
  ethers: Ethers;
  helpers: Helpers;
  chainId: bigint;
  deployer: Signer;
  infra: SafeInfrastructure;
  ledger: ICivicLedger;
  ledgerAddress: string;
  domain: LedgerDomain;
  networkAdmin: TestSafe;
  cityAdmin1: TestSafe;
  cityAdmin2: TestSafe;
  org1Safe: TestSafe;
  org2Safe: TestSafe;
  org3Safe: TestSafe;
  spareSafe: TestSafe;
  delegate: BaseWallet;
  resident: BaseWallet;
  resident2: BaseWallet;
  stranger: BaseWallet;
  city1: bigint;
  city2: bigint;
  org1: bigint;
  org2: bigint;
  org3: bigint;
  opp1: bigint; // org1, open now, 5 credits/unit, capacity 1000
  opp2: bigint; // org2
  opp3: bigint; // org3 (city 2)
  offer1: bigint; // org1, price 20, stock 50, unlimited per resident, accepts city 1
  offerLimited: bigint; // org1, price 20, stock 50, limit 2 per resident, accepts city 1 and 2
  /** Signer whose msg.sender is the Safe (impersonated, funded). */
  as: (safe: TestSafe | string) => Promise<Signer>;
}

let walletSeed = 0;

/**
 * A deterministic wallet (keys derived from a counter), so that addresses, Safe addresses and
 * signatures, and therefore calldata and gas, are the same on every run.
 */
export function seededWallet(ethers: Ethers, label = "wallet"): BaseWallet {
  return new Wallet(keccak256(toUtf8Bytes(`citysync/test/${label}/${walletSeed++}`)), ethers.provider);
}

/** Deterministic address for throwaway participants. */
export function seededAddress(label: string, i: number | bigint): string {
  return getAddress(dataSlice(keccak256(toUtf8Bytes(`citysync/participant/${label}/${i}`)), 12));
}

/** Funded wallet connected to the provider. */
export async function fundedWallet(ethers: Ethers, helpers: Helpers): Promise<BaseWallet> {
  const w = seededWallet(ethers);
  await helpers.setBalance(w.address, 10n ** 20n);
  return w;
}

export function makeWorldFixture(connection: NetworkConnection) {
  const { ethers, networkHelpers: helpers } = connection;
  return async function world(): Promise<World> {
    const [deployer] = await ethers.getSigners();
    const { chainId } = await ethers.provider.getNetwork();
    const infra = await deploySafeInfrastructure(deployer!);
    let salt = 1000n;
    const newSafe = async () => {
      const owners = [0, 1, 2].map(() => seededWallet(ethers, "owner"));
      const safe = await deployTestSafe(deployer!, infra, owners, 2, salt++);
      await helpers.setBalance(safe.address, 10n ** 20n);
      return safe;
    };
    const networkAdmin = await newSafe();
    const cityAdmin1 = await newSafe();
    const cityAdmin2 = await newSafe();
    const org1Safe = await newSafe();
    const org2Safe = await newSafe();
    const org3Safe = await newSafe();
    const spareSafe = await newSafe();

    const as = async (safe: TestSafe | string) => {
      const address = typeof safe === "string" ? safe : safe.address;
      await helpers.impersonateAccount(address);
      return ethers.getSigner(address);
    };

    const ledger = await deployLedger(ethers, deployer!, networkAdmin.address);
    const ledgerAddress = await ledger.getAddress();
    const admin = ledger.connect(await as(networkAdmin));
    await (await admin.createCity(cityAdmin1.address, "BRK", "Berkeley")).wait();
    await (await admin.createCity(cityAdmin2.address, "OAK", "Oakland")).wait();
    const city1 = 1n;
    const city2 = 2n;

    const c1 = ledger.connect(await as(cityAdmin1));
    const c2 = ledger.connect(await as(cityAdmin2));
    await (await c1.onboardOrganization(city1, org1Safe.address, ORG1_BUDGET, '{"name":"Org 1"}')).wait();
    await (await c1.onboardOrganization(city1, org2Safe.address, ORG2_BUDGET, '{"name":"Org 2"}')).wait();
    await (await c2.onboardOrganization(city2, org3Safe.address, ORG3_BUDGET, '{"name":"Org 3"}')).wait();
    const [org1, org2, org3] = [1n, 2n, 3n];

    const delegate = await fundedWallet(ethers, helpers);
    const o1 = ledger.connect(await as(org1Safe));
    await (await o1.authorizeDelegate(org1, delegate.address, DELEGATE_CAP)).wait();

    const now = BigInt(await helpers.time.latest());
    const far = now + 3650n * DAY;
    const oppParams = {
      creditsPerUnit: OPP_CREDITS_PER_UNIT,
      capacity: OPP_CAPACITY,
      start: now,
      end: far,
      metadata: '{"title":"Park cleanup"}',
    };
    await (await o1.publishOpportunity(org1, oppParams)).wait();
    await (await ledger.connect(await as(org2Safe)).publishOpportunity(org2, oppParams)).wait();
    await (await ledger.connect(await as(org3Safe)).publishOpportunity(org3, oppParams)).wait();
    const offerParams = {
      price: OFFER_PRICE,
      stock: OFFER_STOCK,
      perResidentLimit: 0n,
      start: now,
      end: far,
      acceptedCities: [city1],
      metadata: '{"title":"Pool pass"}',
    };
    await (await o1.publishOffer(org1, offerParams)).wait();
    await (
      await o1.publishOffer(org1, { ...offerParams, perResidentLimit: 2n, acceptedCities: [city1, city2] })
    ).wait();

    return {
      ethers,
      helpers,
      chainId,
      deployer: deployer!,
      infra,
      ledger,
      ledgerAddress,
      domain: ledgerDomain(ledgerAddress, chainId),
      networkAdmin,
      cityAdmin1,
      cityAdmin2,
      org1Safe,
      org2Safe,
      org3Safe,
      spareSafe,
      delegate,
      resident: await fundedWallet(ethers, helpers),
      resident2: await fundedWallet(ethers, helpers),
      stranger: await fundedWallet(ethers, helpers),
      city1,
      city2,
      org1,
      org2,
      org3,
      opp1: 1n,
      opp2: 2n,
      opp3: 3n,
      offer1: 1n,
      offerLimited: 2n,
      as,
    };
  };
}

export const NO_EVIDENCE = ZeroHash;
