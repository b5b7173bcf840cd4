import { expect } from "chai";
import { getAddress } from "viem";

import { MAX_UINT48, packRow, unpackRow } from "./rows.ts";

describe("attestation rows (CivicRows)", () => {
  const participant = getAddress("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");

  it("packs participant << 96 | opportunityId << 48 | units", () => {
    const packed = packRow({ participant, opportunityId: 3n, units: 5n });
    expect(packed).to.equal("0x70997970c51812dc3a010c7d01b50e0d17dc79c8000000000003000000000005");
    expect(unpackRow(packed)).to.deep.equal({ participant, opportunityId: 3n, units: 5n });
  });

  it("round-trips the extremes", () => {
    const row = { participant, opportunityId: MAX_UINT48, units: MAX_UINT48 };
    expect(unpackRow(packRow(row))).to.deep.equal(row);
  });

  it("refuses values that do not fit 48 bits and malformed rows", () => {
    expect(() => packRow({ participant, opportunityId: MAX_UINT48 + 1n, units: 1n })).to.throw(/48 bits/);
    expect(() => packRow({ participant, opportunityId: 1n, units: -1n })).to.throw(/48 bits/);
    expect(() => unpackRow("0x1234")).to.throw(/32 bytes/);
  });
});
