/** What a city admin Safe does during the pilot: wallet recoveries and suspensions. */
import { ledgerCalls, readLedger } from "@citysync/sdk";
import type { Address } from "viem";

import type { SeedContext } from "../context.ts";
import type { ExpectedState } from "../expected-state.ts";
import type { PilotEvent } from "../pilot-data.ts";

type RecoverEvent = Extract<PilotEvent, { kind: "recover" }>;
type SuspendEvent = Extract<PilotEvent, { kind: "suspend" }>;

/**
 * The city admin Safe requests the recovery of a resident's record to a new wallet; after the
 * recovery delay, anyone (the relayer) executes it. Returns the story line.
 */
export async function recoverWallet(
  ctx: SeedContext,
  state: ExpectedState,
  event: RecoverEvent,
): Promise<string> {
  const city = ctx.city(event.city);
  const index = event.resident - 1;
  const lost = city.residents[index];
  if (!lost) throw new Error(`${city.plan.code} has no resident ${event.resident}.`);
  const from = lost.wallet.address as Address;
  const newAccount = await ctx.account(event.newWallet, `${lost.label} (new wallet after recovery)`);
  await ctx.runSafe(
    city.safe,
    [ledgerCalls.requestRecovery(ctx.ledger, city.id, from, newAccount.address)],
    `Recover ${lost.label}'s wallet: ${event.why}`,
    city.plan.confirmation,
  );
  const pending = await readLedger(ctx.ref, "pendingRecovery", [city.id, from]);
  const wait = Number(pending.executableAt) - (await ctx.now());
  if (wait > 0) await ctx.travel(wait + 1);
  await ctx.send(ctx.wallet(ctx.relayer), ledgerCalls.executeRecovery(ctx.ledger, city.id, from));
  const moved = state.recovered(city.id, from, newAccount.address);
  city.residents[index] = { label: lost.label, wallet: ctx.wallet(newAccount) };
  return `${lost.label} moved ${moved.balance} credits (lifetime ${moved.lifetime}) from ${from} to ${newAccount.address}`;
}

/** The city admin Safe suspends an organization. Returns the story line. */
export async function suspendOrganization(
  ctx: SeedContext,
  week: number,
  event: SuspendEvent,
): Promise<string> {
  const o = ctx.org(event.org);
  const city = o.city;
  await ctx.runSafe(
    city.safe,
    [ledgerCalls.suspendOrganization(ctx.ledger, o.id)],
    `Suspend ${o.plan.name}: ${event.why}`,
    city.plan.confirmation,
  );
  o.suspended = true;
  return `${city.plan.name} suspended ${o.plan.name} (org ${o.id}) after week ${week}`;
}
