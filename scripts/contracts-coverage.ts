/**
 * Runs every contract test (mocha and Solidity) once with coverage instrumentation, then
 * enforces the line-coverage floor on contracts/ (test doubles under contracts/test/ excluded).
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const LINE_COVERAGE_FLOOR = 95;

const run = spawnSync("hardhat", ["test", "--coverage"], { stdio: "inherit", shell: false });
if (run.status !== 0) process.exit(run.status ?? 1);

/** Sums LF (lines found) and LH (lines hit) per source file from an lcov report. */
function lineCoverage(lcov: string): Map<string, { found: number; hit: number }> {
  const files = new Map<string, { found: number; hit: number }>();
  let current: string | undefined;
  for (const line of lcov.split("\n")) {
    if (line.startsWith("SF:")) current = line.slice(3).trim();
    else if (current && line.startsWith("LF:"))
      files.set(current, { found: Number(line.slice(3)), hit: files.get(current)?.hit ?? 0 });
    else if (current && line.startsWith("LH:"))
      files.set(current, { found: files.get(current)?.found ?? 0, hit: Number(line.slice(3)) });
    else if (line === "end_of_record") current = undefined;
  }
  return files;
}

const files = [...lineCoverage(readFileSync("coverage/lcov.info", "utf8"))].filter(
  ([file]) => /(^|\/)contracts\//.test(file) && !/(^|\/)contracts\/test\//.test(file),
);
const found = files.reduce((n, [, c]) => n + c.found, 0);
const hit = files.reduce((n, [, c]) => n + c.hit, 0);
const percent = found === 0 ? 0 : (100 * hit) / found;
console.log(
  `\ncontracts/ line coverage: ${percent.toFixed(2)}% (${hit}/${found} lines; floor ${LINE_COVERAGE_FLOOR}%)`,
);
if (percent < LINE_COVERAGE_FLOOR) {
  console.error(`Line coverage of contracts/ is below ${LINE_COVERAGE_FLOOR}%.`);
  process.exit(1);
}
