/**
 * Phase 5, the weeks of activity: plays the pilot's TIMELINE (scripts/seed/pilot-data.ts) event
 * by event, moving the chain one week ahead after each week, then the epilogue.
 */
import { WEEK, type SeedContext } from "../context.ts";
import type { ExpectedState } from "../expected-state.ts";
import { EPILOGUE, type PilotEvent, TIMELINE } from "../pilot-data.ts";
import { attestWeek, revokeRow } from "./attestations.ts";
import { recoverWallet, suspendOrganization } from "./city-actions.ts";
import { fulfil, redeemWeek } from "./redemptions.ts";

/** One line per notable event, for the summary. */
export interface Stories {
  revocation: string;
  suspension: string;
  recovery: string;
}

export async function playTimeline(ctx: SeedContext, state: ExpectedState): Promise<Stories> {
  const stories: Stories = { revocation: "", suspension: "", recovery: "" };
  for (const { week, events } of TIMELINE) {
    for (const event of events) await play(ctx, state, stories, week, event);
    await ctx.travel(WEEK);
  }
  for (const event of EPILOGUE) await play(ctx, state, stories, TIMELINE.length, event);
  return stories;
}

async function play(
  ctx: SeedContext,
  state: ExpectedState,
  stories: Stories,
  week: number,
  event: PilotEvent,
) {
  switch (event.kind) {
    case "attest":
      return attestWeek(ctx, state, week, event);
    case "revoke":
      stories.revocation = await revokeRow(ctx, state, event);
      return;
    case "redeem":
      return redeemWeek(ctx, state, week, event);
    case "recover":
      stories.recovery = await recoverWallet(ctx, state, event);
      return;
    case "suspend":
      stories.suspension = await suspendOrganization(ctx, week, event);
      return;
    case "fulfil":
      return fulfil(ctx, state, event);
  }
}
