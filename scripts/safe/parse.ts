/**
 * Option values as typed values, each refusing bad input with a one-line, translatable error
 * (`code` + `details`, rendered by messages.ts).
 */
import { readFileSync } from "node:fs";

import { CitySyncError } from "@citysync/sdk";
import { type Address, type Hex, getAddress, isAddress } from "viem";

export function invalid(option: string, expected: string, expectedEs: string): CitySyncError {
  return new CitySyncError("INVALID_OPTION", `--${option} must be ${expected}.`, {
    details: { option, expected, expectedEs },
  });
}

export function address(value: string | undefined, option: string): Address {
  if (!value || !isAddress(value.trim(), { strict: false })) {
    throw invalid(option, "an address (0x…)", "una dirección (0x…)");
  }
  return getAddress(value.trim());
}

export function integer(value: string | undefined, option: string, { min = 0 } = {}): number {
  if (
    value === undefined ||
    !/^\d+$/.test(value) ||
    Number(value) < min ||
    !Number.isSafeInteger(Number(value))
  ) {
    throw min > 0
      ? invalid(option, `a whole number ≥ ${min}`, `un número entero ≥ ${min}`)
      : invalid(option, "a whole number", "un número entero");
  }
  return Number(value);
}

export function big(value: string | undefined, option: string): bigint {
  if (value === undefined || !/^\d+$/.test(value))
    throw invalid(option, "a whole number", "un número entero");
  return BigInt(value);
}

export function hash32(value: string | undefined, option: string): Hex {
  if (!value || !/^0x[0-9a-fA-F]{64}$/.test(value)) {
    throw invalid(option, "a 0x-prefixed 32-byte hash", "un hash de 32 bytes con prefijo 0x");
  }
  return value as Hex;
}

/** Unix seconds from a number or an ISO date. */
export function time(value: string | undefined, option: string): number {
  if (value !== undefined && /^\d+$/.test(value)) return Number(value);
  const ms = value === undefined ? Number.NaN : Date.parse(value);
  if (Number.isNaN(ms)) {
    throw invalid(option, "Unix seconds or an ISO date", "segundos Unix o una fecha ISO");
  }
  return Math.floor(ms / 1000);
}

export function idList(value: string | undefined, option: string): number[] {
  return (value ?? "")
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean)
    .map((v) => integer(v, option, { min: 1 }));
}

/** Reads a text file, naming the path when it is missing or unreadable. */
export function readTextFile(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code === "ENOENT" ? "missing" : "unreadable";
    throw new CitySyncError(
      "FILE_UNREADABLE",
      reason === "missing" ? `The file ${path} does not exist.` : `The file ${path} cannot be read.`,
      { cause, details: { path, reason } },
    );
  }
}

/** Reads and parses a JSON file, naming the path when it is missing, unreadable or not JSON. */
export function readJsonFile(path: string): unknown {
  const text = readTextFile(path);
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new CitySyncError("FILE_NOT_JSON", `The file ${path} is not JSON.`, { cause, details: { path } });
  }
}
