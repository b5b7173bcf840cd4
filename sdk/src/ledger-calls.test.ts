import { expect } from "chai";
import { getAddress, zeroHash } from "viem";

import { isCitySyncError } from "./errors.ts";
import { decodeLedgerCall, describeCall, ledgerCalls } from "./ledger-calls.ts";

const LEDGER = getAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3");

describe("ledger calls", () => {
  it("encodes calls that decode back to the same function and arguments", () => {
    const call = ledgerCalls.closeOpportunity(LEDGER, 3);
    expect(call.to).to.equal(LEDGER);
    expect(decodeLedgerCall(call.data)).to.deep.equal({ functionName: "closeOpportunity", args: [3] });
    expect(decodeLedgerCall(ledgerCalls.suspendOrganization(LEDGER, 2).data)).to.deep.equal({
      functionName: "setOrganizationStatus",
      args: [2, 2],
    });
  });

  it("describes calls for review", () => {
    expect(describeCall(ledgerCalls.attestBatch(LEDGER, 1, [zeroHash, zeroHash], zeroHash), LEDGER)).to.equal(
      `attestBatch(org 1, 2 row(s), evidenceRoot ${zeroHash})`,
    );
    expect(describeCall(ledgerCalls.setOrganizationBudget(LEDGER, 4, 500n), LEDGER)).to.equal(
      "setOrganizationBudget(4, 500)",
    );
    expect(
      describeCall(
        { to: getAddress("0x00000000000000000000000000000000000000aa"), data: "0x", value: 5n },
        LEDGER,
      ),
    ).to.equal("call 0x00000000000000000000000000000000000000AA data 0x with 5 wei");
  });

  it("refuses to decode something that is not a ledger call", () => {
    try {
      decodeLedgerCall("0xdeadbeef");
      expect.fail("expected a refusal");
    } catch (error) {
      expect(isCitySyncError(error, "UNKNOWN_CALL")).to.be.true;
    }
  });
});
