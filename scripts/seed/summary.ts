/** The seed's summary (reports/seed.json, printed by report.ts): what was built, with ids. */
import type { SeedContext } from "./context.ts";
import type { ExpectedState } from "./expected-state.ts";
import { PILOT_WEEKS } from "./pilot-data.ts";
import type { Stories } from "./phases/activity.ts";
import type { CreditView } from "./phases/cities.ts";
import { networkAdminOwners } from "./phases/safes.ts";
import type { Verification } from "./verify.ts";

export interface SeedSummary {
  seed: string;
  chainId: number;
  ledger: string;
  networkAdminSafe: { address: string; owners: string[] };
  cities: {
    id: number;
    code: string;
    name: string;
    adminSafe: string;
    adminOwners: string[];
    residents: number;
    totalSupply: string;
    organizations: {
      id: number;
      name: string;
      safe: string;
      owners: string[];
      status: "active" | "suspended";
      budget: number;
      opportunities: number;
      offers: number;
      /** What a newcomer looks up first: ids, rates and prices. */
      opportunityList: { id: number; title: string; creditsPerUnit: number; unit: string }[];
      offerList: { id: number; title: string; price: number; stock: number }[];
      attestations: number;
      creditsMinted: string;
    }[];
  }[];
  counts: {
    safes: number;
    safeTransactions: number;
    organizations: number;
    opportunities: number;
    offers: number;
    attestationBatches: number;
    attestations: number;
    attestationsBySignedDelegate: number;
    creditsMinted: string;
    revokedAttestations: number;
    creditsClawedBack: string;
    redemptions: number;
    redemptionsBySignature: number;
    redemptionsFulfilled: number;
    creditsRedeemed: string;
    suspendedOrganizations: number;
    walletRecoveries: number;
    weeksSimulated: number;
  };
  events: Stories;
  /** The cities' ERC-20 views, as deployment record entries. */
  creditViews: CreditView[];
  verification: { ok: boolean; checks: number; mismatches: string[] };
  accounts: { role: string; address: string; privateKey: string }[];
  durationSeconds: number;
}

export function summarize(
  ctx: SeedContext,
  state: ExpectedState,
  run: { stories: Stories; creditViews: CreditView[]; verification: Verification; started: number },
): SeedSummary {
  const orgs = ctx.cities.flatMap((c) => c.orgs);
  const { ok, checks, mismatches } = run.verification;
  return {
    seed: ctx.seed,
    chainId: ctx.deployment.chainId,
    ledger: ctx.deployment.contracts.CivicLedger!,
    networkAdminSafe: {
      address: ctx.deployment.networkAdminSafe,
      owners: networkAdminOwners(ctx).map((a) => a.address),
    },
    cities: citySummaries(ctx, state, run.verification),
    counts: {
      safes: ctx.safes,
      safeTransactions: ctx.safeTransactions,
      organizations: orgs.length,
      opportunities: orgs.reduce((n, o) => n + o.opportunities.length, 0),
      offers: orgs.reduce((n, o) => n + o.offers.length, 0),
      attestationBatches: state.attestationBatches,
      attestations: state.attestations,
      attestationsBySignedDelegate: state.attestationsByDelegate,
      creditsMinted: state.creditsMinted.toString(),
      revokedAttestations: state.revokedAttestations,
      creditsClawedBack: state.creditsClawedBack.toString(),
      redemptions: state.redemptions,
      redemptionsBySignature: state.redemptionsBySignature,
      redemptionsFulfilled: state.fulfilled.length,
      creditsRedeemed: state.creditsRedeemed.toString(),
      suspendedOrganizations: orgs.filter((o) => o.suspended).length,
      walletRecoveries: state.walletRecoveries,
      weeksSimulated: PILOT_WEEKS,
    },
    events: run.stories,
    creditViews: run.creditViews,
    verification: { ok, checks, mismatches },
    accounts: ctx.accounts,
    durationSeconds: Math.round((Date.now() - run.started) / 100) / 10,
  };
}

function citySummaries(
  ctx: SeedContext,
  state: ExpectedState,
  verification: Verification,
): SeedSummary["cities"] {
  return ctx.cities.map((c) => ({
    id: c.id,
    code: c.plan.code,
    name: c.plan.name,
    adminSafe: c.safe.address,
    adminOwners: c.safe.ownerAccounts.map((a) => a.address),
    residents: c.residents.length,
    totalSupply: (verification.supplies.get(c.id) ?? 0n).toString(),
    organizations: c.orgs.map((o) => ({
      id: o.id,
      name: o.plan.name,
      safe: o.safe.address,
      owners: o.safe.ownerAccounts.map((a) => a.address),
      status: o.suspended ? ("suspended" as const) : ("active" as const),
      budget: o.plan.budget,
      opportunities: o.opportunities.length,
      attestations: state.org(o.id).attested,
      creditsMinted: state.org(o.id).minted.toString(),
      offers: o.offers.length,
      opportunityList: o.opportunities.map((opp, i) => ({
        id: opp.id,
        title: o.plan.opportunities[i]!.title,
        creditsPerUnit: opp.creditsPerUnit,
        unit: o.plan.opportunities[i]!.unit,
      })),
      offerList: o.offers.map((offer, i) => ({
        id: offer.id,
        title: o.plan.offers[i]!.title,
        price: offer.price,
        stock: o.plan.offers[i]!.stock,
      })),
    })),
  }));
}
