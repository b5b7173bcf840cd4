/**
 * Webhooks for city and organization systems, delivered at least once from a durable outbox in
 * the indexer's store:
 *   fan-out   reads the indexer's `events` after its cursor, writes one outbox row per matching
 *             subscription (unique per subscription × block hash × log index × kind, so a re-read
 *             never duplicates), and, for delivered events a reorganisation removed, a retraction;
 *   delivery  claims due rows (FOR UPDATE SKIP LOCKED: several workers may share one PostgreSQL),
 *             signs them per Standard Webhooks, retries failures with exponential backoff and
 *             jitter, then dead-letters them; an operator replays dead letters from a cursor.
 * Every payload says whether its block is final at the time of the attempt.
 */
import { createHash, randomBytes } from "node:crypto";

import { Webhook } from "standardwebhooks";

import type { Queryable, Store } from "../store/store.ts";

export interface WebhookWorkerOptions {
  /** Attempts before a delivery is dead-lettered. */
  maxAttempts?: number;
  /** First retry delay; doubles each attempt (with up to 20% jitter). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Per-request timeout. */
  timeoutMs?: number;
  batchSize?: number;
  fetch?: typeof fetch;
  onDelivery?: (outcome: "delivered" | "retry" | "dead") => void;
}

export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

export function hashOperatorKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

/** Creates an operator API key allowed to manage subscriptions of `cityIds`; returns the key (shown once). */
export async function createOperatorKey(
  db: Pick<Queryable, "query">,
  name: string,
  cityIds: readonly bigint[],
): Promise<string> {
  const key = `csk_${randomBytes(24).toString("base64url")}`;
  await db.query(
    "INSERT INTO integrations.operator_keys (key_hash, name, city_ids) VALUES ($1, $2, $3::bigint[])",
    [hashOperatorKey(key), name, cityIds.map(String)],
  );
  return key;
}

const FANOUT_BATCH = 2_000;

/**
 * Moves new events into the outbox and retracts delivered events that are no longer canonical.
 * One transaction: the cursor and the outbox rows commit together.
 */
export async function fanOut(
  store: Pick<Store, "transaction">,
): Promise<{ queued: number; retracted: number }> {
  return store.transaction(async (tx) => {
    const [sync] = await tx.query<{ finalized_block: bigint }>(
      "SELECT finalized_block FROM sync_state WHERE id = 1",
    );
    if (!sync) return { queued: 0, retracted: 0 };
    const finalized = BigInt(sync.finalized_block);
    let [cursor] = await tx.query<{
      block_number: bigint;
      log_index: number;
      block_hash: string | null;
      canonical: boolean;
    }>(
      `SELECT c.block_number, c.log_index, c.block_hash,
              EXISTS (SELECT 1 FROM events e WHERE e.block_number = c.block_number AND e.log_index = c.log_index
                        AND e.block_hash IS NOT DISTINCT FROM c.block_hash) AS canonical
       FROM integrations.webhook_cursor c WHERE c.id = 1`,
    );
    if (!cursor) {
      // A new outbox starts at the current head: subscriptions receive what happens from now on.
      const [head] = await tx.query<{ block_number: bigint; log_index: number; block_hash: string }>(
        "SELECT block_number, log_index, block_hash FROM events ORDER BY block_number DESC, log_index DESC LIMIT 1",
      );
      cursor = {
        block_number: head?.block_number ?? -1n,
        log_index: head?.log_index ?? -1,
        block_hash: head?.block_hash ?? null,
        canonical: true,
      };
      await tx.query(
        "INSERT INTO integrations.webhook_cursor (id, block_number, log_index, block_hash) VALUES (1, $1, $2, $3)",
        [String(cursor.block_number), cursor.log_index, cursor.block_hash],
      );
    } else if (!cursor.canonical && BigInt(cursor.block_number) > finalized) {
      // The event under the cursor was rolled back by a reorganisation: re-read from the final
      // block (already queued events are not duplicated: the outbox is unique per block hash).
      cursor = { block_number: finalized, log_index: 2 ** 31 - 1, block_hash: null, canonical: true };
    }
    const retracted = await tx.query(
      `INSERT INTO integrations.webhook_outbox (subscription_id, message_id, kind, event_type, block_number, block_hash, log_index, payload)
       SELECT o.subscription_id, 'msg_' || md5(o.message_id || ':retraction'), 'retraction', o.event_type, o.block_number, o.block_hash,
              o.log_index, o.payload || jsonb_build_object('retracts', o.message_id)
       FROM integrations.webhook_outbox o
       WHERE o.kind = 'event' AND o.status IN ('delivered', 'dead') AND o.block_number > $1::bigint
         AND NOT EXISTS (SELECT 1 FROM events e WHERE e.block_number = o.block_number AND e.log_index = o.log_index AND e.block_hash = o.block_hash)
       ON CONFLICT DO NOTHING RETURNING id`,
      [finalized.toString()],
    );
    // Never delivered: nothing to retract, just do not send it.
    await tx.query(
      `UPDATE integrations.webhook_outbox o SET status = 'cancelled'
       WHERE o.kind = 'event' AND o.status = 'pending' AND o.block_number > $1::bigint
         AND NOT EXISTS (SELECT 1 FROM events e WHERE e.block_number = o.block_number AND e.log_index = o.log_index AND e.block_hash = o.block_hash)`,
      [finalized.toString()],
    );
    const events = await tx.query<{ block_number: bigint; log_index: number; block_hash: string }>(
      `SELECT block_number, log_index, block_hash FROM events WHERE (block_number, log_index) > ($1::bigint, $2::integer)
       ORDER BY block_number, log_index LIMIT ${FANOUT_BATCH}`,
      [String(cursor.block_number), cursor.log_index],
    );
    if (events.length === 0) return { queued: 0, retracted: retracted.length };
    const last = events.at(-1)!;
    const queued = await tx.query(
      `WITH ev AS (
         SELECT e.*, coalesce((e.args ->> 'orgId')::numeric::bigint, off.org_id) AS org_id,
                coalesce((e.args ->> 'cityId')::numeric::bigint, org.city_id, off.city_id) AS city_id
         FROM events e
         LEFT JOIN offers off ON off.offer_id = (e.args ->> 'offerId')::numeric::bigint
         LEFT JOIN organizations org ON org.org_id = coalesce((e.args ->> 'orgId')::numeric::bigint, off.org_id)
         WHERE (e.block_number, e.log_index) > ($1::bigint, $2::integer) AND (e.block_number, e.log_index) <= ($3::bigint, $4::integer)
       )
       INSERT INTO integrations.webhook_outbox (subscription_id, message_id, kind, event_type, block_number, block_hash, log_index, payload)
       SELECT s.id, 'msg_' || md5(s.id || ':' || ev.block_hash || ':' || ev.log_index), 'event', ev.name, ev.block_number, ev.block_hash, ev.log_index,
              jsonb_build_object('event', ev.name, 'cityId', ev.city_id::text, 'orgId', ev.org_id::text, 'blockNumber', ev.block_number::text,
                                 'blockHash', ev.block_hash, 'logIndex', ev.log_index, 'txHash', ev.tx_hash, 'time', ev.timestamp, 'args', ev.args)
       FROM ev JOIN integrations.webhook_subscriptions s
         ON s.active AND s.city_id = ev.city_id AND (s.org_id IS NULL OR s.org_id = ev.org_id)
        AND (cardinality(s.event_types) = 0 OR ev.name = ANY (s.event_types))
       ON CONFLICT DO NOTHING RETURNING id`,
      [String(cursor.block_number), cursor.log_index, String(last.block_number), last.log_index],
    );
    await tx.query(
      "UPDATE integrations.webhook_cursor SET block_number = $1, log_index = $2, block_hash = $3 WHERE id = 1",
      [String(last.block_number), last.log_index, last.block_hash],
    );
    return { queued: queued.length, retracted: retracted.length };
  });
}

type Due = {
  id: bigint;
  message_id: string;
  kind: string;
  event_type: string;
  block_number: bigint;
  payload: Record<string, unknown>;
  attempts: number;
  url: string;
  secret: string;
  finalized: bigint;
};

/** Attempts every due delivery once; returns how many were attempted. */
export async function deliverDue(
  store: Pick<Store, "transaction" | "query">,
  options: WebhookWorkerOptions = {},
): Promise<number> {
  const maxAttempts = options.maxAttempts ?? 8;
  const base = options.baseDelayMs ?? 1_000;
  const maxDelay = options.maxDelayMs ?? 3_600_000;
  const send = options.fetch ?? fetch;
  const due = await store.transaction((tx) =>
    tx.query<Due>(
      `UPDATE integrations.webhook_outbox o SET locked_until = now() + interval '60 seconds'
       FROM integrations.webhook_subscriptions s, sync_state st
       WHERE o.id IN (SELECT id FROM integrations.webhook_outbox
                      WHERE status = 'pending' AND next_attempt_at <= now() AND (locked_until IS NULL OR locked_until < now())
                      ORDER BY id LIMIT ${options.batchSize ?? 50} FOR UPDATE SKIP LOCKED)
         AND s.id = o.subscription_id AND st.id = 1
       RETURNING o.id, o.message_id, o.kind, o.event_type, o.block_number, o.payload, o.attempts, s.url, s.secret, st.finalized_block AS finalized`,
    ),
  );
  await Promise.all(
    due.map(async (d) => {
      const now = new Date();
      const body = JSON.stringify({
        type: d.kind === "retraction" ? `${d.event_type}.retracted` : d.event_type,
        timestamp: now.toISOString(),
        data: {
          ...d.payload,
          final: BigInt(d.block_number) <= BigInt(d.finalized),
          retraction: d.kind === "retraction",
        },
      });
      let error: string | null = null;
      try {
        const signature = new Webhook(d.secret).sign(d.message_id, now, body);
        const response = await send(d.url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "webhook-id": d.message_id,
            "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
            "webhook-signature": signature,
          },
          body,
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
          redirect: "manual",
        });
        await response.body?.cancel().catch(() => undefined);
        if (response.status < 200 || response.status > 299) error = `HTTP ${response.status}`;
      } catch (cause) {
        error = (cause as Error).message.slice(0, 200);
      }
      if (error === null) {
        await store.query(
          "UPDATE integrations.webhook_outbox SET status = 'delivered', attempts = attempts + 1, delivered_at = now(), locked_until = NULL, last_error = NULL WHERE id = $1",
          [String(d.id)],
        );
        options.onDelivery?.("delivered");
        return;
      }
      const attempts = d.attempts + 1;
      const dead = attempts >= maxAttempts;
      const delay = Math.min(maxDelay, base * 2 ** (attempts - 1)) * (1 + Math.random() * 0.2);
      await store.query(
        `UPDATE integrations.webhook_outbox SET attempts = $2, status = $3, last_error = $4, locked_until = NULL,
           next_attempt_at = now() + ($5::double precision * interval '1 millisecond') WHERE id = $1`,
        [String(d.id), attempts, dead ? "dead" : "pending", error, delay],
      );
      options.onDelivery?.(dead ? "dead" : "retry");
    }),
  );
  return due.length;
}

/** Puts a subscription's dead (and, with `redeliver`, delivered) deliveries from outbox id `from` back in the queue. */
export async function replay(
  db: Pick<Queryable, "query">,
  subscriptionId: bigint,
  from: bigint,
  redeliver = false,
): Promise<number> {
  const rows = await db.query(
    `UPDATE integrations.webhook_outbox SET status = 'pending', attempts = 0, next_attempt_at = now(), locked_until = NULL
     WHERE subscription_id = $1 AND id >= $2 AND (status = 'dead' OR ($3::boolean AND status = 'delivered')) RETURNING id`,
    [String(subscriptionId), String(from), redeliver],
  );
  return rows.length;
}

/** Runs fan-out and delivery every `intervalMs` until stopped. */
export function startWebhookWorker(
  store: Pick<Store, "transaction" | "query">,
  options: WebhookWorkerOptions & { intervalMs?: number; onError?: (e: unknown) => void } = {},
) {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    try {
      await fanOut(store);
      while ((await deliverDue(store, options)) > 0 && !stopped) {
        // Drain what is due now.
      }
    } catch (error) {
      options.onError?.(error);
    }
    if (!stopped) timer = setTimeout(() => (running = tick()), options.intervalMs ?? 1_000);
  };
  running = tick();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
