/** Network-wide events: ledger parameters, the network admin and the pause. */
import type { Draft } from "./draft.ts";
import { addr, big } from "./shared.ts";
import type { FoldContext, LedgerEvent } from "./types.ts";

type Handler = (draft: Draft, ctx: FoldContext, e: LedgerEvent) => void;

function update(draft: Draft, e: LedgerEvent, fields: Record<string, unknown>): void {
  const current = draft.must("network", "1", "the ledger configuration");
  draft.put("network", { ...current, ...fields, block_number: e.blockNumber });
}

export const networkHandlers: Record<string, Handler> = {
  LedgerConfigured(draft, _ctx, e) {
    draft.put("network", {
      id: 1,
      network_admin: addr(e.args.networkAdmin),
      pending_admin: null,
      pending_admin_at: null,
      paused: false,
      epoch_duration: big(e.args.epochDuration),
      dispute_window: big(e.args.disputeWindow),
      recovery_delay: big(e.args.recoveryDelay),
      admin_transfer_delay: big(e.args.adminTransferDelay),
      signature_horizon: e.args.signatureHorizon === undefined ? null : big(e.args.signatureHorizon),
      block_number: e.blockNumber,
    });
  },
  NetworkAdminTransferStarted(draft, _ctx, e) {
    update(draft, e, {
      pending_admin: addr(e.args.pendingAdmin),
      pending_admin_at: big(e.args.executableAt),
    });
  },
  NetworkAdminTransferCancelled(draft, _ctx, e) {
    update(draft, e, { pending_admin: null, pending_admin_at: null });
  },
  NetworkAdminTransferred(draft, _ctx, e) {
    update(draft, e, { network_admin: addr(e.args.newAdmin), pending_admin: null, pending_admin_at: null });
  },
  LedgerPaused(draft, _ctx, e) {
    update(draft, e, { paused: true });
  },
  LedgerUnpaused(draft, _ctx, e) {
    update(draft, e, { paused: false });
  },
};
