/**
 * Phase 4, publishing: each organization Safe publishes its opportunities and offers (open for a
 * year from now) in one transaction, after authorizing its staff delegate when it has one.
 */
import { ledgerCalls } from "@citysync/sdk";

import { localAccount } from "../../lib/local-accounts.ts";
import { DAY, type OrgRuntime, type SeedContext } from "../context.ts";
import { offerMetadata, opportunityMetadata } from "../metadata.ts";

export async function publishOffersAndOpportunities(ctx: SeedContext): Promise<void> {
  const start = await ctx.now();
  const window = { start, end: start + 365 * DAY };
  for (const c of ctx.cities) {
    for (const o of c.orgs) await publish(ctx, o, window);
  }
}

async function publish(ctx: SeedContext, o: OrgRuntime, window: { start: number; end: number }) {
  const { plan, city } = o;
  const L = ctx.ledger;
  if (plan.staffDelegateCap !== undefined) {
    o.delegate = localAccount(ctx.seed, `${city.plan.key}/${plan.key}/staff-1`);
    ctx.remember(`${city.plan.code} ${plan.name} staff delegate (cap ${plan.staffDelegateCap})`, o.delegate);
  }
  const calls = [
    ...(o.delegate
      ? [ledgerCalls.authorizeDelegate(L, o.id, o.delegate.address, BigInt(plan.staffDelegateCap!))]
      : []),
    ...plan.opportunities.map((p) =>
      ledgerCalls.publishOpportunity(L, o.id, {
        creditsPerUnit: p.creditsPerUnit,
        capacity: p.capacity,
        ...window,
        metadata: opportunityMetadata(p, city.plan),
      }),
    ),
    ...plan.offers.map((p) =>
      ledgerCalls.publishOffer(L, o.id, {
        price: BigInt(p.price),
        stock: p.stock,
        perResidentLimit: p.perResidentLimit,
        ...window,
        acceptedCities: [city.id],
        metadata: offerMetadata(p, city.plan),
      }),
    ),
  ];
  const receipt = await ctx.runSafe(o.safe, calls, `Publish ${plan.name}'s opportunities and offers`);
  const opportunities = ctx.eventsOf(receipt, "OpportunityPublished");
  o.opportunities = plan.opportunities.map((p, i) => ({
    key: p.key,
    id: Number(opportunities[i]!.opportunityId),
    creditsPerUnit: p.creditsPerUnit,
  }));
  const offers = ctx.eventsOf(receipt, "OfferPublished");
  o.offers = plan.offers.map((p, i) => ({
    key: p.key,
    id: Number(offers[i]!.offerId),
    price: p.price,
    perResidentLimit: p.perResidentLimit,
  }));
}
