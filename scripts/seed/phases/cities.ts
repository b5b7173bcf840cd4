/**
 * Phase 2, the cities: the network admin Safe creates both pilot cities in one transaction, then
 * each city gets its ERC-20 read view (permissionless, through Ignition).
 */
import { ledgerCalls } from "@citysync/sdk";
import { getAddress } from "viem";

import { deployCityCreditView } from "../../lib/deploy-system.ts";
import type { SeedContext } from "../context.ts";
import { networkAdminOwners } from "./safes.ts";

export interface CreditView {
  cityId: number;
  name: string;
  address: `0x${string}`;
  blockNumber: number;
}

export async function createCities(ctx: SeedContext): Promise<CreditView[]> {
  const networkAdmin = {
    address: getAddress(ctx.deployment.networkAdminSafe),
    ownerAccounts: networkAdminOwners(ctx),
  };
  const receipt = await ctx.runSafe(
    networkAdmin,
    ctx.cities.map((c) => ledgerCalls.createCity(ctx.ledger, c.safe.address, c.plan.code, c.plan.name)),
    `Create the pilot cities ${ctx.cities.map((c) => c.plan.code).join(", ")}`,
  );
  const created = ctx.eventsOf(receipt, "CityCreated");
  for (const c of ctx.cities) {
    const event = created.find((e) => e.code === c.plan.code);
    if (!event) throw new Error(`No CityCreated event for ${c.plan.code}.`);
    c.id = Number(event.cityId);
  }
  const views: CreditView[] = [];
  for (const c of ctx.cities) {
    const view = await deployCityCreditView(ctx.connection, ctx.ledger, c.id, c.plan.code);
    views.push({ cityId: c.id, ...view });
  }
  return views;
}
