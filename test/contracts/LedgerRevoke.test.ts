/**
 * Revocation within the dispute window, commitment-chain proofs (live head, later records,
 * checkpoints), and every outcome: twice, after the window, by a stranger, after spending.
 */
import { expect } from "chai";
import { network } from "hardhat";

import { batchProof, chainLength, cityHead, redemptionProof } from "./helpers/chain.ts";
import {
  DISPUTE_WINDOW,
  EVIDENCE,
  OFFER_PRICE,
  type World,
  makeWorldFixture,
  ANY_PRICE,
} from "./helpers/fixture.ts";
import { packRow } from "./helpers/eip712.ts";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const worldFixture = makeWorldFixture(connection);

const REASON = 3;

/** org1 attests a 3-row batch: resident 10 units (50), resident2 4 units (20), resident 2 units (10). */
async function fixture() {
  const w = await worldFixture();
  const org = w.ledger.connect(await w.as(w.org1Safe));
  const rows = [
    packRow(w.resident.address, w.opp1, 10n),
    packRow(w.resident2.address, w.opp1, 4n),
    packRow(w.resident.address, w.opp1, 2n),
  ];
  await (await org.attestBatch(w.org1, rows, EVIDENCE)).wait();
  return { w, rows, firstSeq: 0n };
}

async function proofOf(w: World, orgId = w.org1, firstSeq = 0n) {
  return await batchProof(w.ledger, ethers.provider, orgId, firstSeq);
}

async function orgLedger(w: World) {
  return w.ledger.connect(await w.as(w.org1Safe));
}

describe("CivicLedger revocation", () => {
  it("the off-chain chain rebuilt from events reaches the ledger's head", async () => {
    const { w } = await networkHelpers.loadFixture(fixture);
    await (await w.ledger.connect(w.resident).redeem(w.offer1, w.city1, ANY_PRICE)).wait();
    expect(await chainLength(w.ledger, ethers.provider, w.city1)).to.equal(2);
    expect(await cityHead(w.ledger, ethers.provider, w.city1)).to.equal((await w.ledger.city(w.city1)).head);
  });

  it("the organization account revokes one row: claws back, reduces lifetime and supply, marks it", async () => {
    const { w } = await networkHelpers.loadFixture(fixture);
    const supply = await w.ledger.totalSupply(w.city1);
    await expect((await orgLedger(w)).revoke(await proofOf(w), [1n], REASON))
      .to.emit(w.ledger, "AttestationRevoked")
      .withArgs(
        w.org1,
        1n,
        w.resident2.address,
        w.city1,
        w.resident2.address,
        20n,
        20n,
        0n,
        REASON,
        w.org1Safe.address,
      );
    expect(await w.ledger.balanceOf(w.city1, w.resident2.address)).to.equal(0n);
    expect(await w.ledger.lifetimeEarned(w.city1, w.resident2.address)).to.equal(0n);
    expect(await w.ledger.totalSupply(w.city1)).to.equal(supply - 20n);
    expect(await w.ledger.isRevoked(w.org1, 1n)).to.equal(true);
    expect(await w.ledger.isRevoked(w.org1, 0n)).to.equal(false);
  });

  it("the city admin revokes several rows at once", async () => {
    const { w } = await networkHelpers.loadFixture(fixture);
    const city = w.ledger.connect(await w.as(w.cityAdmin1));
    const tx = city.revoke(await proofOf(w), [0n, 2n], REASON);
    await expect(tx)
      .to.emit(w.ledger, "AttestationRevoked")
      .withArgs(
        w.org1,
        0n,
        w.resident.address,
        w.city1,
        w.resident.address,
        50n,
        50n,
        0n,
        REASON,
        w.cityAdmin1.address,
      );
    await expect(tx)
      .to.emit(w.ledger, "AttestationRevoked")
      .withArgs(
        w.org1,
        2n,
        w.resident.address,
        w.city1,
        w.resident.address,
        10n,
        10n,
        0n,
        REASON,
        w.cityAdmin1.address,
      );
    expect(await w.ledger.balanceOf(w.city1, w.resident.address)).to.equal(0n);
    expect(await w.ledger.totalSupply(w.city1)).to.equal(20n);
  });

  for (const role of [
    "stranger",
    "delegate",
    "resident",
    "other organization's Safe",
    "other city's admin",
  ] as const) {
    it(`rejects the ${role}`, async () => {
      const { w } = await networkHelpers.loadFixture(fixture);
      const signer =
        role === "stranger"
          ? w.stranger
          : role === "delegate"
            ? w.delegate
            : role === "resident"
              ? w.resident
              : await w.as(role === "other organization's Safe" ? w.org2Safe : w.cityAdmin2);
      await expect(w.ledger.connect(signer).revoke(await proofOf(w), [0n], REASON))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerNotRevoker")
        .withArgs(w.org1, await signer.getAddress());
    });
  }

  it("rejects revoking the same row twice, and allows another row of the batch later", async () => {
    const { w } = await networkHelpers.loadFixture(fixture);
    const org = await orgLedger(w);
    await (await org.revoke(await proofOf(w), [1n], REASON)).wait();
    await expect(org.revoke(await proofOf(w), [1n], REASON))
      .to.be.revertedWithCustomError(w.ledger, "CivicLedgerAlreadyRevoked")
      .withArgs(w.org1, 1n);
    await expect(org.revoke(await proofOf(w), [0n, 1n], REASON))
      .to.be.revertedWithCustomError(w.ledger, "CivicLedgerAlreadyRevoked")
      .withArgs(w.org1, 1n);
    await expect(org.revoke(await proofOf(w), [0n], REASON)).to.emit(w.ledger, "AttestationRevoked");
  });

  it("accepts a revocation at the last second of the dispute window and rejects it one second later", async () => {
    const { w } = await networkHelpers.loadFixture(fixture);
    const proof = await proofOf(w);
    const closesAt = BigInt(proof.timestamp) + DISPUTE_WINDOW;
    const org = await orgLedger(w);
    await networkHelpers.time.setNextBlockTimestamp(closesAt);
    await expect(org.revoke(proof, [0n], REASON)).to.emit(w.ledger, "AttestationRevoked");
    await networkHelpers.time.setNextBlockTimestamp(closesAt + 1n);
    await expect(org.revoke(proof, [1n], REASON))
      .to.be.revertedWithCustomError(w.ledger, "CivicLedgerDisputeWindowClosed")
      .withArgs(closesAt);
  });

  it("after spending: claws back what is left, reports the shortfall, lifetime still reduced (defined outcome)", async () => {
    const { w } = await networkHelpers.loadFixture(fixture);
    // resident holds 60; spends 20 twice -> 20 left; revoking row 0 (50 credits) claws back 20, shortfall 30.
    await (await w.ledger.connect(w.resident).redeem(w.offer1, w.city1, ANY_PRICE)).wait();
    await (await w.ledger.connect(w.resident).redeem(w.offer1, w.city1, ANY_PRICE)).wait();
    expect(await w.ledger.balanceOf(w.city1, w.resident.address)).to.equal(60n - 2n * OFFER_PRICE);
    const supply = await w.ledger.totalSupply(w.city1);
    await expect((await orgLedger(w)).revoke(await proofOf(w), [0n], REASON))
      .to.emit(w.ledger, "AttestationRevoked")
      .withArgs(
        w.org1,
        0n,
        w.resident.address,
        w.city1,
        w.resident.address,
        50n,
        20n,
        30n,
        REASON,
        w.org1Safe.address,
      );
    expect(await w.ledger.balanceOf(w.city1, w.resident.address)).to.equal(0n);
    expect(await w.ledger.lifetimeEarned(w.city1, w.resident.address)).to.equal(10n);
    expect(await w.ledger.totalSupply(w.city1)).to.equal(supply - 20n);
    expect(await w.ledger.revocationShortfall(w.city1, w.resident.address)).to.equal(30n);
  });

  it("after a wallet recovery: the revocation follows the record to the new address and claws back there", async () => {
    const { w } = await networkHelpers.loadFixture(fixture);
    const city = w.ledger.connect(await w.as(w.cityAdmin1));
    await (await city.requestRecovery(w.city1, w.resident2.address, w.stranger.address)).wait();
    await networkHelpers.time.increase(Number(await w.ledger.recoveryDelay()));
    await (await w.ledger.executeRecovery(w.city1, w.resident2.address)).wait();
    await expect((await orgLedger(w)).revoke(await proofOf(w), [1n], REASON))
      .to.emit(w.ledger, "AttestationRevoked")
      .withArgs(
        w.org1,
        1n,
        w.resident2.address,
        w.city1,
        w.stranger.address,
        20n,
        20n,
        0n,
        REASON,
        w.org1Safe.address,
      );
    expect(await w.ledger.lifetimeEarned(w.city1, w.stranger.address)).to.equal(0n);
    expect(await w.ledger.balanceOf(w.city1, w.stranger.address)).to.equal(0n); // the moved credits were revoked
  });

  it("needs the later records once the chain moved on, and accepts a proof that ends at a checkpoint", async () => {
    const { w } = await networkHelpers.loadFixture(fixture);
    const stale = await proofOf(w);
    const org = await orgLedger(w);
    await (await org.attest(w.org1, w.resident2.address, w.opp1, 1n, EVIDENCE)).wait();
    await expect(org.revoke(stale, [0n], REASON)).to.be.revertedWithCustomError(
      w.ledger,
      "CivicLedgerUnknownRecord",
    );
    await expect(org.revoke(await proofOf(w), [0n], REASON)).to.emit(w.ledger, "AttestationRevoked");

    // checkpoint now, then more records: a proof up to the checkpoint still works.
    await expect(w.ledger.connect(w.stranger).checkpoint(w.city1))
      .to.emit(w.ledger, "CheckpointRecorded")
      .withArgs(w.city1, (await w.ledger.city(w.city1)).head);
    const chainAtCheckpoint = await chainLength(w.ledger, ethers.provider, w.city1);
    await (await org.attest(w.org1, w.resident2.address, w.opp1, 1n, EVIDENCE)).wait();
    const checkpointHead = await cityHead(w.ledger, ethers.provider, w.city1, chainAtCheckpoint);
    expect(await w.ledger.isCheckpoint(w.city1, checkpointHead)).to.equal(true);
    // Without `liveHead`, the SDK ends the proof at the stored checkpoint, not at the live head.
    const toCheckpoint = await batchProof(w.ledger, ethers.provider, w.org1, 0n, {});
    expect(toCheckpoint.laterRecords).to.have.length(chainAtCheckpoint - 1);
    await expect(org.revoke(toCheckpoint, [1n], REASON)).to.emit(w.ledger, "AttestationRevoked");
  });

  it("rejects proofs with tampered rows, timestamp, evidence, sequence or previous head", async () => {
    const { w } = await networkHelpers.loadFixture(fixture);
    const proof = await proofOf(w);
    const org = await orgLedger(w);
    const tampered = [
      { ...proof, rows: [packRow(w.stranger.address, w.opp1, 10n), ...proof.rows.slice(1)] },
      { ...proof, timestamp: proof.timestamp - 1 },
      { ...proof, evidenceRoot: ethers.ZeroHash },
      { ...proof, firstSeq: 1 },
      { ...proof, prevHead: 1n },
    ];
    for (const p of tampered) {
      await expect(org.revoke(p, [0n], REASON)).to.be.revertedWithCustomError(
        w.ledger,
        "CivicLedgerUnknownRecord",
      );
    }
  });

  it("rejects empty, out-of-range and non-increasing row indexes", async () => {
    const { w } = await networkHelpers.loadFixture(fixture);
    const proof = await proofOf(w);
    const org = await orgLedger(w);
    const cases: [bigint[], bigint][] = [
      [[], 0n],
      [[3n], 3n],
      [[1n, 1n], 1n],
      [[2n, 1n], 1n],
    ];
    for (const [indexes, bad] of cases) {
      await expect(org.revoke(proof, indexes, REASON))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerInvalidRowIndex")
        .withArgs(bad);
    }
  });

  it("rejects a proof naming an unknown organization", async () => {
    const { w } = await networkHelpers.loadFixture(fixture);
    const proof = { ...(await proofOf(w)), orgId: 99n };
    await expect((await orgLedger(w)).revoke(proof, [0n], REASON))
      .to.be.revertedWithCustomError(w.ledger, "CivicLedgerUnknownOrganization")
      .withArgs(99n);
  });

  it("a suspended organization's attestations can still be revoked and its redemptions fulfilled and refunded", async () => {
    const { w } = await networkHelpers.loadFixture(fixture);
    await (await w.ledger.connect(w.resident).redeem(w.offer1, w.city1, ANY_PRICE)).wait();
    await (await w.ledger.connect(w.resident).redeem(w.offer1, w.city1, ANY_PRICE)).wait();
    await (await w.ledger.connect(await w.as(w.cityAdmin1)).setOrganizationStatus(w.org1, 2)).wait();
    const org = await orgLedger(w);
    await expect(org.revoke(await proofOf(w), [1n], REASON)).to.emit(w.ledger, "AttestationRevoked");
    await expect(w.ledger.connect(await w.as(w.cityAdmin1)).revoke(await proofOf(w), [2n], REASON)).to.emit(
      w.ledger,
      "AttestationRevoked",
    );
    await expect(org.fulfillRedemption(w.offer1, 0n)).to.emit(w.ledger, "RedemptionFulfilled");
    const refund = await redemptionProof(w.ledger, ethers.provider, w.offer1, 1n);
    await expect(org.refundRedemption(w.offer1, 1n, refund)).to.emit(w.ledger, "RedemptionRefunded");
  });

  it("checkpoint of an unknown city fails", async () => {
    const { w } = await networkHelpers.loadFixture(fixture);
    for (const id of [0n, 3n]) {
      await expect(w.ledger.connect(w.stranger).checkpoint(id))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerUnknownCity")
        .withArgs(id);
    }
  });

  it("does not revoke while paused", async () => {
    const { w } = await networkHelpers.loadFixture(fixture);
    await (await w.ledger.connect(await w.as(w.networkAdmin)).pause()).wait();
    await expect((await orgLedger(w)).revoke(await proofOf(w), [0n], REASON)).to.be.revertedWithCustomError(
      w.ledger,
      "CivicLedgerPaused",
    );
  });

  it("stores an automatic checkpoint every 256 records", async () => {
    const { w } = await networkHelpers.loadFixture(fixture);
    const d = w.ledger.connect(w.delegate);
    // one record so far (the batch); 255 more single attestations reach 256.
    let last;
    for (let i = 0; i < 255; i++) last = await d.attest(w.org1, w.resident2.address, w.opp1, 1n, EVIDENCE);
    await expect(last!).to.emit(w.ledger, "CheckpointRecorded");
    const head = (await w.ledger.city(w.city1)).head;
    expect(await w.ledger.isCheckpoint(w.city1, head)).to.equal(true);
  });
});
