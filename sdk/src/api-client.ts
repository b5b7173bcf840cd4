/**
 * A typed client of the City/Sync HTTP API (the indexer's read API): paths, parameters and
 * responses come from the types generated from the API's OpenAPI document
 * (`generated/api.ts`), through openapi-fetch, so a caller cannot ask for a route, a parameter or
 * a field the API does not have.
 */
import createClient, { type Client, type ClientOptions } from "openapi-fetch";

import type { components, paths } from "./generated/api.ts";

export type { components as ApiComponents, paths as ApiPaths } from "./generated/api.ts";
/** A response schema of the API by name: `ApiSchema<"Opportunity">`. */
export type ApiSchema<Name extends keyof components["schemas"]> = components["schemas"][Name];
export type CitySyncApiClient = Client<paths>;

/** Creates a client for the API served at `baseUrl` (no trailing `/v1`). */
export function createCitySyncApiClient(
  baseUrl: string,
  options: Omit<ClientOptions, "baseUrl"> = {},
): CitySyncApiClient {
  return createClient<paths>({ ...options, baseUrl: baseUrl.replace(/\/+$/, "") });
}

/** The API answered with an error body (`{ error: { code, message, parameter? } }`). */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: string;
  readonly parameter: string | undefined;
  /** Facts the API adds for a client to act on, e.g. `cityId` on CHECKPOINT_NEEDED. */
  readonly details: Readonly<Record<string, string>>;
  constructor(
    status: number,
    code: string,
    message: string,
    parameter?: string,
    details: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = "ApiRequestError";
    this.status = status;
    this.code = code;
    this.parameter = parameter;
    this.details = details;
  }
}

/**
 * The data of an openapi-fetch result, or an `ApiRequestError` carrying the API's code and message
 * (a body that is not the API's error shape, say from a proxy, becomes code `HTTP_<status>`).
 */
export function unwrapApi<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error === undefined && result.response.ok) return result.data as T;
  const body = result.error as
    { error?: { code?: unknown; message?: unknown; parameter?: unknown; details?: unknown } } | undefined;
  const detail = body?.error;
  const status = result.response.status;
  throw new ApiRequestError(
    status,
    typeof detail?.code === "string" ? detail.code : `HTTP_${status}`,
    typeof detail?.message === "string" ? detail.message : `The API answered ${status}.`,
    typeof detail?.parameter === "string" ? detail.parameter : undefined,
    isStringRecord(detail?.details) ? detail.details : {},
  );
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === "string")
  );
}
