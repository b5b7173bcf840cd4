/** Helpers shared by the resource routes: row conversion, paging, localized metadata. */
import { z } from "@hono/zod-openapi";

import { ApiError, ErrorSchema } from "../errors.ts";
import { type KeyPart, decodeCursor, queryFingerprint } from "../pagination.ts";
import { DEFAULT_PAGE_SIZE } from "../schemas.ts";
import type { SyncStatus } from "../context.ts";

/** bigint / numeric / number → decimal string (null stays null). */
export const dec = (v: unknown): string => String(v ?? "0");
export const decOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
export const iso = (unixSeconds: unknown): string => new Date(Number(unixSeconds) * 1000).toISOString();
export const int = (v: unknown): number => Number(v);

export interface Paging {
  limit: number;
  after: string[] | undefined;
  fingerprint: string;
}

export function paging(
  route: string,
  query: { cursor?: string | undefined; limit?: number | undefined } & Record<string, unknown>,
  shape: readonly KeyPart[],
): Paging {
  const fingerprint = queryFingerprint(route, query);
  return {
    limit: query.limit ?? DEFAULT_PAGE_SIZE,
    after: query.cursor === undefined ? undefined : decodeCursor(query.cursor, fingerprint, shape),
    fingerprint,
  };
}

type Localized = Record<string, string> | undefined;

/** The text in `lang`, else English, else any language given. */
export function pick(texts: Localized, lang: string | undefined): string | null {
  if (!texts || typeof texts !== "object") return null;
  return texts[lang ?? "en"] ?? texts.en ?? Object.values(texts)[0] ?? null;
}

export interface ParsedMetadata {
  title?: Record<string, string>;
  description?: Record<string, string>;
  place?: string;
  category?: string;
  unit?: string;
}

export const MetadataSchema = z
  .object({
    title: z.string().nullable(),
    description: z.string().nullable(),
    titles: z.record(z.string(), z.string()).openapi({ description: "Every language given, by code." }),
    place: z.string().nullable(),
    raw: z.string().openapi({ description: "The metadata string as emitted on chain." }),
    flags: z
      .array(z.string())
      .openapi({ description: "e.g. malformed, unknown-version, oversized; empty when valid." }),
  })
  .openapi("Metadata");

export function metadataOf(
  row: { metadata: unknown; metadata_raw: unknown; metadata_flags: unknown },
  lang?: string,
) {
  const m = (row.metadata ?? {}) as ParsedMetadata;
  return {
    title: pick(m.title, lang),
    description: pick(m.description, lang),
    titles: m.title ?? {},
    place: typeof m.place === "string" ? m.place : null,
    raw: String(row.metadata_raw ?? ""),
    flags: (row.metadata_flags as string[] | null) ?? [],
  };
}

export function notFound(what: string, parameter: string): never {
  throw new ApiError(404, "NOT_FOUND", `${what} is not indexed (yet).`, { parameter });
}

export const errorResponses = {
  400: {
    description: "Invalid parameter (the message names it)",
    content: { "application/json": { schema: ErrorSchema } },
  },
  429: {
    description: "Too many requests (see Retry-After)",
    content: { "application/json": { schema: ErrorSchema } },
  },
};
export const notFoundResponse = {
  404: { description: "Not indexed", content: { "application/json": { schema: ErrorSchema } } },
};

export const ok = <T extends z.ZodType>(schema: T, description: string) => ({
  200: { description, content: { "application/json": { schema } } },
});

/** Path id parameter: a non-negative integer that fits a bigint column. */
export const idParam = (name: string) =>
  z
    .string()
    .max(20)
    .regex(/^(0|[1-9][0-9]*)$/, "must be a non-negative integer")
    // zod runs refinements after a failed regex too: only compare what the regex accepted.
    .refine((v) => !/^[0-9]+$/.test(v) || BigInt(v) <= 9_223_372_036_854_775_807n, "is too large")
    .openapi({ param: { name, in: "path" }, example: "1" });

/** Unix seconds now: windows, epochs and deadlines are computed at query time from stored facts. */
/**
 * "Now" for windows, epochs and days: the later of the computer's clock and the chain's (the newest
 * indexed block time), so a chain running ahead of the computer, like the seeded local one, is
 * read by its own clock.
 */
export function chainNow(status: Pick<SyncStatus, "chainTime">): bigint {
  const wall = BigInt(Math.floor(Date.now() / 1000));
  return status.chainTime !== null && status.chainTime > wall ? status.chainTime : wall;
}
