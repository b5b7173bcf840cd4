/**
 * Turns a failed call into something a person can read: finds the revert data anywhere in the
 * error chain (viem, ethers, protocol-kit, JSON-RPC), decodes it against every custom error in
 * the generated ABIs (plus `Error(string)` / `Panic(uint256)` and the Safe's GSxxx codes) and
 * renders the message in English or Spanish.
 */
import { type Abi, type Hex, decodeErrorResult, isHex, toFunctionSelector } from "viem";

import { abis } from "./generated/contracts.ts";
import {
  type Language,
  errorMessages,
  formatMessage,
  panicMessages,
  safeErrorMessages,
} from "./error-messages.ts";

type AbiError = Extract<Abi[number], { type: "error" }>;

export interface DecodedError {
  /** Custom error name (`NotDelegate`), `Error` for require strings, `Panic`, or `Unknown`. */
  name: string;
  args: Record<string, unknown>;
  /** Human message in the requested language. */
  message: string;
  /** The raw revert data, when it was found. */
  data?: Hex;
}

/** Every custom error declared in the published contracts, deduplicated by selector. */
export const ledgerErrors: readonly AbiError[] = (() => {
  const bySelector = new Map<string, AbiError>();
  for (const abi of Object.values(abis) as readonly Abi[]) {
    for (const item of abi) {
      if (item.type !== "error") continue;
      const signature = `${item.name}(${item.inputs.map((i) => i.type).join(",")})`;
      bySelector.set(toFunctionSelector(signature), item);
    }
  }
  return [...bySelector.values()];
})();

/** Finds revert data (a hex string of at least 4 bytes) in an error and its causes. */
export function findRevertData(error: unknown): Hex | undefined {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (current === null || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const record = current as Record<string, unknown>;
    for (const key of ["data", "raw", "revertData"]) {
      const value = record[key];
      if (typeof value === "string" && isHex(value) && value.length >= 10) return value;
      if (value && typeof value === "object") queue.push(value);
    }
    for (const key of ["cause", "error", "info", "walk"]) {
      if (key in record && typeof record[key] === "object") queue.push(record[key]);
    }
  }
  return undefined;
}

function argsByName(item: AbiError | undefined, values: readonly unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  values.forEach((value, i) => {
    out[item?.inputs[i]?.name || `arg${i}`] = value;
  });
  return out;
}

/** Decodes raw revert data; `undefined` if it matches nothing known. */
export function decodeRevertData(data: Hex, language: Language = "en"): DecodedError | undefined {
  try {
    const decoded = decodeErrorResult({ abi: ledgerErrors as Abi, data });
    const name = decoded.errorName;
    const values = (decoded.args ?? []) as readonly unknown[];
    if (name === "Error") {
      const reason = String(values[0] ?? "");
      const safe = safeErrorMessages[reason];
      return {
        name: "Error",
        args: { reason },
        message: safe ? `${safe[language]} (${reason})` : reason,
        data,
      };
    }
    if (name === "Panic") {
      const code = Number(values[0]);
      const text = panicMessages[code]?.[language] ?? `Panic 0x${code.toString(16)}`;
      return { name: "Panic", args: { code }, message: text, data };
    }
    const item = ledgerErrors.find((e) => e.name === name);
    const args = argsByName(item, values);
    const template = errorMessages[name]?.[language];
    return { name, args, message: template ? formatMessage(template, args) : name, data };
  } catch {
    return undefined;
  }
}

/** Best-effort: a decoded error for anything thrown by a contract call. */
export function decodeError(error: unknown, language: Language = "en"): DecodedError {
  const data = findRevertData(error);
  if (data) {
    const decoded = decodeRevertData(data, language);
    if (decoded) return decoded;
  }
  const text = error instanceof Error ? error.message : String(error);
  const gs = /GS\d{3}/.exec(text)?.[0];
  if (gs && safeErrorMessages[gs]) {
    return { name: "Error", args: { reason: gs }, message: `${safeErrorMessages[gs][language]} (${gs})` };
  }
  const shortMessage = (error as { shortMessage?: unknown })?.shortMessage;
  return {
    name: "Unknown",
    args: {},
    message: typeof shortMessage === "string" ? shortMessage : (text.split("\n")[0] ?? text),
    ...(data ? { data } : {}),
  };
}
