/**
 * `npm run bench:indexer`: the indexer benchmark. Writes reports/indexer.json and prints a table.
 *
 *   1. isolated backfill: a recorded synthetic chain (generate.ts, cached under indexer/.bench-cache/)
 *      served by recorded-rpc.ts in its own process; decode + fold + write on PGlite and PostgreSQL, with
 *      the peak RSS of this process and its RSS at 25%, 50% and 100% of the records;
 *   2. a local node (deploy, pilot seed) filled to BENCH_E2E_RECORDS records with attestation batches;
 *   3. follow latency on it: receipt returned → new balance readable in the store (PGlite, newHeads
 *      over WebSocket);
 *   4. end-to-end backfill of that node's chain vs the node's own raw eth_getLogs throughput;
 *   5. verify of the end-to-end stores against the ledger's views.
 *
 * BENCH_RECORDS (default 1,000,000) sets the size of the recorded chain; BENCH_E2E_RECORDS (default
 * 200,000) the node's chain; BENCH_FOLLOW_TXS (default 200) the follow-mode transactions, each an
 * attestation batch of BENCH_ROWS_PER_TX rows (default 100). BENCH_PORT (default 40200) is the first of
 * the two ports used (recorded chain, node).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

import { iCivicLedgerAbi } from "@citysync/sdk";
import { type Hex, encodeFunctionData } from "viem";

import { verifyStore } from "../src/commands/verify.ts";
import { repoRoot } from "../src/config/config.ts";
import { wsUrlOf } from "../src/sync/new-heads.ts";
import { RpcClient } from "../src/sync/rpc.ts";
import { engineFor, indexToHead } from "../src/testing/index-chain.ts";
import { startLocalChain, stopProcessGroup } from "../src/testing/local-chain.ts";
import { migrate } from "../src/schema/migrate.ts";
import { openStore } from "../src/store/open-store.ts";
import { STORE_KINDS, type StoreKind, type TestStore, createTestStore } from "../src/testing/stores.ts";
import { batchSender, fillWithBatches } from "./fill-node.ts";
import { CHAIN_ID, LEDGER, generateChain } from "./generate.ts";

const RECORDS = Number(process.env.BENCH_RECORDS ?? 1_000_000);
const FOLLOW_TXS = Number(process.env.BENCH_FOLLOW_TXS ?? 200);
const ROWS_PER_TX = Number(process.env.BENCH_ROWS_PER_TX ?? 100);
const E2E_RECORDS = Number(process.env.BENCH_E2E_RECORDS ?? 200_000);
const RECORDED_PORT = Number(process.env.BENCH_PORT ?? 40_200) + 1;
const NODE_PORT = Number(process.env.BENCH_PORT ?? 40_200) + 2;
const cacheDir = path.join(repoRoot, "indexer", ".bench-cache");

const INDEXER_NODE_OPTIONS = "--max-old-space-size=192 --max-semi-space-size=8";
const log = (m: string) => console.log(`[bench] ${m}`);
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

async function startRecorded(file: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [path.join(import.meta.dirname, "recorded-rpc.ts"), file, String(RECORDED_PORT)],
    {
      stdio: ["ignore", "pipe", "inherit"],
      detached: true,
    },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (c: Buffer) => c.toString().includes("ready") && resolve());
    child.once("exit", (code) => reject(new Error(`recorded-rpc exited (${code})`)));
  });
  return child;
}

/** The isolated backfill into a store the parent created (creating a PGlite database is not syncing). */
async function isolated(kind: StoreKind, file: string, location: TestStore["location"]) {
  const server = await startRecorded(file);
  const store = await openStore(location);
  await migrate(store);
  const rss: Record<string, number> = {};
  let peak = 0;
  try {
    const engine = await engineFor(
      store,
      { url: `http://127.0.0.1:${RECORDED_PORT}`, chainId: CHAIN_ID, ledger: LEDGER, startBlock: 1n },
      { initialRange: 200n, maxRange: 100_000n, finalityDepth: 64n },
    );
    const timer = setInterval(() => {
      const now = process.memoryUsage.rss();
      peak = Math.max(peak, now);
      const done = Number(engine.position.records) / RECORDS;
      for (const mark of [25, 50])
        if (done >= mark / 100 && rss[`${mark}%`] === undefined) rss[`${mark}%`] = mb(now);
    }, 100);
    const started = performance.now();
    await engine.run({ follow: false });
    const seconds = (performance.now() - started) / 1000;
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage.rss());
    rss["100%"] = mb(process.memoryUsage.rss());
    const records = Number(engine.position.records);
    log(
      `${kind}: isolated backfill of ${records} records in ${seconds.toFixed(1)} s = ${Math.round(records / seconds)} records/s; RSS ${JSON.stringify(rss)} MB, peak ${mb(peak)} MB`,
    );
    return { recordsPerSec: Math.round(records / seconds), peakRssMb: mb(peak), rss };
  } finally {
    await store.close();
    await stopProcessGroup(server);
  }
}

async function isolatedInChild(kind: StoreKind, file: string): Promise<Awaited<ReturnType<typeof isolated>>> {
  // The indexer's documented heap settings (README): V8 otherwise grows its heap far beyond the live data.
  const flags = (process.env.BENCH_INDEXER_NODE_OPTIONS ?? INDEXER_NODE_OPTIONS).split(" ").filter(Boolean);
  // Created (and, for PGlite, initialized: a transient of some 150 MB) here, synced in the child.
  const t = await createTestStore(kind);
  await (await t.open()).close();
  const args = [...flags, import.meta.filename, "--isolated", kind, file, JSON.stringify(t.location)];
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  child.stdout!.on("data", (c: Buffer) => {
    out += c.toString();
    process.stdout.write(c);
  });
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  await t.destroy();
  if (code !== 0) throw new Error(`isolated backfill on ${kind} failed (exit ${code})`);
  return JSON.parse(out.trim().split("\n").at(-1)!) as Awaited<ReturnType<typeof isolated>>;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10;
}

async function main(): Promise<void> {
  mkdirSync(path.join(repoRoot, "reports"), { recursive: true });
  log(`recorded chain of ${RECORDS} records (cache ${path.relative(repoRoot, cacheDir)})…`);
  const t0 = performance.now();
  const chain = await generateChain(cacheDir, RECORDS);
  log(
    `recorded chain: ${chain.records} records in ${chain.blocks} blocks (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );

  // Each store in its own process, so each RSS figure is the indexer's alone.
  const iso: Record<string, Awaited<ReturnType<typeof isolated>>> = {};
  for (const kind of STORE_KINDS) iso[kind] = await isolatedInChild(kind, chain.file);

  log(`local node on port ${NODE_PORT}: deploy and pilot seed…`);
  const node = await startLocalChain(NODE_PORT);
  const latencies: number[] = [];
  const ratio: Record<string, number> = {};
  let differences = 0;
  try {
    // The food bank's Safe (impersonated) attests batches; the city admin lifts its budget first.
    const follow = await createTestStore("pglite");
    const followStore = await follow.open();
    const engine = await engineFor(followStore, node, { pollIntervalMs: 100, wsUrl: wsUrlOf(node.url) });
    await engine.run({ follow: false });
    const [org] = await followStore.query(
      "SELECT o.org_id, o.account, c.admin FROM organizations o JOIN cities c USING (city_id) WHERE o.status = 'active' ORDER BY org_id LIMIT 1",
    );
    const [opp] = await followStore.query(
      "SELECT opportunity_id, start_time, end_time FROM opportunities WHERE org_id = $1 AND status = 'open' ORDER BY opportunity_id LIMIT 1",
      [org!.org_id],
    );
    const orgId = Number(org!.org_id);
    const sendAs = async (from: string, data: Hex): Promise<Hex> => {
      await node.rpc("hardhat_impersonateAccount", [from]);
      await node.rpc("hardhat_setBalance", [from, "0x56BC75E2D63100000"]);
      return node.rpc<Hex>("eth_sendTransaction", [{ from, to: node.ledger, data, gas: "0xf42400" }]);
    };
    const receipt = async (hash: Hex) => {
      for (;;) {
        const r = await node.rpc<{ status: string } | null>("eth_getTransactionReceipt", [hash]);
        if (r) return r;
        await new Promise((res) => setTimeout(res, 5));
      }
    };
    await receipt(
      await sendAs(
        org!.admin as string,
        encodeFunctionData({
          abi: iCivicLedgerAbi,
          functionName: "setOrganizationBudget",
          args: [orgId, 2n ** 62n],
        }),
      ),
    );
    await receipt(
      await sendAs(
        org!.account as string,
        encodeFunctionData({
          abi: iCivicLedgerAbi,
          functionName: "updateOpportunity",
          args: [
            Number(opp!.opportunity_id),
            2 ** 47,
            Number(opp!.start_time),
            Number(opp!.end_time),
            '{"version":1}',
          ],
        }),
      ),
    );
    const sender = batchSender(node, org!.account as Hex, orgId, BigInt(opp!.opportunity_id as bigint));

    // The node's chain: enough batches that, with the follow-mode ones, it holds E2E_RECORDS records.
    await engine.run({ follow: false });
    const fillTxs = Math.max(
      0,
      Math.ceil((E2E_RECORDS - Number(engine.position.records) - FOLLOW_TXS * ROWS_PER_TX) / ROWS_PER_TX),
    );
    if (fillTxs > 0) {
      log(`filling the node with ${fillTxs} batches of ${ROWS_PER_TX} rows…`);
      const seconds = await fillWithBatches(node, sender, {
        txs: fillTxs,
        rows: ROWS_PER_TX,
        firstBatch: 0,
        onProgress: (sent) => sent % 500 < 20 && log(`  ${sent}/${fillTxs} batches`),
      });
      log(`filled: ${fillTxs} batches in ${seconds.toFixed(1)} s (${Math.round(fillTxs / seconds)} tx/s)`);
    }
    await engine.run({ follow: false });

    const run = engine.run({ follow: true });
    for (let i = 0; i < FOLLOW_TXS; i++) {
      const hash = await sender.send(sender.calldata(fillTxs + i, ROWS_PER_TX));
      const r = await receipt(hash);
      if (r.status !== "0x1") throw new Error(`bench transaction ${hash} reverted`);
      const returned = performance.now();
      for (;;) {
        const found = await followStore.query("SELECT 1 FROM account_changes WHERE tx_hash = $1 LIMIT 1", [
          hash,
        ]);
        if (found.length > 0) break;
        await new Promise((res) => setTimeout(res, 2));
      }
      latencies.push(performance.now() - returned);
    }
    engine.stop();
    await run;
    await followStore.close();
    await follow.destroy();
    log(
      `follow: ${latencies.length} transactions, p50 ${percentile(latencies, 50)} ms, p95 ${percentile(latencies, 95)} ms`,
    );

    // The node's own eth_getLogs throughput over the whole range, then the indexer's end-to-end backfill.
    const rpc = new RpcClient(node.url);
    const head = BigInt(await node.rpc<string>("eth_blockNumber"));
    const rawStart = performance.now();
    let rawLogs = 0;
    for (let from = node.startBlock; from <= head; from += 10_000n) {
      const to = from + 9_999n < head ? from + 9_999n : head;
      rawLogs += (
        await rpc.call<unknown[]>("eth_getLogs", [
          { address: node.ledger, fromBlock: `0x${from.toString(16)}`, toBlock: `0x${to.toString(16)}` },
        ])
      ).length;
    }
    const rawSeconds = (performance.now() - rawStart) / 1000;
    for (const kind of STORE_KINDS) {
      const t = await createTestStore(kind);
      const store = await t.open();
      try {
        const started = performance.now();
        const e = await indexToHead(store, node, { initialRange: 10_000n, maxRange: 100_000n });
        const seconds = (performance.now() - started) / 1000;
        const records = Number(e.position.records);
        // Same unit on both sides: records per second (the raw fetch returns the same logs).
        const rawRecordsPerSec = records / rawSeconds;
        // Three decimals: on a local node the raw fetch is so fast that two would round to zero.
        ratio[kind] = Math.round((records / seconds / rawRecordsPerSec) * 1000) / 1000;
        log(
          `${kind}: end-to-end ${records} records (${rawLogs} logs) in ${seconds.toFixed(2)} s = ${Math.round(records / seconds)} records/s vs raw eth_getLogs ${rawSeconds.toFixed(2)} s = ${Math.round(rawRecordsPerSec)} records/s: ratio ${ratio[kind]}`,
        );
        const result = await verifyStore(store, rpc);
        differences += result.differences.length;
        for (const d of result.differences.slice(0, 10))
          log(`DIFF ${d.what}: store ${d.store} != chain ${d.chain}`);
        log(`${kind}: verify ${result.checked} view calls, ${result.differences.length} differences`);
      } finally {
        await store.close();
        await t.destroy();
      }
    }
  } finally {
    await node.stop();
  }

  const report = {
    records: chain.records,
    backfillIsolatedRecordsPerSec: {
      pglite: iso.pglite!.recordsPerSec,
      postgres: iso.postgres!.recordsPerSec,
    },
    backfillEndToEndRatio: { pglite: ratio.pglite ?? 0, postgres: ratio.postgres ?? 0 },
    followLatencyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95) },
    peakRssMb: { pglite: iso.pglite!.peakRssMb, postgres: iso.postgres!.peakRssMb },
    verifyDifferences: differences,
  };
  writeFileSync(path.join(repoRoot, "reports", "indexer.json"), JSON.stringify(report, null, 2) + "\n");
  console.table({
    "records (recorded chain)": { value: report.records, goal: ">= 1,000,000" },
    "isolated backfill, PGlite (records/s)": {
      value: report.backfillIsolatedRecordsPerSec.pglite,
      goal: ">= 50,000",
    },
    "isolated backfill, PostgreSQL (records/s)": {
      value: report.backfillIsolatedRecordsPerSec.postgres,
      goal: ">= 50,000",
    },
    "end-to-end / raw eth_getLogs, PGlite": { value: report.backfillEndToEndRatio.pglite, goal: ">= 0.8" },
    "end-to-end / raw eth_getLogs, PostgreSQL": {
      value: report.backfillEndToEndRatio.postgres,
      goal: ">= 0.8",
    },
    "follow latency p50 (ms)": { value: report.followLatencyMs.p50, goal: "<= 150" },
    "follow latency p95 (ms)": { value: report.followLatencyMs.p95, goal: "<= 500" },
    "peak RSS PGlite (MB)": { value: report.peakRssMb.pglite, goal: "<= 512" },
    "peak RSS PostgreSQL (MB)": { value: report.peakRssMb.postgres, goal: "<= 256" },
    "RSS at 25/50/100% PGlite (MB)": { value: JSON.stringify(iso.pglite!.rss), goal: "flat" },
    "RSS at 25/50/100% PostgreSQL (MB)": { value: JSON.stringify(iso.postgres!.rss), goal: "flat" },
    "verify differences": { value: report.verifyDifferences, goal: "0" },
  });
  log(`wrote ${path.relative(repoRoot, path.join(repoRoot, "reports", "indexer.json"))}`);
}

if (process.argv[2] === "--isolated") {
  const result = await isolated(
    process.argv[3] as StoreKind,
    process.argv[4]!,
    JSON.parse(process.argv[5]!) as TestStore["location"],
  );
  console.log(JSON.stringify(result));
  process.exit(0);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
