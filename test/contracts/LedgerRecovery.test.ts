/**
 * Wallet recovery: request by the city admin (freezes the old address), cancel by the admin, contest by the old
 * address, resolution by the network admin, execution after the delay; and the three threats of
 * docs/contracts.md ("Wallet recovery"): a lost key, a stolen key, a malicious city admin.
 */
import { expect } from "chai";
import { ZeroAddress } from "ethers";
import { network } from "hardhat";

import { redemptionProof } from "./helpers/chain.ts";
import { signRedemption } from "./helpers/eip712.ts";
import {
  ANY_PRICE,
  EVIDENCE,
  OFFER_PRICE,
  RECOVERY_DELAY,
  type World,
  makeWorldFixture,
} from "./helpers/fixture.ts";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const worldFixture = makeWorldFixture(connection);

/** resident: 50 credits in city 1 (30 spendable after a redemption of 20) and 15 in city 2. */
async function fixture() {
  const w = await worldFixture();
  await (
    await w.ledger.connect(await w.as(w.org1Safe)).attest(w.org1, w.resident.address, w.opp1, 10n, EVIDENCE)
  ).wait();
  await (
    await w.ledger.connect(await w.as(w.org3Safe)).attest(w.org3, w.resident.address, w.opp3, 3n, EVIDENCE)
  ).wait();
  await (await w.ledger.connect(w.resident).redeem(w.offer1, w.city1, ANY_PRICE)).wait();
  return w;
}

async function cityAdmin(w: World) {
  return w.ledger.connect(await w.as(w.cityAdmin1));
}

async function request(w: World, to = w.resident2.address) {
  const tx = await (await cityAdmin(w)).requestRecovery(w.city1, w.resident.address, to);
  const block = await ethers.provider.getBlock((await tx.wait())!.blockNumber);
  return BigInt(block!.timestamp) + RECOVERY_DELAY;
}

describe("CivicLedger wallet recovery", () => {
  it("requests with an event and a pending view", async () => {
    const w = await networkHelpers.loadFixture(fixture);
    const admin = await cityAdmin(w);
    const tx = admin.requestRecovery(w.city1, w.resident.address, w.resident2.address);
    await expect(tx).to.emit(w.ledger, "RecoveryRequested");
    const at = BigInt((await ethers.provider.getBlock("latest"))!.timestamp) + RECOVERY_DELAY;
    await expect(tx)
      .to.emit(w.ledger, "RecoveryRequested")
      .withArgs(w.city1, w.resident.address, w.resident2.address, at);
    const r = await w.ledger.pendingRecovery(w.city1, w.resident.address);
    expect([r.to, r.executableAt]).to.deep.equal([w.resident2.address, at]);
  });

  it("rejects zero or equal addresses, a second pending request and an unknown city", async () => {
    const w = await networkHelpers.loadFixture(fixture);
    const admin = await cityAdmin(w);
    for (const [from, to] of [
      [ZeroAddress, w.resident2.address],
      [w.resident.address, ZeroAddress],
      [w.resident.address, w.resident.address],
    ]) {
      await expect(admin.requestRecovery(w.city1, from!, to!)).to.be.revertedWithCustomError(
        w.ledger,
        "CivicLedgerInvalidRecovery",
      );
    }
    await request(w);
    await expect(admin.requestRecovery(w.city1, w.resident.address, w.stranger.address))
      .to.be.revertedWithCustomError(w.ledger, "CivicLedgerRecoveryPending")
      .withArgs(w.city1, w.resident.address);
    await expect(admin.requestRecovery(9n, w.resident.address, w.stranger.address))
      .to.be.revertedWithCustomError(w.ledger, "CivicLedgerUnknownCity")
      .withArgs(9n);
  });

  it("is too early one second before the delay, executes at exactly the delay, by anyone", async () => {
    const w = await networkHelpers.loadFixture(fixture);
    const at = await request(w);
    const supply = await w.ledger.totalSupply(w.city1);
    await networkHelpers.time.setNextBlockTimestamp(at - 1n);
    await expect(w.ledger.connect(w.stranger).executeRecovery(w.city1, w.resident.address))
      .to.be.revertedWithCustomError(w.ledger, "CivicLedgerRecoveryNotReady")
      .withArgs(at);
    await networkHelpers.time.setNextBlockTimestamp(at);
    await expect(w.ledger.connect(w.stranger).executeRecovery(w.city1, w.resident.address))
      .to.emit(w.ledger, "RecoveryExecuted")
      .withArgs(w.city1, w.resident.address, w.resident2.address, 30n, 50n, 0n);
    expect(await w.ledger.balanceOf(w.city1, w.resident.address)).to.equal(0n);
    expect(await w.ledger.lifetimeEarned(w.city1, w.resident.address)).to.equal(0n);
    expect(await w.ledger.balanceOf(w.city1, w.resident2.address)).to.equal(30n);
    expect(await w.ledger.lifetimeEarned(w.city1, w.resident2.address)).to.equal(50n);
    expect(await w.ledger.totalSupply(w.city1)).to.equal(supply);
    // only the requested city moves
    expect(await w.ledger.balanceOf(w.city2, w.resident.address)).to.equal(15n);
    expect((await w.ledger.pendingRecovery(w.city1, w.resident.address)).to).to.equal(ZeroAddress);
    await expect(w.ledger.executeRecovery(w.city1, w.resident.address))
      .to.be.revertedWithCustomError(w.ledger, "CivicLedgerNoRecovery")
      .withArgs(w.city1, w.resident.address);
  });

  it("adds to a new address that already holds credits", async () => {
    const w = await networkHelpers.loadFixture(fixture);
    await (
      await w.ledger.connect(w.delegate).attest(w.org1, w.resident2.address, w.opp1, 1n, EVIDENCE)
    ).wait();
    await request(w);
    await networkHelpers.time.increase(Number(RECOVERY_DELAY));
    await (await w.ledger.executeRecovery(w.city1, w.resident.address)).wait();
    expect(await w.ledger.balanceOf(w.city1, w.resident2.address)).to.equal(35n);
    expect(await w.ledger.lifetimeEarned(w.city1, w.resident2.address)).to.equal(55n);
  });

  it("the old address cannot cancel (a thief holding its key would veto every recovery)", async () => {
    const w = await networkHelpers.loadFixture(fixture);
    await request(w);
    await expect(w.ledger.connect(w.resident).cancelRecovery(w.city1, w.resident.address))
      .to.be.revertedWithCustomError(w.ledger, "CivicLedgerNotCityAdmin")
      .withArgs(w.city1, w.resident.address);
  });

  it("the city admin cancels and lifts the freeze; strangers, the new address and other admins cannot; nothing to cancel fails", async () => {
    const w = await networkHelpers.loadFixture(fixture);
    await request(w);
    expect(await w.ledger.isFrozen(w.city1, w.resident.address)).to.equal(true);
    for (const who of [w.stranger, w.resident2, await w.as(w.cityAdmin2), await w.as(w.org1Safe)]) {
      await expect(w.ledger.connect(who).cancelRecovery(w.city1, w.resident.address))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerNotCityAdmin")
        .withArgs(w.city1, await who.getAddress());
    }
    await expect((await cityAdmin(w)).cancelRecovery(w.city1, w.resident.address))
      .to.emit(w.ledger, "RecoveryCancelled")
      .withArgs(w.city1, w.resident.address, w.cityAdmin1.address);
    expect(await w.ledger.isFrozen(w.city1, w.resident.address)).to.equal(false);
    await expect((await cityAdmin(w)).cancelRecovery(w.city1, w.resident.address))
      .to.be.revertedWithCustomError(w.ledger, "CivicLedgerNoRecovery")
      .withArgs(w.city1, w.resident.address);
  });

  it("while paused: cancelling works, requesting and executing do not", async () => {
    const w = await networkHelpers.loadFixture(fixture);
    await request(w);
    await networkHelpers.time.increase(Number(RECOVERY_DELAY));
    await (await w.ledger.connect(await w.as(w.networkAdmin)).pause()).wait();
    await expect(w.ledger.executeRecovery(w.city1, w.resident.address)).to.be.revertedWithCustomError(
      w.ledger,
      "CivicLedgerPaused",
    );
    await expect(
      (await cityAdmin(w)).requestRecovery(w.city1, w.stranger.address, w.resident2.address),
    ).to.be.revertedWithCustomError(w.ledger, "CivicLedgerPaused");
    await expect((await cityAdmin(w)).cancelRecovery(w.city1, w.resident.address)).to.emit(
      w.ledger,
      "RecoveryCancelled",
    );
  });

  describe("threat model", () => {
    async function networkAdmin(w: World) {
      return w.ledger.connect(await w.as(w.networkAdmin));
    }

    /** Whoever holds the old key (the resident, or a thief) tries to spend directly and by signature. */
    async function expectOldKeyCannotSpend(w: World) {
      await expect(w.ledger.connect(w.resident).redeem(w.offer1, w.city1, OFFER_PRICE))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerAccountFrozen")
        .withArgs(w.city1, w.resident.address);
      const now = BigInt(await networkHelpers.time.latest());
      const req = {
        resident: w.resident.address,
        offerId: w.offer1,
        cityId: w.city1,
        maxPrice: OFFER_PRICE,
        nonce: 77n,
        deadline: now + 3600n,
      };
      const sig = await signRedemption(w.resident, w.domain, req);
      await expect(w.ledger.connect(w.stranger).redeemSigned(req, sig))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerAccountFrozen")
        .withArgs(w.city1, w.resident.address);
    }

    it("lost key: nobody contests, the record moves after the delay; the old address stays frozen and refunds follow the record", async () => {
      const w = await networkHelpers.loadFixture(fixture);
      await request(w);
      expect(await w.ledger.isFrozen(w.city1, w.resident.address)).to.equal(true);
      await networkHelpers.time.increase(Number(RECOVERY_DELAY));
      await expect(w.ledger.connect(w.stranger).executeRecovery(w.city1, w.resident.address))
        .to.emit(w.ledger, "RecoveryExecuted")
        .withArgs(w.city1, w.resident.address, w.resident2.address, 30n, 50n, 0n);
      expect(await w.ledger.recoveredTo(w.city1, w.resident.address)).to.equal(w.resident2.address);
      expect(await w.ledger.isFrozen(w.city1, w.resident.address)).to.equal(true);
      expect(await w.ledger.isFrozen(w.city1, w.resident2.address)).to.equal(false);
      // Credits later attested to the old address cannot be spent from it.
      await (
        await w.ledger
          .connect(await w.as(w.org1Safe))
          .attest(w.org1, w.resident.address, w.opp1, 10n, EVIDENCE)
      ).wait();
      await expectOldKeyCannotSpend(w);
      // A refund of a redemption made from the old address credits the new address.
      const proof = await redemptionProof(w.ledger, ethers.provider, w.offer1, 0n);
      await expect(w.ledger.connect(await w.as(w.org1Safe)).refundRedemption(w.offer1, 0n, proof))
        .to.emit(w.ledger, "RedemptionRefunded")
        .withArgs(
          w.offer1,
          0n,
          w.resident.address,
          w.city1,
          w.resident2.address,
          OFFER_PRICE,
          OFFER_PRICE,
          0n,
        );
      expect(await w.ledger.balanceOf(w.city1, w.resident2.address)).to.equal(30n + OFFER_PRICE);
      // A recovered address can never receive a record (recoveries never loop).
      await expect(
        (await cityAdmin(w)).requestRecovery(w.city1, w.resident2.address, w.resident.address),
      ).to.be.revertedWithCustomError(w.ledger, "CivicLedgerInvalidRecovery");
    });

    it("stolen key: the thief can neither spend nor veto; its contest goes to the network admin, who approves", async () => {
      const w = await networkHelpers.loadFixture(fixture);
      const at = await request(w);
      await expectOldKeyCannotSpend(w);
      await expect(w.ledger.connect(w.resident).cancelRecovery(w.city1, w.resident.address))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerNotCityAdmin")
        .withArgs(w.city1, w.resident.address);
      await expect(w.ledger.connect(w.resident).contestRecovery(w.city1, w.resident.address))
        .to.emit(w.ledger, "RecoveryContested")
        .withArgs(w.city1, w.resident.address);
      expect((await w.ledger.pendingRecovery(w.city1, w.resident.address)).contested).to.equal(true);
      await expect(w.ledger.connect(w.resident).contestRecovery(w.city1, w.resident.address))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerRecoveryContested")
        .withArgs(w.city1, w.resident.address);
      await networkHelpers.time.increaseTo(at);
      await expect(w.ledger.connect(w.stranger).executeRecovery(w.city1, w.resident.address))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerRecoveryContested")
        .withArgs(w.city1, w.resident.address);
      await expectOldKeyCannotSpend(w);
      // Only the network admin arbitrates.
      await expect((await cityAdmin(w)).resolveRecovery(w.city1, w.resident.address, true))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerNotNetworkAdmin")
        .withArgs(w.cityAdmin1.address);
      const tx = (await networkAdmin(w)).resolveRecovery(w.city1, w.resident.address, true);
      await expect(tx).to.emit(w.ledger, "RecoveryResolved").withArgs(w.city1, w.resident.address, true);
      await expect(tx)
        .to.emit(w.ledger, "RecoveryExecuted")
        .withArgs(w.city1, w.resident.address, w.resident2.address, 30n, 50n, 0n);
      expect(await w.ledger.balanceOf(w.city1, w.resident2.address)).to.equal(30n);
      expect(await w.ledger.balanceOf(w.city1, w.resident.address)).to.equal(0n);
      await expectOldKeyCannotSpend(w);
      await expect(w.ledger.connect(w.resident2).redeem(w.offer1, w.city1, OFFER_PRICE)).to.emit(
        w.ledger,
        "Redeemed",
      );
    });

    it("malicious city admin: the resident sees the request, contests in time, the network admin rejects; nothing moves", async () => {
      const w = await networkHelpers.loadFixture(fixture);
      // The city admin tries to move the resident's record to an address it controls.
      const at = await request(w, w.stranger.address);
      await expect(w.ledger.connect(w.resident).contestRecovery(w.city1, w.resident.address))
        .to.emit(w.ledger, "RecoveryContested")
        .withArgs(w.city1, w.resident.address);
      await networkHelpers.time.increaseTo(at);
      await expect(w.ledger.executeRecovery(w.city1, w.resident.address)).to.be.revertedWithCustomError(
        w.ledger,
        "CivicLedgerRecoveryContested",
      );
      await expect((await networkAdmin(w)).resolveRecovery(w.city1, w.resident.address, false))
        .to.emit(w.ledger, "RecoveryResolved")
        .withArgs(w.city1, w.resident.address, false);
      expect((await w.ledger.pendingRecovery(w.city1, w.resident.address)).to).to.equal(ZeroAddress);
      expect(await w.ledger.isFrozen(w.city1, w.resident.address)).to.equal(false);
      expect(await w.ledger.balanceOf(w.city1, w.resident.address)).to.equal(30n);
      expect(await w.ledger.balanceOf(w.city1, w.stranger.address)).to.equal(0n);
      await expect(w.ledger.connect(w.resident).redeem(w.offer1, w.city1, OFFER_PRICE)).to.emit(
        w.ledger,
        "Redeemed",
      );
    });

    it("a contest must come before the delay ends, and only from the old address; an uncontested recovery has nothing to resolve", async () => {
      const w = await networkHelpers.loadFixture(fixture);
      const at = await request(w);
      await expect((await networkAdmin(w)).resolveRecovery(w.city1, w.resident.address, true))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerRecoveryNotContested")
        .withArgs(w.city1, w.resident.address);
      await expect(w.ledger.connect(w.resident2).contestRecovery(w.city1, w.resident.address))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerNotRecoveryContester")
        .withArgs(w.resident2.address);
      await networkHelpers.time.setNextBlockTimestamp(at);
      await expect(w.ledger.connect(w.resident).contestRecovery(w.city1, w.resident.address))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerContestWindowClosed")
        .withArgs(at - 1n);
      await expect(w.ledger.connect(w.resident).contestRecovery(w.city1, w.stranger.address))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerNotRecoveryContester")
        .withArgs(w.resident.address);
      await expect(w.ledger.connect(w.stranger).contestRecovery(w.city1, w.stranger.address))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerNoRecovery")
        .withArgs(w.city1, w.stranger.address);
    });
  });
});
