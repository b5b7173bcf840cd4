/**
 * The API benchmark's store: the indexer benchmark's recorded chain (indexer/bench/generate.ts,
 * 1,000,000 records, 100,000 residents, cached under indexer/.bench-cache/) backfilled by the real
 * indexer, built once and cached:
 *   PGlite      indexer/.bench-cache/api-pglite-<key>/ (a marker file says the backfill completed)
 *   PostgreSQL  database citysync_bench_api (its COMMENT holds the key)
 * The key covers the migrations and the chain, so a schema or chain change rebuilds.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

import pg from "pg";

import { CHAIN_ID, LEDGER, generateChain } from "../../indexer/bench/generate.ts";
import { listMigrations, migrate } from "../../indexer/src/schema/migrate.ts";
import { openPgliteStore } from "../../indexer/src/store/pglite-store.ts";
import { openPostgresStore } from "../../indexer/src/store/postgres-store.ts";
import type { Store } from "../../indexer/src/store/store.ts";
import { engineFor } from "../../indexer/src/testing/index-chain.ts";
import { stopProcessGroup } from "../../indexer/src/testing/local-chain.ts";

export type StoreKind = "pglite" | "postgres";

export const BENCH_RECORDS = Number(process.env.BENCH_API_RECORDS ?? 1_000_000);
export const BENCH_PG_URL = process.env.BENCH_API_PG ?? "postgres://postgres@127.0.0.1:5432";
export const BENCH_PG_DATABASE = "citysync_bench_api";
/** Where the recorded chain is served while a store is backfilled. */
const RECORDED_PORT = Number(process.env.BENCH_API_RECORDED_PORT ?? 40_601);

const root = path.resolve(import.meta.dirname, "..", "..");
const cacheDir = path.join(root, "indexer", ".bench-cache");

function cacheKey(chainFile: string): string {
  const migrations = listMigrations()
    .map((m) => `${m.version}:${m.sql}`)
    .join("\n");
  // The chain's completion marker holds its record and block counts.
  const chain = readFileSync(`${chainFile}.done`, "utf8");
  return createHash("sha256")
    .update(JSON.stringify([chain, migrations]))
    .digest("hex")
    .slice(0, 16);
}

async function serveRecorded(chainFile: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [path.join(root, "indexer", "bench", "recorded-rpc.ts"), chainFile, String(RECORDED_PORT)],
    { stdio: ["ignore", "pipe", "inherit"], detached: true },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (c: Buffer) => c.toString().includes("ready") && resolve());
    child.once("exit", (code) => reject(new Error(`the recorded chain's server exited (${code})`)));
  });
  return child;
}

/** Migrates `store` and backfills the whole recorded chain into it with the indexer's engine. */
async function backfill(store: Store, chainFile: string, log: (m: string) => void): Promise<void> {
  const server = await serveRecorded(chainFile);
  try {
    await migrate(store);
    const engine = await engineFor(
      store,
      { url: `http://127.0.0.1:${RECORDED_PORT}`, chainId: CHAIN_ID, ledger: LEDGER, startBlock: 1n },
      { initialRange: 200n, maxRange: 100_000n, finalityDepth: 64n },
    );
    const started = performance.now();
    await engine.run({ follow: false });
    const seconds = (performance.now() - started) / 1000;
    log(`[${store.kind}] backfilled ${engine.position.records} records in ${Math.round(seconds)} s`);
    await store.exec("ANALYZE");
  } finally {
    await stopProcessGroup(server);
  }
}

async function openPostgresBench(key: string, chainFile: string, log: (m: string) => void) {
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
    await backfill(store, chainFile, log);
    // Marks the backfill complete: a run killed half-way rebuilds next time.
    await admin.query(`COMMENT ON DATABASE ${BENCH_PG_DATABASE} IS '${key}'`);
    return { store, built: true };
  } finally {
    await admin.end();
  }
}

async function openPgliteBench(key: string, chainFile: string, log: (m: string) => void) {
  const dir = path.join(cacheDir, `api-pglite-${key}`);
  const marker = `${dir}.complete`;
  if (existsSync(marker)) return { store: await openPgliteStore(dir), built: false };
  log(`building the PGlite bench store in ${path.relative(root, dir)} (cached for later runs)`);
  rmSync(dir, { recursive: true, force: true });
  const store = await openPgliteStore(dir);
  await backfill(store, chainFile, log);
  writeFileSync(marker, `${new Date().toISOString()}\n`);
  return { store, built: true };
}

/** Opens the cached bench store of `kind`, backfilling it first when missing or stale. */
export async function openBenchStore(
  kind: StoreKind,
  log: (m: string) => void = console.log,
): Promise<{ store: Store; built: boolean; location: string }> {
  const chain = await generateChain(cacheDir, BENCH_RECORDS);
  const key = cacheKey(chain.file);
  const opened =
    kind === "pglite"
      ? await openPgliteBench(key, chain.file, log)
      : await openPostgresBench(key, chain.file, log);
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
