/**
 * Attestation (minting) specification: ONE table of cases, run through every entry path
 * (attest by a delegate, attestBatch by the organization Safe, attestSigned by a delegate key,
 * attestSigned by the organization's 2-of-3 Safe via EIP-1271).
 */
import { expect } from "chai";
import { Wallet, ZeroAddress, id } from "ethers";
import { network } from "hardhat";

import {
  EPOCH_DURATION,
  EVIDENCE,
  OPP_CAPACITY,
  OPP_CREDITS_PER_UNIT,
  type World,
  makeWorldFixture,
} from "./helpers/fixture.ts";
import {
  ATTEST_PATHS,
  type AttestInput,
  type AttestPath,
  type Identity,
  type Row,
  type SubmitContext,
  identityAddress,
  packRows,
  submitAttestation,
} from "./helpers/paths.ts";

const connection = await network.create();
const { networkHelpers } = connection;
const worldFixture = makeWorldFixture(connection);

const MAX_UINT48 = (1n << 48n) - 1n;
const MAX_UINT64 = (1n << 64n) - 1n;

type Expectation =
  | { ok: true }
  | { error: string; args: unknown[] }
  /** Error raised by the ledger or the token wrapper (e.g. panics): name only. */
  | { errorNoArgs: string };

interface CaseState {
  /** Values a setup stored for input/expectation. */
  [key: string]: unknown;
}

interface Case {
  name: string;
  /** Cases with zero or several rows do not run through attest(). */
  batchOnly?: true;
  setup?: (w: World, s: CaseState, path: AttestPath) => Promise<void>;
  /** Block timestamp of the submission (default: latest + 10 s). */
  at?: (w: World, s: CaseState) => Promise<bigint> | bigint;
  /** Attest as someone else than the path's identity. */
  as?: (w: World, s: CaseState) => Identity;
  input: (w: World, s: CaseState) => AttestInput;
  expect: (w: World, s: CaseState, path: AttestPath, ctx: SubmitContext, who: string) => Expectation;
}

const OK: Expectation = { ok: true };

function row(participant: string, opportunityId: bigint, units: bigint): Row {
  return { participant, opportunityId, units };
}

function one(w: World, r: Row, evidence = EVIDENCE): AttestInput {
  return { orgId: w.org1, rows: [r], evidence };
}

async function asOrg1(w: World) {
  return w.ledger.connect(await w.as(w.org1Safe));
}

/** Mints `units` of opp1 to a throwaway participant as the organization account (consumes budget). */
async function consumeAsOrg(w: World, units: bigint, opportunityId = w.opp1) {
  const ledger = await asOrg1(w);
  await (await ledger.attest(w.org1, Wallet.createRandom().address, opportunityId, units, EVIDENCE)).wait();
}

/** Sets org1's budget and the delegate's cap (cap <= budget). */
async function setBudgetAndCap(w: World, budget: bigint, cap: bigint) {
  const city = w.ledger.connect(await w.as(w.cityAdmin1));
  await (await city.setOrganizationBudget(w.org1, budget)).wait();
  const org = await asOrg1(w);
  await (await org.authorizeDelegate(w.org1, w.delegate.address, cap)).wait();
}

async function publishOpportunity(
  w: World,
  params: Partial<{ creditsPerUnit: bigint; capacity: bigint; start: bigint; end: bigint }>,
): Promise<bigint> {
  const now = BigInt(await w.helpers.time.latest());
  const org = await asOrg1(w);
  await (
    await org.publishOpportunity(w.org1, {
      creditsPerUnit: params.creditsPerUnit ?? OPP_CREDITS_PER_UNIT,
      capacity: params.capacity ?? OPP_CAPACITY,
      start: params.start ?? now,
      end: params.end ?? now + 365n * 86_400n,
      metadata: '{"title":"Case"}',
    })
  ).wait();
  return w.ledger.opportunityCount();
}

const fresh = () => Wallet.createRandom().address;

const CASES: Case[] = [
  {
    name: "credits a fresh participant units x creditsPerUnit",
    input: (w, s) => one(w, row((s.p = fresh()) as string, w.opp1, 3n)),
    expect: () => OK,
  },
  {
    name: "adds to a participant who already holds credits in the city",
    setup: async (w) => {
      const org = await asOrg1(w);
      await (await org.attest(w.org1, w.resident.address, w.opp1, 2n, EVIDENCE)).wait();
    },
    input: (w) => one(w, row(w.resident.address, w.opp1, 4n)),
    expect: () => OK,
  },
  {
    name: "records several rows (participants, opportunities) in one batch",
    batchOnly: true,
    setup: async (w, s) => {
      s.oppB = await publishOpportunity(w, { creditsPerUnit: 7n });
    },
    input: (w, s) => ({
      orgId: w.org1,
      rows: [
        row(w.resident.address, w.opp1, 1n),
        row(w.resident2.address, s.oppB as bigint, 2n),
        row(w.resident.address, s.oppB as bigint, 3n),
      ],
      evidence: id("batch"),
    }),
    expect: () => OK,
  },
  {
    name: "accepts exactly MAX_BATCH_ROWS rows",
    batchOnly: true,
    setup: async (w, s) => {
      s.max = await w.ledger.MAX_BATCH_ROWS();
      s.opp = await publishOpportunity(w, { creditsPerUnit: 1n, capacity: 100_000n });
    },
    input: (w, s) => ({
      orgId: w.org1,
      // One participant: the limit is what is tested, not the cost (1024 fresh participants need
      // ~24M gas, above the EIP-7825 per-transaction cap of 16,777,216).
      rows: Array.from({ length: Number(s.max as bigint) }, () =>
        row(w.resident.address, s.opp as bigint, 1n),
      ),
      evidence: EVIDENCE,
    }),
    expect: () => OK,
  },
  {
    name: "rejects an empty batch",
    batchOnly: true,
    input: (w) => ({ orgId: w.org1, rows: [], evidence: EVIDENCE }),
    expect: () => ({ error: "CivicLedgerInvalidBatchSize", args: [0n] }),
  },
  {
    name: "rejects MAX_BATCH_ROWS + 1 rows",
    batchOnly: true,
    setup: async (w, s) => {
      s.max = await w.ledger.MAX_BATCH_ROWS();
    },
    input: (w, s) => ({
      orgId: w.org1,
      rows: Array.from({ length: Number(s.max as bigint) + 1 }, () => row(fresh(), w.opp1, 1n)),
      evidence: EVIDENCE,
    }),
    expect: (_w, s) => ({ error: "CivicLedgerInvalidBatchSize", args: [(s.max as bigint) + 1n] }),
  },
  {
    name: "rejects a zero participant",
    input: (w) => one(w, row(ZeroAddress, w.opp1, 1n)),
    expect: () => ({ error: "CivicLedgerInvalidRow", args: [0n] }),
  },
  {
    name: "rejects zero units",
    input: (w) => one(w, row(w.resident.address, w.opp1, 0n)),
    expect: () => ({ error: "CivicLedgerInvalidRow", args: [0n] }),
  },
  {
    name: "names the index of the invalid row inside a batch",
    batchOnly: true,
    input: (w) => ({
      orgId: w.org1,
      rows: [
        row(w.resident.address, w.opp1, 1n),
        row(w.resident2.address, w.opp1, 1n),
        row(w.resident.address, w.opp1, 0n),
      ],
      evidence: EVIDENCE,
    }),
    expect: () => ({ error: "CivicLedgerInvalidRow", args: [2n] }),
  },
  {
    name: "rejects an opportunity of another organization",
    input: (w) => one(w, row(w.resident.address, w.opp2, 1n)),
    expect: (w) => ({ error: "CivicLedgerForeignOpportunity", args: [0n, w.opp2, w.org1] }),
  },
  {
    name: "rejects an opportunity that does not exist",
    input: (w) => one(w, row(w.resident.address, 999n, 1n)),
    expect: (w) => ({ error: "CivicLedgerForeignOpportunity", args: [0n, 999n, w.org1] }),
  },
  {
    // Contract finding: with opportunity id 0 in the FIRST row, _creditRows never loads or checks the
    // opportunity (currentId starts at 0) and reverts CivicLedgerCapacityExceeded(0, 0) instead of the
    // documented CivicLedgerForeignOpportunity. No state is affected; the error is wrong.
    name: "rejects opportunity id 0 (never exists) as a foreign opportunity",
    input: (w) => one(w, row(w.resident.address, 0n, 1n)),
    expect: (w) => ({ error: "CivicLedgerForeignOpportunity", args: [0n, 0n, w.org1] }),
  },
  {
    name: "rejects a closed opportunity",
    setup: async (w) => {
      await (await (await asOrg1(w)).closeOpportunity(w.opp1)).wait();
    },
    input: (w) => one(w, row(w.resident.address, w.opp1, 1n)),
    expect: (w) => ({ error: "CivicLedgerRowOpportunityClosed", args: [0n, w.opp1] }),
  },
  {
    name: "rejects an opportunity that is not yet open (one second before start)",
    setup: async (w, s) => {
      s.start = BigInt(await w.helpers.time.latest()) + 1000n;
      s.end = (s.start as bigint) + 1000n;
      s.opp = await publishOpportunity(w, { start: s.start as bigint, end: s.end as bigint });
    },
    at: (_w, s) => (s.start as bigint) - 1n,
    input: (w, s) => one(w, row(w.resident.address, s.opp as bigint, 1n)),
    expect: (_w, s, _p, ctx) => ({
      error: "CivicLedgerRowOutsideWindow",
      args: [0n, s.opp, s.start, s.end, ctx.ts],
    }),
  },
  {
    name: "accepts an opportunity at exactly its start second",
    setup: async (w, s) => {
      s.start = BigInt(await w.helpers.time.latest()) + 1000n;
      s.opp = await publishOpportunity(w, { start: s.start as bigint, end: (s.start as bigint) + 1000n });
    },
    at: (_w, s) => s.start as bigint,
    input: (w, s) => one(w, row(w.resident.address, s.opp as bigint, 1n)),
    expect: () => OK,
  },
  {
    name: "accepts an opportunity at exactly its end second",
    setup: async (w, s) => {
      s.end = BigInt(await w.helpers.time.latest()) + 1000n;
      s.opp = await publishOpportunity(w, { end: s.end as bigint });
    },
    at: (_w, s) => s.end as bigint,
    input: (w, s) => one(w, row(w.resident.address, s.opp as bigint, 1n)),
    expect: () => OK,
  },
  {
    name: "rejects an expired opportunity (one second after end)",
    setup: async (w, s) => {
      s.start = BigInt(await w.helpers.time.latest());
      s.end = (s.start as bigint) + 1000n;
      s.opp = await publishOpportunity(w, { start: s.start as bigint, end: s.end as bigint });
    },
    at: (_w, s) => (s.end as bigint) + 1n,
    input: (w, s) => one(w, row(w.resident.address, s.opp as bigint, 1n)),
    expect: (_w, s, _p, ctx) => ({
      error: "CivicLedgerRowOutsideWindow",
      args: [0n, s.opp, s.start, s.end, ctx.ts],
    }),
  },
  {
    name: "accepts units that use the remaining capacity exactly",
    setup: async (w, s) => {
      s.opp = await publishOpportunity(w, { capacity: 10n });
      await consumeAsOrg(w, 4n, s.opp as bigint);
    },
    input: (w, s) => one(w, row(w.resident.address, s.opp as bigint, 6n)),
    expect: () => OK,
  },
  {
    name: "rejects units beyond the remaining capacity",
    setup: async (w, s) => {
      s.opp = await publishOpportunity(w, { capacity: 10n });
      await consumeAsOrg(w, 4n, s.opp as bigint);
    },
    input: (w, s) => one(w, row(w.resident.address, s.opp as bigint, 7n)),
    expect: (_w, s) => ({ error: "CivicLedgerCapacityExceeded", args: [0n, s.opp, 6n] }),
  },
  {
    name: "rejects any unit once capacity is exhausted",
    setup: async (w, s) => {
      s.opp = await publishOpportunity(w, { capacity: 10n });
      await consumeAsOrg(w, 10n, s.opp as bigint);
    },
    input: (w, s) => one(w, row(w.resident.address, s.opp as bigint, 1n)),
    expect: (_w, s) => ({ error: "CivicLedgerCapacityExceeded", args: [0n, s.opp, 0n] }),
  },
  {
    name: "counts capacity across the rows of one batch",
    batchOnly: true,
    setup: async (w, s) => {
      s.opp = await publishOpportunity(w, { capacity: 10n });
    },
    input: (w, s) => ({
      orgId: w.org1,
      rows: [row(w.resident.address, s.opp as bigint, 6n), row(w.resident2.address, s.opp as bigint, 5n)],
      evidence: EVIDENCE,
    }),
    expect: (_w, s) => ({ error: "CivicLedgerCapacityExceeded", args: [1n, s.opp, 4n] }),
  },
  {
    name: "accepts credits that use the epoch budget exactly",
    setup: async (w) => {
      await setBudgetAndCap(w, 100n, 100n);
      await consumeAsOrg(w, 10n); // 50 of 100
    },
    input: (w) => one(w, row(w.resident.address, w.opp1, 10n)), // 50
    expect: () => OK,
  },
  {
    name: "rejects credits above the remaining epoch budget",
    setup: async (w) => {
      await setBudgetAndCap(w, 100n, 100n);
      await consumeAsOrg(w, 10n);
    },
    input: (w) => one(w, row(w.resident.address, w.opp1, 11n)), // 55 > 50
    expect: (w) => ({ error: "CivicLedgerBudgetExceeded", args: [w.org1, 55n, 50n] }),
  },
  {
    name: "keeps the budget spent until the last second of the epoch",
    setup: async (w, s) => {
      await setBudgetAndCap(w, 100n, 100n);
      await consumeAsOrg(w, 20n);
      const now = BigInt(await w.helpers.time.latest());
      s.epochEnd = (now / EPOCH_DURATION + 1n) * EPOCH_DURATION - 1n;
    },
    at: (_w, s) => s.epochEnd as bigint,
    input: (w) => one(w, row(w.resident.address, w.opp1, 1n)),
    expect: (w) => ({ error: "CivicLedgerBudgetExceeded", args: [w.org1, 5n, 0n] }),
  },
  {
    name: "renews the budget at the first second of the next epoch",
    setup: async (w, s) => {
      await setBudgetAndCap(w, 100n, 100n);
      await consumeAsOrg(w, 20n);
      const now = BigInt(await w.helpers.time.latest());
      s.nextEpoch = (now / EPOCH_DURATION + 1n) * EPOCH_DURATION;
    },
    at: (_w, s) => s.nextEpoch as bigint,
    input: (w) => one(w, row(w.resident.address, w.opp1, 20n)),
    expect: () => OK,
  },
  {
    name: "applies a budget lowered mid-epoch below what was minted: nothing remains",
    setup: async (w) => {
      await setBudgetAndCap(w, 100n, 100n);
      await consumeAsOrg(w, 12n); // 60
      const city = w.ledger.connect(await w.as(w.cityAdmin1));
      await (await city.setOrganizationBudget(w.org1, 50n)).wait();
    },
    input: (w) => one(w, row(w.resident.address, w.opp1, 1n)),
    expect: (w) => ({ error: "CivicLedgerBudgetExceeded", args: [w.org1, 5n, 0n] }),
  },
  {
    name: "applies a budget raised mid-epoch immediately",
    setup: async (w) => {
      await setBudgetAndCap(w, 100n, 100n);
      await consumeAsOrg(w, 20n); // 100, exhausted
      const city = w.ledger.connect(await w.as(w.cityAdmin1));
      await (await city.setOrganizationBudget(w.org1, 150n)).wait();
    },
    input: (w) => one(w, row(w.resident.address, w.opp1, 10n)), // 50
    expect: () => OK,
  },
  {
    name: "limits a delegate to its own cap (the organization account is not capped by it)",
    setup: async (w) => {
      await setBudgetAndCap(w, 100n, 10n);
    },
    input: (w) => one(w, row(w.resident.address, w.opp1, 3n)), // 15
    expect: (w, _s, path) =>
      path.kind === "delegate"
        ? { error: "CivicLedgerDelegateCapExceeded", args: [w.delegate.address, 15n, 10n] }
        : OK,
  },
  {
    name: "mints exactly the uint48 city supply limit",
    setup: async (w, s) => {
      await setBudgetAndCap(w, MAX_UINT64, MAX_UINT64);
      s.opp = await publishOpportunity(w, { creditsPerUnit: 1n, capacity: MAX_UINT48 });
    },
    input: (w, s) => one(w, row(w.resident.address, s.opp as bigint, MAX_UINT48)),
    expect: () => OK,
  },
  {
    name: "rejects credits that would push the city supply above uint48",
    setup: async (w, s) => {
      await setBudgetAndCap(w, MAX_UINT64, MAX_UINT64);
      s.opp = await publishOpportunity(w, { creditsPerUnit: 2n, capacity: MAX_UINT48 });
    },
    input: (w, s) => one(w, row(w.resident.address, s.opp as bigint, 1n << 47n)),
    expect: (w) => ({ error: "CivicLedgerSupplyOverflow", args: [w.city1] }),
  },
  {
    name: "rejects a suspended organization",
    setup: async (w) => {
      const city = w.ledger.connect(await w.as(w.cityAdmin1));
      await (await city.setOrganizationStatus(w.org1, 2)).wait();
    },
    input: (w) => one(w, row(w.resident.address, w.opp1, 1n)),
    expect: (w) => ({ error: "CivicLedgerOrganizationSuspended", args: [w.org1] }),
  },
  {
    name: "rejects everything while the ledger is paused",
    setup: async (w) => {
      await (await w.ledger.connect(await w.as(w.networkAdmin)).pause()).wait();
    },
    input: (w) => one(w, row(w.resident.address, w.opp1, 1n)),
    expect: () => ({ error: "CivicLedgerPaused", args: [] }),
  },
  {
    name: "rejects a stranger as attester",
    as: (w) => ({ kind: "eoa", wallet: w.stranger }),
    input: (w) => one(w, row(w.resident.address, w.opp1, 1n)),
    expect: (w) => ({ error: "CivicLedgerNotAttester", args: [w.org1, w.stranger.address] }),
  },
  {
    name: "rejects a revoked delegate",
    setup: async (w) => {
      await (await (await asOrg1(w)).revokeDelegate(w.org1, w.delegate.address)).wait();
    },
    as: (w) => ({ kind: "eoa", wallet: w.delegate }),
    input: (w) => one(w, row(w.resident.address, w.opp1, 1n)),
    expect: (w) => ({ error: "CivicLedgerNotAttester", args: [w.org1, w.delegate.address] }),
  },
  {
    name: "rejects another organization's Safe attesting for this organization",
    as: (w) => ({ kind: "safe", safe: w.org2Safe }),
    input: (w) => one(w, row(w.resident.address, w.opp1, 1n)),
    expect: (w) => ({ error: "CivicLedgerNotAttester", args: [w.org1, w.org2Safe.address] }),
  },
  {
    name: "rejects the city admin as attester",
    as: (w) => ({ kind: "safe", safe: w.cityAdmin1 }),
    input: (w) => one(w, row(w.resident.address, w.opp1, 1n)),
    expect: (w) => ({ error: "CivicLedgerNotAttester", args: [w.org1, w.cityAdmin1.address] }),
  },
  {
    name: "rejects an organization that does not exist",
    input: () => ({ orgId: 77n, rows: [row(fresh(), 1n, 1n)], evidence: EVIDENCE }),
    expect: () => ({ error: "CivicLedgerUnknownOrganization", args: [77n] }),
  },
];

describe("CivicLedger attestations: one specification, every entry path", () => {
  let nonce = 1n;
  for (const path of ATTEST_PATHS) {
    describe(path.name, () => {
      for (const c of CASES) {
        // attest() takes one row: cases with zero or several rows are batch/signed only.
        if (path.mode === "single" && c.batchOnly) continue;
        it(c.name, async () => {
          const w = await networkHelpers.loadFixture(worldFixture);
          const s: CaseState = {};
          await c.setup?.(w, s, path);
          const input = c.input(w, s);
          const identity = c.as?.(w, s) ?? path.identity(w);
          const who = identityAddress(identity);
          const ts = c.at ? await c.at(w, s) : BigInt(await w.helpers.time.latest()) + 10n;
          const ctx: SubmitContext = { w, ts, nonce: nonce++ };
          const expectation = c.expect(w, s, path, ctx, who);

          // Snapshot of what a success must change.
          const cityId = w.city1;
          const participants = [...new Set(input.rows.map((r) => r.participant))];
          const before = new Map<string, bigint>();
          for (const p of participants) before.set(p, await w.ledger.balanceOf(cityId, p));
          const lifetimeBefore = new Map<string, bigint>();
          for (const p of participants) lifetimeBefore.set(p, await w.ledger.lifetimeEarned(cityId, p));
          const supplyBefore = await w.ledger.totalSupply(cityId);
          const orgBefore = input.orgId === w.org1 ? await w.ledger.organization(w.org1) : undefined;

          await w.helpers.time.setNextBlockTimestamp(ts);
          const sent = submitAttestation(ctx, path.mode, identity, input);

          if ("error" in expectation) {
            await expect(sent)
              .to.be.revertedWithCustomError(w.ledger, expectation.error)
              .withArgs(...expectation.args);
            return;
          }
          if ("errorNoArgs" in expectation) {
            await expect(sent).to.be.revertedWithCustomError(w.ledger, expectation.errorNoArgs);
            return;
          }

          const credits = new Map<string, bigint>();
          let total = 0n;
          for (const r of input.rows) {
            const cpu = (await w.ledger.opportunity(r.opportunityId)).creditsPerUnit;
            const c2 = r.units * cpu;
            total += c2;
            credits.set(r.participant, (credits.get(r.participant) ?? 0n) + c2);
          }
          const rows = packRows(input.rows);
          if (rows.length === 1) {
            await expect(sent)
              .to.emit(w.ledger, "AttestationRecorded")
              .withArgs(w.org1, who, orgBefore!.nextSeq, input.evidence, rows[0]);
          } else {
            await expect(sent)
              .to.emit(w.ledger, "AttestationsRecorded")
              .withArgs(w.org1, who, orgBefore!.nextSeq, input.evidence, rows);
          }
          for (const p of participants) {
            expect(await w.ledger.balanceOf(cityId, p)).to.equal(before.get(p)! + credits.get(p)!);
            expect(await w.ledger.lifetimeEarned(cityId, p)).to.equal(
              lifetimeBefore.get(p)! + credits.get(p)!,
            );
          }
          expect(await w.ledger.totalSupply(cityId)).to.equal(supplyBefore + total);
          const orgAfter = await w.ledger.organization(w.org1);
          expect(orgAfter.nextSeq).to.equal(orgBefore!.nextSeq + BigInt(input.rows.length));
          if (path.mode === "signed") {
            expect(await w.ledger.isNonceUsed(who, ctx.nonce)).to.equal(true);
          }
        });
      }
    });
  }
});
