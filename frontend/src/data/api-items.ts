/** One opportunity or offer from the API, by id (null when the API has not indexed it). */
import { useQuery } from "@tanstack/react-query";

import { ApiRequestError } from "@sdk/api-client.ts";

import { api, unwrapApi } from "./api.ts";

/** A 404 is an answer ("no such item"), not a failure. */
async function orNull<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 404) return null;
    throw error;
  }
}

const validId = (id: number) => Number.isSafeInteger(id) && id >= 0;

export function useOpportunity(id: number) {
  return useQuery({
    queryKey: ["api", "opportunity", id],
    queryFn: () =>
      validId(id)
        ? orNull(async () =>
            unwrapApi(
              await api().GET("/v1/opportunities/{opportunityId}", {
                params: { path: { opportunityId: String(id) } },
              }),
            ),
          )
        : null,
    staleTime: 5_000,
  });
}

export function useOffer(id: number) {
  return useQuery({
    queryKey: ["api", "offer", id],
    queryFn: () =>
      validId(id)
        ? orNull(async () =>
            unwrapApi(await api().GET("/v1/offers/{offerId}", { params: { path: { offerId: String(id) } } })),
          )
        : null,
    staleTime: 5_000,
  });
}
