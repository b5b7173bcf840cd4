/**
 * Phase 6, verification: reads the chain back through the ledger's views (and each city's ERC-20
 * view) and compares every value with the expected state the seed kept.
 */
import { OrgStatus, RedemptionStatus, iCityCreditAbi, readLedger } from "@citysync/sdk";
import { type Address, getAddress } from "viem";

import type { CityRuntime, OrgRuntime, SeedContext } from "./context.ts";
import type { ExpectedState } from "./expected-state.ts";
import type { CreditView } from "./phases/cities.ts";

export interface Verification {
  ok: boolean;
  checks: number;
  mismatches: string[];
  /** Each city's supply as the chain reports it. */
  supplies: Map<number, bigint>;
}

class Checker {
  checks = 0;
  readonly mismatches: string[] = [];

  check(what: string, actual: unknown, wanted: unknown): void {
    this.checks += 1;
    if (String(actual) !== String(wanted))
      this.mismatches.push(`${what}: chain ${actual}, expected ${wanted}`);
  }
}

export async function verifyChain(
  ctx: SeedContext,
  state: ExpectedState,
  creditViews: readonly CreditView[],
): Promise<Verification> {
  const checker = new Checker();
  const check = checker.check.bind(checker);
  const orgs = ctx.cities.flatMap((c) => c.orgs);
  check("cityCount", await readLedger(ctx.ref, "cityCount"), ctx.cities.length);
  check("organizationCount", await readLedger(ctx.ref, "organizationCount"), orgs.length);
  const supplies = new Map<number, bigint>();
  for (const c of ctx.cities) {
    supplies.set(c.id, await verifyCity(ctx, state, checker, c, creditViews));
    for (const o of c.orgs) await verifyOrganization(ctx, state, checker, o);
  }
  let sold = 0;
  let nextSeqs = 0;
  for (const o of orgs) {
    for (const offer of o.offers) sold += Number((await readLedger(ctx.ref, "offer", [offer.id])).sold);
    nextSeqs += Number((await readLedger(ctx.ref, "organization", [o.id])).nextSeq);
  }
  check("redemptions (offers' sold)", sold, state.redemptions);
  check("attestations (organizations' nextSeq)", nextSeqs, state.attestations);
  for (const r of state.revoked) {
    check(
      `attestation ${r.orgId}/${r.seq} revoked`,
      await readLedger(ctx.ref, "isRevoked", [r.orgId, r.seq]),
      true,
    );
  }
  for (const f of state.fulfilled) {
    const status = await readLedger(ctx.ref, "redemptionStatus", [f.offerId, f.seq]);
    check(`redemption ${f.offerId}/${f.seq} fulfilled`, status, RedemptionStatus.Fulfilled);
  }
  const { checks, mismatches } = checker;
  return { ok: mismatches.length === 0, checks, mismatches, supplies };
}

/** Balances, lifetimes and supply (the ledger's and the ERC-20 view's), the admin. Returns the supply. */
async function verifyCity(
  ctx: SeedContext,
  state: ExpectedState,
  checker: Checker,
  c: CityRuntime,
  creditViews: readonly CreditView[],
): Promise<bigint> {
  const code = c.plan.code;
  const expected = state.city(c.id);
  for (const r of expected.residents) {
    const resident = r.address as Address;
    checker.check(
      `${code} balance ${resident}`,
      await readLedger(ctx.ref, "balanceOf", [c.id, resident]),
      r.balance,
    );
    checker.check(
      `${code} lifetime ${resident}`,
      await readLedger(ctx.ref, "lifetimeEarned", [c.id, resident]),
      r.lifetime,
    );
  }
  const supply = await readLedger(ctx.ref, "totalSupply", [c.id]);
  checker.check(`${code} totalSupply`, supply, expected.supply);
  const view = creditViews.find((v) => v.cityId === c.id)!.address;
  const readView = (functionName: "symbol" | "totalSupply") =>
    ctx.publicClient.readContract({ address: view, abi: iCityCreditAbi, functionName });
  checker.check(`${code} ERC-20 view symbol`, await readView("symbol"), code);
  checker.check(`${code} ERC-20 view totalSupply`, await readView("totalSupply"), expected.supply);
  const info = await readLedger(ctx.ref, "city", [c.id]);
  checker.check(`${code} admin`, getAddress(info.admin), c.safe.address);
  return supply;
}

/** Account, delegate, status, budget used in the current epoch, opportunities' fill, offers' stock. */
async function verifyOrganization(ctx: SeedContext, state: ExpectedState, checker: Checker, o: OrgRuntime) {
  const name = o.plan.name;
  const onChain = await readLedger(ctx.ref, "organization", [o.id]);
  checker.check(`${name} account`, getAddress(onChain.account), o.safe.address);
  if (o.delegate) {
    const delegate = await readLedger(ctx.ref, "delegateOf", [o.id, o.delegate.address]);
    checker.check(`${name} delegate active`, delegate.active, true);
    checker.check(`${name} delegate cap`, delegate.cap, o.plan.staffDelegateCap);
  }
  checker.check(`${name} status`, onChain.status, o.suspended ? OrgStatus.Suspended : OrgStatus.Active);
  const minting = state.org(o.id);
  checker.check(`${name} budget epoch`, onChain.epoch, minting.epoch);
  checker.check(`${name} budget used in epoch ${minting.epoch}`, onChain.epochMinted, minting.epochMinted);
  for (const opp of o.opportunities) {
    const used = (await readLedger(ctx.ref, "opportunity", [opp.id])).used;
    checker.check(`opportunity ${opp.id} used units`, used, state.opportunityUsed.get(opp.id) ?? 0);
  }
  for (const [i, offer] of o.offers.entries()) {
    const info = await readLedger(ctx.ref, "offer", [offer.id]);
    const sold = state.offerSold.get(offer.id) ?? 0;
    checker.check(`offer ${offer.id} sold`, info.sold, sold);
    checker.check(`offer ${offer.id} stock`, info.stock, o.plan.offers[i]!.stock - sold);
  }
}
