/**
 * The API benchmark's store, at the issue's scale (default 1,000,000 attestation rows, each with
 * its account change, 15% as many redemptions, 100,000 residents), built once and cached:
 *   PGlite      indexer/.bench-cache/api-pglite-<key>/ (a marker file says the fill completed)
 *   PostgreSQL  database citysync_bench_api (its COMMENT holds the key)
 * The key covers the migrations, the scale and the fill's version, so a schema change rebuilds.
 *
 * Source "sql" writes a synthetic world straight into the indexer's tables (real migrations, bulk
 * INSERT … SELECT generate_series, secondary indexes built after the rows). Once the indexer's
 * backfill of the recorded benchmark chain (indexer/bench) is fast enough, a "chain" source can
 * fill the same cache by backfilling it instead; everything downstream only sees a Store.
 */
import { createHash } from "node:crypto";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

import pg from "pg";

import { listMigrations, migrate } from "../../indexer/src/schema/migrate.ts";
import { openPgliteStore } from "../../indexer/src/store/pglite-store.ts";
import { openPostgresStore } from "../../indexer/src/store/postgres-store.ts";
import type { Store } from "../../indexer/src/store/store.ts";

export type StoreKind = "pglite" | "postgres";

export interface BenchScale {
  attestations: number;
  residents: number;
}

export const BENCH_SCALE: BenchScale = {
  attestations: Number(process.env.BENCH_API_ATTESTATIONS ?? 1_000_000),
  residents: Number(process.env.BENCH_API_RESIDENTS ?? 100_000),
};

export const BENCH_PG_URL = process.env.BENCH_API_PG ?? "postgres://postgres@127.0.0.1:5432";
export const BENCH_PG_DATABASE = "citysync_bench_api";

/** Bump when the fill below changes what it writes. */
const FILL_VERSION = 2;
const root = path.resolve(import.meta.dirname, "..", "..");

function cacheKey(scale: BenchScale): string {
  const migrations = listMigrations()
    .map((m) => `${m.version}:${m.sql}`)
    .join("\n");
  return createHash("sha256")
    .update(JSON.stringify([FILL_VERSION, scale, migrations]))
    .digest("hex")
    .slice(0, 16);
}

const resident = (i: string) => `'0x' || lpad(to_hex(${i}), 40, '0')`;

/** The synthetic world, written by SQL (timestamps span the year before `now`). */
export function fillSql(scale: BenchScale, now = Math.floor(Date.now() / 1000)): string {
  const n = scale.attestations;
  const start = now - 365 * 86_400;
  const step = Math.max(1, Math.floor((365 * 86_400) / n));
  const residents = scale.residents;
  return `
    INSERT INTO sync_state (id, chain_id, ledger_address, start_block, block_number, block_hash, finalized_block, records)
      VALUES (1, 31337, '0x${"1".repeat(40)}', 1, ${n + 10}, '0x${"f".repeat(64)}', ${n}, ${n + Math.floor(n * 0.15)});
    INSERT INTO network (id, epoch_duration, block_number) VALUES (1, 604800, 1);
    INSERT INTO cities (city_id, admin, code, name, supply, head, records, created_block, created_at, block_number)
      VALUES (1, '0x${"3".repeat(40)}', 'BRK', 'Berkeley', 0, '0x0', 0, 1, ${start}, 1),
             (2, '0x${"3".repeat(40)}', 'CDMX', 'Ciudad de México', 0, '0x0', 0, 1, ${start}, 1);
    INSERT INTO organizations (org_id, city_id, account, status, budget, epoch, epoch_minted, next_seq, metadata_hash, metadata_raw, metadata, created_block, created_at, block_number)
      SELECT o, 1 + o % 2, '0x' || lpad(to_hex(o), 40, 'a'), 'active', 1000000, 0, 0, 0, '0x', '{}', '{"version":1,"title":{"en":"Org","es":"Org"}}', 1, ${start}, 1
      FROM generate_series(1, 40) o;
    INSERT INTO opportunities (opportunity_id, org_id, city_id, credits_per_unit, capacity, used, start_time, end_time, status, category, unit,
        metadata_hash, metadata_raw, metadata, created_block, created_at, block_number)
      SELECT p, 1 + p % 40, 1 + (1 + p % 40) % 2, 10, 1000000, 0, ${start}, ${now} + (p % 3 - 1) * 86400 * 30, 'open',
             (ARRAY['food-security','care','education','environment','culture','health'])[1 + p % 6], 'hour', '0x', '{}',
             jsonb_build_object('version', 1, 'title', jsonb_build_object('en', 'Opportunity ' || p, 'es', 'Oportunidad ' || p)), 1, ${start}, 1
      FROM generate_series(1, 400) p;
    INSERT INTO offers (offer_id, org_id, city_id, price, stock, sold, per_resident_limit, start_time, end_time, status, accepted_cities, category,
        metadata_hash, metadata_raw, metadata, created_block, created_at, block_number)
      SELECT f, 1 + f % 40, 1 + (1 + f % 40) % 2, 50, 1000, 0, 0, ${start}, ${now + 86_400 * 30}, 'active', ARRAY[1 + (1 + f % 40) % 2]::bigint[], 'culture',
             '0x', '{}', '{"version":1,"title":{"en":"Offer"}}', 1, ${start}, 1
      FROM generate_series(1, 100) f;
    INSERT INTO attestations (org_id, seq, first_seq, batch_size, row_index, city_id, resident, opportunity_id, units, credits, attester,
        evidence_root, row_packed, block_number, log_index, block_hash, tx_hash, timestamp)
      SELECT 1 + i % 40, i / 40, (i / 40) - (i / 40) % 100, 100, (i / 40) % 100, 1 + (1 + i % 40) % 2, ${resident(`1 + i % ${residents}`)},
             1 + i % 400, 2, 20, '0x${"c".repeat(40)}', '0x${"e".repeat(64)}', '0x00', 10 + i, i % 100,
             '0x' || lpad(to_hex(10 + i), 64, 'b'), '0x' || lpad(to_hex(10 + i), 64, 'a'), ${start} + i * ${step}
      FROM generate_series(0, ${n - 1}) i;
    INSERT INTO account_changes (block_number, log_index, sub_index, city_id, resident, kind, balance_delta, lifetime_delta, balance, lifetime, ref, tx_hash, timestamp)
      SELECT 10 + i, i % 100, 0, 1 + (1 + i % 40) % 2, ${resident(`1 + i % ${residents}`)}, 'attested', 20, 20, 20, 20, (1 + i % 40) || ':' || (i / 40),
             '0x' || lpad(to_hex(10 + i), 64, 'a'), ${start} + i * ${step}
      FROM generate_series(0, ${n - 1}) i;
    INSERT INTO redemptions (offer_id, seq, org_id, resident, city_id, credits, status, block_number, log_index, block_hash, tx_hash, timestamp)
      SELECT 1 + i % 100, i / 100, 1 + (1 + i % 100) % 40, ${resident(`1 + i % ${residents}`)}, 1 + i % 2, 50,
             (ARRAY['pending','fulfilled','refunded'])[1 + i % 3], 10 + i * 6, 101, '0x', '0x', ${start} + i * ${step * 6}
      FROM generate_series(0, ${Math.floor(n * 0.15) - 1}) i;
    INSERT INTO accounts (city_id, resident, balance, lifetime, block_number)
      SELECT 1 + r % 2, ${resident("r")}, 100, 200, 1 FROM generate_series(1, ${residents}) r;
    INSERT INTO daily_stats (city_id, day, category, attestations, units, credits_minted, revocations, credits_revoked, redemptions, credits_burned, block_number)
      SELECT c, d::date, cat, 100, 200, 2000, 1, 20, 10, 500, 1
      FROM generate_series(1, 2) c, generate_series(now() - interval '365 days', now(), interval '1 day') d,
           unnest(ARRAY['food-security','care','education','environment','culture','health']) cat;`;
}

const BIG_TABLES = ["attestations", "account_changes", "redemptions", "accounts"];

/**
 * Fills a freshly migrated store. Secondary indexes of the big tables are dropped and rebuilt
 * after the rows (a sorted build is far faster than a million index inserts); the result has
 * exactly the schema the migrations define.
 */
export async function fillBenchStore(store: Store, scale: BenchScale): Promise<void> {
  const indexes = await store.query<{ indexname: string; indexdef: string }>(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
     WHERE i.schemaname = current_schema() AND i.tablename = ANY ($1::text[])
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [BIG_TABLES],
  );
  for (const index of indexes) await store.exec(`DROP INDEX ${index.indexname}`);
  await store.exec(fillSql(scale));
  for (const index of indexes) await store.exec(index.indexdef);
  await store.exec("ANALYZE");
}

async function openPostgresBench(key: string, scale: BenchScale, log: (m: string) => void) {
  const admin = new pg.Client({ connectionString: `${BENCH_PG_URL}/postgres` });
  await admin.connect();
  try {
    const [existing] = (
      await admin.query<{ comment: string | null }>(
        "SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1",
        [BENCH_PG_DATABASE],
      )
    ).rows;
    if (existing?.comment === key) {
      return { store: await openPostgresStore(`${BENCH_PG_URL}/${BENCH_PG_DATABASE}`), built: false };
    }
    log(`building the PostgreSQL bench store ${BENCH_PG_DATABASE} (cached for later runs)`);
    await admin.query(`DROP DATABASE IF EXISTS ${BENCH_PG_DATABASE} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${BENCH_PG_DATABASE}`);
    const store = await openPostgresStore(`${BENCH_PG_URL}/${BENCH_PG_DATABASE}`);
    await migrate(store);
    await fillBenchStore(store, scale);
    // Marks the fill complete: a run killed half-way rebuilds next time.
    await admin.query(`COMMENT ON DATABASE ${BENCH_PG_DATABASE} IS '${key}'`);
    return { store, built: true };
  } finally {
    await admin.end();
  }
}

async function openPgliteBench(key: string, scale: BenchScale, log: (m: string) => void) {
  const dir = path.join(root, "indexer", ".bench-cache", `api-pglite-${key}`);
  const marker = `${dir}.complete`;
  if (existsSync(marker)) return { store: await openPgliteStore(dir), built: false };
  log(`building the PGlite bench store in ${path.relative(root, dir)} (cached for later runs)`);
  rmSync(dir, { recursive: true, force: true });
  const store = await openPgliteStore(dir);
  await migrate(store);
  await fillBenchStore(store, scale);
  writeFileSync(marker, `${new Date().toISOString()}\n`);
  return { store, built: true };
}

/** Opens the cached bench store of `kind`, building it first when missing or stale. */
export async function openBenchStore(
  kind: StoreKind,
  scale: BenchScale = BENCH_SCALE,
  log: (m: string) => void = console.log,
): Promise<{ store: Store; built: boolean; location: string }> {
  const key = cacheKey(scale);
  const started = performance.now();
  const opened =
    kind === "pglite" ? await openPgliteBench(key, scale, log) : await openPostgresBench(key, scale, log);
  if (opened.built) log(`[${kind}] built in ${Math.round((performance.now() - started) / 1000)} s`);
  return { ...opened, location: opened.store.location };
}

if (import.meta.main) {
  // `node scripts/bench/api-store.ts [pglite|postgres]…`: builds (or checks) the cached stores.
  const kinds = (
    process.argv.slice(2).length ? process.argv.slice(2) : ["pglite", "postgres"]
  ) as StoreKind[];
  for (const kind of kinds) {
    const { store, built, location } = await openBenchStore(kind);
    const [count] = await store.query<{ n: bigint }>("SELECT count(*) AS n FROM attestations");
    console.log(`[${kind}] ${location}: ${count?.n} attestation rows (${built ? "built" : "cached"})`);
    await store.close();
  }
}
