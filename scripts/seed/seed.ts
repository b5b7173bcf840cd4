/**
 * The pilot seed: builds the Berkeley / Mexico City network on a freshly deployed City/Sync through
 * real Safe transactions (2-of-3 owners' confirmations, execTransaction), then reads the chain back
 * and checks it matches what it reports.
 *
 * Deterministic: every key, Safe salt, choice of resident and number of hours comes from the seed
 * string (CITYSYNC_SEED, default "citysync-pilot-v1"); the same seed on an empty chain gives the
 * same addresses, ids and balances. Works on the in-process network (tests) and on `hardhat node`.
 */
import {
  Contract,
  type ContractTransactionReceipt,
  type Interface,
  type Log,
  Wallet,
  getAddress,
  keccak256,
  toBeHex,
  toUtf8Bytes,
} from "ethers";
import type { NetworkConnection } from "hardhat/types/network";
import {
  createCitySyncPublicClient,
  createCitySyncWalletClient,
  createSafeAccount,
  evidenceHash,
  evidenceRoot as batchEvidenceRoot,
  getAuthorizationGeneration,
  ledgerCalls,
  OrgStatus,
  packRows,
  RedemptionStatus,
  relayAttestation,
  relayRedemption,
  signAttestation,
  signRedemption,
} from "@citysync/sdk";
import type { Address, Hex } from "viem";
import { privateKeyToAccount } from "viem/accounts";

import { type CitySyncDeployment, deployCityCreditView } from "../lib/deploy-system.ts";
import {
  type LocalAccount,
  NETWORK_ADMIN_ROLE,
  assertLocalChain,
  localAccount,
  safeOwnerAccounts,
  safeSalt,
} from "../lib/local-accounts.ts";
import { type SafeActors, type SafeCall, runSafeTransaction } from "../lib/safe-actions.ts";
import {
  type CityPlan,
  type OrganizationPlan,
  PILOT_CITIES,
  PILOT_WEEKS,
  metadataJson,
} from "./pilot-data.ts";

type Connection = NetworkConnection;

const DAY = 86_400;
const WEEK = 7 * DAY;
/** Credits per epoch the Berkeley library's staff delegate may attest. */
const DELEGATE_CAP = 600;
/** Reason code of the seed's revocation: the contribution was entered twice. */
const REVOKE_REASON_DUPLICATE = 1;

export interface SeedOptions {
  seed: string;
}

export interface SeedSummary {
  seed: string;
  chainId: number;
  ledger: string;
  networkAdminSafe: { address: string; owners: string[] };
  cities: {
    id: number;
    code: string;
    name: string;
    adminSafe: string;
    adminOwners: string[];
    residents: number;
    totalSupply: string;
    organizations: {
      id: number;
      name: string;
      safe: string;
      owners: string[];
      status: "active" | "suspended";
      budget: number;
      opportunities: number;
      offers: number;
      attestations: number;
      creditsMinted: string;
    }[];
  }[];
  counts: {
    safes: number;
    safeTransactions: number;
    organizations: number;
    opportunities: number;
    offers: number;
    attestationBatches: number;
    attestations: number;
    attestationsBySignedDelegate: number;
    creditsMinted: string;
    revokedAttestations: number;
    creditsClawedBack: string;
    redemptions: number;
    redemptionsBySignature: number;
    redemptionsFulfilled: number;
    creditsRedeemed: string;
    suspendedOrganizations: number;
    walletRecoveries: number;
    weeksSimulated: number;
  };
  events: { revocation: string; suspension: string; recovery: string };
  /** The cities' ERC-20 views, as deployment record entries. */
  creditViews: { cityId: number; name: string; address: `0x${string}`; blockNumber: number }[];
  verification: { ok: boolean; checks: number; mismatches: string[] };
  accounts: { role: string; address: string; privateKey: string }[];
  durationSeconds: number;
}

interface OrgRuntime {
  plan: OrganizationPlan;
  city: CityRuntime;
  id: number;
  safe: string;
  owners: Wallet[];
  ownerAccounts: LocalAccount[];
  opportunities: { key: string; id: number; creditsPerUnit: number }[];
  offers: { key: string; id: number; price: number; perResidentLimit: number }[];
  suspended: boolean;
  attested: number;
  /** A staff key allowed to attest for the organization (the Berkeley library has one). */
  delegate?: LocalAccount;
  minted: bigint;
}

interface CityRuntime {
  plan: CityPlan;
  id: number;
  safe: string;
  owners: Wallet[];
  ownerAccounts: LocalAccount[];
  residents: { label: string; wallet: Wallet }[];
  orgs: OrgRuntime[];
}

export async function seedPilot(
  connection: Connection,
  deployment: CitySyncDeployment,
  options: SeedOptions,
): Promise<SeedSummary> {
  const started = Date.now();
  const { seed } = options;
  const { ethers } = connection;
  const provider = ethers.provider;
  assertLocalChain(deployment.chainId, "The pilot seed");
  const infra = deployment.safeInfrastructure;
  if (!infra) throw new Error("The seed needs the local Safe infrastructure of the deployment.");
  const ledgerAddress = deployment.contracts.CivicLedger;
  if (!ledgerAddress) throw new Error("The deployment has no CivicLedger.");
  const ledger = (await ethers.getContractAt("ICivicLedger", ledgerAddress)) as unknown as Contract;
  const ledgerInterface: Interface = ledger.interface;
  const L = getAddress(ledgerAddress) as Address;
  const read = (fn: string, ...args: unknown[]): Promise<unknown> => ledger.getFunction(fn)(...args);
  if (Number(await read("cityCount")) !== 0) {
    throw new Error(
      "This ledger already has cities: the pilot seed runs once, on a freshly deployed ledger (`npm start` always starts a fresh chain).",
    );
  }

  const accounts: SeedSummary["accounts"] = [];
  const wallet = (account: LocalAccount) => new Wallet(account.privateKey, provider);
  const fund = async (address: string) =>
    provider.send("hardhat_setBalance", [address, toBeHex(100n * 10n ** 18n)]);

  // --- deterministic randomness ---------------------------------------------------------
  const rand = (label: string, modulo: number): number =>
    Number(BigInt(keccak256(toUtf8Bytes(`${seed}/${label}`))) % BigInt(modulo));

  // --- Safe transactions (SDK helpers over protocol-kit) -----------------------------------
  let safeTransactions = 0;
  const actors: SafeActors = { provider: connection.provider, safeContracts: infra };
  const runSafe = async (
    safe: string,
    owners: Wallet[],
    calls: SafeCall[],
    title: string,
    confirm: "signatures" | "approveHash" = "signatures",
  ) => {
    const { transactionHash } = await runSafeTransaction(actors, {
      safe,
      ownerKeys: owners.map((o) => o.privateKey as Hex),
      calls,
      title,
      confirm,
    });
    safeTransactions += 1;
    const receipt = await provider.getTransactionReceipt(transactionHash);
    if (!receipt) throw new Error(`No receipt for Safe transaction ${transactionHash}.`);
    return receipt;
  };
  const call = (fn: string, args: unknown[]): SafeCall => ({
    to: ledgerAddress as Address,
    data: ledgerInterface.encodeFunctionData(fn, args) as Hex,
  });
  const eventsOf = (receipt: { logs: readonly Log[] }, name: string) =>
    receipt.logs
      .filter((log) => getAddress(log.address) === getAddress(ledgerAddress))
      .map((log) => ledgerInterface.parseLog(log))
      .filter((parsed) => parsed?.name === name)
      .map((parsed) => parsed!.args);

  const now = async () => (await provider.getBlock("latest"))!.timestamp;
  const travel = async (seconds: number) => {
    await provider.send("evm_increaseTime", [seconds]);
    await provider.send("evm_mine", []);
  };

  let relay: Awaited<ReturnType<typeof makeRelayContext>> | undefined;
  const makeRelayContext = async () => ({
    publicClient: createCitySyncPublicClient(connection.provider),
    walletClient: await createCitySyncWalletClient(connection.provider, relayerAccount.privateKey),
    ledger: L,
  });
  const relayContext = async () => (relay ??= await makeRelayContext());

  // --- accounts and Safes -----------------------------------------------------------------
  const relayerAccount = localAccount(seed, "relayer");
  const relayer = wallet(relayerAccount);
  await fund(relayer.address);
  accounts.push({
    role: "relayer (submits signed redemptions, pays for Safe creation)",
    ...pick(relayerAccount),
  });

  const networkAdminOwners = safeOwnerAccounts(seed, NETWORK_ADMIN_ROLE);
  for (const [i, owner] of networkAdminOwners.entries()) {
    await fund(owner.address);
    accounts.push({ role: `network admin Safe owner ${i + 1}/3`, ...pick(owner) });
  }
  const networkAdminWallets = networkAdminOwners.map(wallet);
  let safes = 1;

  const makeSafe = async (role: string, label: string) => {
    const ownerAccounts = safeOwnerAccounts(seed, role);
    for (const [i, owner] of ownerAccounts.entries()) {
      await fund(owner.address);
      accounts.push({ role: `${label} owner ${i + 1}/3`, ...pick(owner) });
    }
    // protocol-kit's predicted-Safe deployment through the proxy factory; the relayer pays.
    const address = await createSafeAccount({
      provider: connection.provider,
      signer: relayerAccount.privateKey,
      owners: ownerAccounts.map((a) => a.address),
      threshold: 2,
      safeContracts: infra,
      saltNonce: safeSalt(seed, role),
    });
    safes += 1;
    return { address, ownerAccounts, owners: ownerAccounts.map(wallet) };
  };

  const cities: CityRuntime[] = [];
  for (const plan of PILOT_CITIES) {
    const admin = await makeSafe(`${plan.key}/city-admin`, `${plan.code} city admin Safe`);
    const residents = [];
    for (let i = 1; i <= plan.residents; i++) {
      const account = localAccount(seed, `${plan.key}/resident-${i}`);
      await fund(account.address);
      accounts.push({ role: `${plan.code} resident ${i}`, ...pick(account) });
      residents.push({ label: `${plan.code} resident ${i}`, wallet: wallet(account) });
    }
    const city: CityRuntime = {
      plan,
      id: 0,
      safe: admin.address,
      owners: admin.owners,
      ownerAccounts: admin.ownerAccounts,
      residents,
      orgs: [],
    };
    for (const orgPlan of plan.organizations) {
      const org = await makeSafe(`${plan.key}/${orgPlan.key}`, `${plan.code} ${orgPlan.name} Safe`);
      city.orgs.push({
        plan: orgPlan,
        city,
        id: 0,
        safe: org.address,
        owners: org.owners,
        ownerAccounts: org.ownerAccounts,
        opportunities: [],
        offers: [],
        suspended: false,
        attested: 0,
        minted: 0n,
      });
    }
    cities.push(city);
  }

  // --- the network admin Safe creates the cities ----------------------------------------------
  {
    const receipt = await runSafe(
      deployment.networkAdminSafe,
      networkAdminWallets,
      cities.map((c) => call("createCity", [c.safe, c.plan.code, c.plan.name])),
      `Create the pilot cities ${cities.map((c) => c.plan.code).join(", ")}`,
    );
    const created = eventsOf(receipt, "CityCreated");
    for (const c of cities) {
      const event = created.find((e) => e.code === c.plan.code);
      if (!event) throw new Error(`No CityCreated event for ${c.plan.code}.`);
      c.id = Number(event.cityId);
    }
  }

  // --- each city's ERC-20 read view (permissionless, through Ignition) ----------------------
  const creditViews: SeedSummary["creditViews"] = [];
  for (const c of cities) {
    const view = await deployCityCreditView(connection, ledgerAddress, c.id, c.plan.code);
    creditViews.push({ cityId: c.id, ...view });
  }

  // --- each city admin Safe onboards its organizations (CDMX confirms with approveHash) ----
  for (const c of cities) {
    const receipt = await runSafe(
      c.safe,
      c.owners,
      c.orgs.map((o) =>
        ledgerCalls.onboardOrganization(
          L,
          c.id,
          o.safe as Address,
          BigInt(o.plan.budget),
          metadataJson({ name: o.plan.name, description: o.plan.description, language: c.plan.language }),
        ),
      ),
      `Onboard ${c.orgs.length} organizations in ${c.plan.name}`,
      c.plan.key === "cdmx" ? "approveHash" : "signatures",
    );
    const onboarded = eventsOf(receipt, "OrganizationOnboarded");
    for (const o of c.orgs) {
      const event = onboarded.find((e) => getAddress(e.account as string) === getAddress(o.safe));
      if (!event) throw new Error(`No OrganizationOnboarded event for ${o.plan.name}.`);
      o.id = Number(event.orgId);
    }
  }

  // --- each organization Safe publishes its opportunities and offers --------------------------
  const start = await now();
  const end = start + 365 * DAY;
  for (const c of cities) {
    for (const o of c.orgs) {
      if (o.plan.key === "library" && c.plan.key === "brk") {
        const staff = localAccount(seed, `${c.plan.key}/${o.plan.key}/staff-1`);
        accounts.push({
          role: `${c.plan.code} ${o.plan.name} staff delegate (cap ${DELEGATE_CAP})`,
          ...pick(staff),
        });
        o.delegate = staff;
      }
      const calls = [
        ...(o.delegate
          ? [ledgerCalls.authorizeDelegate(L, o.id, o.delegate.address, BigInt(DELEGATE_CAP))]
          : []),
        ...o.plan.opportunities.map((p) =>
          ledgerCalls.publishOpportunity(L, o.id, {
            creditsPerUnit: p.creditsPerUnit,
            capacity: p.capacity,
            start,
            end,
            metadata: metadataJson({
              title: p.title,
              description: p.description,
              category: p.category,
              place: p.place,
              unit: p.unit,
              language: c.plan.language,
            }),
          }),
        ),
        ...o.plan.offers.map((p) =>
          ledgerCalls.publishOffer(L, o.id, {
            price: BigInt(p.price),
            stock: p.stock,
            perResidentLimit: p.perResidentLimit,
            start,
            end,
            acceptedCities: [c.id],
            metadata: metadataJson({
              title: p.title,
              description: p.description,
              category: p.category,
              place: p.place,
              language: c.plan.language,
            }),
          }),
        ),
      ];
      const receipt = await runSafe(
        o.safe,
        o.owners,
        calls,
        `Publish ${o.plan.name}'s opportunities and offers`,
      );
      const opportunities = eventsOf(receipt, "OpportunityPublished");
      o.opportunities = o.plan.opportunities.map((p, i) => ({
        key: p.key,
        id: Number(opportunities[i]!.opportunityId),
        creditsPerUnit: p.creditsPerUnit,
      }));
      const offers = eventsOf(receipt, "OfferPublished");
      o.offers = o.plan.offers.map((p, i) => ({
        key: p.key,
        id: Number(offers[i]!.offerId),
        price: p.price,
        perResidentLimit: p.perResidentLimit,
      }));
    }
  }

  // --- expected state, kept alongside the chain --------------------------------------------
  const expected = new Map<string, { balance: bigint; lifetime: bigint }>();
  const key = (cityId: number, resident: string) => `${cityId}:${getAddress(resident)}`;
  const credit = (cityId: number, resident: string, delta: bigint, lifetimeDelta: bigint) => {
    const entry = expected.get(key(cityId, resident)) ?? { balance: 0n, lifetime: 0n };
    entry.balance += delta;
    entry.lifetime += lifetimeDelta;
    expected.set(key(cityId, resident), entry);
  };
  const balanceOf = (cityId: number, resident: string) => expected.get(key(cityId, resident))?.balance ?? 0n;
  const redeemedCount = new Map<string, number>();

  let attestationBatches = 0;
  let attestations = 0;
  let attestationsByDelegate = 0;
  let creditsMinted = 0n;
  let creditsRedeemed = 0n;
  let creditsClawedBack = 0n;
  let redemptions = 0;
  let redemptionsBySignature = 0;
  let revokedAttestations = 0;
  const pendingFulfilment: { org: OrgRuntime; offerId: number; seq: number }[] = [];
  const events = { revocation: "", suspension: "", recovery: "" };
  const revoked: { orgId: number; seq: number }[] = [];
  const fulfilled: { offerId: number; seq: number }[] = [];

  const berkeley = cities.find((c) => c.plan.key === "brk")!;
  const mexico = cities.find((c) => c.plan.key === "cdmx")!;

  for (let week = 1; week <= PILOT_WEEKS; week++) {
    // Contributions: one attestation batch per active organization, confirmed alternately with
    // off-chain signatures and on-chain approvals.
    for (const c of cities) {
      for (const o of c.orgs) {
        if (o.suspended) continue;
        const rows: { participant: string; opportunityId: number; units: number; credits: bigint }[] = [];
        for (const opp of o.opportunities) {
          const count = 2 + rand(`w${week}/${c.plan.key}/${o.plan.key}/${opp.key}/count`, 3);
          const offset = rand(`w${week}/${c.plan.key}/${o.plan.key}/${opp.key}/offset`, c.residents.length);
          for (let i = 0; i < count; i++) {
            const resident = c.residents[(offset + i) % c.residents.length]!;
            const units = 1 + rand(`w${week}/${c.plan.key}/${o.plan.key}/${opp.key}/${i}/units`, 4);
            rows.push({
              participant: resident.wallet.address,
              opportunityId: opp.id,
              units,
              credits: BigInt(units * opp.creditsPerUnit),
            });
          }
        }
        const packed = packRows(
          rows.map((r) => ({
            participant: r.participant as Address,
            opportunityId: BigInt(r.opportunityId),
            units: BigInt(r.units),
          })),
        );
        // Per-row evidence: the sign-in sheet line each row comes from (hashed; never on chain).
        const evidence = rows.map((_, i) =>
          evidenceHash(`${o.plan.name}, week ${week}, sign-in sheet line ${i + 1}`),
        );
        const evidenceRoot = batchEvidenceRoot(packed, evidence);
        const revokeHere = week === 2 && c === berkeley && o === c.orgs[0];
        const headBefore = revokeHere ? ((await read("city", c.id)) as { head: bigint }).head : 0n;
        let receipt;
        if (o.delegate && week === 3) {
          // The library's staff delegate signs the week's batch (EIP-712) on a tablet at the desk;
          // the relayer submits it: no Safe transaction, within the delegate's own cap.
          const request = {
            orgId: o.id,
            signer: o.delegate.address,
            rows: packed,
            evidenceRoot,
            generation: await getAuthorizationGeneration(
              { client: (await relayContext()).publicClient, ledger: L },
              o.id,
              o.delegate.address,
            ),
            nonce: BigInt(week),
            deadline: BigInt((await now()) + DAY),
          };
          const signature = await signAttestation(
            privateKeyToAccount(o.delegate.privateKey),
            { chainId: deployment.chainId, ledger: L },
            request,
          );
          const { transactionHash } = await relayAttestation(await relayContext(), request, signature);
          receipt = (await provider.getTransactionReceipt(transactionHash))!;
          attestationsByDelegate += rows.length;
        } else {
          receipt = await runSafe(
            o.safe,
            o.owners,
            [ledgerCalls.attestBatch(L, o.id, packed, evidenceRoot)],
            `Attest ${rows.length} contributions (week ${week})`,
            week % 2 === 0 ? "approveHash" : "signatures",
          );
        }
        attestationBatches += 1;
        attestations += rows.length;
        o.attested += rows.length;
        for (const r of rows) {
          credit(c.id, r.participant, r.credits, r.credits);
          creditsMinted += r.credits;
          o.minted += r.credits;
        }

        if (revokeHere) {
          // The food bank entered its first row twice on paper: it revokes it through its Safe,
          // proving the batch against the city's live head (nothing recorded since).
          const [recorded] = eventsOf(receipt, "AttestationsRecorded");
          const block = await provider.getBlock(receipt.blockNumber);
          const proof = {
            orgId: o.id,
            firstSeq: recorded!.firstSeq as bigint,
            timestamp: block!.timestamp,
            evidenceRoot,
            rows: packed,
            prevHead: headBefore,
            laterRecords: [],
          };
          const revocation = await runSafe(
            o.safe,
            o.owners,
            [call("revoke", [proof, [0], REVOKE_REASON_DUPLICATE])],
            "Revoke a duplicated attestation",
          );
          const [revokedEvent] = eventsOf(revocation, "AttestationRevoked");
          const clawed = revokedEvent!.clawedBack as bigint;
          const row = rows[0]!;
          credit(c.id, row.participant, -clawed, -row.credits);
          creditsClawedBack += clawed;
          revokedAttestations += 1;
          revoked.push({ orgId: o.id, seq: Number(recorded!.firstSeq) });
          o.minted -= row.credits;
          events.revocation = `${o.plan.name} revoked attestation #${recorded!.firstSeq} (${row.credits} credits, reason ${REVOKE_REASON_DUPLICATE} = duplicate) of ${c.residents.find((r) => r.wallet.address === row.participant)!.label}`;
        }
      }
    }

    // Redemptions from week 2 on: residents spend at active organizations; every third one is
    // gasless (the resident signs, the relayer submits).
    if (week >= 2) {
      for (const c of cities) {
        for (const [i, resident] of c.residents.entries()) {
          if (rand(`w${week}/${c.plan.key}/redeem/${i}`, 3) === 0) continue;
          const offers = c.orgs
            .filter((o) => !o.suspended)
            .flatMap((o) => o.offers.map((offer) => ({ o, offer })));
          const choice = offers[rand(`w${week}/${c.plan.key}/redeem/${i}/offer`, offers.length)]!;
          const countKey = `${choice.offer.id}:${resident.wallet.address}`;
          const already = redeemedCount.get(countKey) ?? 0;
          if (choice.offer.perResidentLimit > 0 && already >= choice.offer.perResidentLimit) continue;
          if (balanceOf(c.id, resident.wallet.address) < BigInt(choice.offer.price)) continue;
          const signed = (redemptions + 1) % 3 === 0;
          let receipt: ContractTransactionReceipt | null;
          if (signed) {
            const request = {
              resident: resident.wallet.address as Address,
              offerId: choice.offer.id,
              cityId: c.id,
              // The price the resident was shown: a price raised since cannot be charged.
              maxPrice: BigInt(choice.offer.price),
              nonce: BigInt(redemptions),
              deadline: BigInt((await now()) + DAY),
            };
            const signature = await signRedemption(
              privateKeyToAccount(resident.wallet.privateKey as Hex),
              { chainId: deployment.chainId, ledger: ledgerAddress as Address },
              request,
            );
            // The relayer pays the gas: the SDK simulates first, so a bad signature or a used
            // nonce would come back as a decoded ledger error.
            const { transactionHash } = await relayRedemption(await relayContext(), request, signature);
            receipt = (await provider.getTransactionReceipt(
              transactionHash,
            )) as unknown as ContractTransactionReceipt;
            redemptionsBySignature += 1;
          } else {
            const tx = await (ledger.connect(resident.wallet) as Contract).getFunction("redeem")(
              choice.offer.id,
              c.id,
              BigInt(choice.offer.price),
            );
            receipt = await tx.wait();
          }
          const [redeemed] = eventsOf(receipt!, "Redeemed");
          redeemedCount.set(countKey, already + 1);
          credit(c.id, resident.wallet.address, -BigInt(choice.offer.price), 0n);
          creditsRedeemed += BigInt(choice.offer.price);
          redemptions += 1;
          if (choice.o.plan.key === "kitchen" || choice.o.plan.key === "comedor") {
            pendingFulfilment.push({ org: choice.o, offerId: choice.offer.id, seq: Number(redeemed!.seq) });
          }
        }
      }
    }

    if (week === 2) {
      // Wallet recovery: Berkeley resident 3 lost their phone. The city admin Safe moves their
      // credits and lifetime record to the new wallet after the recovery delay.
      const lost = berkeley.residents[2]!;
      const newAccount = localAccount(seed, "brk/resident-3/new-phone");
      await fund(newAccount.address);
      accounts.push({ role: `BRK resident 3 (new wallet after recovery)`, ...pick(newAccount) });
      await runSafe(
        berkeley.safe,
        berkeley.owners,
        [call("requestRecovery", [berkeley.id, lost.wallet.address, newAccount.address])],
        "Recover BRK resident 3's wallet",
      );
      const pending = (await read("pendingRecovery", berkeley.id, lost.wallet.address)) as {
        executableAt: bigint;
      };
      const wait = Number(pending.executableAt) - (await now());
      if (wait > 0) await travel(wait + 1);
      await (
        await (ledger.connect(relayer) as Contract).getFunction("executeRecovery")(
          berkeley.id,
          lost.wallet.address,
        )
      ).wait();
      const moved = expected.get(key(berkeley.id, lost.wallet.address)) ?? { balance: 0n, lifetime: 0n };
      expected.delete(key(berkeley.id, lost.wallet.address));
      credit(berkeley.id, newAccount.address, moved.balance, moved.lifetime);
      expected.set(key(berkeley.id, lost.wallet.address), { balance: 0n, lifetime: 0n });
      events.recovery = `BRK resident 3 moved ${moved.balance} credits (lifetime ${moved.lifetime}) from ${lost.wallet.address} to ${newAccount.address}`;
      berkeley.residents[2] = { label: "BRK resident 3", wallet: wallet(newAccount) };
    }

    if (week === 3) {
      // Suspension: Mexico City suspends the museum's organization pending an evidence review.
      const museo = mexico.orgs[mexico.orgs.length - 1]!;
      await runSafe(
        mexico.safe,
        mexico.owners,
        [ledgerCalls.suspendOrganization(L, museo.id)],
        `Suspend ${museo.plan.name}`,
        "approveHash",
      );
      museo.suspended = true;
      events.suspension = `${mexico.plan.name} suspended ${museo.plan.name} (org ${museo.id}) after week 3`;
    }

    await travel(WEEK);
  }

  // Kitchens mark the meals they served as fulfilled, one Safe transaction each.
  let redemptionsFulfilled = 0;
  for (const o of new Set(pendingFulfilment.map((p) => p.org))) {
    const mine = pendingFulfilment.filter((p) => p.org === o);
    await runSafe(
      o.safe,
      o.owners,
      mine.map((p) => ledgerCalls.fulfillRedemption(L, p.offerId, p.seq)),
      `Mark ${mine.length} meals served`,
    );
    redemptionsFulfilled += mine.length;
    fulfilled.push(...mine);
  }

  // --- read the chain back ---------------------------------------------------------------------
  const mismatches: string[] = [];
  let checks = 0;
  const check = (what: string, actual: unknown, wanted: unknown) => {
    checks += 1;
    if (String(actual) !== String(wanted)) mismatches.push(`${what}: chain ${actual}, expected ${wanted}`);
  };
  check("cityCount", await read("cityCount"), cities.length);
  check(
    "organizationCount",
    await read("organizationCount"),
    cities.reduce((n, c) => n + c.orgs.length, 0),
  );
  const citySummaries: SeedSummary["cities"] = [];
  for (const c of cities) {
    let expectedSupply = 0n;
    for (const [k, v] of expected) {
      if (!k.startsWith(`${c.id}:`)) continue;
      const resident = k.slice(k.indexOf(":") + 1);
      expectedSupply += v.balance;
      check(`${c.plan.code} balance ${resident}`, await read("balanceOf", c.id, resident), v.balance);
      check(`${c.plan.code} lifetime ${resident}`, await read("lifetimeEarned", c.id, resident), v.lifetime);
    }
    const supply = (await read("totalSupply", c.id)) as bigint;
    check(`${c.plan.code} totalSupply`, supply, expectedSupply);
    const view = (await ethers.getContractAt(
      "ICityCredit",
      creditViews.find((v) => v.cityId === c.id)!.address,
    )) as unknown as Contract;
    check(`${c.plan.code} ERC-20 view symbol`, await view.getFunction("symbol")(), c.plan.code);
    check(`${c.plan.code} ERC-20 view totalSupply`, await view.getFunction("totalSupply")(), expectedSupply);
    const info = (await read("city", c.id)) as { admin: string; code: string };
    check(`${c.plan.code} admin`, getAddress(info.admin), getAddress(c.safe));
    const orgs: SeedSummary["cities"][number]["organizations"] = [];
    for (const o of c.orgs) {
      const onChain = (await read("organization", o.id)) as {
        account: string;
        status: bigint;
        cityId: bigint;
      };
      check(`${o.plan.name} account`, getAddress(onChain.account), getAddress(o.safe));
      if (o.delegate) {
        const delegate = (await read("delegateOf", o.id, o.delegate.address)) as {
          active: boolean;
          cap: bigint;
        };
        check(`${o.plan.name} delegate active`, delegate.active, true);
        check(`${o.plan.name} delegate cap`, delegate.cap, DELEGATE_CAP);
      }
      check(
        `${o.plan.name} status`,
        Number(onChain.status),
        o.suspended ? OrgStatus.Suspended : OrgStatus.Active,
      );
      orgs.push({
        id: o.id,
        name: o.plan.name,
        safe: o.safe,
        owners: o.ownerAccounts.map((a) => a.address),
        status: o.suspended ? "suspended" : "active",
        budget: o.plan.budget,
        opportunities: o.opportunities.length,
        attestations: o.attested,
        creditsMinted: o.minted.toString(),
        offers: o.offers.length,
      });
    }
    citySummaries.push({
      id: c.id,
      code: c.plan.code,
      name: c.plan.name,
      adminSafe: c.safe,
      adminOwners: c.ownerAccounts.map((a) => a.address),
      residents: c.residents.length,
      totalSupply: supply.toString(),
      organizations: orgs,
    });
  }
  let soldOnChain = 0;
  for (const o of cities.flatMap((c) => c.orgs)) {
    for (const offer of o.offers)
      soldOnChain += Number(((await read("offer", offer.id)) as { sold: bigint }).sold);
  }
  check("redemptions (offers' sold)", soldOnChain, redemptions);
  let nextSeqs = 0;
  for (const o of cities.flatMap((c) => c.orgs)) {
    nextSeqs += Number(((await read("organization", o.id)) as { nextSeq: bigint }).nextSeq);
  }
  check("attestations (organizations' nextSeq)", nextSeqs, attestations);
  for (const r of revoked)
    check(`attestation ${r.orgId}/${r.seq} revoked`, await read("isRevoked", r.orgId, r.seq), true);
  for (const f of fulfilled) {
    check(
      `redemption ${f.offerId}/${f.seq} fulfilled`,
      await read("redemptionStatus", f.offerId, f.seq),
      RedemptionStatus.Fulfilled,
    );
  }

  return {
    seed,
    chainId: deployment.chainId,
    ledger: ledgerAddress,
    networkAdminSafe: {
      address: deployment.networkAdminSafe,
      owners: networkAdminOwners.map((a) => a.address),
    },
    cities: citySummaries,
    counts: {
      safes,
      safeTransactions,
      organizations: cities.reduce((n, c) => n + c.orgs.length, 0),
      opportunities: cities.reduce((n, c) => n + c.orgs.reduce((m, o) => m + o.opportunities.length, 0), 0),
      offers: cities.reduce((n, c) => n + c.orgs.reduce((m, o) => m + o.offers.length, 0), 0),
      attestationBatches,
      attestations,
      attestationsBySignedDelegate: attestationsByDelegate,
      creditsMinted: creditsMinted.toString(),
      revokedAttestations,
      creditsClawedBack: creditsClawedBack.toString(),
      redemptions,
      redemptionsBySignature,
      redemptionsFulfilled,
      creditsRedeemed: creditsRedeemed.toString(),
      suspendedOrganizations: cities.reduce((n, c) => n + c.orgs.filter((o) => o.suspended).length, 0),
      walletRecoveries: events.recovery ? 1 : 0,
      weeksSimulated: PILOT_WEEKS,
    },
    events,
    creditViews,
    verification: { ok: mismatches.length === 0, checks, mismatches },
    accounts,
    durationSeconds: Math.round((Date.now() - started) / 100) / 10,
  };
}

function pick(account: LocalAccount): { address: string; privateKey: string } {
  return { address: account.address, privateKey: account.privateKey };
}
