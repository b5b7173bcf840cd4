/**
 * The fold: one pure function from (state view, event) to row changes, dispatching to one handler
 * module per event family. Events without a handler change nothing but are still stored raw.
 */
import { attestationHandlers } from "./attestations.ts";
import { cityHandlers } from "./cities.ts";
import { Draft } from "./draft.ts";
import { networkHandlers } from "./network.ts";
import { nonceHandlers } from "./nonces.ts";
import { offerHandlers } from "./offers.ts";
import { opportunityHandlers } from "./opportunities.ts";
import { organizationHandlers } from "./organizations.ts";
import { recoveryHandlers } from "./recoveries.ts";
import { redemptionHandlers } from "./redemptions.ts";
import type { FoldContext, FoldView, LedgerEvent, RowChange } from "./types.ts";

export * from "./types.ts";

const handlers = {
  ...networkHandlers,
  ...cityHandlers,
  ...organizationHandlers,
  ...opportunityHandlers,
  ...offerHandlers,
  ...attestationHandlers,
  ...redemptionHandlers,
  ...recoveryHandlers,
  ...nonceHandlers,
};

export const handledEvents: ReadonlySet<string> = new Set(Object.keys(handlers));

export function newFoldContext(): FoldContext {
  return { pendingCheckpoints: new Map() };
}

/** Row changes of one event, given the state before it. */
export function foldEvent(view: FoldView, ctx: FoldContext, event: LedgerEvent): RowChange[] {
  const handler = handlers[event.name];
  if (!handler) return [];
  const draft = new Draft(view);
  handler(draft, ctx, event);
  return draft.changes();
}

/** Records an event counts for: one per attestation row, one for every other event. */
export function recordsOf(event: LedgerEvent): number {
  return event.name === "AttestationsRecorded" ? (event.args.rows as unknown[]).length : 1;
}
