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
