import { expect } from "chai";
import { type Abi, encodeErrorResult, parseAbi, zeroAddress } from "viem";

import { decodeError, decodeRevertData, ledgerErrors } from "./error-decoder.ts";
import { errorMessages } from "./error-messages.ts";
import { abis } from "./generated/contracts.ts";

describe("error decoder", () => {
  it("has an English and a Spanish message for every custom error in the generated ABIs", () => {
    const missing: string[] = [];
    for (const abi of Object.values(abis) as readonly Abi[]) {
      for (const item of abi) {
        if (item.type !== "error") continue;
        const t = errorMessages[item.name];
        if (!t?.en || !t.es) missing.push(item.name);
        for (const input of item.inputs) {
          for (const text of [t?.en, t?.es]) {
            if (text && input.name && !text.includes(`{${input.name}}`) && item.inputs.length <= 2) {
              // Short errors should show their arguments.
              missing.push(`${item.name}: {${input.name}} unused`);
            }
          }
        }
      }
    }
    expect(missing).to.deep.equal([]);
    expect(ledgerErrors.length).to.be.greaterThan(0);
  });

  it("has no message for an error that no longer exists", () => {
    const names = new Set(ledgerErrors.map((e) => e.name));
    expect(Object.keys(errorMessages).filter((n) => !names.has(n))).to.deep.equal([]);
  });

  it("decodes every ledger error with its arguments in both languages", () => {
    for (const error of ledgerErrors) {
      const args = error.inputs.map((input) =>
        input.type === "address"
          ? zeroAddress
          : input.type === "bool"
            ? true
            : input.type === "string"
              ? "X"
              : 7n,
      );
      const data = encodeErrorResult({ abi: [error], errorName: error.name, args: args as never });
      const en = decodeRevertData(data, "en");
      const es = decodeRevertData(data, "es");
      expect(en?.name).to.equal(error.name);
      expect(en?.message).to.not.match(/\{\w+\}/);
      expect(es?.message).to.not.match(/\{\w+\}/);
      expect(en?.message).to.not.equal(es?.message);
    }
  });

  it("renders the redemption bound, freeze, stale authorization and horizon errors with their arguments", () => {
    const abi = parseAbi([
      "error CivicLedgerPriceAboveBound(uint48 offerId, uint64 price, uint64 maxPrice)",
      "error CivicLedgerStaleAuthorization(uint32 orgId, address signer, uint64 signed, uint64 current)",
      "error CivicLedgerDeadlineBeyondHorizon(uint256 deadline, uint256 latest, uint256 horizon)",
      "error CivicLedgerCapacityExceeded(uint256 row, uint48 opportunityId, uint256 remaining)",
    ]);
    const price = encodeErrorResult({ abi, errorName: "CivicLedgerPriceAboveBound", args: [4, 30n, 20n] });
    expect(decodeRevertData(price, "en")?.message).to.equal(
      "Offer 4 now costs 30 credits, more than the 20 agreed to; nothing was charged. Review the new price and redeem again.",
    );
    expect(decodeRevertData(price, "es")?.message).to.contain("La oferta 4 ahora cuesta 30 créditos");
    const stale = encodeErrorResult({
      abi,
      errorName: "CivicLedgerStaleAuthorization",
      args: [2, zeroAddress, 0n, 1n],
    });
    expect(decodeRevertData(stale, "en")?.message).to.contain("generation 0, but it is now 1");
    expect(decodeRevertData(stale, "es")?.message).to.contain("generación de autorización 0");
    const horizon = encodeErrorResult({
      abi,
      errorName: "CivicLedgerDeadlineBeyondHorizon",
      args: [900n, 700n, 600n],
    });
    expect(decodeRevertData(horizon, "en")?.message).to.contain("at most 600 seconds from now");
    const row = encodeErrorResult({ abi, errorName: "CivicLedgerCapacityExceeded", args: [12n, 3, 0n] });
    expect(decodeRevertData(row, "en")?.message).to.match(/^Row 12: opportunity 3 /);
    expect(decodeRevertData(row, "es")?.message).to.match(/^Fila 12: /);
  });

  it("finds revert data deep in an error chain and renders it", () => {
    const data = encodeErrorResult({
      abi: ledgerErrors as Abi,
      errorName: "CivicLedgerOrganizationSuspended",
      args: [4],
    });
    const wrapped = new Error("outer", { cause: { shortMessage: "reverted", cause: { data } } });
    expect(decodeError(wrapped).message).to.equal("Organization 4 is suspended.");
    expect(decodeError(wrapped, "es").message).to.equal("La organización 4 está suspendida.");
  });

  it("explains require strings, Safe GS codes and panics", () => {
    const errorAbi = parseAbi(["error Error(string)", "error Panic(uint256)"]);
    const gs = encodeErrorResult({ abi: errorAbi, errorName: "Error", args: ["GS026"] });
    expect(decodeRevertData(gs)?.message).to.contain("not from an owner");
    const panic = encodeErrorResult({ abi: errorAbi, errorName: "Panic", args: [0x11n] });
    expect(decodeRevertData(panic, "es")?.message).to.equal("Desbordamiento aritmético.");
    expect(decodeError(new Error("execution reverted: GS013")).message).to.contain("GS013");
    expect(decodeError(new Error("boom\nstack")).message).to.equal("boom");
  });
});
