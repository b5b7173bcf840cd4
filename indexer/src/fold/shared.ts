/** Helpers shared by the fold modules: accounts, the commitment chain, epochs and daily aggregates. */
import { headToHex, linkHead } from "@citysync/sdk";
import type { Hex } from "viem";

import type { Row } from "../schema/tables.ts";
import type { Draft } from "./draft.ts";
import { CommitmentMismatchError, type FoldContext, type LedgerEvent } from "./types.ts";

export const big = (v: unknown): bigint => BigInt(v as bigint | number | string);
export const addr = (v: unknown): string => String(v).toLowerCase();

/** UTC day (YYYY-MM-DD) of a Unix timestamp. */
export function dayOf(timestamp: bigint): string {
  return new Date(Number(timestamp) * 1000).toISOString().slice(0, 10);
}

export function epochOf(draft: Draft, timestamp: bigint): bigint {
  const network = draft.must("network", "1", "the ledger configuration");
  return timestamp / (network.epoch_duration as bigint);
}

export function accountOf(draft: Draft, cityId: bigint, resident: string): Row {
  return (
    draft.get("accounts", `${cityId}|${resident}`) ?? {
      city_id: cityId,
      resident,
      balance: 0n,
      lifetime: 0n,
      shortfall: 0n,
      frozen: false,
      recovered_to: null,
      block_number: 0n,
    }
  );
}

/** Applies deltas to an account and logs the change with the values after it. */
export function changeAccount(
  draft: Draft,
  e: LedgerEvent,
  change: {
    cityId: bigint;
    resident: string;
    subIndex: number;
    kind: string;
    balanceDelta: bigint;
    lifetimeDelta: bigint;
    shortfallDelta?: bigint;
    ref: string;
    /** Other account fields to set (frozen, recovered_to). */
    set?: Record<string, unknown>;
  },
): void {
  const account = accountOf(draft, change.cityId, change.resident);
  const balance = (account.balance as bigint) + change.balanceDelta;
  const lifetime = (account.lifetime as bigint) + change.lifetimeDelta;
  const shortfallDelta = change.shortfallDelta ?? 0n;
  const shortfall = (account.shortfall as bigint) + shortfallDelta;
  draft.put("accounts", {
    ...account,
    ...change.set,
    balance,
    lifetime,
    shortfall,
    block_number: e.blockNumber,
  });
  draft.insert("account_changes", {
    block_number: e.blockNumber,
    log_index: e.logIndex,
    sub_index: change.subIndex,
    city_id: change.cityId,
    resident: change.resident,
    kind: change.kind,
    balance_delta: change.balanceDelta,
    lifetime_delta: change.lifetimeDelta,
    balance,
    lifetime,
    shortfall_delta: shortfallDelta,
    shortfall,
    ref: change.ref,
    tx_hash: e.txHash,
    timestamp: e.timestamp,
  });
}

/** Sets account flags without a balance change (no account_changes row). */
export function flagAccount(
  draft: Draft,
  e: LedgerEvent,
  cityId: bigint,
  resident: string,
  set: Record<string, unknown>,
): void {
  draft.put("accounts", { ...accountOf(draft, cityId, resident), ...set, block_number: e.blockNumber });
}

/**
 * Adds to a city's daily aggregate of one category; with `activeResident`, also counts that resident
 * once per day among the aggregate's active residents.
 */
export function bumpDaily(
  draft: Draft,
  e: LedgerEvent,
  cityId: bigint,
  category: string | null | undefined,
  add: Partial<Record<string, bigint>>,
  activeResident?: string,
): void {
  const day = dayOf(e.timestamp);
  const cat = category ?? "uncategorized";
  // The store counts each resident once per day (daily_residents, ON CONFLICT DO NOTHING).
  if (activeResident !== undefined)
    draft.insert("daily_residents", {
      city_id: cityId,
      day,
      category: cat,
      resident: activeResident,
      block_number: e.blockNumber,
    });
  const current = draft.get("daily_stats", `${cityId}|${day}|${cat}`) ?? {
    city_id: cityId,
    day,
    category: cat,
    attestations: 0n,
    units: 0n,
    credits_minted: 0n,
    revocations: 0n,
    credits_revoked: 0n,
    redemptions: 0n,
    credits_burned: 0n,
    refunds: 0n,
    credits_refunded: 0n,
  };
  const next: Row = { ...current, block_number: e.blockNumber };
  for (const [k, v] of Object.entries(add)) next[k] = (current[k] as bigint) + (v as bigint);
  draft.put("daily_stats", next);
}

/**
 * Appends a record to a city's commitment chain, exactly like `CivicLedger._storeCity`: new head,
 * supply, and the wrap-around counter; every 256th record must match the checkpoint logged just before.
 */
export function appendRecord(
  draft: Draft,
  ctx: FoldContext,
  e: LedgerEvent,
  cityId: bigint,
  record: Hex,
  supplyDelta: bigint,
  ref:
    | { kind: "attestation"; orgId: bigint; firstSeq: bigint }
    | { kind: "redemption"; offerId: bigint; seq: bigint },
): void {
  const city = draft.must("cities", String(cityId), `city ${cityId}`);
  const prevHead = BigInt(city.head as string);
  const head = linkHead(prevHead, record);
  const since = ((city.since_checkpoint as number) + 1) & 0xff;
  const position = (city.records as bigint) + 1n;
  const pending = ctx.pendingCheckpoints.get(String(cityId));
  let checkpoint = false;
  if (since === 0) {
    if (!pending || pending.txHash !== e.txHash) {
      throw new CommitmentMismatchError(
        `city ${cityId}: record ${position} should have been preceded by its automatic checkpoint (block ${e.blockNumber}, log ${e.logIndex})`,
      );
    }
    if (pending.head !== head) {
      throw new CommitmentMismatchError(
        `city ${cityId}: recomputed head ${headToHex(head)} at record ${position} differs from CheckpointRecorded ${headToHex(pending.head)} (block ${pending.blockNumber}, log ${pending.logIndex})`,
      );
    }
    ctx.pendingCheckpoints.delete(String(cityId));
    checkpoint = true;
    draft.insert("checkpoints", {
      block_number: pending.blockNumber,
      log_index: pending.logIndex,
      city_id: cityId,
      head: headToHex(head),
      position,
    });
  } else if (pending) {
    throw new CommitmentMismatchError(
      `city ${cityId}: CheckpointRecorded ${headToHex(pending.head)} (block ${pending.blockNumber}, log ${pending.logIndex}) matches neither the live head nor the next record`,
    );
  }
  draft.put("cities", {
    ...city,
    head: headToHex(head),
    supply: (city.supply as bigint) + supplyDelta,
    records: position,
    since_checkpoint: since,
    last_checkpoint: checkpoint ? position : city.last_checkpoint,
    block_number: e.blockNumber,
  });
  draft.insert("commitments", {
    city_id: cityId,
    position,
    kind: ref.kind,
    record_hash: record,
    prev_head: headToHex(prevHead),
    head: headToHex(head),
    checkpoint,
    org_id: ref.kind === "attestation" ? ref.orgId : null,
    first_seq: ref.kind === "attestation" ? ref.firstSeq : null,
    offer_id: ref.kind === "redemption" ? ref.offerId : null,
    seq: ref.kind === "redemption" ? ref.seq : null,
    block_number: e.blockNumber,
    log_index: e.logIndex,
    timestamp: e.timestamp,
  });
}
