import { expect } from "chai";
import { type Hex, zeroHash } from "viem";

import { attestationRecord, foldHeads, headToHex, linkHead, redemptionRecord } from "./commitment-chain.ts";

describe("commitment chain", () => {
  it("links heads as the first 192 bits of keccak256(head, record)", () => {
    const record = attestationRecord({
      orgId: 1n,
      firstSeq: 0n,
      timestamp: 1_700_000_000n,
      evidenceRoot: zeroHash,
      rows: [zeroHash as Hex],
    });
    const head = linkHead(0n, record);
    expect(head < 1n << 192n).to.equal(true);
    expect(headToHex(head)).to.have.length(50);
    const redemption = redemptionRecord({
      offerId: 1n,
      seq: 0n,
      resident: "0x000000000000000000000000000000000000a11c",
      cityId: 1n,
      credits: 40n,
      timestamp: 1_700_000_012n,
    });
    expect(foldHeads(0n, [record, redemption])).to.equal(linkHead(head, redemption));
  });
});
