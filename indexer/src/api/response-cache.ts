/**
 * Per-process cache of whole JSON answers, keyed by (indexed block and hash, path and query).
 * Every answer is a function of the store at one indexed block (and of the clock, for windows and
 * epochs: hence a short time to live), so an answer computed at block N is exact for any request
 * at block N; the whole cache is dropped as soon as the indexed head moves, and a reorganisation
 * changes the hash. Nothing in it matters: a restart or another process simply recomputes.
 */
import { createHash } from "node:crypto";

import type { Context, MiddlewareHandler } from "hono";

import type { ApiEnv, SyncStatus } from "./context.ts";

export interface ResponseCacheOptions {
  /** Answers kept at most (oldest dropped first). */
  maxEntries?: number;
  /** Larger answers are not kept. */
  maxBodyBytes?: number;
  /** How long an answer may be reused at the same block (answers also depend on the clock). */
  ttlMs?: number;
  /**
   * How long the last read of the indexed head stands for the current one (default 0: every
   * request reads it). An answer is then at most this much behind the head, as it is when a
   * request arrives that much earlier, and a cached one costs the store nothing.
   */
  headMaxAgeMs?: number;
}

function answer(c: Context<ApiEnv>, hit: Entry): Response {
  for (const [name, value] of hit.headers) c.header(name, value);
  return c.body(hit.body, 200);
}

interface Entry {
  body: string;
  headers: [string, string][];
  storedAt: number;
}

/** Resource reads whose answers are JSON and the same for every client. */
const CACHEABLE =
  /^\/v1\/(cities|organizations|opportunities|offers|residents|attestations|redemptions|stats)(\/[^.]*)?$/;

/** Headers an answer carries that describe the data (request ids and CORS are per request). */
const KEPT_HEADERS = new Set([
  "content-type",
  "cache-control",
  "etag",
  "x-block-number",
  "x-block-hash",
  "x-block-final",
  "x-finalized-block",
]);

export function responseCache(
  status: () => Promise<SyncStatus>,
  options: ResponseCacheOptions = {},
): MiddlewareHandler<ApiEnv> {
  const maxEntries = options.maxEntries ?? 5_000;
  const maxBodyBytes = options.maxBodyBytes ?? 256_000;
  const ttlMs = options.ttlMs ?? 1_000;
  const headMaxAgeMs = options.headMaxAgeMs ?? 0;
  const entries = new Map<string, Entry>();
  let head = "";
  let lastRead: { status: SyncStatus; at: number } | undefined;

  return async (c, next) => {
    if (c.req.method !== "GET" || c.req.header("authorization") || !CACHEABLE.test(c.req.path)) {
      return next();
    }
    const url = c.req.url;
    const query = url.indexOf("?");
    const key = query === -1 ? c.req.path : `${c.req.path}${url.slice(query)}`;
    const now = Date.now();
    // The head read a few ms ago may stand for now (as if the request had come that much earlier).
    // It is read before the data, so a response never names a block its data does not include.
    let current: SyncStatus;
    if (lastRead && now - lastRead.at <= headMaxAgeMs) current = lastRead.status;
    else {
      current = await status();
      lastRead = { status: current, at: now };
    }
    // The handler reuses this status instead of reading it again.
    c.set("syncStatus", current);
    const block = `${current.indexedBlock ?? "-"}:${current.indexedHash ?? "-"}`;
    if (block !== head) {
      entries.clear();
      head = block;
    }
    const hit = entries.get(key);
    if (hit && now - hit.storedAt <= ttlMs) return answer(c, hit);
    if (hit) entries.delete(key);
    // Keep the JSON text as the handler produces it: reading it back from the response would
    // turn the server's lightweight response into a full one (a copy and a stream per request).
    let body: string | undefined;
    const json = c.json.bind(c) as (...args: unknown[]) => Response;
    (c as unknown as { json: (...args: unknown[]) => Response }).json = (object, ...rest) => {
      body = JSON.stringify(object);
      return json(object, ...rest);
    };
    await next();
    const res = c.res;
    if (body === undefined || res.status !== 200 || body.length > maxBodyBytes) return;
    // The ETag the etag middleware would compute, computed here once so hits skip the hashing.
    const etag = `W/"${createHash("sha1").update(body).digest("hex")}"`;
    res.headers.set("ETag", etag);
    const headers: [string, string][] = [];
    res.headers.forEach((value, name) => {
      if (KEPT_HEADERS.has(name)) headers.push([name, value]);
    });
    // Stored only if the head did not move while the answer was computed.
    if (head !== block) return;
    if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
    entries.set(key, { body, headers, storedAt: now });
  };
}
