/**
 * Failures named without the SDK's contract-error decoder (which carries every ABI and viem):
 * the dApp's own, and the data service's. Public pages show these without loading the chain
 * stack; anything else goes through `human-error.ts`.
 */
import { ApiRequestError } from "@sdk/api-client.ts";

import type { I18n } from "../i18n/I18nProvider.tsx";
import type { MessageKey } from "../i18n/messages.ts";

/** A failure the dApp itself detects, named by a catalogue key. */
export class AppError extends Error {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
  constructor(key: MessageKey, params: Readonly<Record<string, string | number>> = {}, cause?: unknown) {
    super(key, cause === undefined ? undefined : { cause });
    this.name = "AppError";
    this.key = key;
    this.params = params;
  }
}

/** The error and its causes, outermost first (bounded, in case of a cycle). */
export function causes(error: unknown): unknown[] {
  const out: unknown[] = [];
  let current: unknown = error;
  for (let i = 0; i < 8 && current && typeof current === "object"; i++) {
    out.push(current);
    current = (current as { cause?: unknown }).cause;
  }
  return out;
}

/** The sentence for a failure this module knows, or undefined. */
export function knownError(error: unknown, t: I18n["t"]): string | undefined {
  const chain = causes(error);
  const app = chain.find((e): e is AppError => e instanceof AppError);
  if (app) return t(app.key, app.params);
  if (chain.some((e) => (e as { name?: string }).name === "ApiNotConfiguredError"))
    return t("data.notConfigured");
  const api = chain.find((e): e is ApiRequestError => e instanceof ApiRequestError);
  if (api) {
    if (api.status === 429 || api.status >= 500) return t("error.apiDown");
    if (api.status === 404) return t("error.indexerBehind");
    return t("error.unknown");
  }
  // fetch() rejects with a bare TypeError when a server cannot be reached.
  if (error instanceof TypeError) return t("error.network");
  return undefined;
}
