/**
 * The pilot seed: builds the Berkeley / Mexico City network on a freshly deployed City/Sync through
 * real Safe transactions (2-of-3 owners' confirmations, execTransaction), then reads the chain back
 * and checks it matches what it reports. It runs in phases; the weeks of activity play the TIMELINE
 * of scripts/seed/pilot-data.ts, and scripts/seed/expected-state.ts keeps what the chain must hold.
 *
 * Deterministic: every key, Safe salt, choice of resident and number of hours comes from the seed
 * string (CITYSYNC_SEED, default "citysync-pilot-v1"); the same seed on an empty chain gives the
 * same addresses, ids and balances. Works on the in-process network (tests) and on `hardhat node`.
 */
import { readLedger } from "@citysync/sdk";
import type { NetworkConnection } from "hardhat/types/network";

import type { CitySyncDeployment } from "../lib/deploy-system.ts";
import { assertLocalChain, localAccount } from "../lib/local-accounts.ts";
import { SeedContext } from "./context.ts";
import { ExpectedState } from "./expected-state.ts";
import { playTimeline } from "./phases/activity.ts";
import { createCities } from "./phases/cities.ts";
import { onboardOrganizations } from "./phases/onboarding.ts";
import { publishOffersAndOpportunities } from "./phases/publishing.ts";
import { prepareSafes } from "./phases/safes.ts";
import { type SeedSummary, summarize } from "./summary.ts";
import { verifyChain } from "./verify.ts";

export type { SeedSummary } from "./summary.ts";

export interface SeedOptions {
  seed: string;
}

export async function seedPilot(
  connection: NetworkConnection,
  deployment: CitySyncDeployment,
  options: SeedOptions,
): Promise<SeedSummary> {
  const started = Date.now();
  assertLocalChain(deployment.chainId, "The pilot seed");
  const ctx = new SeedContext(connection, deployment, options.seed, localAccount(options.seed, "relayer"));
  if ((await readLedger(ctx.ref, "cityCount")) !== 0) {
    throw new Error(
      "This ledger already has cities: the pilot seed runs once, on a freshly deployed ledger (`npm start` always starts a fresh chain).",
    );
  }
  const state = new ExpectedState(Number(await readLedger(ctx.ref, "epochDuration")));

  await prepareSafes(ctx);
  const creditViews = await createCities(ctx);
  await onboardOrganizations(ctx);
  await publishOffersAndOpportunities(ctx);
  const stories = await playTimeline(ctx, state);
  const verification = await verifyChain(ctx, state, creditViews);
  return summarize(ctx, state, { stories, creditViews, verification, started });
}
