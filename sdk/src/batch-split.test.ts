import { expect } from "chai";
import { getAddress, keccak256, stringToHex } from "viem";

import { validateAttestationCsv } from "./attestation-csv.ts";
import { describeSplit, splitAttestationBatch } from "./batch-split.ts";
import { isCitySyncError } from "./errors.ts";
import { evidenceRoot } from "./evidence.ts";

const options = { orgId: 7, loadOpportunity: async () => ({ orgId: 7, status: 1 }) };

function csv(rows: number): string {
  const lines = ["participant,opportunity,units,evidence"];
  for (let i = 1; i <= rows; i++) {
    const participant = getAddress(keccak256(stringToHex(`resident ${i}`)).slice(0, 42));
    lines.push(`${participant},1,${1 + (i % 3)},shift ${i}`);
  }
  return lines.join("\n");
}

describe("splitting a large attestation batch", () => {
  it("splits 1,100 rows under a 512-row limit into 3 balanced, numbered parts in CSV order", async () => {
    const batch = await validateAttestationCsv(csv(1_100), options);
    const parts = splitAttestationBatch(batch, 512);
    expect(parts.map((p) => p.rows.length)).to.deep.equal([367, 367, 366]);
    expect(parts.map((p) => [p.part, p.parts])).to.deep.equal([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(parts.flatMap((p) => p.packedRows)).to.deep.equal(batch.packedRows);
    expect([parts[0]!.firstLine, parts[0]!.lastLine, parts[2]!.lastLine]).to.deep.equal([2, 368, 1101]);
    expect(parts.every((p) => p.rows.length <= 512)).to.be.true;
  });

  it("gives each part its own evidence root, so each is a valid batch alone", async () => {
    const batch = await validateAttestationCsv(csv(10), options);
    const parts = splitAttestationBatch(batch, 4);
    expect(parts.map((p) => p.rows.length)).to.deep.equal([4, 3, 3]);
    for (const p of parts) {
      expect(p.evidenceRoot).to.equal(evidenceRoot(p.packedRows, p.evidenceHashes));
      expect(p.evidenceHashes).to.deep.equal(p.rows.map((r) => r.evidenceHash));
    }
    expect(new Set(parts.map((p) => p.evidenceRoot)).size).to.equal(3);
  });

  it("keeps a batch that fits as one part and describes the split before signing", async () => {
    const batch = await validateAttestationCsv(csv(5), options);
    const [only, ...rest] = splitAttestationBatch(batch, 512);
    expect(rest).to.deep.equal([]);
    expect(only!.evidenceRoot).to.equal(batch.evidenceRoot);
    expect(describeSplit([only!])).to.deep.equal([
      `proposal 1 of 1: 5 row(s) (CSV lines 2-6), evidence root ${batch.evidenceRoot}`,
    ]);
  });

  it("refuses a limit that is not a positive integer", async () => {
    const batch = await validateAttestationCsv(csv(2), options);
    for (const limit of [0, -1, 1.5, Number.NaN]) {
      try {
        splitAttestationBatch(batch, limit);
        expect.fail("expected a refusal");
      } catch (error) {
        expect(isCitySyncError(error, "INVALID_BATCH_LIMIT")).to.be.true;
      }
    }
  });
});
