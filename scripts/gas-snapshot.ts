/**
 * `npm run gas:snapshot`: runs the gas bench (one Hardhat run) and writes its figures to the
 * committed reports/gas-snapshot.json, printing the diff against the previous snapshot, so every
 * change that moves gas shows it in review.
 *
 * `npm run gas:snapshot -- --check`: runs the bench and compares with the committed snapshot
 * without writing it; exits 1 if any figure is more than 1% worse (higher) or if the keys differ.
 * `--no-run` reuses the existing reports/gas.json instead of running the bench.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

import { GAS_REPORT_KEYS, GAS_REPORT_PATH, GAS_SNAPSHOT_PATH, type GasReport } from "./bench/gas-keys.ts";

const TOLERANCE = 0.01;
const args = new Set(process.argv.slice(2));
const check = args.has("--check");

if (!args.has("--no-run")) {
  const run = spawnSync("npx", ["hardhat", "run", "scripts/bench/gas.ts"], { stdio: "inherit" });
  if (run.status !== 0) {
    console.error("The gas bench failed; no snapshot written.");
    process.exit(run.status ?? 1);
  }
}

const current = JSON.parse(readFileSync(GAS_REPORT_PATH, "utf8")) as GasReport;
const previous = existsSync(GAS_SNAPSHOT_PATH)
  ? (JSON.parse(readFileSync(GAS_SNAPSHOT_PATH, "utf8")) as Partial<GasReport>)
  : {};

const keysOk = JSON.stringify(Object.keys(current).sort()) === JSON.stringify([...GAS_REPORT_KEYS].sort());
if (!keysOk) {
  console.error(`${GAS_REPORT_PATH} does not have exactly the keys ${GAS_REPORT_KEYS.join(", ")}.`);
  process.exit(1);
}

let regressions = 0;
const rows = GAS_REPORT_KEYS.map((key) => {
  const now = current[key];
  const before = previous[key];
  let change = "new";
  if (before !== undefined) {
    const delta = now - before;
    const ratio = before === 0 ? (delta === 0 ? 0 : Infinity) : delta / before;
    change = `${delta >= 0 ? "+" : ""}${delta} (${(100 * ratio).toFixed(2)}%)`;
    if (ratio > TOLERANCE) {
      regressions++;
      change += "  ✘ regression";
    }
  }
  return { key, before: before ?? "", now, change };
});
console.log("\nGas snapshot diff");
console.table(rows);

if (check) {
  if (Object.keys(previous).length === 0) {
    console.error(`No committed ${GAS_SNAPSHOT_PATH} to compare with; run npm run gas:snapshot.`);
    process.exit(1);
  }
  if (regressions > 0) {
    console.error(`${regressions} figure(s) regressed by more than ${100 * TOLERANCE}%.`);
    process.exit(1);
  }
  console.log(`No figure regressed by more than ${100 * TOLERANCE}%.`);
} else {
  const snapshot = Object.fromEntries(GAS_REPORT_KEYS.map((k) => [k, current[k]]));
  writeFileSync(GAS_SNAPSHOT_PATH, `${JSON.stringify(snapshot, null, 2)}\n`);
  console.log(`Wrote ${GAS_SNAPSHOT_PATH}; commit it with the change it measures.`);
}
