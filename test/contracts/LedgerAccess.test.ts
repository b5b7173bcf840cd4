/**
 * Access control matrix: every restricted function of the ledger, called by every role. Allowed
 * roles succeed; every other role gets the function's authorization error with its arguments.
 * Roles that are Safes act with msg.sender = the Safe (see helpers/fixture.ts).
 */
import { expect } from "chai";
import type { ContractTransactionResponse, Signer } from "ethers";
import { network } from "hardhat";

import type { ICivicLedger } from "../../types/ethers-contracts/index.ts";
import { EVIDENCE, type World, makeWorldFixture, ANY_PRICE } from "./helpers/fixture.ts";

const connection = await network.create();
const { networkHelpers } = connection;
const worldFixture = makeWorldFixture(connection);

const ROLES = [
  "networkAdmin",
  "cityAdmin",
  "otherCityAdmin",
  "orgAccount",
  "otherOrgAccount",
  "delegate",
  "resident",
  "stranger",
] as const;
type Role = (typeof ROLES)[number];

async function signerOf(w: World, role: Role): Promise<Signer> {
  switch (role) {
    case "networkAdmin":
      return w.as(w.networkAdmin);
    case "cityAdmin":
      return w.as(w.cityAdmin1);
    case "otherCityAdmin":
      return w.as(w.cityAdmin2);
    case "orgAccount":
      return w.as(w.org1Safe);
    case "otherOrgAccount":
      return w.as(w.org2Safe);
    case "delegate":
      return w.delegate;
    case "resident":
      return w.resident;
    case "stranger":
      return w.stranger;
  }
}

interface Restricted {
  fn: string;
  allowed: Role[];
  setup?: (w: World) => Promise<void>;
  call: (l: ICivicLedger, w: World) => Promise<unknown>;
  error: string;
  args: (w: World, caller: string) => unknown[];
}

const meta = '{"title":"x"}';
const notNetworkAdmin = { error: "CivicLedgerNotNetworkAdmin", args: (_w: World, c: string) => [c] };
const notCityAdmin = { error: "CivicLedgerNotCityAdmin", args: (w: World, c: string) => [w.city1, c] };
const notOrgAccount = {
  error: "CivicLedgerNotOrganizationAccount",
  args: (w: World, c: string) => [w.org1, c],
};

async function oppParams(w: World) {
  const now = BigInt(await w.helpers.time.latest());
  return { creditsPerUnit: 1n, capacity: 10n, start: now, end: now + 86_400n, metadata: meta };
}

const MATRIX: Restricted[] = [
  {
    fn: "beginNetworkAdminTransfer",
    allowed: ["networkAdmin"],
    call: (l, w) => l.beginNetworkAdminTransfer(w.spareSafe.address),
    ...notNetworkAdmin,
  },
  {
    fn: "cancelNetworkAdminTransfer",
    allowed: ["networkAdmin"],
    setup: async (w) => {
      await (
        await w.ledger.connect(await w.as(w.networkAdmin)).beginNetworkAdminTransfer(w.spareSafe.address)
      ).wait();
    },
    call: (l) => l.cancelNetworkAdminTransfer(),
    ...notNetworkAdmin,
  },
  { fn: "pause", allowed: ["networkAdmin"], call: (l) => l.pause(), ...notNetworkAdmin },
  {
    fn: "unpause",
    allowed: ["networkAdmin"],
    setup: async (w) => {
      await (await w.ledger.connect(await w.as(w.networkAdmin)).pause()).wait();
    },
    call: (l) => l.unpause(),
    ...notNetworkAdmin,
  },
  {
    fn: "createCity",
    allowed: ["networkAdmin"],
    call: (l, w) => l.createCity(w.spareSafe.address, "SFO", "San Francisco"),
    ...notNetworkAdmin,
  },
  {
    fn: "setCityAdmin",
    allowed: ["networkAdmin"],
    call: (l, w) => l.setCityAdmin(w.city1, w.spareSafe.address),
    ...notNetworkAdmin,
  },
  {
    fn: "onboardOrganization",
    allowed: ["cityAdmin"],
    call: (l, w) => l.onboardOrganization(w.city1, w.spareSafe.address, 100n, meta),
    ...notCityAdmin,
  },
  {
    fn: "setOrganizationStatus",
    allowed: ["cityAdmin"],
    call: (l, w) => l.setOrganizationStatus(w.org1, 2),
    ...notCityAdmin,
  },
  {
    fn: "setOrganizationBudget",
    allowed: ["cityAdmin"],
    call: (l, w) => l.setOrganizationBudget(w.org1, 123n),
    ...notCityAdmin,
  },
  {
    fn: "setOrganizationAccount",
    allowed: ["orgAccount"],
    call: (l, w) => l.setOrganizationAccount(w.org1, w.spareSafe.address),
    ...notOrgAccount,
  },
  {
    fn: "authorizeDelegate",
    allowed: ["orgAccount"],
    call: (l, w) => l.authorizeDelegate(w.org1, w.resident2.address, 10n),
    ...notOrgAccount,
  },
  {
    fn: "revokeDelegate",
    allowed: ["orgAccount"],
    call: (l, w) => l.revokeDelegate(w.org1, w.delegate.address),
    ...notOrgAccount,
  },
  {
    fn: "publishOpportunity",
    allowed: ["orgAccount"],
    call: async (l, w) => l.publishOpportunity(w.org1, await oppParams(w)),
    ...notOrgAccount,
  },
  {
    fn: "updateOpportunity",
    allowed: ["orgAccount"],
    call: async (l, w) => {
      const p = await oppParams(w);
      return l.updateOpportunity(w.opp1, 2_000n, p.start, p.end, meta);
    },
    ...notOrgAccount,
  },
  {
    fn: "closeOpportunity",
    allowed: ["orgAccount"],
    call: (l, w) => l.closeOpportunity(w.opp1),
    ...notOrgAccount,
  },
  {
    fn: "publishOffer",
    allowed: ["orgAccount"],
    call: async (l, w) => {
      const p = await oppParams(w);
      return l.publishOffer(w.org1, {
        price: 1n,
        stock: 1n,
        perResidentLimit: 0n,
        start: p.start,
        end: p.end,
        acceptedCities: [w.city1],
        metadata: meta,
      });
    },
    ...notOrgAccount,
  },
  {
    fn: "updateOffer",
    allowed: ["orgAccount"],
    call: async (l, w) => {
      const p = await oppParams(w);
      return l.updateOffer(w.offer1, 5n, 5n, p.start, p.end, meta);
    },
    ...notOrgAccount,
  },
  { fn: "closeOffer", allowed: ["orgAccount"], call: (l, w) => l.closeOffer(w.offer1), ...notOrgAccount },
  {
    fn: "attest",
    allowed: ["orgAccount", "delegate"],
    call: (l, w) => l.attest(w.org1, w.resident2.address, w.opp1, 1n, EVIDENCE),
    error: "CivicLedgerNotAttester",
    args: (w, c) => [w.org1, c],
  },
  {
    fn: "requestRecovery",
    allowed: ["cityAdmin"],
    call: (l, w) => l.requestRecovery(w.city1, w.resident.address, w.resident2.address),
    ...notCityAdmin,
  },
  {
    // The old address (here the resident) cannot cancel: a thief holding its key would veto every recovery.
    fn: "cancelRecovery",
    allowed: ["cityAdmin"],
    setup: async (w) => {
      const city = w.ledger.connect(await w.as(w.cityAdmin1));
      await (await city.requestRecovery(w.city1, w.resident.address, w.resident2.address)).wait();
    },
    call: (l, w) => l.cancelRecovery(w.city1, w.resident.address),
    ...notCityAdmin,
  },
  {
    fn: "contestRecovery",
    allowed: ["resident"],
    setup: async (w) => {
      const city = w.ledger.connect(await w.as(w.cityAdmin1));
      await (await city.requestRecovery(w.city1, w.resident.address, w.resident2.address)).wait();
    },
    call: (l, w) => l.contestRecovery(w.city1, w.resident.address),
    error: "CivicLedgerNotRecoveryContester",
    args: (_w, c) => [c],
  },
  {
    fn: "resolveRecovery",
    allowed: ["networkAdmin"],
    setup: async (w) => {
      const city = w.ledger.connect(await w.as(w.cityAdmin1));
      await (await city.requestRecovery(w.city1, w.resident.address, w.resident2.address)).wait();
      await (await w.ledger.connect(w.resident).contestRecovery(w.city1, w.resident.address)).wait();
    },
    call: (l, w) => l.resolveRecovery(w.city1, w.resident.address, false),
    ...notNetworkAdmin,
  },
  {
    fn: "fulfillRedemption",
    allowed: ["orgAccount"],
    setup: async (w) => {
      const org = w.ledger.connect(await w.as(w.org1Safe));
      await (await org.attest(w.org1, w.resident.address, w.opp1, 10n, EVIDENCE)).wait();
      await (await w.ledger.connect(w.resident).redeem(w.offer1, w.city1, ANY_PRICE)).wait();
    },
    call: (l, w) => l.fulfillRedemption(w.offer1, 0n),
    ...notOrgAccount,
  },
];

describe("CivicLedger access control matrix", () => {
  for (const entry of MATRIX) {
    describe(entry.fn, () => {
      for (const role of ROLES) {
        const allowed = entry.allowed.includes(role);
        it(`${allowed ? "allows" : "rejects"} the ${role}`, async () => {
          const w = await networkHelpers.loadFixture(worldFixture);
          await entry.setup?.(w);
          const signer = await signerOf(w, role);
          const caller = await signer.getAddress();
          const sent = entry.call(w.ledger.connect(signer), w);
          if (allowed) {
            const tx = (await sent) as ContractTransactionResponse;
            expect((await tx.wait())?.status).to.equal(1);
          } else {
            await expect(sent)
              .to.be.revertedWithCustomError(w.ledger, entry.error)
              .withArgs(...entry.args(w, caller));
          }
        });
      }
    });
  }

  describe("open to anyone", () => {
    for (const role of ROLES) {
      it(`checkpoint, invalidateNonces and executeRecovery (after the delay) work for the ${role}`, async () => {
        const w = await networkHelpers.loadFixture(worldFixture);
        const city = w.ledger.connect(await w.as(w.cityAdmin1));
        await (await city.requestRecovery(w.city1, w.resident.address, w.resident2.address)).wait();
        await networkHelpers.time.increase(Number(await w.ledger.recoveryDelay()));
        const l = w.ledger.connect(await signerOf(w, role));
        await expect(l.checkpoint(w.city1)).to.emit(w.ledger, "CheckpointRecorded");
        await expect(l.invalidateNonces(3n, 1n)).to.emit(w.ledger, "NoncesInvalidated");
        await expect(l.executeRecovery(w.city1, w.resident.address)).to.emit(w.ledger, "RecoveryExecuted");
      });
    }
  });
});
