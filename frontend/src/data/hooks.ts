/**
 * What the organization and city consoles list, read from the indexer's API: cities,
 * organizations (with the budget used this epoch), opportunities, offers, an organization's
 * delegates, attestations and pending redemptions, as the console types (`types.ts`). A Safe
 * execution refetches them once the API has indexed its block (`tx/useIndexedAfter.ts`); what
 * must be fresh when an owner signs (Safe owners, nonce, proposals) is read on chain by the
 * console itself, through `useChainSource`.
 */
import { useQuery } from "@tanstack/react-query";
import { type Hex, getAddress } from "viem";
import { usePublicClient } from "wagmi";

import { ledger, ledgerFromBlock } from "../config.ts";
import { MAX_PAGE, api, collectPages, seconds, unwrapApi } from "./api.ts";
import type { ChainSource } from "./chain-source.ts";
import { metaOf } from "./metadata.ts";
import type { City, Contribution, Delegate, Offer, Opportunity, Organization, Redemption } from "./types.ts";

/** How long a console list stays fresh; writes refetch it at once when indexed. */
const FRESH_MS = 4_000;

export class LedgerMissingError extends Error {
  constructor() {
    super("No City/Sync ledger is configured for this chain.");
    this.name = "LedgerMissingError";
  }
}

export function useChainSource(): ChainSource {
  const client = usePublicClient();
  if (!client) throw new Error("The wagmi config has no client for the app's chain.");
  return { client: client as ChainSource["client"], ledger: ledger ?? "0x", fromBlock: ledgerFromBlock };
}

/** One page's query: the largest page, the filters given, the cursor after the first page. */
function page<F extends Record<string, string | undefined>>(filters: F, cursor: string | undefined) {
  const given = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined));
  return {
    limit: String(MAX_PAGE),
    ...(given as { [K in keyof F]: Exclude<F[K], undefined> }),
    ...(cursor ? { cursor } : {}),
  };
}

export function useCities() {
  return useQuery({
    queryKey: ["api", "console", "cities"],
    queryFn: async (): Promise<City[]> => {
      const { items } = await collectPages(async (cursor) =>
        unwrapApi(await api().GET("/v1/cities", { params: { query: page({}, cursor) } })),
      );
      return items.map((c) => ({
        id: c.cityId,
        code: c.code,
        name: c.name,
        admin: getAddress(c.admin),
        supply: BigInt(c.supply),
      }));
    },
    staleTime: FRESH_MS,
  });
}

export function useOrganizations() {
  return useQuery({
    queryKey: ["api", "console", "organizations"],
    queryFn: async (): Promise<Organization[]> => {
      const { items } = await collectPages(async (cursor) =>
        unwrapApi(await api().GET("/v1/organizations", { params: { query: page({}, cursor) } })),
      );
      return items.map((o) => ({
        id: o.orgId,
        cityId: o.cityId,
        account: getAddress(o.account),
        status: o.status === "active" ? 1 : 2,
        budget: BigInt(o.budget),
        usedThisEpoch: BigInt(o.usedThisEpoch),
        remainingThisEpoch: BigInt(o.remainingThisEpoch),
        meta: metaOf(o),
      }));
    },
    staleTime: FRESH_MS,
    placeholderData: (previous) => previous,
  });
}

/** Every opportunity (open and closed), or one organization's. */
export function useOpportunities(orgId?: number) {
  return useQuery({
    queryKey: ["api", "console", "opportunities", orgId ?? null],
    queryFn: async (): Promise<Opportunity[]> => {
      const org = orgId === undefined ? undefined : String(orgId);
      const { items } = await collectPages(async (cursor) =>
        unwrapApi(await api().GET("/v1/opportunities", { params: { query: page({ org }, cursor) } })),
      );
      return items.map((o) => ({
        id: o.opportunityId,
        orgId: o.orgId,
        cityId: o.cityId,
        creditsPerUnit: Number(o.creditsPerUnit),
        capacity: BigInt(o.capacity),
        used: BigInt(o.used),
        start: seconds(o.start),
        end: seconds(o.end),
        status: o.status === "open" ? 1 : 2,
        meta: metaOf(o),
      }));
    },
    staleTime: FRESH_MS,
    placeholderData: (previous) => previous,
  });
}

/** Every offer (active and closed), or one organization's. */
export function useOffers(orgId?: number) {
  return useQuery({
    queryKey: ["api", "console", "offers", orgId ?? null],
    queryFn: async (): Promise<Offer[]> => {
      const org = orgId === undefined ? undefined : String(orgId);
      const { items } = await collectPages(async (cursor) =>
        unwrapApi(await api().GET("/v1/offers", { params: { query: page({ org }, cursor) } })),
      );
      return items.map((o) => ({
        id: o.offerId,
        orgId: o.orgId,
        price: BigInt(o.price),
        stock: Number(o.stock),
        sold: Number(o.sold),
        perResidentLimit: Number(o.perResidentLimit),
        start: seconds(o.start),
        end: seconds(o.end),
        status: o.status === "active" ? 1 : 2,
        acceptedCities: o.acceptedCities,
        meta: metaOf(o),
      }));
    },
    staleTime: FRESH_MS,
    placeholderData: (previous) => previous,
  });
}

/** An organization's attestations that are not revoked, newest first. */
export function useRevocableAttestations(orgId: number) {
  return useQuery({
    queryKey: ["api", "console", "attestations", orgId],
    queryFn: async (): Promise<Contribution[]> => {
      const { items } = await collectPages(async (cursor) =>
        unwrapApi(
          await api().GET("/v1/attestations", {
            params: { query: page({ org: String(orgId), revoked: "false" as const }, cursor) },
          }),
        ),
      );
      return items.reverse().map((a) => ({
        participant: getAddress(a.resident),
        orgId: a.orgId,
        seq: BigInt(a.seq),
        cityId: a.cityId,
        opportunityId: a.opportunityId,
        units: BigInt(a.units),
        credits: BigInt(a.credits),
        blockNumber: BigInt(a.blockNumber),
        transactionHash: a.txHash as Hex,
      }));
    },
    staleTime: FRESH_MS,
    placeholderData: (previous) => previous,
  });
}

/** What an organization has to fulfil or refund: its pending redemptions, newest first. */
export function usePendingRedemptions(orgId: number) {
  return useQuery({
    queryKey: ["api", "console", "redemptions", orgId],
    queryFn: async (): Promise<Redemption[]> => {
      const { items } = await collectPages(async (cursor) =>
        unwrapApi(
          await api().GET("/v1/redemptions", {
            params: { query: page({ org: String(orgId), status: "pending" as const }, cursor) },
          }),
        ),
      );
      return items.reverse().map((r) => ({
        offerId: r.offerId,
        seq: Number(r.seq),
        resident: getAddress(r.resident),
        cityId: r.cityId,
        credits: BigInt(r.credits),
        state: r.status,
        blockNumber: BigInt(r.blockNumber),
        transactionHash: r.txHash as Hex,
      }));
    },
    staleTime: FRESH_MS,
    placeholderData: (previous) => previous,
  });
}

/** An organization's active delegates (not its own account) and what each attested this epoch. */
export function useDelegates(orgId: number) {
  return useQuery({
    queryKey: ["api", "console", "delegates", orgId],
    queryFn: async (): Promise<Delegate[]> => {
      const org = unwrapApi(
        await api().GET("/v1/organizations/{orgId}", { params: { path: { orgId: String(orgId) } } }),
      );
      return org.delegates
        .filter((d) => d.active && !d.isAccount)
        .map((d) => ({
          address: getAddress(d.address),
          cap: BigInt(d.cap),
          usedThisEpoch: BigInt(d.usedThisEpoch),
        }));
    },
    staleTime: FRESH_MS,
    placeholderData: (previous) => previous,
  });
}
