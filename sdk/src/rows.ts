/**
 * Attestation rows, packed one per bytes32 exactly like the ledger's `CivicRows` library:
 * `participant (160 bits) << 96 | opportunityId (48 bits) << 48 | units (48 bits)`.
 */
import { type Address, type Hex, getAddress, isAddress, pad, toHex } from "viem";

import { CitySyncError } from "./errors.ts";

export const MAX_UINT48 = (1n << 48n) - 1n;

export interface AttestationRow {
  participant: Address;
  opportunityId: bigint;
  units: bigint;
}

export function packRow(row: AttestationRow): Hex {
  if (!isAddress(row.participant, { strict: false })) {
    throw new CitySyncError("INVALID_ROW", `Participant ${row.participant} is not an address.`);
  }
  for (const [field, value] of [
    ["opportunityId", row.opportunityId],
    ["units", row.units],
  ] as const) {
    if (value < 0n || value > MAX_UINT48) {
      throw new CitySyncError("INVALID_ROW", `${field} ${value} does not fit in 48 bits.`);
    }
  }
  const packed = (BigInt(row.participant) << 96n) | (row.opportunityId << 48n) | row.units;
  return pad(toHex(packed), { size: 32 });
}

export function unpackRow(row: Hex): AttestationRow {
  if (!/^0x[0-9a-fA-F]{64}$/.test(row)) {
    throw new CitySyncError("INVALID_ROW", `A packed row is 32 bytes of hex, got ${row}.`);
  }
  const value = BigInt(row);
  return {
    participant: getAddress(pad(toHex(value >> 96n), { size: 20 })),
    opportunityId: (value >> 48n) & MAX_UINT48,
    units: value & MAX_UINT48,
  };
}

export function packRows(rows: readonly AttestationRow[]): Hex[] {
  return rows.map(packRow);
}

export function unpackRows(rows: readonly Hex[]): AttestationRow[] {
  return rows.map(unpackRow);
}
