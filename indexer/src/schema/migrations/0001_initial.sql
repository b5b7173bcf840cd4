-- City/Sync indexer store, version 1. One dialect: PostgreSQL as PGlite and PostgreSQL both run it.
-- Conventions: addresses and hashes are lowercase 0x-hex text; credit amounts are numeric(78,0)
-- (uint256 on chain); block numbers, ids and sequences are bigint; times are Unix seconds (bigint).
-- Every derived row carries the block that last wrote it, so a rollback can find it.

-- Sync position: written in the same transaction as the data it describes.
CREATE TABLE sync_state (
  id              smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  chain_id        bigint   NOT NULL,
  ledger_address  text     NOT NULL,
  start_block     bigint   NOT NULL,
  block_number    bigint   NOT NULL,  -- last block folded (start_block - 1 before the first)
  block_hash      text,
  finalized_block bigint   NOT NULL,  -- last block considered final when it was written
  records         bigint   NOT NULL DEFAULT 0,  -- attestation rows + every other event folded
  updated_at      timestamptz NOT NULL DEFAULT now()
);

-- Headers of recent (unfinalized) blocks: parent-hash chain for reorg detection.
CREATE TABLE blocks (
  block_number bigint PRIMARY KEY,
  block_hash   text   NOT NULL,
  parent_hash  text   NOT NULL,
  timestamp    bigint NOT NULL,
  records      bigint NOT NULL  -- sync_state.records after this block
);

-- Undo entries of changes made in unfinalized blocks (inverse row changes, applied newest first on a
-- rollback; pruned once their block is final).
CREATE TABLE undo_log (
  id           bigserial PRIMARY KEY,
  block_number bigint NOT NULL,
  change       jsonb  NOT NULL
);
CREATE INDEX undo_log_block ON undo_log (block_number);

-- Every decoded ledger event, in (block, log index) order.
CREATE TABLE events (
  block_number bigint NOT NULL,
  log_index    integer NOT NULL,
  block_hash   text   NOT NULL,
  tx_hash      text   NOT NULL,
  timestamp    bigint NOT NULL,
  name         text   NOT NULL,
  args         jsonb  NOT NULL,  -- decoded arguments; integers as decimal strings
  PRIMARY KEY (block_number, log_index)
);
CREATE INDEX events_name ON events (name, block_number);
CREATE INDEX events_tx ON events (tx_hash);

-- Network-wide parameters and admin state (one row).
CREATE TABLE network (
  id                   smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  network_admin        text,
  pending_admin        text,
  pending_admin_at     bigint,
  paused               boolean NOT NULL DEFAULT false,
  epoch_duration       bigint,
  dispute_window       bigint,
  recovery_delay       bigint,
  admin_transfer_delay bigint,
  block_number         bigint NOT NULL
);

CREATE TABLE cities (
  city_id          bigint PRIMARY KEY,
  admin            text    NOT NULL,
  code             text    NOT NULL,
  name             text    NOT NULL,
  supply           numeric(78,0) NOT NULL DEFAULT 0,
  head             text    NOT NULL,  -- live commitment head (uint192 as 0x-hex, 48 digits)
  records          bigint  NOT NULL DEFAULT 0,  -- records appended to the commitment chain
  since_checkpoint integer NOT NULL DEFAULT 0,  -- the contract's wrap-around counter (0..255)
  last_checkpoint  bigint,  -- position of the latest checkpointed head (0 = the empty chain)
  created_block    bigint  NOT NULL,
  created_at       bigint  NOT NULL,
  block_number     bigint  NOT NULL
);

CREATE TABLE organizations (
  org_id         bigint PRIMARY KEY,
  city_id        bigint  NOT NULL,
  account        text    NOT NULL,
  status         text    NOT NULL,  -- active | suspended
  budget         numeric(78,0) NOT NULL,
  epoch          bigint  NOT NULL,  -- epoch that epoch_minted refers to (timestamp / epochDuration)
  epoch_minted   numeric(78,0) NOT NULL,  -- budget used in `epoch`
  next_seq       bigint  NOT NULL,
  metadata_hash  text    NOT NULL,
  metadata_raw   text    NOT NULL,
  metadata       jsonb,  -- parsed, when valid
  metadata_flags text[]  NOT NULL DEFAULT '{}',  -- e.g. {malformed}, {unknown-version}, {oversized}
  created_block  bigint  NOT NULL,
  created_at     bigint  NOT NULL,
  block_number   bigint  NOT NULL
);
CREATE INDEX organizations_city ON organizations (city_id);

-- Attesters of an organization: its account (is_account) and delegates with per-epoch cap use.
CREATE TABLE delegates (
  org_id       bigint  NOT NULL,
  address      text    NOT NULL,
  is_account   boolean NOT NULL,
  active       boolean NOT NULL,
  cap          numeric(78,0) NOT NULL,
  epoch        bigint  NOT NULL,
  epoch_minted numeric(78,0) NOT NULL,  -- delegate's use in `epoch`
  block_number bigint  NOT NULL,
  PRIMARY KEY (org_id, address)
);

CREATE TABLE opportunities (
  opportunity_id   bigint PRIMARY KEY,
  org_id           bigint  NOT NULL,
  city_id          bigint  NOT NULL,
  credits_per_unit numeric(78,0) NOT NULL,
  capacity         numeric(78,0) NOT NULL,
  used             numeric(78,0) NOT NULL,
  start_time       bigint  NOT NULL,
  end_time         bigint  NOT NULL,
  status           text    NOT NULL,  -- open | closed (window open/closed is computed at query time)
  category         text,   -- taxonomy code from valid metadata
  unit             text,   -- unit code from valid metadata
  metadata_hash    text    NOT NULL,
  metadata_raw     text    NOT NULL,
  metadata         jsonb,
  metadata_flags   text[]  NOT NULL DEFAULT '{}',
  created_block    bigint  NOT NULL,
  created_at       bigint  NOT NULL,
  block_number     bigint  NOT NULL
);
CREATE INDEX opportunities_open ON opportunities (city_id, category, end_time) WHERE status = 'open';
CREATE INDEX opportunities_org ON opportunities (org_id);

CREATE TABLE offers (
  offer_id           bigint PRIMARY KEY,
  org_id             bigint  NOT NULL,
  city_id            bigint  NOT NULL,  -- the offering organization's city
  price              numeric(78,0) NOT NULL,
  stock              numeric(78,0) NOT NULL,
  sold               numeric(78,0) NOT NULL,
  per_resident_limit bigint  NOT NULL,  -- 0 = unlimited
  start_time         bigint  NOT NULL,
  end_time           bigint  NOT NULL,
  status             text    NOT NULL,  -- active | closed
  accepted_cities    bigint[] NOT NULL,
  category           text,
  metadata_hash      text    NOT NULL,
  metadata_raw       text    NOT NULL,
  metadata           jsonb,
  metadata_flags     text[]  NOT NULL DEFAULT '{}',
  created_block      bigint  NOT NULL,
  created_at         bigint  NOT NULL,
  block_number       bigint  NOT NULL
);
CREATE INDEX offers_org ON offers (org_id);
CREATE INDEX offers_active ON offers USING gin (accepted_cities) WHERE status = 'active';

-- One row per attestation row, keyed by (organization, sequence).
CREATE TABLE attestations (
  org_id         bigint  NOT NULL,
  seq            bigint  NOT NULL,
  first_seq      bigint  NOT NULL,  -- the batch: (org_id, first_seq)
  batch_size     integer NOT NULL,
  row_index      integer NOT NULL,
  city_id        bigint  NOT NULL,
  resident       text    NOT NULL,
  opportunity_id bigint  NOT NULL,
  units          numeric(78,0) NOT NULL,
  credits        numeric(78,0) NOT NULL,
  attester       text    NOT NULL,
  evidence_root  text    NOT NULL,
  row_packed     text    NOT NULL,
  block_number   bigint  NOT NULL,
  log_index      integer NOT NULL,
  block_hash     text    NOT NULL,
  tx_hash        text    NOT NULL,
  timestamp      bigint  NOT NULL,
  revoked        boolean NOT NULL DEFAULT false,
  revoke_reason  integer,
  revoker        text,
  clawed_back    numeric(78,0),
  shortfall      numeric(78,0),
  revoked_block  bigint,
  PRIMARY KEY (org_id, seq)
);
CREATE INDEX attestations_resident ON attestations (resident, city_id, block_number DESC, log_index DESC);
CREATE INDEX attestations_opportunity ON attestations (opportunity_id);
CREATE INDEX attestations_block ON attestations (block_number);

-- One row per redemption, keyed by (offer, sequence).
CREATE TABLE redemptions (
  offer_id      bigint  NOT NULL,
  seq           bigint  NOT NULL,
  org_id        bigint  NOT NULL,  -- offering organization
  resident      text    NOT NULL,
  city_id       bigint  NOT NULL,  -- city whose credits were burned
  credits       numeric(78,0) NOT NULL,
  status        text    NOT NULL,  -- pending | fulfilled | refunded
  block_number  bigint  NOT NULL,
  log_index     integer NOT NULL,
  block_hash    text    NOT NULL,
  tx_hash       text    NOT NULL,
  timestamp     bigint  NOT NULL,
  settled_block bigint,
  settled_at    bigint,
  PRIMARY KEY (offer_id, seq)
);
CREATE INDEX redemptions_org_pending ON redemptions (org_id, block_number) WHERE status = 'pending';
CREATE INDEX redemptions_resident ON redemptions (resident, city_id, block_number DESC);
CREATE INDEX redemptions_block ON redemptions (block_number);

CREATE TABLE accounts (
  city_id      bigint NOT NULL,
  resident     text   NOT NULL,
  balance      numeric(78,0) NOT NULL,
  lifetime     numeric(78,0) NOT NULL,
  block_number bigint NOT NULL,
  PRIMARY KEY (city_id, resident)
);

-- Every change of an account, with the values after it.
CREATE TABLE account_changes (
  block_number   bigint  NOT NULL,
  log_index      integer NOT NULL,
  sub_index      integer NOT NULL,  -- row index in a batch; 0/1 for a recovery's from/to
  city_id        bigint  NOT NULL,
  resident       text    NOT NULL,
  kind           text    NOT NULL,  -- attested | redeemed | revoked | refunded | recovered-out | recovered-in
  balance_delta  numeric(78,0) NOT NULL,
  lifetime_delta numeric(78,0) NOT NULL,
  balance        numeric(78,0) NOT NULL,
  lifetime       numeric(78,0) NOT NULL,
  ref            text    NOT NULL,  -- "org:seq" for attestations, "offer:seq" for redemptions, counterpart for recoveries
  tx_hash        text    NOT NULL,
  timestamp      bigint  NOT NULL,
  PRIMARY KEY (block_number, log_index, sub_index)
);
CREATE INDEX account_changes_resident ON account_changes (resident, city_id, block_number DESC, log_index DESC);

-- Recovery requests and how they ended.
CREATE TABLE recoveries (
  city_id         bigint  NOT NULL,
  from_address    text    NOT NULL,
  requested_block bigint  NOT NULL,
  requested_log   integer NOT NULL,
  to_address      text    NOT NULL,
  executable_at   bigint  NOT NULL,
  status          text    NOT NULL,  -- pending | cancelled | executed
  cancelled_by    text,
  moved_balance   numeric(78,0),
  moved_lifetime  numeric(78,0),
  resolved_block  bigint,
  block_number    bigint  NOT NULL,
  PRIMARY KEY (city_id, from_address, requested_block, requested_log)
);
CREATE INDEX recoveries_pending ON recoveries (city_id, from_address) WHERE status = 'pending';

-- Signature nonces consumed (NonceUsed) and invalidated words (NoncesInvalidated).
CREATE TABLE nonces (
  signer       text    NOT NULL,
  nonce        numeric(78,0) NOT NULL,
  block_number bigint  NOT NULL,
  log_index    integer NOT NULL,
  tx_hash      text    NOT NULL,
  PRIMARY KEY (signer, nonce)
);
CREATE INDEX nonces_block ON nonces (block_number);
CREATE TABLE nonce_invalidations (
  block_number bigint  NOT NULL,
  log_index    integer NOT NULL,
  signer       text    NOT NULL,
  word_pos     numeric(78,0) NOT NULL,
  mask         numeric(78,0) NOT NULL,
  PRIMARY KEY (block_number, log_index)
);

-- Per-city commitment chain: one row per record (attestation batch or redemption).
CREATE TABLE commitments (
  city_id      bigint  NOT NULL,
  position     bigint  NOT NULL,  -- 1-based index in the city's chain
  kind         text    NOT NULL,  -- attestation | redemption
  record_hash  text    NOT NULL,
  prev_head    text    NOT NULL,
  head         text    NOT NULL,
  checkpoint   boolean NOT NULL DEFAULT false,  -- a CheckpointRecorded stored this head
  org_id       bigint,  -- attestation: (org_id, first_seq)
  first_seq    bigint,
  offer_id     bigint,  -- redemption: (offer_id, seq)
  seq          bigint,
  block_number bigint  NOT NULL,
  log_index    integer NOT NULL,
  timestamp    bigint  NOT NULL,
  PRIMARY KEY (city_id, position)
);
CREATE INDEX commitments_batch ON commitments (org_id, first_seq) WHERE kind = 'attestation';
CREATE INDEX commitments_redemption ON commitments (offer_id, seq) WHERE kind = 'redemption';
CREATE INDEX commitments_checkpoint ON commitments (city_id, position) WHERE checkpoint;
CREATE INDEX commitments_block ON commitments (block_number);

-- CheckpointRecorded events, with the chain position they matched.
CREATE TABLE checkpoints (
  block_number bigint  NOT NULL,
  log_index    integer NOT NULL,
  city_id      bigint  NOT NULL,
  head         text    NOT NULL,
  position     bigint  NOT NULL,
  PRIMARY KEY (block_number, log_index)
);
CREATE INDEX checkpoints_city ON checkpoints (city_id, position);

-- Daily aggregates per city x category (UTC day of the block timestamp).
CREATE TABLE daily_stats (
  city_id         bigint NOT NULL,
  day             date   NOT NULL,
  category        text   NOT NULL,  -- taxonomy code, or 'uncategorized'
  attestations    bigint NOT NULL DEFAULT 0,  -- rows
  units           numeric(78,0) NOT NULL DEFAULT 0,
  credits_minted  numeric(78,0) NOT NULL DEFAULT 0,
  revocations     bigint NOT NULL DEFAULT 0,
  credits_revoked numeric(78,0) NOT NULL DEFAULT 0,
  redemptions     bigint NOT NULL DEFAULT 0,
  credits_burned  numeric(78,0) NOT NULL DEFAULT 0,
  refunds         bigint NOT NULL DEFAULT 0,
  credits_refunded numeric(78,0) NOT NULL DEFAULT 0,
  block_number    bigint NOT NULL,
  PRIMARY KEY (city_id, day, category)
);
