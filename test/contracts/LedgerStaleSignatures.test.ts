/**
 * A signature dies when its signer loses authority: revoking a delegate, suspending the organization and
 * moving it to a new Safe end every signature made before, for good (re-authorizing or reactivating does not
 * revive them), for an EOA delegate and for a Safe (EIP-1271) signer, through the relayed path. Signed
 * attestations and redemptions also cannot name a deadline beyond the ledger's signature horizon.
 */
import { expect } from "chai";
import { network } from "hardhat";

import {
  type SignedAttestationRequest,
  attestationDigest,
  packRow,
  signAttestation,
  signRedemption,
} from "./helpers/eip712.ts";
import {
  DELEGATE_CAP,
  EVIDENCE,
  OFFER_PRICE,
  SIGNATURE_HORIZON,
  type World,
  makeWorldFixture,
} from "./helpers/fixture.ts";
import { type TestSafe, safeSignHash } from "./helpers/safe.ts";

const connection = await network.create();
const { networkHelpers } = connection;
const worldFixture = makeWorldFixture(connection);

const ORG_GENERATION = 1n << 32n; // one organization-level bump

let nonce = 1n;

async function request(w: World, signer: string, deadline?: bigint): Promise<SignedAttestationRequest> {
  const now = BigInt(await networkHelpers.time.latest());
  return {
    orgId: w.org1,
    signer,
    rows: [packRow(w.resident2.address, w.opp1, 1n)],
    evidenceRoot: EVIDENCE,
    generation: await w.ledger.authorizationGeneration(w.org1, signer),
    nonce: nonce++,
    deadline: deadline ?? now + 3600n,
  };
}

function safeSigns(w: World, safe: TestSafe, req: SignedAttestationRequest) {
  return safeSignHash(safe, safe.owners.slice(0, 2), attestationDigest(w.domain, req), w.chainId);
}

function relay(w: World, req: SignedAttestationRequest, signature: string) {
  return w.ledger.connect(w.stranger).attestSigned(req, signature);
}

async function expectStale(w: World, req: SignedAttestationRequest, signature: string, current: bigint) {
  await expect(relay(w, req, signature))
    .to.be.revertedWithCustomError(w.ledger, "CivicLedgerStaleAuthorization")
    .withArgs(w.org1, req.signer, req.generation, current);
}

async function org(w: World) {
  return w.ledger.connect(await w.as(w.org1Safe));
}

async function suspendAndReactivate(w: World) {
  const city = w.ledger.connect(await w.as(w.cityAdmin1));
  await (await city.setOrganizationStatus(w.org1, 2)).wait();
  await (await city.setOrganizationStatus(w.org1, 1)).wait();
}

/** The spare Safe is a second delegate of organization 1 (an EIP-1271 delegate). */
async function fixture() {
  const w = await worldFixture();
  await (await (await org(w)).authorizeDelegate(w.org1, w.spareSafe.address, DELEGATE_CAP)).wait();
  return w;
}

describe("CivicLedger: a signature dies when its signer loses authority", () => {
  it("an EOA delegate revoked then re-authorized: its earlier signature stays dead; a new one works", async () => {
    const w = await networkHelpers.loadFixture(fixture);
    const old = await request(w, w.delegate.address);
    const sig = await signAttestation(w.delegate, w.domain, old);
    await (await (await org(w)).revokeDelegate(w.org1, w.delegate.address)).wait();
    await (await (await org(w)).authorizeDelegate(w.org1, w.delegate.address, DELEGATE_CAP)).wait();
    await expectStale(w, old, sig, 1n);
    const fresh = await request(w, w.delegate.address);
    expect(fresh.generation).to.equal(1n);
    await expect(relay(w, fresh, await signAttestation(w.delegate, w.domain, fresh))).to.emit(
      w.ledger,
      "AttestationRecorded",
    );
  });

  it("a Safe (EIP-1271) delegate revoked then re-authorized: its earlier signature stays dead", async () => {
    const w = await networkHelpers.loadFixture(fixture);
    const old = await request(w, w.spareSafe.address);
    const sig = await safeSigns(w, w.spareSafe, old);
    await (await (await org(w)).revokeDelegate(w.org1, w.spareSafe.address)).wait();
    await (await (await org(w)).authorizeDelegate(w.org1, w.spareSafe.address, DELEGATE_CAP)).wait();
    await expectStale(w, old, sig, 1n);
  });

  it("the organization suspended then reactivated: earlier signatures of its Safe and of its delegate stay dead", async () => {
    const w = await networkHelpers.loadFixture(fixture);
    const bySafe = await request(w, w.org1Safe.address);
    const safeSig = await safeSigns(w, w.org1Safe, bySafe);
    const byDelegate = await request(w, w.delegate.address);
    const delegateSig = await signAttestation(w.delegate, w.domain, byDelegate);
    await suspendAndReactivate(w);
    await expectStale(w, bySafe, safeSig, ORG_GENERATION);
    await expectStale(w, byDelegate, delegateSig, ORG_GENERATION);
    const fresh = await request(w, w.org1Safe.address);
    expect(fresh.generation).to.equal(ORG_GENERATION);
    await expect(relay(w, fresh, await safeSigns(w, w.org1Safe, fresh))).to.emit(
      w.ledger,
      "AttestationRecorded",
    );
  });

  it("while suspended, signatures of the organization fail as suspended", async () => {
    const w = await networkHelpers.loadFixture(fixture);
    const req = await request(w, w.delegate.address);
    const sig = await signAttestation(w.delegate, w.domain, req);
    await (await w.ledger.connect(await w.as(w.cityAdmin1)).setOrganizationStatus(w.org1, 2)).wait();
    await expect(relay(w, req, sig))
      .to.be.revertedWithCustomError(w.ledger, "CivicLedgerOrganizationSuspended")
      .withArgs(w.org1);
  });

  it("the organization moved to a new Safe (and back): the earlier signatures of the old Safe and of the delegate stay dead", async () => {
    const w = await networkHelpers.loadFixture(worldFixture);
    const bySafe = await request(w, w.org1Safe.address);
    const safeSig = await safeSigns(w, w.org1Safe, bySafe);
    const byDelegate = await request(w, w.delegate.address);
    const delegateSig = await signAttestation(w.delegate, w.domain, byDelegate);
    await expect((await org(w)).setOrganizationAccount(w.org1, w.spareSafe.address))
      .to.emit(w.ledger, "OrganizationAccountChanged")
      .withArgs(w.org1, w.org1Safe.address, w.spareSafe.address, 1n);
    await expectStale(w, byDelegate, delegateSig, ORG_GENERATION);
    await expect(relay(w, bySafe, safeSig))
      .to.be.revertedWithCustomError(w.ledger, "CivicLedgerNotAttester")
      .withArgs(w.org1, w.org1Safe.address);
    // Moving back does not revive the old Safe's signature either.
    await (
      await w.ledger.connect(await w.as(w.spareSafe)).setOrganizationAccount(w.org1, w.org1Safe.address)
    ).wait();
    await expectStale(w, bySafe, safeSig, 2n * ORG_GENERATION);
  });
});

describe("CivicLedger signature horizon", () => {
  it("refuses an attestation or a redemption whose deadline is beyond the horizon, naming it; accepts the horizon exactly", async () => {
    const w = await networkHelpers.loadFixture(fixture);
    await (
      await w.ledger.connect(await w.as(w.org1Safe)).attest(w.org1, w.resident.address, w.opp1, 10n, EVIDENCE)
    ).wait();
    const at = BigInt(await networkHelpers.time.latest()) + 100n;
    const far = await request(w, w.delegate.address, at + SIGNATURE_HORIZON + 1n);
    await networkHelpers.time.setNextBlockTimestamp(at);
    await expect(relay(w, far, await signAttestation(w.delegate, w.domain, far)))
      .to.be.revertedWithCustomError(w.ledger, "CivicLedgerDeadlineBeyondHorizon")
      .withArgs(at + SIGNATURE_HORIZON + 1n, at + SIGNATURE_HORIZON, SIGNATURE_HORIZON);

    const redemption = {
      resident: w.resident.address,
      offerId: w.offer1,
      cityId: w.city1,
      maxPrice: OFFER_PRICE,
      nonce: nonce++,
      deadline: at + 10n + SIGNATURE_HORIZON + 1n,
    };
    await networkHelpers.time.setNextBlockTimestamp(at + 10n);
    await expect(
      w.ledger
        .connect(w.stranger)
        .redeemSigned(redemption, await signRedemption(w.resident, w.domain, redemption)),
    )
      .to.be.revertedWithCustomError(w.ledger, "CivicLedgerDeadlineBeyondHorizon")
      .withArgs(redemption.deadline, at + 10n + SIGNATURE_HORIZON, SIGNATURE_HORIZON);

    const exact = await request(w, w.delegate.address, at + 20n + SIGNATURE_HORIZON);
    await networkHelpers.time.setNextBlockTimestamp(at + 20n);
    await expect(relay(w, exact, await signAttestation(w.delegate, w.domain, exact))).to.emit(
      w.ledger,
      "AttestationRecorded",
    );
    expect(await w.ledger.signatureHorizon()).to.equal(SIGNATURE_HORIZON);
  });
});
