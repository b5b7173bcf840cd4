/** Wallet recoveries: request, cancel, execute (which moves the whole account). */
import type { Draft } from "./draft.ts";
import { accountOf, addr, big, changeAccount } from "./shared.ts";
import { FoldError, type FoldContext, type LedgerEvent } from "./types.ts";

type Handler = (draft: Draft, ctx: FoldContext, e: LedgerEvent) => void;

function pending(draft: Draft, cityId: bigint, from: string) {
  const row = draft.view.find(
    "recoveries",
    (r) => r.city_id === cityId && r.from_address === from && r.status === "pending",
  );
  if (!row) throw new FoldError(`no pending recovery of ${from} in city ${cityId} (missed or misordered log)`);
  return draft.get("recoveries", `${cityId}|${from}|${row.requested_block}|${row.requested_log}`)!;
}

export const recoveryHandlers: Record<string, Handler> = {
  RecoveryRequested(draft, _ctx, e) {
    draft.put("recoveries", {
      city_id: big(e.args.cityId),
      from_address: addr(e.args.from),
      requested_block: e.blockNumber,
      requested_log: e.logIndex,
      to_address: addr(e.args.to),
      executable_at: big(e.args.executableAt),
      status: "pending",
      cancelled_by: null,
      moved_balance: null,
      moved_lifetime: null,
      resolved_block: null,
      block_number: e.blockNumber,
    });
  },
  RecoveryCancelled(draft, _ctx, e) {
    const row = pending(draft, big(e.args.cityId), addr(e.args.from));
    draft.put("recoveries", {
      ...row,
      status: "cancelled",
      cancelled_by: addr(e.args.by),
      resolved_block: e.blockNumber,
      block_number: e.blockNumber,
    });
  },
  RecoveryExecuted(draft, _ctx, e) {
    const cityId = big(e.args.cityId);
    const from = addr(e.args.from);
    const to = addr(e.args.to);
    const balance = big(e.args.balance);
    const lifetime = big(e.args.lifetime);
    const row = pending(draft, cityId, from);
    const old = accountOf(draft, cityId, from);
    changeAccount(draft, e, {
      cityId,
      resident: from,
      subIndex: 0,
      kind: "recovered-out",
      balanceDelta: -(old.balance as bigint),
      lifetimeDelta: -(old.lifetime as bigint),
      ref: to,
    });
    changeAccount(draft, e, {
      cityId,
      resident: to,
      subIndex: 1,
      kind: "recovered-in",
      balanceDelta: balance,
      lifetimeDelta: lifetime,
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
