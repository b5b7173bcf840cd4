/** Wallet recovery: request by the city admin, cancel by the old address or the admin, execute after the delay. */
import { expect } from "chai";
import { ZeroAddress } from "ethers";
import { network } from "hardhat";

import { EVIDENCE, RECOVERY_DELAY, type World, makeWorldFixture, ANY_PRICE } from "./helpers/fixture.ts";

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
      .withArgs(w.city1, w.resident.address, w.resident2.address, 30n, 50n);
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

  it("the old address cancels (it still holds its key: the request was wrong)", async () => {
    const w = await networkHelpers.loadFixture(fixture);
    await request(w);
    await expect(w.ledger.connect(w.resident).cancelRecovery(w.city1, w.resident.address))
      .to.emit(w.ledger, "RecoveryCancelled")
      .withArgs(w.city1, w.resident.address, w.resident.address);
    await networkHelpers.time.increase(Number(RECOVERY_DELAY));
    await expect(w.ledger.executeRecovery(w.city1, w.resident.address))
      .to.be.revertedWithCustomError(w.ledger, "CivicLedgerNoRecovery")
      .withArgs(w.city1, w.resident.address);
  });

  it("the city admin cancels; strangers, the new address and other admins cannot; nothing to cancel fails", async () => {
    const w = await networkHelpers.loadFixture(fixture);
    await request(w);
    for (const who of [w.stranger, w.resident2, await w.as(w.cityAdmin2), await w.as(w.org1Safe)]) {
      await expect(w.ledger.connect(who).cancelRecovery(w.city1, w.resident.address))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerNotRecoveryCanceller")
        .withArgs(await who.getAddress());
    }
    await expect((await cityAdmin(w)).cancelRecovery(w.city1, w.resident.address))
      .to.emit(w.ledger, "RecoveryCancelled")
      .withArgs(w.city1, w.resident.address, w.cityAdmin1.address);
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
    await expect(w.ledger.connect(w.resident).cancelRecovery(w.city1, w.resident.address)).to.emit(
      w.ledger,
      "RecoveryCancelled",
    );
  });
});
