/**
 * The README's one test command (`npm test`): every gate in order, each in its own process,
 * then a summary. Exits non-zero if any step fails; later steps still run so one report shows
 * everything that is wrong.
 */
import { spawn } from "node:child_process";
import { stripVTControlCharacters } from "node:util";

interface Step {
  name: string;
  command: string;
}

const steps: Step[] = [
  { name: "lint (eslint, solhint, prettier)", command: "npm run lint" },
  { name: "typecheck (tsc -b)", command: "npm run typecheck" },
  {
    name: "contracts (mocha + Solidity fuzz/invariant, coverage)",
    command: "node scripts/contracts-coverage.ts",
  },
  // Coverage instrumentation inflates bytecode and gas, so EIP-170 sizes and the batch limit's
  // worst case under the EIP-7825 cap are checked on the normal build.
  {
    name: "contract sizes (EIP-170) and batch gas cap (EIP-7825), uninstrumented",
    command:
      "hardhat test mocha test/contracts/LedgerSurface.test.ts test/contracts/LedgerBatchLimit.test.ts",
  },
  {
    name: "gas snapshot (bench vs reports/gas-snapshot.json, ≤ 1% worse)",
    command: "node scripts/gas-snapshot.ts --check",
  },
  {
    name: "operator scripts (launcher, install checks, .env, npm start signals)",
    command: "npm run test:scripts",
  },
  { name: "workspaces (sdk, indexer, frontend)", command: "npm test --workspaces --if-present" },
  {
    name: "dApp end to end (headless Chromium, local stack)",
    command: "npm run test:e2e -w @citysync/frontend",
  },
];

interface Result {
  step: Step;
  ok: boolean;
  seconds: number;
  passed: number;
  failed: number;
}

/** Counts tests from the runners' own closing lines (mocha, Vitest, node:test). */
function countTests(output: string): { passed: number; failed: number } {
  // Hardhat prints per-runner blocks and then combined lines at column 0, such as
  // "3 passing (1 solidity, 2 mocha)" and "1 failing (1 mocha)"; count those when present
  // so nothing is counted twice.
  const combined = (word: string) => [
    ...output.matchAll(new RegExp(`^(\\d+) ${word} \\((?:\\d+ (?:solidity|mocha)(?:, )?)+\\)`, "gm")),
  ];
  const combinedPassing = combined("passing");
  const combinedFailing = combined("failing");
  if (combinedPassing.length > 0 || combinedFailing.length > 0) {
    const total = (ms: RegExpMatchArray[]) => ms.reduce((n, m) => n + Number(m[1]), 0);
    return { passed: total(combinedPassing), failed: total(combinedFailing) };
  }
  const plain = stripVTControlCharacters(output);
  const sum = (re: RegExp) => [...plain.matchAll(re)].reduce((n, m) => n + Number(m[1]), 0);
  // Vitest: "      Tests  2 failed | 20 passed (22)".
  const vitest = [...plain.matchAll(/^\s*Tests\s+(.*)\(\d+\)\s*$/gm)].map((m) => m[1] ?? "");
  const vitestCount = (word: string) =>
    vitest.reduce((n, line) => n + Number(new RegExp(`(\\d+) ${word}`).exec(line)?.[1] ?? 0), 0);
  return {
    // node:test's spec reporter closes with "ℹ pass N" / "ℹ fail N".
    passed: sum(/^\s*(\d+) passing\b/gm) + vitestCount("passed") + sum(/^ℹ pass (\d+)$/gm),
    failed: sum(/^\s*(\d+) failing\b/gm) + vitestCount("failed") + sum(/^ℹ fail (\d+)$/gm),
  };
}

function run(step: Step): Promise<Result> {
  const started = Date.now();
  console.log(`\n\u001b[1m▶ ${step.name}\u001b[0m  (${step.command})`);
  return new Promise((resolve) => {
    const child = spawn(step.command, { shell: true, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const tee = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
      output += chunk.toString();
      stream.write(chunk);
    };
    child.stdout.on("data", tee(process.stdout));
    child.stderr.on("data", tee(process.stderr));
    child.on("close", (code) => {
      const counts = countTests(output);
      resolve({ step, ok: code === 0, seconds: (Date.now() - started) / 1000, ...counts });
    });
  });
}

const results: Result[] = [];
for (const step of steps) results.push(await run(step));

console.log("\n\u001b[1mSummary\u001b[0m");
for (const r of results) {
  const tests = r.passed + r.failed > 0 ? `  ${r.passed} passed, ${r.failed} failed` : "";
  console.log(`  ${r.ok ? "✔" : "✘"} ${r.step.name.padEnd(58)} ${r.seconds.toFixed(1).padStart(6)}s${tests}`);
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
const failedSteps = results.filter((r) => !r.ok);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
if (failedSteps.length > 0) {
  console.log(`${failedSteps.length} step(s) failed: ${failedSteps.map((r) => r.step.name).join("; ")}`);
  process.exit(1);
}
if (passed === 0) {
  console.log("No test ran: that is a failure, not a pass.");
  process.exit(1);
}
