import { attestationRecord, headToHex, linkHead, packRow } from "@citysync/sdk";
import { expect } from "chai";
import { type Hex, zeroHash } from "viem";

import { FoldHarness } from "../testing/fold-harness.ts";
import { CommitmentMismatchError } from "./types.ts";

const ADMIN = "0x00000000000000000000000000000000000000aa";
const ORG_SAFE = "0x00000000000000000000000000000000000000bb";
const ALICE = "0x000000000000000000000000000000000000a11c";
const BOB = "0x0000000000000000000000000000000000000b0b";
const EPOCH = 604_800n;

function setup(): FoldHarness {
  const h = new FoldHarness();
  h.apply("LedgerConfigured", {
    networkAdmin: ADMIN,
    epochDuration: EPOCH,
    disputeWindow: 2_592_000n,
    recoveryDelay: 172_800n,
    adminTransferDelay: 172_800n,
    signatureHorizon: 2_592_000n,
  });
  h.apply("CityCreated", { cityId: 1n, admin: ADMIN, code: "BRK", name: "Berkeley" });
  h.apply("OrganizationOnboarded", {
    orgId: 1n,
    cityId: 1n,
    account: ORG_SAFE,
    budget: 10_000n,
    metadataHash: zeroHash,
    metadata: '{"version":1,"title":{"en":"Food bank"}}',
  });
  h.apply("OpportunityPublished", {
    opportunityId: 1n,
    orgId: 1n,
    creditsPerUnit: 10n,
    capacity: 1_000n,
    start: 0n,
    end: 2_000_000_000n,
    metadataHash: zeroHash,
    metadata: '{"category":"food-security","title":{"en":"Sorting"},"unit":"hour","version":1}',
  });
  return h;
}

function row(participant: string, units: bigint): Hex {
  return packRow({ participant: participant as Hex, opportunityId: 1n, units });
}

describe("fold", () => {
  it("credits every row of a batch and links the batch into the city chain", () => {
    const h = setup();
    const rows = [row(ALICE, 2n), row(BOB, 1n), row(ALICE, 3n)];
    h.apply("AttestationsRecorded", {
      orgId: 1n,
      attester: ORG_SAFE,
      firstSeq: 0n,
      evidenceRoot: zeroHash,
      rows,
    });
    expect(h.get("accounts", `1|${ALICE}`)).to.include({ balance: 50n, lifetime: 50n });
    expect(h.get("accounts", `1|${BOB}`)).to.include({ balance: 10n, lifetime: 10n });
    expect(h.get("opportunities", "1")).to.include({ used: 6n, category: "food-security", unit: "hour" });
    expect(h.get("organizations", "1")).to.include({ epoch_minted: 60n, next_seq: 3n });
    expect(h.get("cities", "1")).to.include({ supply: 60n, records: 1n, since_checkpoint: 1 });
    const record = attestationRecord({
      orgId: 1n,
      firstSeq: 0n,
      timestamp: h.timestamp,
      evidenceRoot: zeroHash,
      rows,
    });
    expect(h.get("cities", "1")!.head).to.equal(headToHex(linkHead(0n, record)));
    expect(h.rows("attestations").map((r) => r.seq)).to.deep.equal([0n, 1n, 2n]);
    expect(h.rows("account_changes").map((r) => r.balance)).to.deep.equal([20n, 10n, 50n]);
  });

  it("resets the organization's budget use when the epoch changes", () => {
    const h = setup();
    h.apply("AttestationRecorded", {
      orgId: 1n,
      attester: ORG_SAFE,
      seq: 0n,
      evidence: zeroHash,
      row: row(ALICE, 1n),
    });
    h.timestamp += EPOCH;
    h.apply("AttestationRecorded", {
      orgId: 1n,
      attester: ORG_SAFE,
      seq: 1n,
      evidence: zeroHash,
      row: row(ALICE, 2n),
    });
    expect(h.get("organizations", "1")).to.include({ epoch_minted: 20n, epoch: h.timestamp / EPOCH });
  });

  it("records a revocation's shortfall on the holder and lets a refund cover it first", () => {
    const h = setup();
    h.apply("AttestationRecorded", {
      orgId: 1n,
      attester: ORG_SAFE,
      seq: 0n,
      evidence: zeroHash,
      row: row(ALICE, 5n),
    });
    h.apply("OfferPublished", {
      offerId: 1n,
      orgId: 1n,
      price: 40n,
      stock: 10n,
      perResidentLimit: 0n,
      start: 0n,
      end: 2_000_000_000n,
      acceptedCities: [1n],
      metadataHash: zeroHash,
      metadata: "not json",
    });
    expect(h.get("offers", "1")!.metadata_flags).to.deep.equal(["malformed"]);
    h.apply("Redeemed", { offerId: 1n, resident: ALICE, seq: 0n, cityId: 1n, credits: 40n });
    h.apply("AttestationRevoked", {
      orgId: 1n,
      seq: 0n,
      participant: ALICE,
      cityId: 1n,
      holder: ALICE,
      credits: 50n,
      clawedBack: 10n,
      shortfall: 40n,
      reason: 1n,
      revoker: ORG_SAFE,
    });
    expect(h.get("accounts", `1|${ALICE}`)).to.include({ balance: 0n, lifetime: 0n, shortfall: 40n });
    h.apply("RedemptionRefunded", {
      offerId: 1n,
      seq: 0n,
      resident: ALICE,
      cityId: 1n,
      holder: ALICE,
      credits: 40n,
      spendable: 0n,
      shortfallCovered: 40n,
    });
    expect(h.get("accounts", `1|${ALICE}`)).to.include({ balance: 0n, shortfall: 0n });
    expect(h.get("cities", "1")).to.include({ supply: 0n });
    expect(h.rows("redemptions")[0]).to.include({ status: "refunded", refund_shortfall_covered: 40n });
    expect(h.rows("attestations")[0]).to.include({ revoked: true, shortfall: 40n });
  });

  it("freezes on a recovery request and moves the whole record on execution", () => {
    const h = setup();
    h.apply("AttestationRecorded", {
      orgId: 1n,
      attester: ORG_SAFE,
      seq: 0n,
      evidence: zeroHash,
      row: row(ALICE, 3n),
    });
    h.apply("RecoveryRequested", { cityId: 1n, from: ALICE, to: BOB, executableAt: h.timestamp + 10n });
    expect(h.get("accounts", `1|${ALICE}`)).to.include({ frozen: true });
    h.apply("RecoveryExecuted", {
      cityId: 1n,
      from: ALICE,
      to: BOB,
      balance: 30n,
      lifetime: 30n,
      shortfall: 0n,
    });
    expect(h.get("accounts", `1|${ALICE}`)).to.include({
      balance: 0n,
      lifetime: 0n,
      frozen: true,
      recovered_to: BOB,
    });
    expect(h.get("accounts", `1|${BOB}`)).to.include({ balance: 30n, lifetime: 30n, frozen: false });
  });

  it("stops on a checkpoint whose head is not the recomputed one", () => {
    const h = setup();
    h.apply("AttestationRecorded", {
      orgId: 1n,
      attester: ORG_SAFE,
      seq: 0n,
      evidence: zeroHash,
      row: row(ALICE, 1n),
    });
    expect(() => h.apply("CheckpointRecorded", { cityId: 1n, head: 12345n })).to.throw(
      CommitmentMismatchError,
    );
  });

  it("accepts a checkpoint of the live head and marks its position", () => {
    const h = setup();
    h.apply("AttestationRecorded", {
      orgId: 1n,
      attester: ORG_SAFE,
      seq: 0n,
      evidence: zeroHash,
      row: row(ALICE, 1n),
    });
    h.apply("CheckpointRecorded", { cityId: 1n, head: BigInt(h.get("cities", "1")!.head as string) });
    expect(h.rows("checkpoints")[0]).to.include({ position: 1n });
    expect(h.rows("commitments")[0]).to.include({ checkpoint: true });
  });
});
