/**
 * A redemption never burns more than the resident agreed to: the signed redemption and the direct `redeem`
 * carry the most the resident pays (`maxPrice`); an `updateOffer` that raises the price after the resident
 * saw it, relayed by the offering organization itself or earlier in the same block, cannot charge more.
 */
import { expect } from "chai";
import { network } from "hardhat";

import { signRedemption } from "./helpers/eip712.ts";
import { EVIDENCE, OFFER_PRICE, type World, makeWorldFixture } from "./helpers/fixture.ts";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const worldFixture = makeWorldFixture(connection);

/** The resident holds 500 credits in city 1; offer 1 costs 20. */
async function fixture() {
  const w = await worldFixture();
  await (
    await w.ledger.connect(await w.as(w.org1Safe)).attest(w.org1, w.resident.address, w.opp1, 100n, EVIDENCE)
  ).wait();
  return w;
}

async function orgLedger(w: World) {
  return w.ledger.connect(await w.as(w.org1Safe));
}

/** `updateOffer` keeping everything but the price. */
async function setPrice(
  w: World,
  price: bigint,
  overrides: { gasLimit?: bigint; maxPriorityFeePerGas?: bigint; maxFeePerGas?: bigint } = {},
) {
  const o = await w.ledger.offer(w.offer1);
  return (await orgLedger(w)).updateOffer(w.offer1, price, o.stock, o.start, o.end, "{}", overrides);
}

async function signedRedemption(w: World, maxPrice: bigint, nonce: bigint) {
  const now = BigInt(await networkHelpers.time.latest());
  const request = {
    resident: w.resident.address,
    offerId: w.offer1,
    cityId: w.city1,
    maxPrice,
    nonce,
    deadline: now + 3600n,
  };
  return { request, signature: await signRedemption(w.resident, w.domain, request) };
}

describe("CivicLedger redemption price bound", () => {
  it("a price raised, then the resident's signature relayed by the offering organization itself: refused, nothing burned", async () => {
    const w = await networkHelpers.loadFixture(fixture);
    const { request, signature } = await signedRedemption(w, OFFER_PRICE, 1n);
    await (await setPrice(w, 500n)).wait();
    await expect((await orgLedger(w)).redeemSigned(request, signature))
      .to.be.revertedWithCustomError(w.ledger, "CivicLedgerPriceAboveBound")
      .withArgs(w.offer1, 500n, OFFER_PRICE);
    expect(await w.ledger.balanceOf(w.city1, w.resident.address)).to.equal(500n);
    expect(await w.ledger.isNonceUsed(w.resident.address, 1n)).to.equal(false);
  });

  it("a price raised earlier in the same block: the direct and the relayed redemption both fail, nothing burned", async () => {
    const w = await networkHelpers.loadFixture(fixture);
    const { request, signature } = await signedRedemption(w, OFFER_PRICE, 2n);
    const gasLimit = 500_000n;
    await ethers.provider.send("evm_setAutomine", [false]);
    try {
      // The raise pays a higher tip, so the block orders it first, ahead of both redemptions.
      const fee = await ethers.provider.getFeeData();
      const raise = await setPrice(w, 500n, {
        gasLimit,
        maxPriorityFeePerGas: fee.maxPriorityFeePerGas! * 10n,
        maxFeePerGas: fee.maxFeePerGas! * 10n,
      });
      const direct = await w.ledger.connect(w.resident).redeem(w.offer1, w.city1, OFFER_PRICE, { gasLimit });
      const relayed = await w.ledger.connect(w.stranger).redeemSigned(request, signature, { gasLimit });
      await networkHelpers.mine();
      const [r1, r2, r3] = await Promise.all(
        [raise, direct, relayed].map((tx) => ethers.provider.getTransactionReceipt(tx.hash)),
      );
      expect(new Set([r1!.blockNumber, r2!.blockNumber, r3!.blockNumber]).size).to.equal(1);
      expect(r1!.index).to.equal(0);
      expect([r1!.status, r2!.status, r3!.status]).to.deep.equal([1, 0, 0]);
    } finally {
      await ethers.provider.send("evm_setAutomine", [true]);
    }
    expect(await w.ledger.balanceOf(w.city1, w.resident.address)).to.equal(500n);
    await expect(w.ledger.connect(w.resident).redeem(w.offer1, w.city1, OFFER_PRICE))
      .to.be.revertedWithCustomError(w.ledger, "CivicLedgerPriceAboveBound")
      .withArgs(w.offer1, 500n, OFFER_PRICE);
  });

  it("a price lowered: both paths still work and burn the lower price", async () => {
    const w = await networkHelpers.loadFixture(fixture);
    const { request, signature } = await signedRedemption(w, OFFER_PRICE, 3n);
    await (await setPrice(w, 15n)).wait();
    await expect(w.ledger.connect(w.stranger).redeemSigned(request, signature))
      .to.emit(w.ledger, "Redeemed")
      .withArgs(w.offer1, w.resident.address, 0n, w.city1, 15n);
    await expect(w.ledger.connect(w.resident).redeem(w.offer1, w.city1, OFFER_PRICE))
      .to.emit(w.ledger, "Redeemed")
      .withArgs(w.offer1, w.resident.address, 1n, w.city1, 15n);
    expect(await w.ledger.balanceOf(w.city1, w.resident.address)).to.equal(470n);
  });

  it("a bound equal to the price works; one credit below it is refused on both paths", async () => {
    const w = await networkHelpers.loadFixture(fixture);
    await expect(w.ledger.connect(w.resident).redeem(w.offer1, w.city1, OFFER_PRICE - 1n))
      .to.be.revertedWithCustomError(w.ledger, "CivicLedgerPriceAboveBound")
      .withArgs(w.offer1, OFFER_PRICE, OFFER_PRICE - 1n);
    const low = await signedRedemption(w, OFFER_PRICE - 1n, 4n);
    await expect(w.ledger.connect(w.stranger).redeemSigned(low.request, low.signature))
      .to.be.revertedWithCustomError(w.ledger, "CivicLedgerPriceAboveBound")
      .withArgs(w.offer1, OFFER_PRICE, OFFER_PRICE - 1n);
    await expect(w.ledger.connect(w.resident).redeem(w.offer1, w.city1, OFFER_PRICE)).to.emit(
      w.ledger,
      "Redeemed",
    );
  });
});
