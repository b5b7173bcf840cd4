/**
 * Public lists from the API, one hook per concern. Each returns the API's own response shapes
 * (generated types); TanStack Query caches them, so pages that share a list fetch it once.
 */
import { keepPreviousData, useQuery } from "@tanstack/react-query";

import { MAX_PAGE, api, collectPages, unwrapApi } from "./api.ts";
import { type OpportunityFilter, opportunityQuery } from "./filter.ts";

/** Lists change with every block; the API answers from its store in milliseconds. */
const FRESH_MS = 5_000;

export function useCities() {
  return useQuery({
    queryKey: ["api", "cities"],
    queryFn: async () =>
      (
        await collectPages(async (cursor) =>
          unwrapApi(
            await api().GET("/v1/cities", {
              params: { query: { limit: String(MAX_PAGE), ...(cursor ? { cursor } : {}) } },
            }),
          ),
        )
      ).items,
    staleTime: 60_000,
  });
}

export function useOrganizations() {
  return useQuery({
    queryKey: ["api", "organizations"],
    queryFn: async () =>
      (
        await collectPages(async (cursor) =>
          unwrapApi(
            await api().GET("/v1/organizations", {
              params: { query: { limit: String(MAX_PAGE), ...(cursor ? { cursor } : {}) } },
            }),
          ),
        )
      ).items,
    staleTime: 60_000,
  });
}

/** Opportunities matching the filter the API applies (city, category, language, words). */
export function useOpportunities(filter: OpportunityFilter) {
  const query = opportunityQuery(filter);
  return useQuery({
    queryKey: ["api", "opportunities", query],
    queryFn: async () =>
      (
        await collectPages(async (cursor) =>
          unwrapApi(
            await api().GET("/v1/opportunities", {
              params: { query: { ...query, limit: String(MAX_PAGE), ...(cursor ? { cursor } : {}) } },
            }),
          ),
        )
      ).items,
    staleTime: FRESH_MS,
    // Typing in the search box keeps the previous results on screen until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}

/** Active offers (or every offer), optionally only those accepting one city's credits. */
export function useOffers(cityId?: number, status: "active" | "any" = "active") {
  return useQuery({
    queryKey: ["api", "offers", cityId ?? null, status],
    queryFn: async () =>
      (
        await collectPages(async (cursor) =>
          unwrapApi(
            await api().GET("/v1/offers", {
              params: {
                query: {
                  ...(status === "active" ? { status } : {}),
                  limit: String(MAX_PAGE),
                  ...(cityId ? { city: String(cityId) } : {}),
                  ...(cursor ? { cursor } : {}),
                },
              },
            }),
          ),
        )
      ).items,
    staleTime: FRESH_MS,
    placeholderData: keepPreviousData,
  });
}
