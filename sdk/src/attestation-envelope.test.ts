import { expect } from "chai";
import { getAddress, zeroHash } from "viem";

import {
  addEnvelopeSignature,
  createAttestationEnvelope,
  envelopeRequest,
  parseAttestationEnvelope,
} from "./attestation-envelope.ts";
import { isCitySyncError } from "./errors.ts";

const ledger = getAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3");
const safe = getAddress("0x1111111111111111111111111111111111111111");
const request = {
  orgId: 1,
  signer: safe,
  rows: [`0x${"11".repeat(32)}` as const],
  evidenceRoot: zeroHash,
  generation: 0n,
  nonce: 3n,
  deadline: 9n,
};

describe("Safe-signed attestation envelope", () => {
  it("round-trips through JSON and gives back the request", () => {
    const envelope = createAttestationEnvelope(31337, ledger, request);
    const parsed = parseAttestationEnvelope(JSON.parse(JSON.stringify(envelope)));
    expect(envelopeRequest(parsed)).to.deep.equal(request);
  });

  it("keeps one signature per owner", () => {
    let envelope = createAttestationEnvelope(31337, ledger, request);
    envelope = addEnvelopeSignature(envelope, { signer: safe, signature: "0x01" });
    envelope = addEnvelopeSignature(envelope, { signer: safe, signature: "0x02" });
    expect(envelope.signatures).to.deep.equal([{ signer: safe, signature: "0x02" }]);
  });

  it("detects an edited request", () => {
    const envelope = createAttestationEnvelope(31337, ledger, request);
    try {
      parseAttestationEnvelope({ ...envelope, request: { ...envelope.request, nonce: "4" } });
      expect.fail("expected a refusal");
    } catch (error) {
      expect(isCitySyncError(error, "INVALID_ENVELOPE")).to.be.true;
    }
  });
});
