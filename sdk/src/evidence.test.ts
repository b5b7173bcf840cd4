import { expect } from "chai";
import { concat, keccak256, stringToHex } from "viem";

import { evidenceHash, evidenceLeaf, evidenceProof, evidenceRoot, verifyEvidenceProof } from "./evidence.ts";

const rows = [1, 2, 3, 4, 5].map((i) => `0x${i.toString(16).padStart(64, "0")}` as const);
const hashes = rows.map((_, i) => evidenceHash(`note ${i}`));

describe("evidence", () => {
  it("keeps 32-byte hashes and hashes notes", () => {
    const h = keccak256(stringToHex("x"));
    expect(evidenceHash(h.toUpperCase().replace("0X", "0x"))).to.equal(h);
    expect(evidenceHash("  attended  ")).to.equal(keccak256(stringToHex("attended")));
    expect(() => evidenceHash(" ")).to.throw(/empty/);
  });

  it("uses the single leaf as the root of a one-row batch", () => {
    expect(evidenceRoot([rows[0]!], [hashes[0]!])).to.equal(keccak256(concat([rows[0]!, hashes[0]!])));
  });

  it("proves every row of an odd-sized batch against the root", () => {
    const root = evidenceRoot(rows, hashes);
    rows.forEach((row, i) => {
      expect(verifyEvidenceProof(root, evidenceLeaf(row, hashes[i]!), evidenceProof(rows, hashes, i))).to.be
        .true;
    });
    expect(verifyEvidenceProof(root, evidenceLeaf(rows[0]!, hashes[1]!), evidenceProof(rows, hashes, 0))).to
      .be.false;
  });

  it("changes when any note changes", () => {
    const other = [...hashes];
    other[2] = evidenceHash("tampered");
    expect(evidenceRoot(rows, other)).to.not.equal(evidenceRoot(rows, hashes));
  });
});
