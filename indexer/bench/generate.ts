/**
 * Synthetic benchmark chain: raw ledger logs and block headers that a real ledger would emit for a
 * realistic mix of records (2 cities, 40 organizations, 100,000 residents), with the contract's
 * arithmetic redone (balances for revocations and refunds, the commitment chain with a checkpoint
 * every 256 records), written as NDJSON to a git-ignored cache so later runs start in seconds.
 *
 * Mix of records: ~60% rows in batches of <= 100, ~20% single and signed attestations, ~15%
 * redemptions (direct and signed), the rest revocations, refunds, recoveries, opportunities, offers.
 */
import { createWriteStream, existsSync, mkdirSync, renameSync } from "node:fs";
import path from "node:path";

import {
  CHECKPOINT_INTERVAL,
  attestationRecord,
  iCivicLedgerAbi,
  linkHead,
  packRow,
  redemptionRecord,
} from "@citysync/sdk";
import {
  type Hex,
  encodeEventTopics,
  encodeAbiParameters,
  keccak256,
  numberToHex,
  pad,
  toHex,
  getAddress,
} from "viem";

export const LEDGER: Hex = "0x00000000000000000000000000000000c17e5ec0";
export const CHAIN_ID = 31337;
const TXS_PER_BLOCK = 25;
const EPOCH = 604_800n;

type AbiEvent = Extract<(typeof iCivicLedgerAbi)[number], { type: "event" }>;
const events = new Map(
  (iCivicLedgerAbi as readonly { type: string; name?: string }[])
    .filter((e) => e.type === "event")
    .map((e) => [e.name!, e as AbiEvent]),
);

function encodeLog(name: string, args: Record<string, unknown>): { topics: Hex[]; data: Hex } {
  const ev = events.get(name)!;
  const topics = encodeEventTopics({ abi: [ev], eventName: name, args } as never) as Hex[];
  const nonIndexed = ev.inputs.filter((i) => !("indexed" in i && i.indexed));
  const data = encodeAbiParameters(nonIndexed, nonIndexed.map((i) => args[i.name!]) as never) as Hex;
  return { topics, data };
}

/** Deterministic pseudo-random numbers. */
function rng(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s % n;
  };
}

const address = (label: string, i: number): Hex =>
  getAddress(`0x${keccak256(toHex(`${label}/${i}`)).slice(26)}`);

export interface GeneratedChain {
  file: string;
  records: number;
  blocks: number;
}

/** Writes (or reuses) the cache file for `target` records. */
export async function generateChain(cacheDir: string, target: number): Promise<GeneratedChain> {
  mkdirSync(cacheDir, { recursive: true });
  const file = path.join(cacheDir, `chain-${target}.ndjson`);
  const doneFile = `${file}.done`;
  if (existsSync(file) && existsSync(doneFile)) {
    const { readFileSync } = await import("node:fs");
    // The marker may name where the cache was first written; the file is wherever the cache is now.
    return { ...(JSON.parse(readFileSync(doneFile, "utf8")) as GeneratedChain), file };
  }
  const tmp = `${file}.tmp`;
  const out = createWriteStream(tmp);
  const r = rng(7);
  let block = 1n;
  let timestamp = 1_767_225_600n; // 2026-01-01
  let txInBlock = 0;
  let logIndex = 0;
  let txCounter = 0;
  let records = 0;
  let blockLogs: unknown[] = [];
  const blockHash = (n: bigint) => keccak256(toHex(`block/${n}`));

  const flushBlock = () => {
    out.write(
      JSON.stringify({
        h: {
          number: numberToHex(block),
          hash: blockHash(block),
          parentHash: blockHash(block - 1n),
          timestamp: numberToHex(timestamp),
        },
        l: blockLogs,
      }) + "\n",
    );
    blockLogs = [];
    block++;
    timestamp += 2n;
    txInBlock = 0;
    logIndex = 0;
  };
  const tx = (logs: [string, Record<string, unknown>][]) => {
    const txHash = keccak256(toHex(`tx/${txCounter++}`));
    for (const [name, args] of logs) {
      const { topics, data } = encodeLog(name, args);
      blockLogs.push({
        address: LEDGER,
        topics,
        data,
        blockNumber: numberToHex(block),
        blockHash: blockHash(block),
        transactionHash: txHash,
        logIndex: numberToHex(logIndex++),
      });
      records += name === "AttestationsRecorded" ? (args.rows as unknown[]).length : 1;
    }
    if (++txInBlock >= TXS_PER_BLOCK) flushBlock();
  };

  const admin = address("admin", 0);
  tx([
    [
      "LedgerConfigured",
      {
        networkAdmin: admin,
        epochDuration: EPOCH,
        disputeWindow: 2_592_000n,
        recoveryDelay: 172_800n,
        adminTransferDelay: 172_800n,
        signatureHorizon: 2_592_000n,
      },
    ],
  ]);
  const cities = [1, 2];
  const heads = new Map<number, bigint>([
    [1, 0n],
    [2, 0n],
  ]);
  const since = new Map<number, number>([
    [1, 0],
    [2, 0],
  ]);
  for (const c of cities)
    tx([["CityCreated", { cityId: c, admin: address("city-admin", c), code: `C${c}`, name: `City ${c}` }]]);
  const meta = (category: string, unit?: string) =>
    JSON.stringify({ category, title: { en: "Benchmark" }, ...(unit ? { unit } : {}), version: 1 });
  const orgs: {
    id: number;
    city: number;
    account: Hex;
    nextSeq: bigint;
    opps: { id: number; rate: bigint }[];
    offers: { id: number; price: bigint }[];
  }[] = [];
  let oppCount = 0;
  let offerCount = 0;
  for (let o = 1; o <= 40; o++) {
    const org = {
      id: o,
      city: ((o - 1) % 2) + 1,
      account: address("org", o),
      nextSeq: 0n,
      opps: [] as { id: number; rate: bigint }[],
      offers: [] as { id: number; price: bigint }[],
    };
    orgs.push(org);
    tx([
      [
        "OrganizationOnboarded",
        {
          orgId: o,
          cityId: org.city,
          account: org.account,
          budget: 10n ** 15n,
          metadataHash: keccak256(toHex("{}")),
          metadata: '{"title":{"en":"Org"},"version":1}',
        },
      ],
    ]);
  }
  const categories = ["food-security", "care", "education", "environment", "culture"];
  const publishOpportunity = (org: (typeof orgs)[number]) => {
    const id = ++oppCount;
    const rate = BigInt(1 + r(20));
    const m = meta(categories[r(categories.length)]!, "hour");
    org.opps.push({ id, rate });
    tx([
      [
        "OpportunityPublished",
        {
          opportunityId: id,
          orgId: org.id,
          creditsPerUnit: Number(rate),
          capacity: 2n ** 47n,
          start: 0,
          end: 2 ** 39,
          metadataHash: keccak256(toHex(m)),
          metadata: m,
        },
      ],
    ]);
  };
  const publishOffer = (org: (typeof orgs)[number]) => {
    const id = ++offerCount;
    const price = BigInt(5 + r(50));
    const m = meta(categories[r(categories.length)]!);
    org.offers.push({ id, price });
    tx([
      [
        "OfferPublished",
        {
          offerId: id,
          orgId: org.id,
          price,
          stock: 4_000_000_000,
          perResidentLimit: 0,
          start: 0,
          end: 2 ** 39,
          acceptedCities: [1, 2],
          metadataHash: keccak256(toHex(m)),
          metadata: m,
        },
      ],
    ]);
  };
  for (const org of orgs) {
    for (let i = 0; i < 3; i++) publishOpportunity(org);
    publishOffer(org);
  }

  const RESIDENTS = 100_000;
  const residents = Array.from({ length: RESIDENTS }, (_, i) => address("resident", i));
  const balance = new Map<string, bigint>(); // `${city}|${index}` -> spendable
  const shortfall = new Map<string, bigint>();
  const lifetime = new Map<string, bigint>();
  const successor = new Map<string, number>(); // moved records: old index -> new index
  const live = (c: number, i: number) => {
    let j = i;
    while (successor.has(`${c}|${j}`)) j = successor.get(`${c}|${j}`)!;
    return j;
  };
  const attested: {
    org: number;
    seq: bigint;
    resident: number;
    credits: bigint;
    city: number;
    revoked: boolean;
  }[] = [];
  const redeemed: {
    offer: number;
    seq: number;
    resident: number;
    city: number;
    credits: bigint;
    refunded: boolean;
  }[] = [];
  const offerSold = new Map<number, number>();
  const nonces = new Map<number, number>();

  const appendRecord = (city: number, record: Hex, logs: [string, Record<string, unknown>][]) => {
    const head = linkHead(heads.get(city)!, record);
    heads.set(city, head);
    const s = (since.get(city)! + 1) % CHECKPOINT_INTERVAL;
    since.set(city, s);
    if (s === 0) logs.unshift(["CheckpointRecorded", { cityId: city, head }]);
  };

  const attest = (n: number, signed: boolean) => {
    const org = orgs[r(orgs.length)]!;
    const opp = org.opps[r(org.opps.length)]!;
    const rows: Hex[] = [];
    const firstSeq = org.nextSeq;
    for (let i = 0; i < n; i++) {
      const resident = live(org.city, r(RESIDENTS));
      const units = BigInt(1 + r(8));
      rows.push(packRow({ participant: residents[resident]!, opportunityId: BigInt(opp.id), units }));
      const credits = units * opp.rate;
      const k = `${org.city}|${resident}`;
      balance.set(k, (balance.get(k) ?? 0n) + credits);
      lifetime.set(k, (lifetime.get(k) ?? 0n) + credits);
      attested.push({
        org: org.id,
        seq: firstSeq + BigInt(i),
        resident,
        credits,
        city: org.city,
        revoked: false,
      });
    }
    org.nextSeq += BigInt(n);
    const evidenceRoot = keccak256(toHex(`evidence/${txCounter}`));
    const record = attestationRecord({ orgId: BigInt(org.id), firstSeq, timestamp, evidenceRoot, rows });
    const logs: [string, Record<string, unknown>][] = [];
    appendRecord(org.city, record, logs);
    if (n === 1)
      logs.push([
        "AttestationRecorded",
        { orgId: org.id, attester: org.account, seq: Number(firstSeq), evidence: evidenceRoot, row: rows[0] },
      ]);
    else
      logs.push([
        "AttestationsRecorded",
        { orgId: org.id, attester: org.account, firstSeq: Number(firstSeq), evidenceRoot, rows },
      ]);
    if (signed) logs.unshift(["NonceUsed", { signer: org.account, nonce: BigInt(nextNonce(org.id)) }]);
    tx(logs);
  };
  const nextNonce = (who: number) => {
    const n = nonces.get(who) ?? 0;
    nonces.set(who, n + 1);
    return n;
  };
  const redeem = (signed: boolean) => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const org = orgs[r(orgs.length)]!;
      const offer = org.offers[0]!;
      const city = 1 + r(2);
      const resident = live(city, r(RESIDENTS));
      const k = `${city}|${resident}`;
      if ((balance.get(k) ?? 0n) < offer.price || successor.has(k)) continue;
      balance.set(k, balance.get(k)! - offer.price);
      const seq = offerSold.get(offer.id) ?? 0;
      offerSold.set(offer.id, seq + 1);
      redeemed.push({ offer: offer.id, seq, resident, city, credits: offer.price, refunded: false });
      const record = redemptionRecord({
        offerId: BigInt(offer.id),
        seq: BigInt(seq),
        resident: residents[resident]!,
        cityId: BigInt(city),
        credits: offer.price,
        timestamp,
      });
      const logs: [string, Record<string, unknown>][] = [];
      appendRecord(city, record, logs);
      logs.push([
        "Redeemed",
        { offerId: offer.id, resident: residents[resident], seq, cityId: city, credits: offer.price },
      ]);
      if (signed)
        logs.unshift([
          "NonceUsed",
          { signer: residents[resident], nonce: BigInt(nextNonce(100 + resident)) },
        ]);
      tx(logs);
      return;
    }
  };
  const revoke = () => {
    const a = attested[attested.length - 1 - r(Math.min(attested.length, 5_000))];
    if (!a || a.revoked) return;
    a.revoked = true;
    const holder = live(a.city, a.resident);
    const k = `${a.city}|${holder}`;
    const b = balance.get(k) ?? 0n;
    const clawed = b < a.credits ? b : a.credits;
    balance.set(k, b - clawed);
    const l = lifetime.get(k) ?? 0n;
    lifetime.set(k, l > a.credits ? l - a.credits : 0n);
    if (clawed < a.credits) shortfall.set(k, (shortfall.get(k) ?? 0n) + a.credits - clawed);
    tx([
      [
        "AttestationRevoked",
        {
          orgId: a.org,
          seq: Number(a.seq),
          participant: residents[a.resident],
          cityId: a.city,
          holder: residents[holder],
          credits: a.credits,
          clawedBack: clawed,
          shortfall: a.credits - clawed,
          reason: 1,
          revoker: orgs[a.org - 1]!.account,
        },
      ],
    ]);
  };
  const refund = () => {
    const d = redeemed[redeemed.length - 1 - r(Math.min(redeemed.length, 5_000))];
    if (!d || d.refunded) return;
    d.refunded = true;
    const holder = live(d.city, d.resident);
    const k = `${d.city}|${holder}`;
    const sf = shortfall.get(k) ?? 0n;
    const covered = sf < d.credits ? sf : d.credits;
    if (covered > 0n) shortfall.set(k, sf - covered);
    balance.set(k, (balance.get(k) ?? 0n) + d.credits - covered);
    tx([
      [
        "RedemptionRefunded",
        {
          offerId: d.offer,
          seq: d.seq,
          resident: residents[d.resident],
          cityId: d.city,
          holder: residents[holder],
          credits: d.credits,
          spendable: d.credits - covered,
          shortfallCovered: covered,
        },
      ],
    ]);
  };
  const recover = () => {
    const city = 1 + r(2);
    const from = live(city, r(RESIDENTS));
    const to = r(RESIDENTS);
    if (from === to || live(city, to) !== to) return;
    const fk = `${city}|${from}`;
    const tk = `${city}|${to}`;
    tx([
      [
        "RecoveryRequested",
        { cityId: city, from: residents[from], to: residents[to], executableAt: timestamp + 172_800n },
      ],
    ]);
    if (r(3) === 0) {
      tx([["RecoveryCancelled", { cityId: city, from: residents[from], by: address("city-admin", city) }]]);
      return;
    }
    const moved = {
      balance: balance.get(fk) ?? 0n,
      lifetime: lifetime.get(fk) ?? 0n,
      shortfall: shortfall.get(fk) ?? 0n,
    };
    for (const [m, v] of [
      [balance, moved.balance],
      [lifetime, moved.lifetime],
      [shortfall, moved.shortfall],
    ] as const) {
      m.set(tk, (m.get(tk) ?? 0n) + v);
      m.delete(fk);
    }
    successor.set(fk, to);
    tx([["RecoveryExecuted", { cityId: city, from: residents[from], to: residents[to], ...moved }]]);
  };

  while (records < target) {
    const p = r(1000);
    if (p < 12)
      attest(1 + r(100), false); // ~60% of records: rows of batches of 1-100
    else if (p < 200) attest(1, r(2) === 0);
    else if (p < 345) redeem(r(2) === 0);
    else if (p < 370) revoke();
    else if (p < 385) refund();
    else if (p < 392) recover();
    else if (p < 396) publishOpportunity(orgs[r(orgs.length)]!);
    else if (p < 398) publishOffer(orgs[r(orgs.length)]!);
    else attest(1, false);
  }
  if (blockLogs.length > 0 || txInBlock > 0) flushBlock();
  await new Promise<void>((resolve) => out.end(resolve));
  renameSync(tmp, file);
  const result: GeneratedChain = { file, records, blocks: Number(block - 1n) };
  const { writeFileSync } = await import("node:fs");
  writeFileSync(doneFile, JSON.stringify(result));
  return result;
}

export { pad };
