import { iCivicLedgerAbi } from "@sdk/generated/contracts.ts";
import { encodeErrorResult } from "viem";
import { describe, expect, it } from "vitest";

import { interpolate } from "../i18n/format.ts";
import { en } from "../i18n/en.ts";
import { esMX } from "../i18n/es-MX.ts";
import type { MessageKey } from "../i18n/messages.ts";
import { AppError, humanError } from "./human-error.ts";

const i18n = (catalogue: Record<MessageKey, string>, errorLanguage: "en" | "es") => ({
  t: (key: MessageKey, params?: Record<string, string | number>) => interpolate(catalogue[key], params),
  errorLanguage,
});
const es = i18n(esMX, "es");
const english = i18n(en, "en");

function revert(errorName: string, args: readonly unknown[]) {
  const data = encodeErrorResult({
    abi: iCivicLedgerAbi,
    errorName: errorName as never,
    args: args as never,
  });
  // Shaped like viem's ContractFunctionRevertedError chain.
  return Object.assign(new Error("execution reverted"), { cause: { name: "RpcRequestError", data } });
}

describe("humanError", () => {
  it("turns the ledger's insufficient-balance revert into the catalogue sentence", () => {
    const error = revert("CivicLedgerInsufficientBalance", [
      2,
      "0x00000000000000000000000000000000000000a1",
      3n,
      15n,
    ]);
    expect(humanError(error, es)).toBe(esMX["error.insufficientCredits"]);
    expect(humanError(error, english)).toBe(en["error.insufficientCredits"]);
  });

  it("uses the SDK's decoded message for other ledger errors, in the reader's language", () => {
    const error = revert("CivicLedgerResidentLimitReached", [
      4,
      "0x00000000000000000000000000000000000000a1",
    ]);
    const text = humanError(error, es);
    expect(text).not.toMatch(/0x[0-9a-f]{8,}$/);
    expect(text).not.toBe(esMX["error.unknown"]);
  });

  it("recognises a rejected signature and app errors, and never shows raw text otherwise", () => {
    expect(humanError(Object.assign(new Error("User rejected"), { code: 4001 }), es)).toBe(
      esMX["error.rejected"],
    );
    expect(humanError(new AppError("error.priceChanged", { seen: "15", now: "20" }), english)).toBe(
      "The price changed from 15 to 20 credits. Nothing was spent; check the new price and try again.",
    );
    expect(humanError(new Error("at foo (bar.js:1:2) 0xdeadbeef"), english)).toBe(en["error.unknown"]);
  });
});
