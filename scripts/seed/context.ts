/**
 * What every phase of the pilot seed works with: the chain (clients, time travel, deterministic
 * randomness), the actors (Safes and their owners, residents, the relayer) and the Safe transaction
 * runner. The phases themselves live in scripts/seed/phases/.
 */
import {
  type LedgerCall,
  type LedgerRef,
  type RelayContext,
  createCitySyncPublicClient,
  createCitySyncWalletClient,
  iCivicLedgerAbi,
} from "@citysync/sdk";
import { Wallet, getAddress, keccak256, toBeHex, toUtf8Bytes } from "ethers";
import type { NetworkConnection } from "hardhat/types/network";
import {
  type Address,
  type ContractEventName,
  type GetEventArgs,
  type Hex,
  type Log,
  type PublicClient,
  type TransactionReceipt,
  parseEventLogs,
} from "viem";

import type { CitySyncDeployment } from "../lib/deploy-system.ts";
import { type LocalAccount, localAccount } from "../lib/local-accounts.ts";
import { type SafeActors, runSafeTransaction } from "../lib/safe-actions.ts";
import type { AttestedRow } from "./expected-state.ts";
import type { CityPlan, Confirmation, OrgRef, OrganizationPlan } from "./pilot-data.ts";

export const DAY = 86_400;
export const WEEK = 7 * DAY;

/** A 2-of-3 Safe of the pilot and its owners. */
export interface PilotSafe {
  address: Address;
  ownerAccounts: LocalAccount[];
}

export interface Resident {
  label: string;
  wallet: Wallet;
}

export interface OrgRuntime {
  plan: OrganizationPlan;
  city: CityRuntime;
  ref: OrgRef;
  id: number;
  safe: PilotSafe;
  opportunities: { key: string; id: number; creditsPerUnit: number }[];
  offers: { key: string; id: number; price: number; perResidentLimit: number }[];
  suspended: boolean;
  /** A staff key allowed to attest for the organization. */
  delegate?: LocalAccount;
  /** The organization's latest attestation batch, for a revocation right after it. */
  latestBatch?: { firstSeq: number; rows: AttestedRow[] };
}

export interface CityRuntime {
  plan: CityPlan;
  id: number;
  safe: PilotSafe;
  residents: Resident[];
  orgs: OrgRuntime[];
}

type LedgerEvent = ContractEventName<typeof iCivicLedgerAbi>;
/** The decoded arguments of the ledger event `N`, every field present. */
type LedgerEventArgs<N extends LedgerEvent> = GetEventArgs<
  typeof iCivicLedgerAbi,
  N,
  { EnableUnion: false; IndexedOnly: false; Required: true }
>;

export class SeedContext {
  readonly ledger: Address;
  readonly publicClient: PublicClient;
  readonly ref: LedgerRef;
  readonly accounts: { role: string; address: string; privateKey: string }[] = [];
  readonly cities: CityRuntime[] = [];
  safeTransactions = 0;
  safes = 0;
  private readonly actors: SafeActors;
  private relay: RelayContext | undefined;

  readonly connection: NetworkConnection;
  readonly deployment: CitySyncDeployment;
  readonly seed: string;
  readonly relayer: LocalAccount;

  // Plain fields, not parameter properties: Node's type stripping (the indexer's tests load the
  // seed without a compiler) cannot run those.
  constructor(
    connection: NetworkConnection,
    deployment: CitySyncDeployment,
    seed: string,
    relayer: LocalAccount,
  ) {
    this.connection = connection;
    this.deployment = deployment;
    this.seed = seed;
    this.relayer = relayer;

    const ledger = deployment.contracts.CivicLedger;
    if (!ledger) throw new Error("The deployment has no CivicLedger.");
    const safeContracts = deployment.safeInfrastructure;
    if (!safeContracts) throw new Error("The seed needs the local Safe infrastructure of the deployment.");
    this.ledger = getAddress(ledger) as Address;
    this.publicClient = createCitySyncPublicClient(connection.provider);
    this.ref = { client: this.publicClient, ledger: this.ledger };
    this.actors = { provider: connection.provider, safeContracts };
  }

  /** A number in [0, modulo) fixed by the seed string and `label`. */
  rand(label: string, modulo: number): number {
    return Number(BigInt(keccak256(toUtf8Bytes(`${this.seed}/${label}`))) % BigInt(modulo));
  }

  wallet(account: LocalAccount): Wallet {
    return new Wallet(account.privateKey, this.connection.ethers.provider);
  }

  async fund(address: string): Promise<void> {
    await this.connection.ethers.provider.send("hardhat_setBalance", [address, toBeHex(100n * 10n ** 18n)]);
  }

  /** A funded local account for `label`, listed in the summary under `role`. */
  async account(label: string, role: string): Promise<LocalAccount> {
    const account = localAccount(this.seed, label);
    await this.fund(account.address);
    this.remember(role, account);
    return account;
  }

  remember(role: string, account: LocalAccount): void {
    this.accounts.push({ role, address: account.address, privateKey: account.privateKey });
  }

  org(ref: OrgRef): OrgRuntime {
    const org = this.cities.flatMap((c) => c.orgs).find((o) => o.ref === ref);
    if (!org) throw new Error(`The pilot has no organization ${ref}.`);
    return org;
  }

  city(key: string): CityRuntime {
    const city = this.cities.find((c) => c.plan.key === key);
    if (!city) throw new Error(`The pilot has no city ${key}.`);
    return city;
  }

  /** One Safe transaction: the owners confirm as asked, the first owner executes. */
  async runSafe(
    safe: PilotSafe,
    calls: LedgerCall[],
    title: string,
    confirm: Confirmation = "signatures",
  ): Promise<TransactionReceipt> {
    const { transactionHash } = await runSafeTransaction(this.actors, {
      safe: safe.address,
      ownerKeys: safe.ownerAccounts.map((o) => o.privateKey),
      calls,
      title,
      confirm,
    });
    this.safeTransactions += 1;
    return this.receipt(transactionHash);
  }

  receipt(hash: Hex): Promise<TransactionReceipt> {
    return this.publicClient.getTransactionReceipt({ hash });
  }

  /** Sends a ledger call from a local wallet and waits for its receipt. */
  async send(from: Wallet, call: LedgerCall): Promise<TransactionReceipt> {
    const tx = await from.sendTransaction(call);
    await tx.wait();
    return this.receipt(tx.hash as Hex);
  }

  /** The ledger's `name` events of a receipt, decoded with the ABI. */
  eventsOf<N extends LedgerEvent>(receipt: { logs: Log[] }, eventName: N): LedgerEventArgs<N>[] {
    const mine = receipt.logs.filter((log) => getAddress(log.address) === this.ledger);
    // parseEventLogs decodes with the ABI; its union of every event's arguments is narrowed by name.
    return parseEventLogs({ abi: iCivicLedgerAbi, logs: mine, eventName }).map(
      (e) => e.args as LedgerEventArgs<N>,
    );
  }

  async now(): Promise<number> {
    return Number((await this.publicClient.getBlock({ blockTag: "latest" })).timestamp);
  }

  async travel(seconds: number): Promise<void> {
    await this.connection.ethers.provider.send("evm_increaseTime", [seconds]);
    await this.connection.ethers.provider.send("evm_mine", []);
  }

  /** The relayer's clients: it submits signed requests and pays for them. */
  async relayContext(): Promise<RelayContext> {
    this.relay ??= {
      publicClient: this.publicClient,
      walletClient: await createCitySyncWalletClient(this.connection.provider, this.relayer.privateKey),
      ledger: this.ledger,
    };
    return this.relay;
  }
}
