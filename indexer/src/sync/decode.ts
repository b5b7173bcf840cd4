/** Raw logs → `LedgerEvent`s with the ledger ABI of the generated bindings. */
import { iCivicLedgerAbi } from "@citysync/sdk/contracts";
import { type AbiEvent, type Hex, decodeEventLog, toEventSelector } from "viem";

import type { LedgerEvent } from "../fold/types.ts";

export interface RawLog {
  address: Hex;
  topics: Hex[];
  data: Hex;
  blockNumber: Hex;
  blockHash: Hex;
  transactionHash: Hex;
  logIndex: Hex;
  removed?: boolean;
}

const eventsBySelector = new Map<string, AbiEvent>(
  (iCivicLedgerAbi as readonly { type: string }[])
    .filter((item): item is AbiEvent => item.type === "event")
    .map((event) => [toEventSelector(event), event]),
);

/** Integers as bigint, addresses lowercase, arrays element-wise. */
function normalize(value: unknown): unknown {
  if (typeof value === "number") return BigInt(value);
  if (typeof value === "string" && /^0x[0-9a-fA-F]{40}$/.test(value)) return value.toLowerCase();
  if (Array.isArray(value)) return value.map(normalize);
  return value;
}

export class UnknownEventError extends Error {
  override readonly name = "UnknownEventError";
}

export function decodeLog(log: RawLog, timestamp: bigint): LedgerEvent {
  const abiEvent = eventsBySelector.get(log.topics[0] ?? "");
  const base = {
    blockNumber: BigInt(log.blockNumber),
    logIndex: Number(log.logIndex),
    blockHash: log.blockHash,
    txHash: log.transactionHash,
    timestamp,
  };
  if (!abiEvent) return { ...base, name: "Unknown", args: { topics: log.topics, data: log.data } };
  const decoded = decodeEventLog({ abi: [abiEvent], data: log.data, topics: log.topics as [Hex, ...Hex[]] });
  const args: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(decoded.args as Record<string, unknown>)) args[k] = normalize(v);
  return { ...base, name: decoded.eventName as string, args };
}
