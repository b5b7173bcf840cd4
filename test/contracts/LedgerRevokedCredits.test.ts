/**
 * Credits from a revoked attestation are never spendable again. A revocation claws back what is left and
 * records the rest (already spent) as the account's revocation shortfall; a refund covers that shortfall
 * before anything becomes spendable; the shortfall moves with a recovered record; later earnings do not
 * cover it (docs/contracts.md, "Revocation shortfall"). Refunds also give back a limited offer's count.
 */
import { expect } from "chai";
import { network } from "hardhat";

import { batchProof, redemptionProof } from "./helpers/chain.ts";
import { EVIDENCE, OFFER_PRICE, RECOVERY_DELAY, type World, makeWorldFixture } from "./helpers/fixture.ts";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const worldFixture = makeWorldFixture(connection);

async function orgLedger(w: World) {
  return w.ledger.connect(await w.as(w.org1Safe));
}

/** Attests `units` (5 credits each) to `who`; returns the attestation's sequence. */
async function earn(w: World, who: string, units: bigint): Promise<bigint> {
  const seq = (await w.ledger.organization(w.org1)).nextSeq;
  await (await (await orgLedger(w)).attest(w.org1, who, w.opp1, units, EVIDENCE)).wait();
  return seq;
}

async function redeem(w: World, offerId = w.offer1): Promise<bigint> {
  const seq = (await w.ledger.offer(offerId)).sold;
  await (await w.ledger.connect(w.resident).redeem(offerId, w.city1, OFFER_PRICE)).wait();
  return seq;
}

async function revoke(w: World, seq: bigint) {
  const proof = await batchProof(w.ledger, ethers.provider, w.org1, seq);
  return (await orgLedger(w)).revoke(proof, [0n], 1);
}

async function refund(w: World, seq: bigint, offerId = w.offer1) {
  const proof = await redemptionProof(w.ledger, ethers.provider, offerId, seq);
  return (await orgLedger(w)).refundRedemption(offerId, seq, proof);
}

/** Earn 100, redeem 20, the attestation is revoked: 80 clawed back, shortfall 20. */
async function revokedAfterSpending() {
  const w = await worldFixture();
  const attestation = await earn(w, w.resident.address, 20n);
  const redemption = await redeem(w);
  await expect(revoke(w, attestation))
    .to.emit(w.ledger, "AttestationRevoked")
    .withArgs(
      w.org1,
      attestation,
      w.resident.address,
      w.city1,
      w.resident.address,
      100n,
      80n,
      20n,
      1,
      w.org1Safe.address,
    );
  expect(await w.ledger.revocationShortfall(w.city1, w.resident.address)).to.equal(20n);
  return { w, redemption };
}

describe("CivicLedger revoked credits stay revoked", () => {
  it("earn 100, redeem 20, revoke, refund: the refund covers the shortfall and nothing becomes spendable", async () => {
    const { w, redemption } = await networkHelpers.loadFixture(revokedAfterSpending);
    const supply = await w.ledger.totalSupply(w.city1);
    await expect(refund(w, redemption))
      .to.emit(w.ledger, "RedemptionRefunded")
      .withArgs(
        w.offer1,
        redemption,
        w.resident.address,
        w.city1,
        w.resident.address,
        OFFER_PRICE,
        0n,
        OFFER_PRICE,
      );
    expect(await w.ledger.balanceOf(w.city1, w.resident.address)).to.equal(0n);
    expect(await w.ledger.revocationShortfall(w.city1, w.resident.address)).to.equal(0n);
    expect(await w.ledger.totalSupply(w.city1)).to.equal(supply);
    expect(await w.ledger.redemptionStatus(w.offer1, redemption)).to.equal(3n); // Refunded
  });

  it("a refund larger than the shortfall covers it and makes only the rest spendable", async () => {
    const w = await networkHelpers.loadFixture(worldFixture);
    const a = await earn(w, w.resident.address, 20n); // 100
    const r0 = await redeem(w);
    await redeem(w); // balance 60
    await earn(w, w.resident.address, 6n); // +30 from a valid attestation: balance 90
    await (await revoke(w, a)).wait(); // claws back 90, shortfall 10
    expect(await w.ledger.balanceOf(w.city1, w.resident.address)).to.equal(0n);
    expect(await w.ledger.revocationShortfall(w.city1, w.resident.address)).to.equal(10n);
    const supply = await w.ledger.totalSupply(w.city1);
    await expect(refund(w, r0))
      .to.emit(w.ledger, "RedemptionRefunded")
      .withArgs(w.offer1, r0, w.resident.address, w.city1, w.resident.address, OFFER_PRICE, 10n, 10n);
    // Valid credits: 30 earned - 40 burned + 20 refunded = 10.
    expect(await w.ledger.balanceOf(w.city1, w.resident.address)).to.equal(10n);
    expect(await w.ledger.revocationShortfall(w.city1, w.resident.address)).to.equal(0n);
    expect(await w.ledger.totalSupply(w.city1)).to.equal(supply + 10n);
  });

  it("later earnings do not cover the shortfall: new credits have their own source", async () => {
    const { w } = await networkHelpers.loadFixture(revokedAfterSpending);
    await earn(w, w.resident.address, 10n);
    expect(await w.ledger.balanceOf(w.city1, w.resident.address)).to.equal(50n);
    expect(await w.ledger.revocationShortfall(w.city1, w.resident.address)).to.equal(20n);
  });

  it("the shortfall moves with a recovered record, and the refund follows the record and covers it there", async () => {
    const { w, redemption } = await networkHelpers.loadFixture(revokedAfterSpending);
    await earn(w, w.resident.address, 2n); // 10 spendable
    await (
      await w.ledger
        .connect(await w.as(w.cityAdmin1))
        .requestRecovery(w.city1, w.resident.address, w.resident2.address)
    ).wait();
    await networkHelpers.time.increase(Number(RECOVERY_DELAY));
    await expect(w.ledger.executeRecovery(w.city1, w.resident.address))
      .to.emit(w.ledger, "RecoveryExecuted")
      .withArgs(w.city1, w.resident.address, w.resident2.address, 10n, 10n, 20n);
    expect(await w.ledger.revocationShortfall(w.city1, w.resident.address)).to.equal(0n);
    expect(await w.ledger.revocationShortfall(w.city1, w.resident2.address)).to.equal(20n);
    await expect(refund(w, redemption))
      .to.emit(w.ledger, "RedemptionRefunded")
      .withArgs(
        w.offer1,
        redemption,
        w.resident.address,
        w.city1,
        w.resident2.address,
        OFFER_PRICE,
        0n,
        OFFER_PRICE,
      );
    expect(await w.ledger.balanceOf(w.city1, w.resident.address)).to.equal(0n);
    expect(await w.ledger.balanceOf(w.city1, w.resident2.address)).to.equal(10n);
    expect(await w.ledger.revocationShortfall(w.city1, w.resident2.address)).to.equal(0n);
  });

  it("a refund gives back the resident's count at a limited offer", async () => {
    const w = await networkHelpers.loadFixture(worldFixture);
    await earn(w, w.resident.address, 20n);
    const first = await redeem(w, w.offerLimited);
    await redeem(w, w.offerLimited);
    await expect(w.ledger.connect(w.resident).redeem(w.offerLimited, w.city1, OFFER_PRICE))
      .to.be.revertedWithCustomError(w.ledger, "CivicLedgerResidentLimitReached")
      .withArgs(w.offerLimited, w.resident.address);
    await (await refund(w, first, w.offerLimited)).wait();
    expect(await w.ledger.redemptionsOf(w.offerLimited, w.resident.address)).to.equal(1n);
    await expect(w.ledger.connect(w.resident).redeem(w.offerLimited, w.city1, OFFER_PRICE)).to.emit(
      w.ledger,
      "Redeemed",
    );
  });
});
