/**
 * Phase 1, the people and their Safes: the relayer, the network admin Safe's owners, and for each
 * city its admin Safe, its residents and one Safe per organization (2-of-3, deterministic owners
 * and CREATE2 salts, so the same seed always gives the same addresses).
 */
import { createSafeAccount } from "@citysync/sdk";
import type { Address } from "viem";

import { NETWORK_ADMIN_ROLE, safeOwnerAccounts, safeSalt } from "../../lib/local-accounts.ts";
import type { CityRuntime, PilotSafe, SeedContext } from "../context.ts";
import { PILOT_CITIES } from "../pilot-data.ts";

/** The network admin Safe exists already (the deployment made it); its owners are funded here. */
export async function prepareSafes(ctx: SeedContext): Promise<void> {
  await ctx.fund(ctx.relayer.address);
  ctx.remember("relayer (submits signed redemptions, pays for Safe creation)", ctx.relayer);
  for (const [i, owner] of networkAdminOwners(ctx).entries()) {
    await ctx.fund(owner.address);
    ctx.remember(`network admin Safe owner ${i + 1}/3`, owner);
  }
  ctx.safes = 1;
  for (const plan of PILOT_CITIES) {
    const safe = await makeSafe(ctx, `${plan.key}/city-admin`, `${plan.code} city admin Safe`);
    const residents = [];
    for (let i = 1; i <= plan.residents; i++) {
      const account = await ctx.account(`${plan.key}/resident-${i}`, `${plan.code} resident ${i}`);
      residents.push({ label: `${plan.code} resident ${i}`, wallet: ctx.wallet(account) });
    }
    const city: CityRuntime = { plan, id: 0, safe, residents, orgs: [] };
    for (const orgPlan of plan.organizations) {
      city.orgs.push({
        plan: orgPlan,
        city,
        ref: `${plan.key}/${orgPlan.key}`,
        id: 0,
        safe: await makeSafe(ctx, `${plan.key}/${orgPlan.key}`, `${plan.code} ${orgPlan.name} Safe`),
        opportunities: [],
        offers: [],
        suspended: false,
      });
    }
    ctx.cities.push(city);
  }
}

export function networkAdminOwners(ctx: SeedContext) {
  return safeOwnerAccounts(ctx.seed, NETWORK_ADMIN_ROLE);
}

async function makeSafe(ctx: SeedContext, role: string, label: string): Promise<PilotSafe> {
  const ownerAccounts = safeOwnerAccounts(ctx.seed, role);
  for (const [i, owner] of ownerAccounts.entries()) {
    await ctx.fund(owner.address);
    ctx.remember(`${label} owner ${i + 1}/3`, owner);
  }
  // protocol-kit's predicted-Safe deployment through the proxy factory; the relayer pays.
  const address = await createSafeAccount({
    provider: ctx.connection.provider,
    signer: ctx.relayer.privateKey,
    owners: ownerAccounts.map((a) => a.address),
    threshold: 2,
    safeContracts: ctx.deployment.safeInfrastructure!,
    saltNonce: safeSalt(ctx.seed, role),
  });
  ctx.safes += 1;
  return { address: address as Address, ownerAccounts };
}
