/**
 * Wallet recoveries: a request freezes the old address; the old address may contest it (then the
 * network admin resolves it); cancellation or rejection unfreezes it (unless an earlier recovery moved
 * its record); execution moves the whole record (balance, lifetime, shortfall) to the new address and
 * leaves the old one frozen for good with `recovered_to` set.
 */
import type { Draft } from "./draft.ts";
import { accountOf, addr, big, changeAccount, flagAccount } from "./shared.ts";
import { FoldError, type FoldContext, type LedgerEvent } from "./types.ts";

type Handler = (draft: Draft, ctx: FoldContext, e: LedgerEvent) => void;

function pending(draft: Draft, cityId: bigint, from: string) {
  const row = draft.view.find(
    "recoveries",
    (r) => r.city_id === cityId && r.from_address === from && r.status === "pending",
  );
  if (!row)
    throw new FoldError(`no pending recovery of ${from} in city ${cityId} (missed or misordered log)`);
  return draft.get("recoveries", `${cityId}|${from}|${row.requested_block}|${row.requested_log}`)!;
}

/** Ends a recovery without moving anything: unfreezes `from` unless its record was moved before. */
function drop(draft: Draft, e: LedgerEvent, cityId: bigint, from: string, fields: Record<string, unknown>) {
  const row = pending(draft, cityId, from);
  draft.put("recoveries", { ...row, ...fields, resolved_block: e.blockNumber, block_number: e.blockNumber });
  if (accountOf(draft, cityId, from).recovered_to === null)
    flagAccount(draft, e, cityId, from, { frozen: false });
}

export const recoveryHandlers: Record<string, Handler> = {
  RecoveryRequested(draft, _ctx, e) {
    const cityId = big(e.args.cityId);
    const from = addr(e.args.from);
    draft.put("recoveries", {
      city_id: cityId,
      from_address: from,
      requested_block: e.blockNumber,
      requested_log: e.logIndex,
      to_address: addr(e.args.to),
      executable_at: big(e.args.executableAt),
      status: "pending",
      contested: false,
      cancelled_by: null,
      moved_balance: null,
      moved_lifetime: null,
      resolved_block: null,
      block_number: e.blockNumber,
    });
    flagAccount(draft, e, cityId, from, { frozen: true });
  },
  RecoveryCancelled(draft, _ctx, e) {
    drop(draft, e, big(e.args.cityId), addr(e.args.from), {
      status: "cancelled",
      cancelled_by: addr(e.args.by),
    });
  },
  RecoveryContested(draft, _ctx, e) {
    const row = pending(draft, big(e.args.cityId), addr(e.args.from));
    draft.put("recoveries", { ...row, contested: true, block_number: e.blockNumber });
  },
  /** Approval is followed by RecoveryExecuted in the same transaction, which moves the record. */
  RecoveryResolved(draft, _ctx, e) {
    if (e.args.approved) return;
    drop(draft, e, big(e.args.cityId), addr(e.args.from), { status: "rejected" });
  },
  RecoveryExecuted(draft, _ctx, e) {
    const cityId = big(e.args.cityId);
    const from = addr(e.args.from);
    const to = addr(e.args.to);
    const balance = big(e.args.balance);
    const lifetime = big(e.args.lifetime);
    const shortfall = e.args.shortfall === undefined ? 0n : big(e.args.shortfall);
    const row = pending(draft, cityId, from);
    const old = accountOf(draft, cityId, from);
    changeAccount(draft, e, {
      cityId,
      resident: from,
      subIndex: 0,
      kind: "recovered-out",
      balanceDelta: -(old.balance as bigint),
      lifetimeDelta: -(old.lifetime as bigint),
      shortfallDelta: -(old.shortfall as bigint),
      ref: to,
      set: { frozen: true, recovered_to: to },
    });
    changeAccount(draft, e, {
      cityId,
      resident: to,
      subIndex: 1,
      kind: "recovered-in",
      balanceDelta: balance,
      lifetimeDelta: lifetime,
      shortfallDelta: shortfall,
      ref: from,
    });
    draft.put("recoveries", {
      ...row,
      status: "executed",
      moved_balance: balance,
      moved_lifetime: lifetime,
      resolved_block: e.blockNumber,
      block_number: e.blockNumber,
    });
  },
};
