/**
 * Keyset (cursor) pagination. A cursor is opaque to clients: base64url of the last row's sort
 * key plus a fingerprint of the query it belongs to, so a cursor reused with other filters is
 * refused instead of silently skipping rows. Keys are unique and ordered, so a walk sees every
 * row that existed when it started exactly once, even while new blocks add rows.
 */
import { createHash } from "node:crypto";

import { ApiError } from "./errors.ts";

export type KeyPart = "int" | "text";

const CURSOR_VERSION = 1;
const MAX_CURSOR_LENGTH = 1024;
const INT_PATTERN = /^(0|[1-9][0-9]{0,77})$/;

export function queryFingerprint(route: string, filters: Record<string, unknown>): string {
  const sorted = Object.keys(filters)
    .filter((k) => filters[k] !== undefined && k !== "cursor" && k !== "limit")
    .sort()
    .map((k) => [k, filters[k]]);
  return createHash("sha256")
    .update(JSON.stringify([route, sorted]))
    .digest("base64url")
    .slice(0, 12);
}

export function encodeCursor(fingerprint: string, key: readonly (string | number | bigint)[]): string {
  return Buffer.from(JSON.stringify({ v: CURSOR_VERSION, f: fingerprint, k: key.map(String) })).toString(
    "base64url",
  );
}

function malformed(why: string): ApiError {
  return new ApiError(400, "INVALID_CURSOR", `query parameter cursor: ${why}.`, { parameter: "cursor" });
}

/** Decodes and checks a cursor against the query it is used with; key values come back as strings. */
export function decodeCursor(cursor: string, fingerprint: string, shape: readonly KeyPart[]): string[] {
  if (cursor.length > MAX_CURSOR_LENGTH) throw malformed("too long");
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw malformed("not a cursor returned by this API");
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw malformed("not a cursor returned by this API");
  }
  const body = decoded as { v?: unknown; f?: unknown; k?: unknown };
  if (typeof body !== "object" || body === null || body.v !== CURSOR_VERSION || !Array.isArray(body.k)) {
    throw malformed("not a cursor returned by this API");
  }
  if (body.f !== fingerprint) throw malformed("belongs to a query with other filters or order");
  const key = body.k as unknown[];
  if (key.length !== shape.length) throw malformed("not a cursor returned by this API");
  return key.map((value, i) => {
    if (typeof value !== "string") throw malformed("not a cursor returned by this API");
    if (shape[i] === "int" && !INT_PATTERN.test(value)) throw malformed("not a cursor returned by this API");
    if (shape[i] === "text" && value.length > 256) throw malformed("not a cursor returned by this API");
    return value;
  });
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Cuts a result fetched with `LIMIT limit + 1` into a page: the extra row only tells that
 * there is a next page, and the cursor is the key of the last row returned.
 */
export function toPage<R, T>(
  rows: R[],
  limit: number,
  fingerprint: string,
  keyOf: (row: R) => readonly (string | number | bigint)[],
  map: (row: R) => T,
): Page<T> {
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  const last = kept.at(-1);
  return {
    items: kept.map(map),
    nextCursor: more && last !== undefined ? encodeCursor(fingerprint, keyOf(last)) : null,
  };
}
