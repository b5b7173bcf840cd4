/**
 * Packed storage at its limits: the hot paths write raw words, the views read typed structs, so
 * every field is checked at its maximum and across bitmap word boundaries.
 */
import { expect } from "chai";
import { toBeHex } from "ethers";
import { network } from "hardhat";

import { batchProof } from "./helpers/chain.ts";
import {
  DELEGATE_CAP,
  EPOCH_DURATION,
  EVIDENCE,
  OFFER_PRICE as OFFER_PRICE_,
  type World,
  makeWorldFixture,
  ANY_PRICE,
} from "./helpers/fixture.ts";
import { findEntrySlot } from "./helpers/storage.ts";
import { packRow, signAttestation } from "./helpers/eip712.ts";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const worldFixture = makeWorldFixture(connection);

const MAX32 = (1n << 32n) - 1n;
const MAX40 = (1n << 40n) - 1n;
const MAX48 = (1n << 48n) - 1n;
const MAX64 = (1n << 64n) - 1n;

async function org(w: World) {
  return w.ledger.connect(await w.as(w.org1Safe));
}

describe("CivicLedger packed storage", () => {
  it("opportunity, organization and delegate words keep every field at its maximum", async () => {
    const w = await networkHelpers.loadFixture(worldFixture);
    await (await w.ledger.connect(await w.as(w.cityAdmin1)).setOrganizationBudget(w.org1, MAX64)).wait();
    const o = await org(w);
    await (await o.authorizeDelegate(w.org1, w.delegate.address, MAX64 - 1n)).wait();
    await (
      await o.publishOpportunity(w.org1, {
        creditsPerUnit: MAX32,
        capacity: MAX48,
        start: 0n,
        end: MAX40,
        metadata: "{}",
      })
    ).wait();
    const id = await w.ledger.opportunityCount();
    await (await w.ledger.connect(w.delegate).attest(w.org1, w.resident.address, id, 3n, EVIDENCE)).wait();

    const opp = await w.ledger.opportunity(id);
    expect([
      opp.orgId,
      opp.creditsPerUnit,
      opp.capacity,
      opp.used,
      opp.start,
      opp.end,
      opp.status,
    ]).to.deep.equal([w.org1, MAX32, MAX48, 3n, 0n, MAX40, 1n]);
    const epoch = await w.ledger.currentEpoch();
    const info = await w.ledger.organization(w.org1);
    expect([info.status, info.cityId, info.budget, info.epochMinted, info.epoch, info.nextSeq]).to.deep.equal(
      [1n, w.city1, MAX64, 3n * MAX32, epoch, 1n],
    );
    const d = await w.ledger.delegateOf(w.org1, w.delegate.address);
    expect([d.active, d.isAccount, d.cap, d.epochMinted, d.epoch]).to.deep.equal([
      true,
      false,
      MAX64 - 1n,
      3n * MAX32,
      epoch,
    ]);
    expect(await w.ledger.balanceOf(w.city1, w.resident.address)).to.equal(3n * MAX32);
    expect(await w.ledger.lifetimeEarned(w.city1, w.resident.address)).to.equal(3n * MAX32);
    expect((await w.ledger.city(w.city1)).supply).to.equal(3n * MAX32);
  });

  it("offer words keep price, stock, sold, window, flags and limit at their limits through a redemption", async () => {
    const w = await networkHelpers.loadFixture(worldFixture);
    await (await w.ledger.connect(await w.as(w.cityAdmin1)).setOrganizationBudget(w.org1, MAX64)).wait();
    const o = await org(w);
    await (
      await o.publishOpportunity(w.org1, {
        creditsPerUnit: MAX32,
        capacity: MAX48,
        start: 0n,
        end: MAX40,
        metadata: "{}",
      })
    ).wait();
    await (
      await o.attest(w.org1, w.resident.address, await w.ledger.opportunityCount(), 300n, EVIDENCE)
    ).wait();
    const price = 1n << 40n;
    await (
      await o.publishOffer(w.org1, {
        price,
        stock: MAX32,
        perResidentLimit: MAX32,
        start: 0n,
        end: MAX40,
        acceptedCities: [w.city2, w.city1],
        metadata: "{}",
      })
    ).wait();
    const id = await w.ledger.offerCount();
    await expect(w.ledger.connect(w.resident).redeem(id, w.city1, ANY_PRICE))
      .to.emit(w.ledger, "Redeemed")
      .withArgs(id, w.resident.address, 0n, w.city1, price);
    const offer = await w.ledger.offer(id);
    expect([
      offer.orgId,
      offer.price,
      offer.stock,
      offer.sold,
      offer.perResidentLimit,
      offer.start,
      offer.end,
      offer.status,
    ]).to.deep.equal([w.org1, price, MAX32 - 1n, 1n, MAX32, 0n, MAX40, 1n]);
    expect(await w.ledger.offerAcceptsCity(id, w.city1)).to.equal(true);
    expect(await w.ledger.offerAcceptsCity(id, w.city2)).to.equal(true);
    expect(await w.ledger.redemptionsOf(id, w.resident.address)).to.equal(1n);
    expect(await w.ledger.balanceOf(w.city1, w.resident.address)).to.equal(300n * MAX32 - price);
    expect(await w.ledger.lifetimeEarned(w.city1, w.resident.address)).to.equal(300n * MAX32);
  });

  it("redemption status bits stay separate across the 128-per-word boundary", async () => {
    const w = await networkHelpers.loadFixture(worldFixture);
    const o = await org(w);
    await (await o.attest(w.org1, w.resident.address, w.opp1, 200n, EVIDENCE)).wait(); // 1000 credits
    const t = BigInt(await networkHelpers.time.latest());
    await (
      await o.publishOffer(w.org1, {
        price: 1n,
        stock: 200n,
        perResidentLimit: 0n,
        start: t,
        end: t + 86_400n,
        acceptedCities: [w.city1],
        metadata: "{}",
      })
    ).wait();
    const id = await w.ledger.offerCount();
    const r = w.ledger.connect(w.resident);
    for (let i = 0; i < 130; i++) await r.redeem(id, w.city1, ANY_PRICE);
    await (await o.fulfillRedemption(id, 127n)).wait();
    await (await o.fulfillRedemption(id, 128n)).wait();
    const statuses = await Promise.all(
      [126n, 127n, 128n, 129n, 130n].map((s) => w.ledger.redemptionStatus(id, s)),
    );
    expect(statuses).to.deep.equal([1n, 2n, 2n, 1n, 0n]);
  });

  it("nonce bits stay separate across the 256-per-word boundary, including huge nonces", async () => {
    const w = await networkHelpers.loadFixture(worldFixture);
    const l = w.ledger.connect(w.delegate);
    await (await l.invalidateNonces(0n, 1n << 255n)).wait();
    await (await l.invalidateNonces(1n, 1n)).wait();
    const used = await Promise.all(
      [254n, 255n, 256n, 257n].map((n) => w.ledger.isNonceUsed(w.delegate.address, n)),
    );
    expect(used).to.deep.equal([false, true, true, false]);
    const huge = (1n << 256n) - 1n;
    const deadline = BigInt(await networkHelpers.time.latest()) + 100n;
    const req = {
      orgId: w.org1,
      signer: w.delegate.address,
      rows: [packRow(w.resident.address, w.opp1, 1n)],
      evidenceRoot: EVIDENCE,
      generation: 0n,
      nonce: huge,
      deadline,
    };
    await expect(
      w.ledger.connect(w.stranger).attestSigned(req, await signAttestation(w.delegate, w.domain, req)),
    )
      .to.emit(w.ledger, "NonceUsed")
      .withArgs(w.delegate.address, huge);
    expect(await w.ledger.isNonceUsed(w.delegate.address, huge)).to.equal(true);
    expect(await w.ledger.isNonceUsed(w.delegate.address, huge - 1n)).to.equal(false);
  });

  it("revoked bits stay separate across the 256-per-word boundary", async () => {
    const w = await networkHelpers.loadFixture(worldFixture);
    const o = await org(w);
    const rows = Array.from({ length: 260 }, () => packRow(w.resident.address, w.opp1, 1n));
    await (await o.attestBatch(w.org1, rows, EVIDENCE)).wait();
    const proof = await batchProof(w.ledger, ethers.provider, w.org1, 0n);
    await (await o.revoke(proof, [255n, 256n], 1)).wait();
    const revoked = await Promise.all([254n, 255n, 256n, 257n].map((s) => w.ledger.isRevoked(w.org1, s)));
    expect(revoked).to.deep.equal([false, true, true, false]);
  });

  it("a delegate's cap renews at the next epoch (its own epoch counter rolls over)", async () => {
    const w = await networkHelpers.loadFixture(worldFixture);
    const d = w.ledger.connect(w.delegate);
    const units = DELEGATE_CAP / 5n;
    const t = BigInt(await networkHelpers.time.latest());
    await (
      await (
        await org(w)
      ).publishOpportunity(w.org1, {
        creditsPerUnit: 5n,
        capacity: 10n * units,
        start: t,
        end: t + 100n * EPOCH_DURATION,
        metadata: "{}",
      })
    ).wait();
    const opp = await w.ledger.opportunityCount();
    await (await d.attest(w.org1, w.resident.address, opp, units, EVIDENCE)).wait();
    await expect(d.attest(w.org1, w.resident.address, opp, 1n, EVIDENCE))
      .to.be.revertedWithCustomError(w.ledger, "CivicLedgerDelegateCapExceeded")
      .withArgs(w.delegate.address, 5n, 0n);
    const now = BigInt(await networkHelpers.time.latest());
    await networkHelpers.time.setNextBlockTimestamp((now / EPOCH_DURATION + 1n) * EPOCH_DURATION);
    await (await d.attest(w.org1, w.resident.address, opp, units, EVIDENCE)).wait();
    const state = await w.ledger.delegateOf(w.org1, w.delegate.address);
    expect([state.epochMinted, state.epoch]).to.deep.equal([DELEGATE_CAP, await w.ledger.currentEpoch()]);
    expect((await w.ledger.organization(w.org1)).epochMinted).to.equal(DELEGATE_CAP);
  });

  describe("counters at their end (storage set directly)", () => {
    const ORG_NEXT_SEQ = 200n;
    const OFFER_SOLD = 128n;

    it("an organization's sequence numbers end at 2^48 - 1: the batch that would pass it is refused", async () => {
      const w = await networkHelpers.loadFixture(worldFixture);
      const o = await org(w);
      await (await o.attest(w.org1, w.resident.address, w.opp1, 1n, EVIDENCE)).wait();
      const ledger = w.ledgerAddress;
      // find orgs[org1] by its first fields: status 1, cityId, budget (the hot word)
      const info = await w.ledger.organization(w.org1);
      const word =
        1n |
        (info.cityId << 8n) |
        (info.budget << 40n) |
        (info.epochMinted << 104n) |
        (info.epoch << 168n) |
        (info.nextSeq << ORG_NEXT_SEQ);
      const slot = await findEntrySlot(ethers.provider, ledger, w.org1, word);
      const nearEnd = (1n << 48n) - 2n;
      const patched = (word & ((1n << ORG_NEXT_SEQ) - 1n)) | (nearEnd << ORG_NEXT_SEQ);
      await networkHelpers.setStorageAt(ledger, slot, toBeHex(patched, 32));
      expect((await w.ledger.organization(w.org1)).nextSeq).to.equal(nearEnd);
      await expect(o.attest(w.org1, w.resident.address, w.opp1, 1n, EVIDENCE))
        .to.emit(w.ledger, "AttestationRecorded")
        .withArgs(w.org1, w.org1Safe.address, nearEnd, EVIDENCE, packRow(w.resident.address, w.opp1, 1n));
      await expect(o.attest(w.org1, w.resident.address, w.opp1, 1n, EVIDENCE))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerInvalidBatchSize")
        .withArgs(1n);
    });

    it("an offer's sold counter ends at 2^32 - 1: further redemptions report out of stock", async () => {
      const w = await networkHelpers.loadFixture(worldFixture);
      const o = await org(w);
      await (await o.attest(w.org1, w.resident.address, w.opp1, 100n, EVIDENCE)).wait();
      await (await w.ledger.connect(w.resident).redeem(w.offer1, w.city1, ANY_PRICE)).wait();
      const info = await w.ledger.offer(w.offer1);
      const flags = 1n | 2n; // active, home city
      const word =
        info.orgId |
        (info.price << 32n) |
        (info.stock << 96n) |
        (info.sold << OFFER_SOLD) |
        (info.start << 160n) |
        (info.end << 200n) |
        (flags << 240n);
      const slot = await findEntrySlot(ethers.provider, w.ledgerAddress, w.offer1, word);
      const last = (1n << 32n) - 2n;
      const patched = (word & ~(((1n << 32n) - 1n) << OFFER_SOLD)) | (last << OFFER_SOLD);
      await networkHelpers.setStorageAt(w.ledgerAddress, slot, toBeHex(patched, 32));
      await expect(w.ledger.connect(w.resident).redeem(w.offer1, w.city1, ANY_PRICE))
        .to.emit(w.ledger, "Redeemed")
        .withArgs(w.offer1, w.resident.address, last, w.city1, OFFER_PRICE_);
      await expect(w.ledger.connect(w.resident).redeem(w.offer1, w.city1, ANY_PRICE))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerOutOfStock")
        .withArgs(w.offer1);
    });
  });
});
