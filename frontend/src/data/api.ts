/**
 * The indexer's HTTP API as the dApp reads it: the SDK's typed client (paths, parameters and
 * response shapes generated from the API's OpenAPI document) and the response types the pages
 * render. This module stays free of wagmi and viem so that public pages load without them.
 */
import {
  type ApiSchema,
  type CitySyncApiClient,
  createCitySyncApiClient,
  unwrapApi,
} from "@sdk/api-client.ts";

export { unwrapApi };

/** Where the API is (set by `npm start` and the end-to-end stack); undefined when absent. */
export const apiUrl: string | undefined = import.meta.env.VITE_API_URL || undefined;

export type ApiCity = ApiSchema<"City">;
export type ApiOrganization = ApiSchema<"Organization">;
export type ApiOpportunity = ApiSchema<"Opportunity">;
export type ApiOffer = ApiSchema<"Offer">;
export type ApiAttestation = ApiSchema<"Attestation">;
export type ApiRedemption = ApiSchema<"Redemption">;
export type ApiSeriesBucket = ApiSchema<"SeriesBucket">;

/** This build has no data service configured: public lists cannot be shown. */
export class ApiNotConfiguredError extends Error {
  constructor() {
    super("No data service (VITE_API_URL) is configured for this build.");
    this.name = "ApiNotConfiguredError";
  }
}

let client: CitySyncApiClient | undefined;

export function api(): CitySyncApiClient {
  if (!apiUrl) throw new ApiNotConfiguredError();
  client ??= createCitySyncApiClient(apiUrl);
  return client;
}

/** The largest page the API serves. */
export const MAX_PAGE = 200;

/**
 * Every item of a cursor-paginated list, at most `maxPages` pages; `complete` says whether the
 * walk reached the end (callers that show an aggregate say so when it did not).
 */
export async function collectPages<T>(
  fetchPage: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
  maxPages = 50,
): Promise<{ items: T[]; complete: boolean }> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const result = await fetchPage(cursor);
    items.push(...result.items);
    if (!result.nextCursor) return { items, complete: true };
    cursor = result.nextCursor;
  }
  return { items, complete: false };
}

/** Seconds since the epoch of an ISO time from the API. */
export function seconds(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000);
}
