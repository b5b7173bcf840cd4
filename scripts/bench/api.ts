/**
 * `npm run bench:api`: the API's figures on PGlite and on PostgreSQL, written to reports/api.json.
 *
 * The store is filled with a synthetic world written straight into the indexer's tables by SQL
 * (generate_series), at the scale given by BENCH_API_ATTESTATIONS (default 300,000 attestation
 * rows, one account change each, 15% as many redemptions, BENCH_API_RESIDENTS residents default
 * 30,000): the indexer benchmark's 1M-record chain is not used here. Then, per store, with 20
 * concurrent clients (autocannon) over the dApp's main queries (a resident's balance and history,
 * open opportunities of a city, an organization's pending redemptions, a city's time series):
 * p99 latency and requests/s; the same mix while a 5-second research query runs (PostgreSQL; the
 * embedded store refuses research SQL: null); and the CSV export of every attestation row (rows/s,
 * RSS sampled during the export).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import autocannon from "autocannon";
import pg from "pg";
import pino from "pino";

import { ensureResearchRole } from "../../indexer/src/research/run.ts";
import { DATASETS } from "../../indexer/src/research/datasets.ts";
import { fromPool } from "../../indexer/src/api/db.ts";
import { serveApi } from "../../indexer/src/api/server.ts";
import { migrate } from "../../indexer/src/schema/migrate.ts";
import { openPgliteStore } from "../../indexer/src/store/pglite-store.ts";
import { openPostgresStore } from "../../indexer/src/store/postgres-store.ts";
import type { Store } from "../../indexer/src/store/store.ts";

const ATTESTATIONS = Number(process.env.BENCH_API_ATTESTATIONS ?? 300_000);
const RESIDENTS = Number(process.env.BENCH_API_RESIDENTS ?? 30_000);
const DURATION = Number(process.env.BENCH_API_SECONDS ?? 10);
const PG_URL = process.env.BENCH_API_PG ?? "postgres://postgres@127.0.0.1:5432";
const PORT = { pglite: 48552, postgres: 48553 };
const root = path.resolve(import.meta.dirname, "..", "..");

const resident = (i: number | string) => `'0x' || lpad(to_hex(${i}), 40, '0')`;

export async function fill(store: Store): Promise<void> {
  const now = Math.floor(Date.now() / 1000);
  const start = now - 365 * 86_400;
  const step = Math.max(1, Math.floor((365 * 86_400) / ATTESTATIONS));
  const sql = `
    INSERT INTO sync_state (id, chain_id, ledger_address, start_block, block_number, block_hash, finalized_block, records)
      VALUES (1, 31337, '0x${"1".repeat(40)}', 1, ${ATTESTATIONS + 10}, '0x${"f".repeat(64)}', ${ATTESTATIONS}, ${ATTESTATIONS});
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
      SELECT 1 + i % 40, i / 40, (i / 40) - (i / 40) % 100, 100, (i / 40) % 100, 1 + (1 + i % 40) % 2, ${resident("1 + i % " + RESIDENTS)},
             1 + i % 400, 2, 20, '0x${"c".repeat(40)}', '0x${"e".repeat(64)}', '0x00', 10 + i, i % 100,
             '0x' || lpad(to_hex(10 + i), 64, 'b'), '0x' || lpad(to_hex(10 + i), 64, 'a'), ${start} + i * ${step}
      FROM generate_series(0, ${ATTESTATIONS - 1}) i;
    INSERT INTO account_changes (block_number, log_index, sub_index, city_id, resident, kind, balance_delta, lifetime_delta, balance, lifetime, ref, tx_hash, timestamp)
      SELECT 10 + i, i % 100, 0, 1 + (1 + i % 40) % 2, ${resident("1 + i % " + RESIDENTS)}, 'attested', 20, 20, 20, 20, (1 + i % 40) || ':' || (i / 40),
             '0x' || lpad(to_hex(10 + i), 64, 'a'), ${start} + i * ${step}
      FROM generate_series(0, ${ATTESTATIONS - 1}) i;
    INSERT INTO redemptions (offer_id, seq, org_id, resident, city_id, credits, status, block_number, log_index, block_hash, tx_hash, timestamp)
      SELECT 1 + i % 100, i / 100, 1 + (1 + i % 100) % 40, ${resident("1 + i % " + RESIDENTS)}, 1 + i % 2, 50,
             (ARRAY['pending','fulfilled','refunded'])[1 + i % 3], 10 + i * 6, 101, '0x', '0x', ${start} + i * ${step * 6}
      FROM generate_series(0, ${Math.floor(ATTESTATIONS * 0.15) - 1}) i;
    INSERT INTO accounts (city_id, resident, balance, lifetime, block_number)
      SELECT 1 + r % 2, ${resident("r")}, 100, 200, 1 FROM generate_series(1, ${RESIDENTS}) r;
    INSERT INTO daily_stats (city_id, day, category, attestations, units, credits_minted, revocations, credits_revoked, redemptions, credits_burned, block_number)
      SELECT c, d::date, cat, 100, 200, 2000, 1, 20, 10, 500, 1
      FROM generate_series(1, 2) c, generate_series(now() - interval '365 days', now(), interval '1 day') d,
           unnest(ARRAY['food-security','care','education','environment','culture','health']) cat;
    ANALYZE;`;
  await store.exec(sql);
}

export function mix(): autocannon.Request[] {
  let n = 0;
  const pick = () => {
    n = (n * 1103515245 + 12345) % 2 ** 31;
    return n;
  };
  const address = (i: number) => `0x${(1 + (i % RESIDENTS)).toString(16).padStart(40, "0")}`;
  return [
    {
      setupRequest: (req: autocannon.Request) => {
        const r = pick();
        const city = 1 + (r % 2);
        const paths = [
          `/v1/residents/${address(r)}`,
          `/v1/residents/${address(r)}/history?limit=20`,
          `/v1/opportunities?city=${city}&window=open&limit=20`,
          `/v1/redemptions?org=${1 + (r % 40)}&status=pending&limit=20`,
          `/v1/stats/series?city=${city}&interval=week&from=${new Date(Date.now() - 180 * 86_400_000).toISOString().slice(0, 10)}&to=${new Date().toISOString().slice(0, 10)}`,
        ];
        return { ...req, method: "GET", path: paths[r % paths.length]! };
      },
    },
  ];
}

async function load(url: string, seconds: number): Promise<{ p99: number; rps: number; errors: number }> {
  const result = await autocannon({ url, connections: 20, duration: seconds, requests: mix() });
  return {
    p99: result.latency.p99,
    rps: Math.round(result.requests.average),
    errors: result.errors + result.non2xx,
  };
}

async function csvExport(url: string): Promise<{ rowsPerSec: number; peakRssMb: number; rows: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  // Let the server drain what the load left queued before timing the export.
  await new Promise((r) => setTimeout(r, 3_000));
  const response = await fetch(`${url}/v1/datasets/open_attestations.csv`);
  if (response.status !== 200)
    throw new Error(`CSV export answered ${response.status}: ${await response.text()}`);
  let rows = -1; // header
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    for (const byte of chunk) if (byte === 10) rows++;
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  return { rowsPerSec: Math.round(rows / seconds), peakRssMb: Math.round(peak / 1e6), rows };
}

async function benchStore(kind: "pglite" | "postgres") {
  let store: Store;
  let dir: string | undefined;
  let dbName: string | undefined;
  if (kind === "pglite") {
    dir = mkdtempSync(path.join(tmpdir(), "citysync-bench-api-"));
    store = await openPgliteStore(dir);
  } else {
    dbName = `citysync_api_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: `${PG_URL}/postgres` });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${dbName}`);
    await admin.end();
    store = await openPostgresStore(`${PG_URL}/${dbName}`);
  }
  const filled = performance.now();
  await migrate(store);
  await fill(store);
  console.log(
    `[${kind}] store filled with ${ATTESTATIONS} attestation rows in ${Math.round((performance.now() - filled) / 1000)} s`,
  );
  const researchUrl = kind === "postgres" ? `${PG_URL}/${dbName}` : undefined;
  const api = await serveApi(store, {
    port: PORT[kind],
    logger: pino({ level: "silent" }),
    rateLimit: false,
    ...(researchUrl
      ? {
          researchDatabaseUrl: researchUrl,
          research: { limits: { timeoutMs: 5_000, maxRows: 1_000, maxBytes: 1_000_000 } },
        }
      : {}),
  });
  try {
    if (researchUrl) {
      const pool = new pg.Pool({ connectionString: researchUrl, max: 1 });
      await ensureResearchRole(
        fromPool(pool),
        DATASETS.map((d) => d.view),
      );
      await pool.end();
    }
    await load(api.url, 2); // warm-up
    const steady = await load(api.url, DURATION);
    console.log(`[${kind}] ${steady.rps} req/s, p99 ${steady.p99} ms, errors ${steady.errors}`);
    let duringResearch: number | null = null;
    if (kind === "postgres") {
      const research = fetch(`${api.url}/v1/research/query`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          sql: "SELECT count(*) FROM open_attestations a, open_attestations b WHERE a.units + b.units > 1",
        }),
      }).then(async (r) => ({ status: r.status, body: (await r.text()).slice(0, 200) }));
      const during = await load(api.url, 5);
      const answer = await research;
      console.log(
        `[${kind}] during a 5 s research query (answer ${answer.status} ${answer.body}): p99 ${during.p99} ms`,
      );
      duringResearch = during.p99;
    }
    const csv = await csvExport(api.url);
    console.log(
      `[${kind}] CSV: ${csv.rows} rows at ${csv.rowsPerSec} rows/s, bench process peak RSS ${csv.peakRssMb} MB`,
    );
    return { p99: steady.p99, rps: steady.rps, duringResearch, csv: csv.rowsPerSec, errors: steady.errors };
  } finally {
    await api.close();
    await store.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    if (dbName) {
      const admin = new pg.Client({ connectionString: `${PG_URL}/postgres` });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
    }
  }
}

if (import.meta.main) {
  const pglite = await benchStore("pglite");
  const postgres = await benchStore("postgres");
  const report = {
    p99Ms: { pglite: pglite.p99, postgres: postgres.p99 },
    requestsPerSec: { pglite: pglite.rps, postgres: postgres.rps },
    p99DuringResearchQueryMs: { pglite: null, postgres: postgres.duringResearch },
    csvRowsPerSec: { pglite: pglite.csv, postgres: postgres.csv },
  };
  mkdirSync(path.join(root, "reports"), { recursive: true });
  writeFileSync(path.join(root, "reports", "api.json"), `${JSON.stringify(report, null, 2)}\n`);
  console.table({
    "p99 ms (goal ≤ 15)": report.p99Ms,
    "requests/s": report.requestsPerSec,
    "p99 ms during 5 s research query (goal ≤ 50)": report.p99DuringResearchQueryMs,
    "CSV rows/s (goal ≥ 100,000)": report.csvRowsPerSec,
  });
  console.log(
    `scale: ${ATTESTATIONS} attestation rows, ${RESIDENTS} residents (synthetic, not the indexer's 1M-record chain)`,
  );
  process.exit(0);
}
