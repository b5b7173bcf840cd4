import { expect } from "chai";
import { getAddress, keccak256, stringToHex, zeroHash } from "viem";
import { privateKeyToAccount } from "viem/accounts";

import {
  type SignedAttestationRequest,
  attestationTypes,
  hashAttestation,
  redemptionTypes,
  hashRedemption,
  recoverAttestationSigner,
  signAttestation,
  signRedemption,
  verifyAttestationSignature,
  verifyRedemptionSignature,
} from "./eip712.ts";
import { isCitySyncError } from "./errors.ts";

const domain = { chainId: 31337, ledger: getAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3") };
const delegate = privateKeyToAccount("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
const request: SignedAttestationRequest = {
  orgId: 1,
  signer: delegate.address,
  rows: [`0x${"11".repeat(32)}`],
  evidenceRoot: zeroHash,
  generation: (2n << 32n) | 1n,
  nonce: 0n,
  deadline: 2_000_000_000n,
};

describe("EIP-712 attestations and redemptions (no chain)", () => {
  it("uses the contract's type strings", () => {
    const encode = (t: readonly { name: string; type: string }[]) =>
      t.map((f) => `${f.type} ${f.name}`).join(",");
    expect(`Attestation(${encode(attestationTypes.Attestation)})`).to.equal(
      "Attestation(uint32 orgId,address signer,bytes32[] rows,bytes32 evidenceRoot,uint64 generation,uint256 nonce,uint256 deadline)",
    );
    expect(`Redemption(${encode(redemptionTypes.Redemption)})`).to.equal(
      "Redemption(address resident,uint48 offerId,uint32 cityId,uint64 maxPrice,uint256 nonce,uint256 deadline)",
    );
    expect(hashAttestation(domain, { ...request, generation: 0n })).to.not.equal(
      hashAttestation(domain, request),
    );
    // Same digest whichever way the request was built; any field change changes it.
    expect(hashAttestation(domain, request)).to.equal(hashAttestation(domain, { ...request }));
    expect(hashAttestation(domain, { ...request, nonce: 1n })).to.not.equal(hashAttestation(domain, request));
    expect(hashAttestation({ ...domain, chainId: 10 }, request)).to.not.equal(
      hashAttestation(domain, request),
    );
  });

  it("signs and verifies an attestation (ECDSA) and recovers its signer", async () => {
    const signature = await signAttestation(delegate, domain, request);
    expect(await verifyAttestationSignature(domain, request, signature)).to.be.true;
    expect(await recoverAttestationSigner(domain, request, signature)).to.equal(delegate.address);
    expect(
      await verifyAttestationSignature(
        domain,
        { ...request, evidenceRoot: keccak256(stringToHex("x")) },
        signature,
      ),
    ).to.be.false;
  });

  it("refuses to sign for another signer", async () => {
    try {
      await signAttestation(delegate, domain, {
        ...request,
        signer: getAddress("0x00000000000000000000000000000000000000aa"),
      });
      expect.fail("expected a refusal");
    } catch (error) {
      expect(isCitySyncError(error, "SIGNER_MISMATCH")).to.be.true;
    }
  });

  it("signs and verifies a resident's redemption", async () => {
    const redemption = {
      resident: delegate.address,
      offerId: 2,
      cityId: 1,
      maxPrice: 35n,
      nonce: 7n,
      deadline: 2_000_000_000n,
    };
    const signature = await signRedemption(delegate, domain, redemption);
    expect(await verifyRedemptionSignature(domain, redemption, signature)).to.be.true;
    expect(hashRedemption(domain, redemption)).to.not.equal(
      hashRedemption(domain, { ...redemption, offerId: 3 }),
    );
  });
});
