/** The public dashboard's data from the API: aggregates first, then the attestation sample. */
import { useQuery } from "@tanstack/react-query";

import { MAX_PAGE, api, collectPages, unwrapApi } from "./api.ts";
import type { ContributionSample, DashboardInput } from "./dashboard.ts";

/**
 * The series covers the last year, day by day, and the year ahead: a local chain's clock runs
 * ahead of the wall clock once the seed moves its time forward (on a public chain those days are
 * simply empty). The API serves at most 731 days a request.
 */
const SERIES_DAYS_BACK = 365;
const SERIES_DAYS_AHEAD = 365;
/** The sample reads at most this many pages of valid attestations; the page says when it stopped. */
const SAMPLE_PAGES = 25;

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function useDashboardAggregates() {
  return useQuery({
    queryKey: ["api", "dashboard"],
    queryFn: async (): Promise<DashboardInput> => {
      const now = Date.now();
      const [stats, cities, series] = await Promise.all([
        api().GET("/v1/stats").then(unwrapApi),
        collectPages(async (cursor) =>
          unwrapApi(
            await api().GET("/v1/cities", {
              params: { query: { limit: String(MAX_PAGE), ...(cursor ? { cursor } : {}) } },
            }),
          ),
        ),
        api()
          .GET("/v1/stats/series", {
            params: {
              query: {
                interval: "day",
                from: isoDay(now - SERIES_DAYS_BACK * 86_400_000),
                to: isoDay(now + SERIES_DAYS_AHEAD * 86_400_000),
              },
            },
          })
          .then(unwrapApi),
      ]);
      // Redemption capacity is on each city's detail; a pilot has a handful of cities.
      const details = await Promise.all(
        cities.items.map(async (c) =>
          unwrapApi(
            await api().GET("/v1/cities/{cityId}", { params: { path: { cityId: String(c.cityId) } } }),
          ),
        ),
      );
      return {
        cities: cities.items,
        capacity: new Map(details.map((d) => [d.cityId, BigInt(d.openOffersCapacity)])),
        buckets: series.buckets,
        organizations: stats.organizations,
      };
    },
    staleTime: 30_000,
  });
}

/** Valid attestations of every city (the API lists attestations one city at a time). */
export function useContributionSample(cityIds: readonly number[]) {
  return useQuery({
    queryKey: ["api", "dashboard-sample", cityIds],
    queryFn: async (): Promise<ContributionSample> => {
      const perCity = await Promise.all(
        cityIds.map((city) =>
          collectPages(
            async (cursor) =>
              unwrapApi(
                await api().GET("/v1/attestations", {
                  params: {
                    query: {
                      city: String(city),
                      revoked: "false",
                      limit: String(MAX_PAGE),
                      ...(cursor ? { cursor } : {}),
                    },
                  },
                }),
              ),
            SAMPLE_PAGES,
          ),
        ),
      );
      return {
        attestations: perCity.flatMap(({ items }) =>
          items.map(({ cityId, resident, opportunityId }) => ({ cityId, resident, opportunityId })),
        ),
        complete: perCity.every((c) => c.complete),
      };
    },
    staleTime: 30_000,
  });
}
