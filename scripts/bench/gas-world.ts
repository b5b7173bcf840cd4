/**
 * The gas bench's world: a ledger whose network admin, city admins and organizations are 2-of-3
 * Safes, two cities, three organizations, a staff delegate, opportunities, offers and residents.
 * It is the same world as the ledger tests' fixture, key for key and in the same order, so that
 * addresses, signatures and therefore calldata and gas are identical on every run and comparable
 * with the tests' gas report. Every ledger call is built by the SDK's call builders; set-up calls
 * run from the impersonated role holder (only the measured calls go through the Safes).
 */
import { type LedgerCall, type LedgerDomain, ledgerCalls } from "@citysync/sdk";
import {
  type BaseWallet,
  type Signer,
  Wallet,
  dataSlice,
  getAddress,
  id,
  keccak256,
  toUtf8Bytes,
} from "ethers";
import type { NetworkConnection } from "hardhat/types/network";
import type { Address, Hex } from "viem";

import { type SafeInfrastructure, createSafe, deploySafeInfrastructure } from "../lib/safe-infrastructure.ts";

const DAY = 86_400n;
export const EPOCH_DURATION = 7n * DAY;
const DISPUTE_WINDOW = 14n * DAY;
const RECOVERY_DELAY = 3n * DAY;
const ADMIN_TRANSFER_DELAY = 2n * DAY;
const SIGNATURE_HORIZON = 7n * DAY;

const BUDGETS = [10_000n, 5_000n, 5_000n] as const;
const DELEGATE_CAP = 4_000n;
export const OFFER_PRICE = 20n;
export const EVIDENCE = id("evidence") as Hex;

/** A 2-of-3 Safe and its owners' keys, sorted by address as Safe wants signatures. */
export interface BenchSafe {
  address: Address;
  ownerKeys: Hex[];
}

export interface GasWorld {
  ledger: Address;
  domain: LedgerDomain;
  safeContracts: SafeInfrastructure;
  cityAdmin1: BenchSafe;
  org1Safe: BenchSafe;
  delegate: BaseWallet;
  resident: BaseWallet;
  resident2: BaseWallet;
  stranger: BaseWallet;
  city1: number;
  org1: number;
  opp1: number;
  offer1: number;
  offerLimited: number;
  /** Sends a call with the role holder's address as msg.sender (impersonated). */
  sendAs: (holder: BenchSafe, call: LedgerCall) => Promise<void>;
}

/** Deterministic throwaway participants (never funded, never signing). */
export function seededAddress(label: string, i: number): Address {
  return getAddress(dataSlice(keccak256(toUtf8Bytes(`citysync/participant/${label}/${i}`)), 12)) as Address;
}

export async function buildGasWorld(connection: NetworkConnection): Promise<GasWorld> {
  const { ethers, networkHelpers: helpers } = connection;
  const [deployer] = await ethers.getSigners();
  const { chainId } = await ethers.provider.getNetwork();
  const wallets = seededWallets(connection);
  const { safeContracts, safes } = await deploySafes(connection, deployer!, wallets);
  const [networkAdmin, cityAdmin1, cityAdmin2, org1Safe, org2Safe, org3Safe] = safes;

  const ledger = await deployLedger(connection, deployer!, networkAdmin.address);
  const sendAs = async (holder: BenchSafe, call: LedgerCall) => {
    await helpers.impersonateAccount(holder.address);
    const signer = await ethers.getSigner(holder.address);
    await (await signer.sendTransaction(call)).wait();
  };
  await sendAs(networkAdmin, ledgerCalls.createCity(ledger, cityAdmin1.address, "BRK", "Berkeley"));
  await sendAs(networkAdmin, ledgerCalls.createCity(ledger, cityAdmin2.address, "OAK", "Oakland"));
  const onboard = (admin: BenchSafe, cityId: number, org: BenchSafe, i: number) =>
    sendAs(
      admin,
      ledgerCalls.onboardOrganization(ledger, cityId, org.address, BUDGETS[i]!, `{"name":"Org ${i + 1}"}`),
    );
  await onboard(cityAdmin1, CITY1, org1Safe, 0);
  await onboard(cityAdmin1, CITY1, org2Safe, 1);
  await onboard(cityAdmin2, CITY2, org3Safe, 2);
  const delegate = await wallets.funded();
  await sendAs(org1Safe, ledgerCalls.authorizeDelegate(ledger, 1, delegate.address as Address, DELEGATE_CAP));
  await publish(connection, ledger, sendAs, [org1Safe, org2Safe, org3Safe]);

  return {
    ledger,
    domain: { chainId: Number(chainId), ledger },
    safeContracts,
    cityAdmin1,
    org1Safe,
    delegate,
    resident: await wallets.funded(),
    resident2: await wallets.funded(),
    stranger: await wallets.funded(),
    city1: CITY1,
    org1: 1,
    opp1: 1,
    offer1: 1,
    offerLimited: 2,
    sendAs,
  };
}

const [CITY1, CITY2] = [1, 2];

/** Wallets whose keys come from a counter, in creation order (the tests' fixture's keys). */
function seededWallets(connection: NetworkConnection) {
  let count = 0;
  const next = (label: string) =>
    new Wallet(keccak256(toUtf8Bytes(`citysync/test/${label}/${count++}`)), connection.ethers.provider);
  return {
    next,
    async funded() {
      const w = next("wallet");
      await connection.networkHelpers.setBalance(w.address, 10n ** 20n);
      return w;
    },
  };
}

type SevenSafes = [BenchSafe, BenchSafe, BenchSafe, BenchSafe, BenchSafe, BenchSafe, BenchSafe];

/** Safe v1.4.1 and seven 2-of-3 Safes: network admin, two city admins, three organizations, a spare. */
async function deploySafes(
  connection: NetworkConnection,
  deployer: Signer,
  wallets: ReturnType<typeof seededWallets>,
): Promise<{ safeContracts: SafeInfrastructure; safes: SevenSafes }> {
  const helpers = connection.networkHelpers;
  const safeContracts = await deploySafeInfrastructure(deployer);
  const safes: BenchSafe[] = [];
  // The seventh is the tests' spare Safe: it keeps every later key and address identical.
  for (let salt = 1000n; salt < 1007n; salt++) {
    const owners = [0, 1, 2].map(() => wallets.next("owner"));
    const address = await createSafe(
      deployer,
      safeContracts,
      owners.map((o) => o.address),
      2,
      salt,
    );
    await helpers.setBalance(address, 10n ** 20n);
    // The first owner proposes and executes (pays the gas); a sender's balance changes no figure.
    for (const owner of owners) await helpers.setBalance(owner.address, 10n ** 20n);
    const sorted = owners.sort((a, b) => (BigInt(a.address) < BigInt(b.address) ? -1 : 1));
    safes.push({ address: address as Address, ownerKeys: sorted.map((o) => o.privateKey as Hex) });
  }
  return { safeContracts, safes: safes as SevenSafes };
}

/** One opportunity per organization; two offers of organization 1 (the second limited, both cities). */
async function publish(
  connection: NetworkConnection,
  ledger: Address,
  sendAs: GasWorld["sendAs"],
  orgSafes: BenchSafe[],
): Promise<void> {
  const now = await connection.networkHelpers.time.latest();
  const window = { start: now, end: now + 3650 * Number(DAY) };
  const opportunity = { creditsPerUnit: 5, capacity: 1_000, ...window, metadata: '{"title":"Park cleanup"}' };
  for (const [i, safe] of orgSafes.entries()) {
    await sendAs(safe, ledgerCalls.publishOpportunity(ledger, i + 1, opportunity));
  }
  const offer = {
    price: OFFER_PRICE,
    stock: 50,
    perResidentLimit: 0,
    ...window,
    acceptedCities: [CITY1],
    metadata: '{"title":"Pool pass"}',
  };
  await sendAs(orgSafes[0]!, ledgerCalls.publishOffer(ledger, 1, offer));
  const limited = { ...offer, perResidentLimit: 2, acceptedCities: [CITY1, CITY2] };
  await sendAs(orgSafes[0]!, ledgerCalls.publishOffer(ledger, 1, limited));
}

/** The ledger as production deploys it: the cold-path module, then the core that forwards to it. */
async function deployLedger(
  connection: NetworkConnection,
  deployer: Signer,
  admin: Address,
): Promise<Address> {
  const { ethers } = connection;
  const module = await ethers.deployContract(
    "CivicLedgerAdmin",
    [EPOCH_DURATION, DISPUTE_WINDOW, RECOVERY_DELAY, ADMIN_TRANSFER_DELAY, SIGNATURE_HORIZON],
    deployer,
  );
  await module.waitForDeployment();
  const ledger = await ethers.deployContract("CivicLedger", [admin, await module.getAddress()], deployer);
  await ledger.waitForDeployment();
  return getAddress(await ledger.getAddress()) as Address;
}
