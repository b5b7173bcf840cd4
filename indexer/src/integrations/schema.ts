/**
 * Tables of the integrations (schema `integrations`, outside the published `public` views):
 * operator API keys scoped per city, webhook subscriptions, and the durable delivery outbox.
 * Created idempotently by the API at start, in the indexer's store (so deliveries commit in
 * the same database as the data they announce).
 */
export const INTEGRATIONS_SQL = `
CREATE SCHEMA IF NOT EXISTS integrations;

CREATE TABLE IF NOT EXISTS integrations.operator_keys (
  key_hash   text PRIMARY KEY,          -- sha256 of the key, hex; the key itself is never stored
  name       text NOT NULL,
  city_ids   bigint[] NOT NULL,         -- cities this key may manage subscriptions for
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS integrations.webhook_subscriptions (
  id          bigserial PRIMARY KEY,
  url         text    NOT NULL,
  secret      text    NOT NULL,         -- whsec_… (Standard Webhooks)
  city_id     bigint  NOT NULL,
  org_id      bigint,                   -- null: every organization of the city
  event_types text[]  NOT NULL,         -- empty: every type
  created_by  text    NOT NULL,         -- operator key name
  active      boolean NOT NULL DEFAULT true,
  created_at  timestamptz NOT NULL DEFAULT now()
);

-- One row per (subscription, event, kind): at-least-once delivery, replayable by id (the cursor).
CREATE TABLE IF NOT EXISTS integrations.webhook_outbox (
  id              bigserial PRIMARY KEY,
  subscription_id bigint  NOT NULL REFERENCES integrations.webhook_subscriptions (id) ON DELETE CASCADE,
  message_id      text    NOT NULL,     -- webhook-id header: stable across retries, receivers dedupe on it
  kind            text    NOT NULL,     -- event | retraction
  event_type      text    NOT NULL,
  block_number    bigint  NOT NULL,
  block_hash      text    NOT NULL,
  log_index       integer NOT NULL,
  payload         jsonb   NOT NULL,
  status          text    NOT NULL DEFAULT 'pending',  -- pending | delivered | dead | cancelled
  attempts        integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  locked_until    timestamptz,
  last_error      text,
  delivered_at    timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (subscription_id, block_hash, log_index, kind)
);
CREATE INDEX IF NOT EXISTS webhook_outbox_due ON integrations.webhook_outbox (next_attempt_at) WHERE status = 'pending';
CREATE INDEX IF NOT EXISTS webhook_outbox_unfinal ON integrations.webhook_outbox (block_number) WHERE kind = 'event';

-- How far the fan-out has read the indexer's events table.
CREATE TABLE IF NOT EXISTS integrations.webhook_cursor (
  id           smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  block_number bigint  NOT NULL,
  log_index    integer NOT NULL,
  block_hash   text                     -- of the event under the cursor: a reorg changes it
);
`;
