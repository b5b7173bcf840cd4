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
  /** Given by current nodes (execution-apis 2025); saves a header request per block when present. */
  blockTimestamp?: Hex;
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

const BATCH_SELECTOR = toEventSelector(
  (iCivicLedgerAbi as readonly { type: string; name?: string }[]).find(
    (item): item is AbiEvent => item.type === "event" && item.name === "AttestationsRecorded",
  )!,
);

/**
 * AttestationsRecorded(uint32 indexed orgId, address indexed attester, uint48 firstSeq, bytes32
 * evidenceRoot, bytes32[] rows) read straight from the hex: most records arrive in this event, and the
 * generic decoder spends most of its time checksumming addresses the fold lowercases again. Anything
 * not laid out exactly as the ABI encoder writes it goes to the generic decoder.
 */
function decodeBatch(log: RawLog): Record<string, unknown> | undefined {
  const { topics, data } = log;
  if (topics.length !== 3 || !/^0x[0-9a-fA-F]*$/.test(data)) return undefined;
  const word = (i: number) => data.slice(2 + i * 64, 2 + (i + 1) * 64);
  if (data.length < 2 + 4 * 64 || BigInt(`0x${word(2)}`) !== 96n) return undefined;
  const count = Number(BigInt(`0x${word(3)}`));
  if (data.length !== 2 + (4 + count) * 64) return undefined;
  const rows: Hex[] = new Array<Hex>(count);
  for (let i = 0; i < count; i++) rows[i] = `0x${word(4 + i)}`;
  return {
    orgId: BigInt(topics[1]!),
    attester: `0x${topics[2]!.slice(26)}`.toLowerCase(),
    firstSeq: BigInt(`0x${word(0)}`),
    evidenceRoot: `0x${word(1)}`,
    rows,
  };
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
  const batch = log.topics[0] === BATCH_SELECTOR ? decodeBatch(log) : undefined;
  if (batch) return { ...base, name: "AttestationsRecorded", args: batch };
  const decoded = decodeEventLog({ abi: [abiEvent], data: log.data, topics: log.topics as [Hex, ...Hex[]] });
  const args: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(decoded.args as Record<string, unknown>)) args[k] = normalize(v);
  return { ...base, name: decoded.eventName as string, args };
}
