/**
 * `npm run bench:api`: the API's figures on PGlite and on PostgreSQL, written to reports/api.json.
 *
 * The store is the cached benchmark store of scripts/bench/api-store.ts: the indexer benchmark's
 * recorded chain (1,000,000 records, 100,000 residents) backfilled by the indexer, built once. The
 * API runs in its own process (this script forked with --serve), autocannon in this one. Per store,
 * with 20 concurrent clients over the dApp's main queries (a resident's balance and history, open
 * opportunities of a city, an organization's pending redemptions, a city's time series), whose
 * residents, cities, organizations and dates are drawn from what the store holds: p99 latency and
 * requests/s; the same mix while a
 * 5-second research query runs; and the CSV export of every attestation row (rows/s, the API
 * process's RSS sampled during the export).
 *
 * Research SQL on PGlite: the endpoint refuses it (501). The figure is still measured by running
 * a 5-second query on the store inside the API process; it is printed, and the report says null
 * (refused) for that store.
 */
import { fork, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import autocannon from "autocannon";
import pg from "pg";
import pino from "pino";

import { fromPool } from "../../indexer/src/api/db.ts";
import { serveApi } from "../../indexer/src/api/server.ts";
import { ensureResearchRole } from "../../indexer/src/research/run.ts";
import { DATASETS } from "../../indexer/src/research/datasets.ts";
import type { Store } from "../../indexer/src/store/store.ts";
import {
  BENCH_PG_DATABASE,
  BENCH_PG_URL,
  BENCH_RECORDS,
  type StoreKind,
  openBenchStore,
} from "./api-store.ts";

const DURATION = Number(process.env.BENCH_API_SECONDS ?? 10);
const PORT = { pglite: 40610, postgres: 40611 };
const root = path.resolve(import.meta.dirname, "..", "..");
const RESEARCH_SECONDS = 5;

/** What the requests ask about, drawn from the store: every resident, city and organization it holds. */
export interface Workload {
  residents: string[];
  cities: number[];
  orgs: number[];
  /** The series' window: the last 180 days the store has statistics for. */
  from: string;
  to: string;
}

export async function workloadOf(store: Store): Promise<Workload> {
  const ids = async (sql: string) => (await store.query<{ id: bigint }>(sql)).map((r) => Number(r.id));
  const residents = (
    await store.query<{ resident: string }>("SELECT DISTINCT resident FROM accounts ORDER BY resident")
  ).map((r) => r.resident);
  const [days] = await store.query<{ from: string; to: string }>(
    `SELECT greatest(min(day), max(day) - 180)::text AS "from", max(day)::text AS "to" FROM daily_stats`,
  );
  const workload = {
    residents,
    cities: await ids("SELECT city_id AS id FROM cities ORDER BY city_id"),
    orgs: await ids("SELECT org_id AS id FROM organizations ORDER BY org_id"),
    from: days?.from ?? "",
    to: days?.to ?? "",
  };
  if (!residents.length || !workload.cities.length || !workload.orgs.length || !workload.to)
    throw new Error(
      `The bench store ${store.location} holds no residents, cities, organizations or statistics.`,
    );
  return workload;
}

export function mix(workload: Workload): autocannon.Request[] {
  // xorshift32 in 32-bit integer arithmetic: every resident is equally likely, so nearly every
  // resident request is a first visit the response cache cannot answer. (A multiplicative
  // generator in doubles loses precision and cycles through ~1,500 residents only.)
  let n = 0x9e3779b9 | 0;
  const pick = () => {
    n ^= n << 13;
    n ^= n >>> 17;
    n ^= n << 5;
    return n >>> 0;
  };
  const { residents, cities, orgs, from, to } = workload;
  return [
    {
      setupRequest: (req: autocannon.Request) => {
        const r = pick();
        const resident = residents[r % residents.length]!;
        const city = cities[r % cities.length]!;
        const paths = [
          `/v1/residents/${resident}`,
          `/v1/residents/${resident}/history?limit=20`,
          `/v1/opportunities?city=${city}&window=open&limit=20`,
          `/v1/redemptions?org=${orgs[r % orgs.length]!}&status=pending&limit=20`,
          `/v1/stats/series?city=${city}&interval=week&from=${from}&to=${to}`,
        ];
        return { ...req, method: "GET", path: paths[r % paths.length]! };
      },
    },
  ];
}

async function load(
  url: string,
  workload: Workload,
  seconds: number,
): Promise<{ p99: number; max: number; rps: number; errors: number }> {
  const result = await autocannon({ url, connections: 20, duration: seconds, requests: mix(workload) });
  return {
    p99: result.latency.p99,
    // A stalled server also stops the clients sending: the longest wait shows what p99 hides.
    max: result.latency.max,
    rps: Math.round(result.requests.average),
    errors: result.errors + result.non2xx,
  };
}

/** The API process's resident set size in MB (Linux), or null where /proc is absent. */
function rssMb(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

async function csvExport(
  url: string,
  serverPid: number,
): Promise<{
  rowsPerSec: number;
  rssStartMb: number | null;
  rssPeakMb: number | null;
  rows: number;
  rssAtMb: Record<string, number | null>;
}> {
  // Let the server drain what the load left queued before timing the export.
  await new Promise((r) => setTimeout(r, 3_000));
  const rssStart = rssMb(serverPid);
  let peak = rssStart;
  let rows = -1; // header
  // RSS against rows streamed so far: flat memory means the same RSS at a quarter and at the end.
  const samples: { rows: number; rss: number }[] = [];
  const timer = setInterval(() => {
    const now = rssMb(serverPid);
    if (now !== null) {
      peak = Math.max(peak ?? 0, now);
      samples.push({ rows, rss: now });
    }
  }, 100);
  const started = performance.now();
  const response = await fetch(`${url}/v1/datasets/open_attestations.csv`);
  if (response.status !== 200)
    throw new Error(`CSV export answered ${response.status}: ${await response.text()}`);
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) rows++;
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  const rssAtMb = Object.fromEntries(
    [25, 50, 75, 100].map((pct) => [
      `${pct}%`,
      samples.find((x) => x.rows >= (rows * pct) / 100)?.rss ?? samples.at(-1)?.rss ?? null,
    ]),
  );
  return { rowsPerSec: Math.round(rows / seconds), rssStartMb: rssStart, rssPeakMb: peak, rows, rssAtMb };
}

/** Messages between this script and the API process it forks. */
type ToServer = { type: "stall"; seconds: number };
type FromServer =
  { type: "ready"; url: string } | { type: "stalled"; ms: number } | { type: "error"; message: string };

/** The API process: opens the cached store and serves it until told to stop. */
async function serve(kind: StoreKind): Promise<void> {
  const { store } = await openBenchStore(kind);
  const researchUrl = kind === "postgres" ? `${BENCH_PG_URL}/${BENCH_PG_DATABASE}` : undefined;
  const api = await serveApi(store, {
    port: PORT[kind],
    logger: pino({ level: "silent" }),
    rateLimit: false,
    webhookWorker: false,
    ...(researchUrl
      ? {
          researchDatabaseUrl: researchUrl,
          research: { limits: { timeoutMs: RESEARCH_SECONDS * 1000, maxRows: 1_000, maxBytes: 1_000_000 } },
        }
      : {}),
  });
  if (researchUrl) {
    const pool = new pg.Pool({ connectionString: researchUrl, max: 1 });
    await ensureResearchRole(
      fromPool(pool),
      DATASETS.map((d) => d.view),
    );
    await pool.end();
  }
  process.on("message", (message: ToServer) => {
    if (message.type !== "stall") return;
    // What a research query does to this process on the embedded store: PGlite computes in WASM
    // on this thread, so a query that computes for 5 s holds the event loop for 5 s. (pg_sleep
    // would not show it: it waits without computing.) Sized by a short calibration run first.
    const cpuQuery = (rows: number) =>
      `SELECT count(*) FROM generate_series(1, ${rows}) g WHERE md5(g::text) < '8'`;
    void (async () => {
      const probeRows = 100_000;
      let started = performance.now();
      await store.query(cpuQuery(probeRows));
      const perRowMs = (performance.now() - started) / probeRows;
      started = performance.now();
      await store.query(cpuQuery(Math.round((message.seconds * 1000) / perRowMs)));
      process.send!({ type: "stalled", ms: Math.round(performance.now() - started) });
    })();
  });
  const stop = async () => {
    await api.close();
    await store.close();
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop());
  process.once("SIGINT", () => void stop());
  process.once("disconnect", () => void stop());
  // Started by hand (no IPC channel): say where it listens, for autocannon or curl.
  if (process.send) process.send({ type: "ready", url: api.url } satisfies FromServer);
  else console.log(`[${kind}] API on ${api.url}`);
}

function startServer(kind: StoreKind): Promise<{ child: ChildProcess; url: string }> {
  // BENCH_API_PROFILE=dir writes a CPU profile of each API process there.
  const profile = process.env.BENCH_API_PROFILE;
  const child = fork(import.meta.filename, ["--serve", kind], {
    stdio: "inherit",
    execArgv: [...process.execArgv, ...(profile ? ["--cpu-prof", `--cpu-prof-dir=${profile}`] : [])],
  });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`the ${kind} API process exited with ${code}`)));
    child.on("message", (message: FromServer) => {
      if (message.type === "ready") resolve({ child, url: message.url });
      if (message.type === "error") reject(new Error(message.message));
    });
  });
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await exited;
}

async function duringResearch(kind: StoreKind, url: string, child: ChildProcess, workload: Workload) {
  if (kind === "postgres") {
    const research = fetch(`${url}/v1/research/query`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        sql: "SELECT count(*) FROM open_attestations a, open_attestations b WHERE a.units + b.units > 1",
      }),
    }).then(async (r) => ({ status: r.status, body: (await r.text()).slice(0, 160) }));
    const during = await load(url, workload, RESEARCH_SECONDS);
    const answer = await research;
    console.log(
      `[${kind}] during a ${RESEARCH_SECONDS} s research query (answer ${answer.status} ${answer.body}): p99 ${during.p99} ms, max ${during.max} ms, ${during.rps} req/s`,
    );
    return during.p99;
  }
  const refused = await fetch(`${url}/v1/research/query`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ sql: "SELECT 1 FROM open_cities" }),
  });
  const stalled = new Promise<number>((resolve) =>
    child.on("message", (m: FromServer) => m.type === "stalled" && resolve(m.ms)),
  );
  child.send({ type: "stall", seconds: RESEARCH_SECONDS } satisfies ToServer);
  const during = await load(url, workload, RESEARCH_SECONDS + 1);
  console.log(
    `[${kind}] research endpoint answers ${refused.status}; a query computing ${await stalled} ms on the store: p99 ${during.p99} ms, max ${during.max} ms, ${during.rps} req/s during it -> reported null (refused)`,
  );
  return null;
}

async function benchStore(kind: StoreKind, workload: Workload) {
  const { child, url } = await startServer(kind);
  try {
    await load(url, workload, 2); // warm-up
    const steady = await load(url, workload, DURATION);
    console.log(
      `[${kind}] ${steady.rps} req/s, p99 ${steady.p99} ms, max ${steady.max} ms, errors ${steady.errors}`,
    );
    const research = await duringResearch(kind, url, child, workload);
    const csv = await csvExport(url, child.pid!);
    console.log(
      `[${kind}] CSV: ${csv.rows} rows at ${csv.rowsPerSec} rows/s, API process RSS ${csv.rssStartMb} MB before, peak ${csv.rssPeakMb} MB, at ${Object.entries(
        csv.rssAtMb,
      )
        .map(([at, mb]) => `${at} ${mb} MB`)
        .join(", ")} of the rows`,
    );
    return { p99: steady.p99, rps: steady.rps, duringResearch: research, csv: csv.rowsPerSec };
  } finally {
    await stopServer(child);
  }
}

if (import.meta.main && process.argv[2] === "--serve") {
  await serve(process.argv[3] as StoreKind);
} else if (import.meta.main) {
  // Build (or find) both cached stores, and read what to ask each, before timing anything.
  const workloads = {} as Record<StoreKind, Workload>;
  for (const kind of ["pglite", "postgres"] as const) {
    const { store } = await openBenchStore(kind);
    workloads[kind] = await workloadOf(store);
    await store.close();
  }
  const pglite = await benchStore("pglite", workloads.pglite);
  const postgres = await benchStore("postgres", workloads.postgres);
  const report = {
    p99Ms: { pglite: pglite.p99, postgres: postgres.p99 },
    requestsPerSec: { pglite: pglite.rps, postgres: postgres.rps },
    p99DuringResearchQueryMs: { pglite: pglite.duringResearch, postgres: postgres.duringResearch },
    csvRowsPerSec: { pglite: pglite.csv, postgres: postgres.csv },
  };
  mkdirSync(path.join(root, "reports"), { recursive: true });
  writeFileSync(path.join(root, "reports", "api.json"), `${JSON.stringify(report, null, 2)}\n`);
  console.table({
    "p99 ms (goal ≤ 15)": report.p99Ms,
    "requests/s": report.requestsPerSec,
    "p99 ms during 5 s research query (goal ≤ 50; null = refused)": report.p99DuringResearchQueryMs,
    "CSV rows/s (goal ≥ 100,000)": report.csvRowsPerSec,
  });
  console.log(
    `store: the recorded chain of ${BENCH_RECORDS} records, ${workloads.postgres.residents.length} residents; load average ${(
      await import("node:os")
    )
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  process.exit(0);
}
