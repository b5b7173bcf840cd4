/**
 * Offers and redemptions: stock, per-resident limit, accepted cities, window, suspended or closed
 * offers, balances (exactly enough, not enough), fulfilment and refunds with chain proofs.
 */
import { expect } from "chai";
import { network } from "hardhat";

import { redemptionProof } from "./helpers/chain.ts";
import {
  EVIDENCE,
  OFFER_PRICE,
  OFFER_STOCK,
  type World,
  makeWorldFixture,
  ANY_PRICE,
} from "./helpers/fixture.ts";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const worldFixture = makeWorldFixture(connection);

/** resident holds 500 in city 1; resident2 holds 100 in city 2 (org3). */
async function fixture() {
  const w = await worldFixture();
  const org1 = w.ledger.connect(await w.as(w.org1Safe));
  await (await org1.attest(w.org1, w.resident.address, w.opp1, 100n, EVIDENCE)).wait();
  const org3 = w.ledger.connect(await w.as(w.org3Safe));
  await (await org3.attest(w.org3, w.resident2.address, w.opp3, 20n, EVIDENCE)).wait();
  return w;
}

async function org(w: World) {
  return w.ledger.connect(await w.as(w.org1Safe));
}

async function publishOffer(
  w: World,
  p: Partial<{
    price: bigint;
    stock: bigint;
    perResidentLimit: bigint;
    start: bigint;
    end: bigint;
    acceptedCities: bigint[];
  }>,
) {
  const now = BigInt(await networkHelpers.time.latest());
  const params = {
    price: p.price ?? 10n,
    stock: p.stock ?? 10n,
    perResidentLimit: p.perResidentLimit ?? 0n,
    start: p.start ?? now,
    end: p.end ?? now + 86_400n,
    acceptedCities: p.acceptedCities ?? [w.city1],
    metadata: '{"title":"offer"}',
  };
  await (await (await org(w)).publishOffer(w.org1, params)).wait();
  return { id: await w.ledger.offerCount(), params };
}

describe("CivicLedger redemptions", () => {
  describe("redeem", () => {
    it("burns the price, decrements stock, increments sold, emits Redeemed", async () => {
      const w = await networkHelpers.loadFixture(fixture);
      const supply = await w.ledger.totalSupply(w.city1);
      await expect(w.ledger.connect(w.resident).redeem(w.offer1, w.city1, ANY_PRICE))
        .to.emit(w.ledger, "Redeemed")
        .withArgs(w.offer1, w.resident.address, 0n, w.city1, OFFER_PRICE);
      expect(await w.ledger.balanceOf(w.city1, w.resident.address)).to.equal(500n - OFFER_PRICE);
      expect(await w.ledger.lifetimeEarned(w.city1, w.resident.address)).to.equal(500n);
      expect(await w.ledger.totalSupply(w.city1)).to.equal(supply - OFFER_PRICE);
      const o = await w.ledger.offer(w.offer1);
      expect([o.stock, o.sold]).to.deep.equal([OFFER_STOCK - 1n, 1n]);
      expect(await w.ledger.redemptionStatus(w.offer1, 0n)).to.equal(1n); // Redeemed
      expect(await w.ledger.redemptionStatus(w.offer1, 1n)).to.equal(0n); // None
      expect(await w.ledger.redemptionsOf(w.offer1, w.resident.address)).to.equal(0n); // unlimited: not counted
    });

    it("accepts a balance of exactly the price (leaves 0) and rejects one credit short", async () => {
      const w = await networkHelpers.loadFixture(fixture);
      const { id } = await publishOffer(w, { price: 500n });
      await expect(w.ledger.connect(w.resident).redeem(id, w.city1, ANY_PRICE)).to.emit(w.ledger, "Redeemed");
      expect(await w.ledger.balanceOf(w.city1, w.resident.address)).to.equal(0n);
      await expect(w.ledger.connect(w.resident).redeem(id, w.city1, ANY_PRICE))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerInsufficientBalance")
        .withArgs(w.city1, w.resident.address, 0n, 500n);
    });

    it("sells the last unit of stock, then reports out of stock", async () => {
      const w = await networkHelpers.loadFixture(fixture);
      const { id } = await publishOffer(w, { stock: 2n });
      const r = w.ledger.connect(w.resident);
      await (await r.redeem(id, w.city1, ANY_PRICE)).wait();
      await (await r.redeem(id, w.city1, ANY_PRICE)).wait();
      expect((await w.ledger.offer(id)).stock).to.equal(0n);
      await expect(r.redeem(id, w.city1, ANY_PRICE))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerOutOfStock")
        .withArgs(id);
    });

    it("enforces the per-resident limit per resident and counts it", async () => {
      const w = await networkHelpers.loadFixture(fixture);
      const r = w.ledger.connect(w.resident);
      await (await r.redeem(w.offerLimited, w.city1, ANY_PRICE)).wait();
      await (await r.redeem(w.offerLimited, w.city1, ANY_PRICE)).wait();
      expect(await w.ledger.redemptionsOf(w.offerLimited, w.resident.address)).to.equal(2n);
      await expect(r.redeem(w.offerLimited, w.city1, ANY_PRICE))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerResidentLimitReached")
        .withArgs(w.offerLimited, w.resident.address);
      // another resident (credits of city 2, accepted) is not affected
      await expect(w.ledger.connect(w.resident2).redeem(w.offerLimited, w.city2, ANY_PRICE))
        .to.emit(w.ledger, "Redeemed")
        .withArgs(w.offerLimited, w.resident2.address, 2n, w.city2, OFFER_PRICE);
    });

    it("accepts only the listed cities (home city listed or not)", async () => {
      const w = await networkHelpers.loadFixture(fixture);
      // offer1 accepts city 1 only
      await expect(w.ledger.connect(w.resident2).redeem(w.offer1, w.city2, ANY_PRICE))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerCityNotAccepted")
        .withArgs(w.offer1, w.city2);
      // an offer of org1 (city 1) that accepts only city 2
      const { id } = await publishOffer(w, { acceptedCities: [w.city2] });
      expect(await w.ledger.offerAcceptsCity(id, w.city1)).to.equal(false);
      expect(await w.ledger.offerAcceptsCity(id, w.city2)).to.equal(true);
      await expect(w.ledger.connect(w.resident).redeem(id, w.city1, ANY_PRICE))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerCityNotAccepted")
        .withArgs(id, w.city1);
      await expect(w.ledger.connect(w.resident2).redeem(id, w.city2, ANY_PRICE)).to.emit(
        w.ledger,
        "Redeemed",
      );
      // a city that does not exist
      await expect(w.ledger.connect(w.resident).redeem(w.offer1, 9n, ANY_PRICE))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerCityNotAccepted")
        .withArgs(w.offer1, 9n);
    });

    it("accepts at the window's first and last second, rejects one second outside", async () => {
      const w = await networkHelpers.loadFixture(fixture);
      const now = BigInt(await networkHelpers.time.latest());
      const start = now + 100n;
      const end = now + 200n;
      const { id } = await publishOffer(w, { start, end });
      const r = w.ledger.connect(w.resident);
      await networkHelpers.time.setNextBlockTimestamp(start - 1n);
      await expect(r.redeem(id, w.city1, ANY_PRICE))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerOutsideWindow")
        .withArgs(start, end, start - 1n);
      await networkHelpers.time.setNextBlockTimestamp(start);
      await expect(r.redeem(id, w.city1, ANY_PRICE)).to.emit(w.ledger, "Redeemed");
      await networkHelpers.time.setNextBlockTimestamp(end);
      await expect(r.redeem(id, w.city1, ANY_PRICE)).to.emit(w.ledger, "Redeemed");
      await networkHelpers.time.setNextBlockTimestamp(end + 1n);
      await expect(r.redeem(id, w.city1, ANY_PRICE))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerOutsideWindow")
        .withArgs(start, end, end + 1n);
    });

    it("rejects redemptions at a suspended organization's offer, and accepts them again after reactivation", async () => {
      const w = await networkHelpers.loadFixture(fixture);
      const city = w.ledger.connect(await w.as(w.cityAdmin1));
      await (await city.setOrganizationStatus(w.org1, 2)).wait();
      await expect(w.ledger.connect(w.resident).redeem(w.offer1, w.city1, ANY_PRICE))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerOrganizationSuspended")
        .withArgs(w.org1);
      await (await city.setOrganizationStatus(w.org1, 1)).wait();
      await expect(w.ledger.connect(w.resident).redeem(w.offer1, w.city1, ANY_PRICE)).to.emit(
        w.ledger,
        "Redeemed",
      );
    });

    it("rejects closed and unknown offers", async () => {
      const w = await networkHelpers.loadFixture(fixture);
      await expect((await org(w)).closeOffer(w.offer1))
        .to.emit(w.ledger, "OfferClosed")
        .withArgs(w.offer1);
      expect((await w.ledger.offer(w.offer1)).status).to.equal(2n);
      await expect(w.ledger.connect(w.resident).redeem(w.offer1, w.city1, ANY_PRICE))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerOfferNotActive")
        .withArgs(w.offer1);
      await expect(w.ledger.connect(w.resident).redeem(99n, w.city1, ANY_PRICE))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerOfferNotActive")
        .withArgs(99n);
    });

    it("charges the price current at redemption time after updateOffer", async () => {
      const w = await networkHelpers.loadFixture(fixture);
      const o = await w.ledger.offer(w.offer1);
      await (await (await org(w)).updateOffer(w.offer1, 7n, 3n, o.start, o.end, '{"v":2}')).wait();
      await expect(w.ledger.connect(w.resident).redeem(w.offer1, w.city1, ANY_PRICE))
        .to.emit(w.ledger, "Redeemed")
        .withArgs(w.offer1, w.resident.address, 0n, w.city1, 7n);
      expect((await w.ledger.offer(w.offer1)).stock).to.equal(2n);
    });

    it("rejects a resident with no credits in the city", async () => {
      const w = await networkHelpers.loadFixture(fixture);
      await expect(w.ledger.connect(w.stranger).redeem(w.offer1, w.city1, ANY_PRICE))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerInsufficientBalance")
        .withArgs(w.city1, w.stranger.address, 0n, OFFER_PRICE);
    });
  });

  describe("fulfil and refund", () => {
    async function redeemed(w: World, offerId = w.offer1) {
      await (await w.ledger.connect(w.resident).redeem(offerId, w.city1, ANY_PRICE)).wait();
    }
    async function proof(w: World, offerId: bigint, seq: bigint) {
      return await redemptionProof(w.ledger, ethers.provider, offerId, seq);
    }

    it("fulfils once; a fulfilled redemption can be neither fulfilled again nor refunded", async () => {
      const w = await networkHelpers.loadFixture(fixture);
      await redeemed(w);
      const o = await org(w);
      await expect(o.fulfillRedemption(w.offer1, 0n))
        .to.emit(w.ledger, "RedemptionFulfilled")
        .withArgs(w.offer1, 0n);
      expect(await w.ledger.redemptionStatus(w.offer1, 0n)).to.equal(2n); // Fulfilled
      await expect(o.fulfillRedemption(w.offer1, 0n))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerRedemptionNotPending")
        .withArgs(w.offer1, 0n);
      await expect(o.refundRedemption(w.offer1, 0n, await proof(w, w.offer1, 0n)))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerRedemptionNotPending")
        .withArgs(w.offer1, 0n);
    });

    it("rejects fulfilling a sequence not sold yet and an unknown offer", async () => {
      const w = await networkHelpers.loadFixture(fixture);
      const o = await org(w);
      await expect(o.fulfillRedemption(w.offer1, 0n))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerRedemptionNotPending")
        .withArgs(w.offer1, 0n);
      await expect(o.fulfillRedemption(77n, 0n))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerUnknownOffer")
        .withArgs(77n);
    });

    it("refunds: restores balance and supply (not lifetime, not stock), once", async () => {
      const w = await networkHelpers.loadFixture(fixture);
      await redeemed(w);
      const supply = await w.ledger.totalSupply(w.city1);
      const o = await org(w);
      const p = await proof(w, w.offer1, 0n);
      await expect(o.refundRedemption(w.offer1, 0n, p))
        .to.emit(w.ledger, "RedemptionRefunded")
        .withArgs(
          w.offer1,
          0n,
          w.resident.address,
          w.city1,
          w.resident.address,
          OFFER_PRICE,
          OFFER_PRICE,
          0n,
        );
      expect(await w.ledger.redemptionStatus(w.offer1, 0n)).to.equal(3n); // Refunded
      expect(await w.ledger.balanceOf(w.city1, w.resident.address)).to.equal(500n);
      expect(await w.ledger.lifetimeEarned(w.city1, w.resident.address)).to.equal(500n);
      expect(await w.ledger.totalSupply(w.city1)).to.equal(supply + OFFER_PRICE);
      expect((await w.ledger.offer(w.offer1)).stock).to.equal(OFFER_STOCK - 1n);
      await expect(o.refundRedemption(w.offer1, 0n, p))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerRedemptionNotPending")
        .withArgs(w.offer1, 0n);
    });

    it("refuses a refund that would push the city supply above uint48 (the city minted up to the bound since)", async () => {
      const w = await networkHelpers.loadFixture(fixture);
      await redeemed(w);
      const o = await org(w);
      const max48 = (1n << 48n) - 1n;
      await (
        await w.ledger.connect(await w.as(w.cityAdmin1)).setOrganizationBudget(w.org1, (1n << 64n) - 1n)
      ).wait();
      const t = BigInt(await networkHelpers.time.latest());
      await (
        await o.publishOpportunity(w.org1, {
          creditsPerUnit: 1n,
          capacity: max48,
          start: t,
          end: t + 86_400n,
          metadata: "{}",
        })
      ).wait();
      const fill = max48 - (await w.ledger.totalSupply(w.city1));
      await (
        await o.attest(w.org1, w.stranger.address, await w.ledger.opportunityCount(), fill, EVIDENCE)
      ).wait();
      expect(await w.ledger.totalSupply(w.city1)).to.equal(max48);
      await expect(o.refundRedemption(w.offer1, 0n, await proof(w, w.offer1, 0n)))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerSupplyOverflow")
        .withArgs(w.city1);
    });

    it("rejects a refund proof with another resident, amount or city", async () => {
      const w = await networkHelpers.loadFixture(fixture);
      await redeemed(w);
      const o = await org(w);
      const p = await proof(w, w.offer1, 0n);
      for (const bad of [
        { ...p, resident: w.stranger.address },
        { ...p, credits: p.credits + 1n },
        { ...p, timestamp: p.timestamp + 1 },
      ]) {
        await expect(o.refundRedemption(w.offer1, 0n, bad)).to.be.revertedWithCustomError(
          w.ledger,
          "CivicLedgerUnknownRecord",
        );
      }
    });

    it("refunds with a proof through later records of the city", async () => {
      const w = await networkHelpers.loadFixture(fixture);
      await redeemed(w);
      await redeemed(w);
      await (await (await org(w)).attest(w.org1, w.resident2.address, w.opp1, 1n, EVIDENCE)).wait();
      const p = await proof(w, w.offer1, 0n);
      expect(p.laterRecords.length).to.equal(2);
      await expect((await org(w)).refundRedemption(w.offer1, 0n, p)).to.emit(w.ledger, "RedemptionRefunded");
    });

    for (const who of ["stranger", "resident", "delegate", "city admin", "other organization"] as const) {
      it(`rejects fulfil and refund by the ${who}`, async () => {
        const w = await networkHelpers.loadFixture(fixture);
        await redeemed(w);
        const signer =
          who === "stranger"
            ? w.stranger
            : who === "resident"
              ? w.resident
              : who === "delegate"
                ? w.delegate
                : await w.as(who === "city admin" ? w.cityAdmin1 : w.org2Safe);
        const l = w.ledger.connect(signer);
        const caller = await signer.getAddress();
        await expect(l.fulfillRedemption(w.offer1, 0n))
          .to.be.revertedWithCustomError(w.ledger, "CivicLedgerNotOrganizationAccount")
          .withArgs(w.org1, caller);
        await expect(l.refundRedemption(w.offer1, 0n, await proof(w, w.offer1, 0n)))
          .to.be.revertedWithCustomError(w.ledger, "CivicLedgerNotOrganizationAccount")
          .withArgs(w.org1, caller);
      });
    }

    it("fulfils while paused but does not refund while paused", async () => {
      const w = await networkHelpers.loadFixture(fixture);
      await redeemed(w);
      await redeemed(w);
      await (await w.ledger.connect(await w.as(w.networkAdmin)).pause()).wait();
      const o = await org(w);
      await expect(o.fulfillRedemption(w.offer1, 0n)).to.emit(w.ledger, "RedemptionFulfilled");
      await expect(
        o.refundRedemption(w.offer1, 1n, await proof(w, w.offer1, 1n)),
      ).to.be.revertedWithCustomError(w.ledger, "CivicLedgerPaused");
    });
  });
});
