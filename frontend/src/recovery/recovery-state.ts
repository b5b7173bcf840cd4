/**
 * Where a recovery of (city, old address) stands, from the ledger's views and the chain's clock
 * (the latest block's timestamp: the delay is measured by the chain, not by the reader's device).
 */
import { iCivicLedgerAbi } from "@sdk/generated/contracts.ts";
import { getPendingRecovery } from "@sdk/reads.ts";
import { type Address, getAddress, zeroAddress } from "viem";

import type { ChainSource } from "../data/chain-source.ts";

export type RecoveryStatus =
  | { kind: "none" }
  | { kind: "pending"; to: Address; executableAt: number; contested: boolean }
  | { kind: "executed"; to: Address };

export interface RecoveryView {
  cityId: number;
  from: Address;
  status: RecoveryStatus;
  /** The chain's clock, seconds. */
  now: number;
}

export async function chainNow(source: ChainSource): Promise<number> {
  return Number((await source.client.getBlock({ blockTag: "latest" })).timestamp);
}

export async function recoveryDelay(source: ChainSource): Promise<number> {
  const delay = await source.client.readContract({
    address: source.ledger,
    abi: iCivicLedgerAbi,
    functionName: "recoveryDelay",
  });
  return Number(delay);
}

export async function readRecovery(
  source: ChainSource,
  cityId: number,
  from: Address,
): Promise<RecoveryView> {
  const ref = { client: source.client, ledger: source.ledger };
  const [pending, successor, now] = await Promise.all([
    getPendingRecovery(ref, cityId, from),
    source.client.readContract({
      address: source.ledger,
      abi: iCivicLedgerAbi,
      functionName: "recoveredTo",
      args: [cityId, getAddress(from)],
    }),
    chainNow(source),
  ]);
  const status: RecoveryStatus =
    pending.to !== zeroAddress
      ? {
          kind: "pending",
          to: getAddress(pending.to),
          executableAt: Number(pending.executableAt),
          contested: pending.contested,
        }
      : successor !== zeroAddress
        ? { kind: "executed", to: getAddress(successor) }
        : { kind: "none" };
  return { cityId, from: getAddress(from), status, now };
}

/** Every old address a recovery was ever requested for in the city, newest first, with its state. */
export async function cityRecoveries(source: ChainSource, cityId: number): Promise<RecoveryView[]> {
  const logs = await source.client.getContractEvents({
    address: source.ledger,
    abi: iCivicLedgerAbi,
    eventName: "RecoveryRequested",
    args: { cityId },
    fromBlock: source.fromBlock,
    toBlock: "latest",
  });
  const from = [...new Set(logs.map((l) => getAddress(l.args.from!)).reverse())];
  return Promise.all(from.map((a) => readRecovery(source, cityId, a)));
}

/** Whether the recovery can be completed now (anyone may send it). */
export function executable(view: RecoveryView): boolean {
  return view.status.kind === "pending" && !view.status.contested && view.now >= view.status.executableAt;
}
