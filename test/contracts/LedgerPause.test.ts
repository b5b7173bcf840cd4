/** Pause: one table of what keeps working (incident response, bookkeeping) and what stops (value moves). */
import { expect } from "chai";
import { network } from "hardhat";

import type { ICivicLedger } from "../../types/ethers-contracts/index.ts";
import { redemptionProof } from "./helpers/chain.ts";
import {
  ADMIN_TRANSFER_DELAY,
  EVIDENCE,
  RECOVERY_DELAY,
  type World,
  makeWorldFixture,
  ANY_PRICE,
} from "./helpers/fixture.ts";
import { packRow, signAttestation, signRedemption } from "./helpers/eip712.ts";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const worldFixture = makeWorldFixture(connection);

const META = '{"t":1}';

/** State prepared before pausing: a redemption, a pending recovery past its delay, a pending admin transfer. */
async function fixture() {
  const w = await worldFixture();
  const org = w.ledger.connect(await w.as(w.org1Safe));
  await (await org.attest(w.org1, w.resident.address, w.opp1, 20n, EVIDENCE)).wait();
  await (await w.ledger.connect(w.resident).redeem(w.offer1, w.city1, ANY_PRICE)).wait();
  await (await w.ledger.connect(w.resident).redeem(w.offer1, w.city1, ANY_PRICE)).wait();
  const city = w.ledger.connect(await w.as(w.cityAdmin1));
  await (await city.requestRecovery(w.city1, w.resident2.address, w.stranger.address)).wait();
  await (
    await w.ledger.connect(await w.as(w.networkAdmin)).beginNetworkAdminTransfer(w.spareSafe.address)
  ).wait();
  await networkHelpers.time.increase(
    Number(RECOVERY_DELAY > ADMIN_TRANSFER_DELAY ? RECOVERY_DELAY : ADMIN_TRANSFER_DELAY),
  );
  const proof = await redemptionProof(w.ledger, ethers.provider, w.offer1, 1n);
  await (await w.ledger.connect(await w.as(w.networkAdmin)).pause()).wait();
  return { w, proof };
}

type Who = "networkAdmin" | "cityAdmin" | "org" | "delegate" | "resident" | "stranger" | "pendingAdmin";
interface Row {
  name: string;
  who: Who;
  call: (l: ICivicLedger, w: World, proof: Awaited<ReturnType<typeof fixture>>["proof"]) => Promise<unknown>;
}

async function signer(w: World, who: Who) {
  switch (who) {
    case "networkAdmin":
      return w.as(w.networkAdmin);
    case "cityAdmin":
      return w.as(w.cityAdmin1);
    case "org":
      return w.as(w.org1Safe);
    case "pendingAdmin":
      return w.as(w.spareSafe);
    case "delegate":
      return w.delegate;
    case "resident":
      return w.resident;
    case "stranger":
      return w.stranger;
  }
}

const t = async () => BigInt(await networkHelpers.time.latest());

const WORKS: Row[] = [
  { name: "unpause", who: "networkAdmin", call: (l) => l.unpause() },
  { name: "acceptNetworkAdmin", who: "pendingAdmin", call: (l) => l.acceptNetworkAdmin() },
  { name: "cancelNetworkAdminTransfer", who: "networkAdmin", call: (l) => l.cancelNetworkAdminTransfer() },
  {
    name: "beginNetworkAdminTransfer",
    who: "networkAdmin",
    call: (l, w) => l.beginNetworkAdminTransfer(w.cityAdmin2.address),
  },
  { name: "setCityAdmin", who: "networkAdmin", call: (l, w) => l.setCityAdmin(w.city1, w.spareSafe.address) },
  {
    name: "setOrganizationStatus (suspend)",
    who: "cityAdmin",
    call: (l, w) => l.setOrganizationStatus(w.org1, 2),
  },
  { name: "revokeDelegate", who: "org", call: (l, w) => l.revokeDelegate(w.org1, w.delegate.address) },
  { name: "closeOpportunity", who: "org", call: (l, w) => l.closeOpportunity(w.opp1) },
  { name: "closeOffer", who: "org", call: (l, w) => l.closeOffer(w.offer1) },
  { name: "fulfillRedemption", who: "org", call: (l, w) => l.fulfillRedemption(w.offer1, 0n) },
  {
    name: "cancelRecovery",
    who: "cityAdmin",
    call: (l, w) => l.cancelRecovery(w.city1, w.resident2.address),
  },
  { name: "checkpoint", who: "stranger", call: (l, w) => l.checkpoint(w.city1) },
  { name: "invalidateNonces", who: "resident", call: (l) => l.invalidateNonces(0n, 1n) },
];

const STOPS: Row[] = [
  {
    name: "attest",
    who: "delegate",
    call: (l, w) => l.attest(w.org1, w.resident.address, w.opp1, 1n, EVIDENCE),
  },
  {
    name: "attestBatch",
    who: "org",
    call: (l, w) => l.attestBatch(w.org1, [packRow(w.resident.address, w.opp1, 1n)], EVIDENCE),
  },
  {
    name: "attestSigned",
    who: "stranger",
    call: async (l, w) => {
      const req = {
        orgId: w.org1,
        signer: w.delegate.address,
        rows: [packRow(w.resident.address, w.opp1, 1n)],
        evidenceRoot: EVIDENCE,
        generation: 0n,
        nonce: 9n,
        deadline: (await t()) + 100n,
      };
      return l.attestSigned(req, await signAttestation(w.delegate, w.domain, req));
    },
  },
  { name: "redeem", who: "resident", call: (l, w) => l.redeem(w.offer1, w.city1, ANY_PRICE) },
  {
    name: "redeemSigned",
    who: "stranger",
    call: async (l, w) => {
      const req = {
        resident: w.resident.address,
        offerId: w.offer1,
        cityId: w.city1,
        maxPrice: ANY_PRICE,
        nonce: 9n,
        deadline: (await t()) + 100n,
      };
      return l.redeemSigned(req, await signRedemption(w.resident, w.domain, req));
    },
  },
  { name: "refundRedemption", who: "org", call: (l, w, proof) => l.refundRedemption(w.offer1, 1n, proof) },
  {
    name: "executeRecovery",
    who: "stranger",
    call: (l, w) => l.executeRecovery(w.city1, w.resident2.address),
  },
  {
    name: "requestRecovery",
    who: "cityAdmin",
    call: (l, w) => l.requestRecovery(w.city1, w.resident.address, w.stranger.address),
  },
  {
    name: "createCity",
    who: "networkAdmin",
    call: (l, w) => l.createCity(w.spareSafe.address, "NEW", "New"),
  },
  {
    name: "onboardOrganization",
    who: "cityAdmin",
    call: (l, w) => l.onboardOrganization(w.city1, w.spareSafe.address, 1n, META),
  },
  { name: "setOrganizationBudget", who: "cityAdmin", call: (l, w) => l.setOrganizationBudget(w.org1, 1n) },
  {
    name: "setOrganizationAccount",
    who: "org",
    call: (l, w) => l.setOrganizationAccount(w.org1, w.spareSafe.address),
  },
  {
    name: "authorizeDelegate",
    who: "org",
    call: (l, w) => l.authorizeDelegate(w.org1, w.resident2.address, 1n),
  },
  {
    name: "publishOpportunity",
    who: "org",
    call: async (l, w) =>
      l.publishOpportunity(w.org1, {
        creditsPerUnit: 1n,
        capacity: 1n,
        start: await t(),
        end: (await t()) + 9n,
        metadata: META,
      }),
  },
  {
    name: "updateOpportunity",
    who: "org",
    call: async (l, w) => l.updateOpportunity(w.opp1, 2000n, await t(), (await t()) + 9n, META),
  },
  {
    name: "publishOffer",
    who: "org",
    call: async (l, w) =>
      l.publishOffer(w.org1, {
        price: 1n,
        stock: 1n,
        perResidentLimit: 0n,
        start: await t(),
        end: (await t()) + 9n,
        acceptedCities: [w.city1],
        metadata: META,
      }),
  },
  {
    name: "updateOffer",
    who: "org",
    call: async (l, w) => l.updateOffer(w.offer1, 1n, 1n, await t(), (await t()) + 9n, META),
  },
];

describe("CivicLedger while paused", () => {
  for (const row of WORKS) {
    it(`${row.name} keeps working`, async () => {
      const { w, proof } = await networkHelpers.loadFixture(fixture);
      const tx = (await row.call(w.ledger.connect(await signer(w, row.who)), w, proof)) as {
        wait: () => Promise<{ status: number } | null>;
      };
      expect((await tx.wait())?.status).to.equal(1);
    });
  }
  for (const row of STOPS) {
    it(`${row.name} stops with CivicLedgerPaused`, async () => {
      const { w, proof } = await networkHelpers.loadFixture(fixture);
      await expect(
        row.call(w.ledger.connect(await signer(w, row.who)), w, proof),
      ).to.be.revertedWithCustomError(w.ledger, "CivicLedgerPaused");
    });
  }
  it("reactivating a suspended organization stops while paused", async () => {
    const { w } = await networkHelpers.loadFixture(fixture);
    const city = w.ledger.connect(await w.as(w.cityAdmin1));
    await (await city.setOrganizationStatus(w.org1, 2)).wait();
    await expect(city.setOrganizationStatus(w.org1, 1)).to.be.revertedWithCustomError(
      w.ledger,
      "CivicLedgerPaused",
    );
  });
  it("views keep answering", async () => {
    const { w } = await networkHelpers.loadFixture(fixture);
    expect(await w.ledger.paused()).to.equal(true);
    expect(await w.ledger.balanceOf(w.city1, w.resident.address)).to.equal(60n);
  });
});
