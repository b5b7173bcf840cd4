/**
 * Per-client rate limiting: a token bucket per client key (the remote address, or the
 * forwarded address when a trusted proxy sets it). Over the limit: 429 with `Retry-After`.
 * The buckets live in this process: N API processes behind a balancer allow N times the
 * rate, which is the intended trade (no shared state between API processes).
 */
import type { MiddlewareHandler } from "hono";

import { errorBody } from "./errors.ts";

export interface RateLimitOptions {
  /** Requests allowed in a burst. */
  burst: number;
  /** Tokens added back per second. */
  perSecond: number;
  /** Key of the client for a request. */
  clientKey: (c: Parameters<MiddlewareHandler>[0]) => string;
  /** Clock, for tests. */
  now?: () => number;
  /** Buckets kept at most (oldest dropped), so a flood of addresses cannot exhaust memory. */
  maxClients?: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const now = options.now ?? (() => performance.now());
  const maxClients = options.maxClients ?? 100_000;
  const buckets = new Map<string, Bucket>();
  return async (c, next) => {
    const key = options.clientKey(c);
    const t = now();
    let bucket = buckets.get(key);
    if (bucket) {
      bucket.tokens = Math.min(options.burst, bucket.tokens + ((t - bucket.at) / 1000) * options.perSecond);
      bucket.at = t;
      // Re-insert so the Map's order is least-recently-used first.
      buckets.delete(key);
    } else {
      bucket = { tokens: options.burst, at: t };
      if (buckets.size >= maxClients) buckets.delete(buckets.keys().next().value as string);
    }
    buckets.set(key, bucket);
    if (bucket.tokens < 1) {
      const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / options.perSecond));
      c.header("Retry-After", String(retryAfter));
      c.header("RateLimit-Policy", `${options.burst};w=${Math.ceil(options.burst / options.perSecond)}`);
      return c.json(errorBody("RATE_LIMITED", `Too many requests; retry after ${retryAfter} s.`), 429);
    }
    bucket.tokens -= 1;
    await next();
  };
}
