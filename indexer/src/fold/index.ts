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

/**
 * The accounts (`city|resident` keys) an event may touch, read from its arguments alone: every address
 * argument (and every batch row's participant) in the event's city, or its organization's city. A
 * superset is harmless; one it misses is found by the fold itself (MemoryState.missed).
 */
export function accountsNamed(events: readonly LedgerEvent[], view: Pick<FoldView, "get">): Set<string> {
  const keys = new Set<string>();
  for (const e of events) {
    const { args } = e;
    let city = args.cityId;
    if (city === undefined && args.orgId !== undefined)
      city = view.get("organizations", String(args.orgId))?.city_id;
    if (city === undefined) continue;
    for (const v of Object.values(args))
      if (typeof v === "string" && v.length === 42 && v.startsWith("0x")) keys.add(`${city}|${v}`);
    const rows =
      e.name === "AttestationsRecorded"
        ? (args.rows as string[])
        : e.name === "AttestationRecorded"
          ? [args.row as string]
          : [];
    for (const row of rows) keys.add(`${city}|0x${row.slice(2, 42).toLowerCase()}`);
  }
  return keys;
}
