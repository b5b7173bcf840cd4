/**
 * Phase 3, onboarding: each city admin Safe onboards its organizations in one transaction, with
 * their budgets and public metadata (owners confirm as the city's plan says).
 */
import { ledgerCalls } from "@citysync/sdk";
import { getAddress } from "viem";

import type { SeedContext } from "../context.ts";
import { organizationMetadata } from "../metadata.ts";

export async function onboardOrganizations(ctx: SeedContext): Promise<void> {
  for (const c of ctx.cities) {
    const receipt = await ctx.runSafe(
      c.safe,
      c.orgs.map((o) =>
        ledgerCalls.onboardOrganization(
          ctx.ledger,
          c.id,
          o.safe.address,
          BigInt(o.plan.budget),
          organizationMetadata(o.plan, c.plan),
        ),
      ),
      `Onboard ${c.orgs.length} organizations in ${c.plan.name}`,
      c.plan.confirmation,
    );
    const onboarded = ctx.eventsOf(receipt, "OrganizationOnboarded");
    for (const o of c.orgs) {
      const event = onboarded.find((e) => getAddress(e.account) === o.safe.address);
      if (!event) throw new Error(`No OrganizationOnboarded event for ${o.plan.name}.`);
      o.id = Number(event.orgId);
    }
  }
}
