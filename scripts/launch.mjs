// The entry point of every npm script that runs City/Sync code:
//
//   node scripts/launch.mjs [--setup] [--postgres] [--no-build] <script.ts | hardhat> [args…]
//
// npm runs scripts with whatever Node it was started on; before set-up that is the newcomer's
// Node 20, which cannot load TypeScript. This file is plain JavaScript so that it runs there, and:
//   1. checks the install (scripts/lib/install-state.mjs): missing, stale, installed without
//      EDR's native package, or not built. With --setup it runs scripts/setup.sh and continues;
//      otherwise it prints one line saying what to run;
//   2. with --postgres, makes sure PostgreSQL answers on 127.0.0.1:5432 (scripts/ensure-postgres.sh);
//   3. loads .env under the exported environment (scripts/lib/dotenv.mjs);
//   4. runs the target on Node >= 22.13 (this one, the `node` devDependency, or .tools/node),
//      forwards SIGINT/SIGTERM/SIGHUP to it and exits with its status. For Hardhat targets,
//      `--verbose` becomes CITYSYNC_VERBOSE=1 (Hardhat rejects options it does not know).
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { loadDotEnv } from "./lib/dotenv.mjs";
import { inspectInstall, nodeSatisfies } from "./lib/install-state.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const FLAGS = ["--setup", "--postgres", "--no-build"];

function fail(message) {
  console.error(message);
  process.exit(1);
}

/** A Node that can run Hardhat 3 and TypeScript sources, or undefined before set-up. */
function modernNode() {
  if (nodeSatisfies(process.versions.node)) return process.execPath;
  return [
    path.join(root, "node_modules", "node", "bin", "node"),
    path.join(root, ".tools", "node", "bin", "node"),
  ].find(
    (candidate) =>
      existsSync(candidate) &&
      nodeSatisfies(spawnSync(candidate, ["--version"], { encoding: "utf8" }).stdout?.trim() ?? ""),
  );
}

/** The environment for set-up: without the outer npm's settings, which would describe *its* Node. */
function setupEnv() {
  const outerNpm = new Set(["npm_config_user_agent", "npm_config_node_version", "npm_config_npm_version"]);
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !outerNpm.has(name)));
}

function runBash(script) {
  const result = spawnSync("bash", [path.join(root, "scripts", script)], {
    stdio: "inherit",
    env: setupEnv(),
  });
  return result.status === 0;
}

const argv = process.argv.slice(2);
const options = new Set();
while (argv[0] && FLAGS.includes(argv[0])) options.add(argv.shift());
const [target, ...args] = argv;
if (!target) fail(`Usage: node scripts/launch.mjs [${FLAGS.join("] [")}] <script.ts | hardhat> [args…]`);

let problem = inspectInstall(root, { needBuild: !options.has("--no-build") });
if (problem && options.has("--setup")) {
  console.error(
    `City/Sync is not set up here yet (${problem.message}): running the set-up first (scripts/setup.sh).`,
  );
  if (problem.kind === "no-edr")
    spawnSync("rm", ["-rf", path.join(root, "node_modules")], { stdio: "inherit" });
  // setup.sh has said in one line which step failed and where its log is.
  if (!runBash("setup.sh")) process.exit(1);
  problem = inspectInstall(root, { needBuild: !options.has("--no-build") });
}
if (problem) fail(`City/Sync is not ready: ${problem.message}. Run: ${problem.fix}`);

if (options.has("--postgres") && !runBash("ensure-postgres.sh")) {
  console.error("note: PostgreSQL is not available on 127.0.0.1:5432; tests that need it will fail.");
}

const node = modernNode();
if (!node)
  fail(
    `Node ${process.versions.node} cannot run City/Sync and no Node >= 22.13 is installed. Run: npm run setup`,
  );

const env = { ...process.env };
try {
  loadDotEnv(env);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
// `hardhat run` rejects options it does not know: the scripts read --verbose from the environment.
if (target === "hardhat" && args.includes("--verbose")) {
  args.splice(args.indexOf("--verbose"), 1);
  env.CITYSYNC_VERBOSE = "1";
}
const entry =
  target === "hardhat" ? path.join(root, "node_modules", ".bin", "hardhat") : path.resolve(target);
if (!existsSync(entry)) fail(`No such file: ${entry}`);

const child = spawn(node, [entry, ...args], { stdio: "inherit", env });
const forward = (signal) => () => {
  if (child.exitCode === null && child.signalCode === null) child.kill(signal);
};
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, forward(signal));
// If whoever started us dies without passing its signal on, stop the target rather than orphan it.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) forward("SIGTERM")();
}, 1_000).unref();
child.on("error", (error) => fail(`Cannot start ${node}: ${error.message}`));
child.on("exit", (code, signal) => {
  process.exitCode = code ?? 128 + ((signal && { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 }[signal]) || 1);
});
