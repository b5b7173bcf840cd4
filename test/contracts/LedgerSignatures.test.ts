/**
 * Signed attestations and redemptions: replay across chains and contracts, double use, deadlines,
 * wrong signers, malleability, revoked delegates, Safe owners vs the Safe, EIP-1271 wallets
 * (real 2-of-3 Safe, below threshold, wrong magic value, reverting), cancelled nonces.
 */
import { expect } from "chai";
import { type BaseWallet, Wallet, ZeroAddress } from "ethers";
import { network } from "hardhat";

import { EVIDENCE, OFFER_PRICE, type World, fundedWallet, makeWorldFixture } from "./helpers/fixture.ts";
import {
  type LedgerDomain,
  type SignedAttestationRequest,
  type SignedRedemptionRequest,
  attestationDigest,
  ledgerDomain,
  packRow,
  redemptionDigest,
  signAttestation,
  signRedemption,
} from "./helpers/eip712.ts";
import { type TestSafe, execSafeTransaction, safeSignHash } from "./helpers/safe.ts";
import { toHighS } from "./helpers/signatures.ts";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const worldFixture = makeWorldFixture(connection);

async function fixture() {
  const w = await worldFixture();
  // Wallet contracts used as delegates (attestations) and as residents (redemptions).
  const wrongMagic = await ethers.deployContract("WrongMagicWallet", ["0xffffffff"]);
  const reverting = await ethers.deployContract("RevertingWallet");
  const approving = await ethers.deployContract("ApprovingWallet");
  const org = w.ledger.connect(await w.as(w.org1Safe));
  for (const c of [wrongMagic, reverting, approving]) {
    await (await org.authorizeDelegate(w.org1, await c.getAddress(), 1000n)).wait();
  }
  // The resident holds credits for redemptions.
  await (await org.attest(w.org1, w.resident.address, w.opp1, 100n, EVIDENCE)).wait();
  return { w, wrongMagic, reverting, approving };
}

let nextNonce = 1n;

async function attestationRequest(
  w: World,
  signer: string,
  overrides: Partial<SignedAttestationRequest> = {},
) {
  const now = BigInt(await networkHelpers.time.latest());
  return {
    orgId: w.org1,
    signer,
    rows: [packRow(w.resident2.address, w.opp1, 2n)],
    evidenceRoot: EVIDENCE,
    generation: await w.ledger.authorizationGeneration(w.org1, signer),
    nonce: nextNonce++,
    deadline: now + 3600n,
    ...overrides,
  } satisfies SignedAttestationRequest;
}

async function redemptionRequest(
  w: World,
  resident: string,
  overrides: Partial<SignedRedemptionRequest> = {},
) {
  const now = BigInt(await networkHelpers.time.latest());
  return {
    resident,
    offerId: w.offer1,
    cityId: w.city1,
    maxPrice: OFFER_PRICE,
    nonce: nextNonce++,
    deadline: now + 3600n,
    ...overrides,
  } satisfies SignedRedemptionRequest;
}

function safeSigns(w: World, safe: TestSafe, digest: string, signers = 2) {
  return safeSignHash(safe, safe.owners.slice(0, signers), digest, w.chainId);
}

describe("CivicLedger signatures", () => {
  describe("EIP-712 domain and digests", () => {
    it("exposes the documented domain separator and the digests the helpers compute", async () => {
      const { w } = await networkHelpers.loadFixture(fixture);
      const { TypedDataEncoder } = await import("ethers");
      expect(await w.ledger.DOMAIN_SEPARATOR()).to.equal(TypedDataEncoder.hashDomain(w.domain));
      const a = await attestationRequest(w, w.delegate.address);
      expect(await w.ledger.hashAttestation(a)).to.equal(attestationDigest(w.domain, a));
      const r = await redemptionRequest(w, w.resident.address);
      expect(await w.ledger.hashRedemption(r)).to.equal(redemptionDigest(w.domain, r));
    });
  });

  describe("attestSigned", () => {
    async function relay(w: World, request: SignedAttestationRequest, signature: string) {
      return w.ledger.connect(w.stranger).attestSigned(request, signature);
    }

    it("accepts a delegate's signature relayed by anyone, consumes the nonce and emits NonceUsed", async () => {
      const { w } = await networkHelpers.loadFixture(fixture);
      const req = await attestationRequest(w, w.delegate.address);
      const tx = relay(w, req, await signAttestation(w.delegate, w.domain, req));
      await expect(tx).to.emit(w.ledger, "NonceUsed").withArgs(w.delegate.address, req.nonce);
      await expect(tx).to.emit(w.ledger, "AttestationRecorded");
      expect(await w.ledger.isNonceUsed(w.delegate.address, req.nonce)).to.equal(true);
      expect(await w.ledger.balanceOf(w.city1, w.resident2.address)).to.equal(10n);
    });

    it("rejects a signature made for another chain id", async () => {
      const { w } = await networkHelpers.loadFixture(fixture);
      const req = await attestationRequest(w, w.delegate.address);
      const other: LedgerDomain = { ...w.domain, chainId: w.chainId + 1n };
      await expect(relay(w, req, await signAttestation(w.delegate, other, req)))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerInvalidSignature")
        .withArgs(w.delegate.address);
    });

    it("rejects a signature made for another ledger contract", async () => {
      const { w } = await networkHelpers.loadFixture(fixture);
      const req = await attestationRequest(w, w.delegate.address);
      const other = ledgerDomain(Wallet.createRandom().address, w.chainId);
      await expect(relay(w, req, await signAttestation(w.delegate, other, req)))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerInvalidSignature")
        .withArgs(w.delegate.address);
    });

    it("rejects the same signature twice (nonce used)", async () => {
      const { w } = await networkHelpers.loadFixture(fixture);
      const req = await attestationRequest(w, w.delegate.address);
      const sig = await signAttestation(w.delegate, w.domain, req);
      await (await relay(w, req, sig)).wait();
      await expect(relay(w, req, sig))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerNonceUsed")
        .withArgs(w.delegate.address, req.nonce);
    });

    it("accepts a signature at exactly its deadline and rejects it one second later", async () => {
      const { w } = await networkHelpers.loadFixture(fixture);
      const now = BigInt(await networkHelpers.time.latest());
      const req = await attestationRequest(w, w.delegate.address, { deadline: now + 100n });
      const sig = await signAttestation(w.delegate, w.domain, req);
      await networkHelpers.time.setNextBlockTimestamp(now + 101n);
      await expect(relay(w, req, sig))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerSignatureExpired")
        .withArgs(now + 100n);
      const req2 = await attestationRequest(w, w.delegate.address, { deadline: now + 200n });
      await networkHelpers.time.setNextBlockTimestamp(now + 200n);
      await expect(relay(w, req2, await signAttestation(w.delegate, w.domain, req2))).to.emit(
        w.ledger,
        "AttestationRecorded",
      );
    });

    it("rejects a signature by someone other than the named signer", async () => {
      const { w } = await networkHelpers.loadFixture(fixture);
      const req = await attestationRequest(w, w.delegate.address);
      await expect(relay(w, req, await signAttestation(w.stranger, w.domain, req)))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerInvalidSignature")
        .withArgs(w.delegate.address);
    });

    it("rejects a stranger who signs for itself (valid signature, not an attester)", async () => {
      const { w } = await networkHelpers.loadFixture(fixture);
      const req = await attestationRequest(w, w.stranger.address);
      await expect(relay(w, req, await signAttestation(w.stranger, w.domain, req)))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerNotAttester")
        .withArgs(w.org1, w.stranger.address);
    });

    it("rejects the high-s (malleable) twin of a valid signature", async () => {
      const { w } = await networkHelpers.loadFixture(fixture);
      const req = await attestationRequest(w, w.delegate.address);
      const sig = await signAttestation(w.delegate, w.domain, req);
      await expect(relay(w, req, toHighS(sig)))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerInvalidSignature")
        .withArgs(w.delegate.address);
      // the low-s original still works: the failed attempt consumed nothing
      await expect(relay(w, req, sig)).to.emit(w.ledger, "AttestationRecorded");
    });

    it("rejects a request whose rows were changed after signing", async () => {
      const { w } = await networkHelpers.loadFixture(fixture);
      const req = await attestationRequest(w, w.delegate.address);
      const sig = await signAttestation(w.delegate, w.domain, req);
      const tampered = { ...req, rows: [packRow(w.stranger.address, w.opp1, 2n)] };
      await expect(relay(w, tampered, sig))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerInvalidSignature")
        .withArgs(w.delegate.address);
    });

    it("rejects a delegate revoked after it signed (checked at execution)", async () => {
      const { w } = await networkHelpers.loadFixture(fixture);
      const req = await attestationRequest(w, w.delegate.address);
      const sig = await signAttestation(w.delegate, w.domain, req);
      await (
        await w.ledger.connect(await w.as(w.org1Safe)).revokeDelegate(w.org1, w.delegate.address)
      ).wait();
      await expect(relay(w, req, sig))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerNotAttester")
        .withArgs(w.org1, w.delegate.address);
    });

    it("rejects a Safe owner signing as itself: an owner is not the Safe", async () => {
      const { w } = await networkHelpers.loadFixture(fixture);
      const owner = w.org1Safe.owners[0]!;
      const req = await attestationRequest(w, owner.address);
      await expect(relay(w, req, await signAttestation(owner, w.domain, req)))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerNotAttester")
        .withArgs(w.org1, owner.address);
    });

    it("rejects a single owner's plain ECDSA signature presented as the Safe's", async () => {
      const { w } = await networkHelpers.loadFixture(fixture);
      const owner = w.org1Safe.owners[0]!;
      const req = await attestationRequest(w, w.org1Safe.address);
      await expect(relay(w, req, await signAttestation(owner, w.domain, req)))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerInvalidSignature")
        .withArgs(w.org1Safe.address);
    });

    it("accepts the organization's real 2-of-3 Safe signature (EIP-1271)", async () => {
      const { w } = await networkHelpers.loadFixture(fixture);
      const req = await attestationRequest(w, w.org1Safe.address);
      const sig = await safeSigns(w, w.org1Safe, attestationDigest(w.domain, req));
      await expect(relay(w, req, sig))
        .to.emit(w.ledger, "AttestationRecorded")
        .withArgs(w.org1, w.org1Safe.address, 1n, EVIDENCE, req.rows[0]);
    });

    it("rejects the Safe's signature below threshold (1 of 2 required)", async () => {
      const { w } = await networkHelpers.loadFixture(fixture);
      const req = await attestationRequest(w, w.org1Safe.address);
      const sig = await safeSigns(w, w.org1Safe, attestationDigest(w.domain, req), 1);
      await expect(relay(w, req, sig))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerInvalidSignature")
        .withArgs(w.org1Safe.address);
    });

    it("rejects a Safe signature replayed on another chain id, another ledger, or a second time", async () => {
      const { w } = await networkHelpers.loadFixture(fixture);
      const req = await attestationRequest(w, w.org1Safe.address);
      for (const domain of [
        { ...w.domain, chainId: w.chainId + 1n },
        ledgerDomain(Wallet.createRandom().address, w.chainId),
      ]) {
        const sig = await safeSigns(w, w.org1Safe, attestationDigest(domain, req));
        await expect(relay(w, req, sig))
          .to.be.revertedWithCustomError(w.ledger, "CivicLedgerInvalidSignature")
          .withArgs(w.org1Safe.address);
      }
      const sig = await safeSigns(w, w.org1Safe, attestationDigest(w.domain, req));
      await (await relay(w, req, sig)).wait();
      await expect(relay(w, req, sig))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerNonceUsed")
        .withArgs(w.org1Safe.address, req.nonce);
    });

    it("checks the Safe's owners at execution: a signature by an owner removed since then fails", async () => {
      const { w } = await networkHelpers.loadFixture(fixture);
      const req = await attestationRequest(w, w.org1Safe.address);
      const [a, b, c] = w.org1Safe.owners;
      const sig = await safeSignHash(w.org1Safe, [a!, b!], attestationDigest(w.domain, req), w.chainId);
      // the Safe removes owner b (threshold stays 2): owners list is a linked list, prevOwner of b is a
      const owners: string[] = await w.org1Safe.contract.getFunction("getOwners")();
      const index = owners.indexOf(b!.address);
      const prev = index === 0 ? "0x0000000000000000000000000000000000000001" : owners[index - 1]!;
      const data = w.org1Safe.contract.interface.encodeFunctionData("removeOwner", [prev, b!.address, 2]);
      const tx = await execSafeTransaction(w.org1Safe, w.stranger, w.org1Safe.address, data, {
        signers: [a!, c!],
      });
      await tx.wait();
      await expect(relay(w, req, sig))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerInvalidSignature")
        .withArgs(w.org1Safe.address);
    });

    it("rejects a 2-of-3 signature of another Safe presented for the organization's Safe", async () => {
      const { w } = await networkHelpers.loadFixture(fixture);
      const req = await attestationRequest(w, w.org1Safe.address);
      const sig = await safeSigns(w, w.org2Safe, attestationDigest(w.domain, req));
      await expect(relay(w, req, sig))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerInvalidSignature")
        .withArgs(w.org1Safe.address);
    });

    it("accepts a delegate wallet contract that approves the digest (EIP-1271)", async () => {
      const { w, approving } = await networkHelpers.loadFixture(fixture);
      const wallet = await approving.getAddress();
      const req = await attestationRequest(w, wallet);
      await (await approving.approve(attestationDigest(w.domain, req))).wait();
      await expect(relay(w, req, "0x")).to.emit(w.ledger, "AttestationRecorded");
    });

    it("rejects a delegate wallet contract that returns a wrong magic value", async () => {
      const { w, wrongMagic } = await networkHelpers.loadFixture(fixture);
      const wallet = await wrongMagic.getAddress();
      const req = await attestationRequest(w, wallet);
      await expect(relay(w, req, "0x1234"))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerInvalidSignature")
        .withArgs(wallet);
    });

    it("rejects a delegate wallet contract whose isValidSignature reverts", async () => {
      const { w, reverting } = await networkHelpers.loadFixture(fixture);
      const wallet = await reverting.getAddress();
      const req = await attestationRequest(w, wallet);
      await expect(relay(w, req, "0x1234"))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerInvalidSignature")
        .withArgs(wallet);
    });

    it("rejects a signature whose nonce the signer cancelled (invalidateNonces)", async () => {
      const { w } = await networkHelpers.loadFixture(fixture);
      const req = await attestationRequest(w, w.delegate.address);
      const sig = await signAttestation(w.delegate, w.domain, req);
      const wordPos = req.nonce >> 8n;
      const mask = 1n << (req.nonce & 255n);
      await expect(w.ledger.connect(w.delegate).invalidateNonces(wordPos, mask))
        .to.emit(w.ledger, "NoncesInvalidated")
        .withArgs(w.delegate.address, wordPos, mask);
      expect(await w.ledger.nonceBitmap(w.delegate.address, wordPos)).to.equal(mask);
      await expect(relay(w, req, sig))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerNonceUsed")
        .withArgs(w.delegate.address, req.nonce);
    });

    it("lets the signer cancel nonces while the ledger is paused", async () => {
      const { w } = await networkHelpers.loadFixture(fixture);
      await (await w.ledger.connect(await w.as(w.networkAdmin)).pause()).wait();
      await expect(w.ledger.connect(w.delegate).invalidateNonces(0n, 0b110n)).to.emit(
        w.ledger,
        "NoncesInvalidated",
      );
      expect(await w.ledger.isNonceUsed(w.delegate.address, 1n)).to.equal(true);
      expect(await w.ledger.isNonceUsed(w.delegate.address, 0n)).to.equal(false);
    });

    it("rejects a signature of the zero address (ecrecover garbage)", async () => {
      const { w } = await networkHelpers.loadFixture(fixture);
      const req = await attestationRequest(w, ZeroAddress);
      await expect(relay(w, req, "0x" + "00".repeat(65)))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerInvalidSignature")
        .withArgs(ZeroAddress);
    });
  });

  describe("redeemSigned", () => {
    async function relay(w: World, request: SignedRedemptionRequest, signature: string) {
      return w.ledger.connect(w.stranger).redeemSigned(request, signature);
    }
    async function credit(w: World, who: string) {
      const org = w.ledger.connect(await w.as(w.org1Safe));
      await (await org.attest(w.org1, who, w.opp1, 20n, EVIDENCE)).wait();
    }

    it("redeems for a resident who signed, relayed by anyone", async () => {
      const { w } = await networkHelpers.loadFixture(fixture);
      const req = await redemptionRequest(w, w.resident.address);
      const tx = relay(w, req, await signRedemption(w.resident, w.domain, req));
      await expect(tx)
        .to.emit(w.ledger, "Redeemed")
        .withArgs(w.offer1, w.resident.address, 0n, w.city1, OFFER_PRICE);
      await expect(tx).to.emit(w.ledger, "NonceUsed").withArgs(w.resident.address, req.nonce);
      expect(await w.ledger.balanceOf(w.city1, w.resident.address)).to.equal(500n - OFFER_PRICE);
    });

    for (const [name, mutate] of [
      ["another chain id", (d: LedgerDomain) => ({ ...d, chainId: d.chainId + 1n })],
      [
        "another ledger contract",
        (d: LedgerDomain) => ({ ...d, verifyingContract: Wallet.createRandom().address }),
      ],
    ] as const) {
      it(`rejects a redemption signed for ${name}`, async () => {
        const { w } = await networkHelpers.loadFixture(fixture);
        const req = await redemptionRequest(w, w.resident.address);
        await expect(relay(w, req, await signRedemption(w.resident, mutate(w.domain), req)))
          .to.be.revertedWithCustomError(w.ledger, "CivicLedgerInvalidSignature")
          .withArgs(w.resident.address);
      });
    }

    it("rejects the same redemption signature twice", async () => {
      const { w } = await networkHelpers.loadFixture(fixture);
      const req = await redemptionRequest(w, w.resident.address);
      const sig = await signRedemption(w.resident, w.domain, req);
      await (await relay(w, req, sig)).wait();
      await expect(relay(w, req, sig))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerNonceUsed")
        .withArgs(w.resident.address, req.nonce);
    });

    it("rejects an expired redemption signature", async () => {
      const { w } = await networkHelpers.loadFixture(fixture);
      const now = BigInt(await networkHelpers.time.latest());
      const req = await redemptionRequest(w, w.resident.address, { deadline: now });
      const sig = await signRedemption(w.resident, w.domain, req);
      await expect(relay(w, req, sig))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerSignatureExpired")
        .withArgs(now);
    });

    it("rejects a redemption signed by someone else than the resident", async () => {
      const { w } = await networkHelpers.loadFixture(fixture);
      const req = await redemptionRequest(w, w.resident.address);
      await expect(relay(w, req, await signRedemption(w.stranger, w.domain, req)))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerInvalidSignature")
        .withArgs(w.resident.address);
    });

    it("rejects the high-s twin of a resident's signature", async () => {
      const { w } = await networkHelpers.loadFixture(fixture);
      const req = await redemptionRequest(w, w.resident.address);
      const sig = await signRedemption(w.resident, w.domain, req);
      await expect(relay(w, req, toHighS(sig)))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerInvalidSignature")
        .withArgs(w.resident.address);
    });

    it("rejects a redemption whose nonce the resident cancelled", async () => {
      const { w } = await networkHelpers.loadFixture(fixture);
      const req = await redemptionRequest(w, w.resident.address);
      const sig = await signRedemption(w.resident, w.domain, req);
      await (
        await w.ledger.connect(w.resident).invalidateNonces(req.nonce >> 8n, 1n << (req.nonce & 255n))
      ).wait();
      await expect(relay(w, req, sig))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerNonceUsed")
        .withArgs(w.resident.address, req.nonce);
    });

    it("rejects a redemption whose offer was changed after signing", async () => {
      const { w } = await networkHelpers.loadFixture(fixture);
      const req = await redemptionRequest(w, w.resident.address);
      const sig = await signRedemption(w.resident, w.domain, req);
      await expect(relay(w, { ...req, offerId: w.offerLimited }, sig))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerInvalidSignature")
        .withArgs(w.resident.address);
    });

    it("redeems for a resident that is a 2-of-3 Safe and rejects it below threshold", async () => {
      const { w } = await networkHelpers.loadFixture(fixture);
      const safe = w.spareSafe;
      await credit(w, safe.address);
      const req = await redemptionRequest(w, safe.address);
      const below = await safeSigns(w, safe, redemptionDigest(w.domain, req), 1);
      await expect(relay(w, req, below))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerInvalidSignature")
        .withArgs(safe.address);
      const ok = await safeSigns(w, safe, redemptionDigest(w.domain, req), 2);
      await expect(relay(w, req, ok))
        .to.emit(w.ledger, "Redeemed")
        .withArgs(w.offer1, safe.address, 0n, w.city1, OFFER_PRICE);
    });

    it("rejects a Safe owner's own signature presented as the Safe resident's", async () => {
      const { w } = await networkHelpers.loadFixture(fixture);
      const safe = w.spareSafe;
      await credit(w, safe.address);
      const req = await redemptionRequest(w, safe.address);
      await expect(relay(w, req, await signRedemption(safe.owners[0]!, w.domain, req)))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerInvalidSignature")
        .withArgs(safe.address);
    });

    it("redeems for a smart-wallet resident that approves the digest; rejects wrong magic and reverting wallets", async () => {
      const { w, approving, wrongMagic, reverting } = await networkHelpers.loadFixture(fixture);
      for (const c of [approving, wrongMagic, reverting]) await credit(w, await c.getAddress());
      const okReq = await redemptionRequest(w, await approving.getAddress());
      await (await approving.approve(redemptionDigest(w.domain, okReq))).wait();
      await expect(relay(w, okReq, "0x")).to.emit(w.ledger, "Redeemed");
      for (const c of [wrongMagic, reverting]) {
        const address = await c.getAddress();
        const req = await redemptionRequest(w, address);
        await expect(relay(w, req, "0xabcd"))
          .to.be.revertedWithCustomError(w.ledger, "CivicLedgerInvalidSignature")
          .withArgs(address);
      }
    });

    it("checks offer rules for signed redemptions too (insufficient balance)", async () => {
      const { w } = await networkHelpers.loadFixture(fixture);
      const poor: BaseWallet = await fundedWallet(ethers, networkHelpers);
      const req = await redemptionRequest(w, poor.address);
      await expect(relay(w, req, await signRedemption(poor, w.domain, req)))
        .to.be.revertedWithCustomError(w.ledger, "CivicLedgerInsufficientBalance")
        .withArgs(w.city1, poor.address, 0n, OFFER_PRICE);
    });
  });
});
