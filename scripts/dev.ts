/**
 * `npm start`: the whole City/Sync network on this machine with one command.
 *
 *   1. starts `hardhat node` (OP-stack chain type, chain id 31337) on http://127.0.0.1:8545,
 *   2. deploys Safe v1.4.1, the network admin Safe and the ledger (scripts/deploy.ts),
 *   3. seeds the Berkeley / Mexico City pilot through real Safe transactions (scripts/seed/),
 *   4. starts the local Safe proposal service (http://127.0.0.1:8547) that `npm run safe` shares
 *      proposals through; builds and serves the dApp with its redemption relayer
 *      (http://127.0.0.1:8550, CITYSYNC_DAPP_PORT); [later] starts the indexer (hook below),
 *   5. prints the URLs and the test accounts, then waits; Ctrl-C stops every child process.
 *
 * Every run starts a FRESH CHAIN: `hardhat node` keeps its state in memory only, so nothing is
 * resumed; the deterministic seed (CITYSYNC_SEED) rebuilds exactly the same addresses and data.
 *
 * Flags: --no-seed (deploy only), --no-deploy (chain and proposal service only), --verbose, --help.
 * Ports: CITYSYNC_NODE_PORT, SAFE_PROPOSALS_PORT (defaults in sdk/src/local-network.ts);
 * CITYSYNC_STATE_DIR moves the logs and proposals out of .citysync/.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

import { localNetwork } from "../sdk/src/local-network.ts";
import { NETWORK_ADMIN_ROLE, localAccount, safeOwnerAccounts, seedFromEnv } from "./lib/local-accounts.ts";
import { describePortHolder, portIsFree } from "./lib/port-holder.ts";

const OPTIONS = ["--no-seed", "--no-deploy", "--verbose", "--help", "-h"];
const args = process.argv.slice(2);
const verbose = args.includes("--verbose");

/** One line for a person; the stack only with --verbose. */
function exitWithError(error: unknown, code: number): never {
  console.error(
    verbose && error instanceof Error ? error.stack : error instanceof Error ? error.message : String(error),
  );
  process.exit(code);
}

let local: ReturnType<typeof localNetwork>;
try {
  local = localNetwork(process.env);
} catch (error) {
  exitWithError(error, 2);
}
const root = path.resolve(import.meta.dirname, "..");
// Through the package's bin link, so the processes read "…/hardhat node …" in `ps`/`pgrep -f`.
const hardhatCli = path.join(root, "node_modules", ".bin", "hardhat");
const stateDir = path.resolve(root, process.env.CITYSYNC_STATE_DIR || ".citysync");
const nodeLog = path.join(stateDir, "node.log");
const seedSummaryFile = path.join(stateDir, "seed.json");
const proposalsFile = path.join(stateDir, "safe-proposals.json");
const proposalsLog = path.join(stateDir, "safe-proposals.log");
const HOST = local.host;
const PORT = local.rpcPort;
const PROPOSALS_PORT = local.proposalServicePort;
const RPC_URL = local.rpcUrl;
const CHAIN_ID = local.chainId;
const INDEXER_STATUS_PORT = local.indexerStatusPort;
const API_PORT = local.apiPort;
const indexerLog = path.join(stateDir, "indexer.log");
const DAPP_PORT = local.dappPort;
const dappLog = path.join(stateDir, "dapp.log");

if (args.includes("--help") || args.includes("-h")) {
  console.log(`Usage: npm start [-- --no-seed | --no-deploy] [--verbose]

Starts a fresh local OP-stack chain (${RPC_URL}, chain id ${CHAIN_ID}), deploys City/Sync,
seeds the pilot (unless --no-seed), starts the Safe proposal service (${local.proposalServiceUrl})
and keeps running until Ctrl-C or SIGTERM, which stop everything. --no-deploy starts the empty
chain and the proposal service only. Each run starts from an empty chain (nothing is resumed);
CITYSYNC_SEED changes the seed; CITYSYNC_NODE_PORT and SAFE_PROPOSALS_PORT change the ports.`);
  process.exit(0);
}
const unknown = args.filter((a) => !OPTIONS.includes(a));
if (unknown.length > 0) {
  console.error(`Unknown option(s): ${unknown.join(" ")}. Valid options: ${OPTIONS.join(", ")}.`);
  process.exit(2);
}
const withDeploy = !args.includes("--no-deploy");
const withSeed = withDeploy && !args.includes("--no-seed");

const children = new Set<ChildProcess>();
let stopping = false;

function log(message: string): void {
  console.log(`\u001b[1m[citysync]\u001b[0m ${message}`);
}

/** Each child leads its own process group so one signal reaches everything it started. */
function start(name: string, argv: string[], stdio: "inherit" | number): ChildProcess {
  const child = spawn(process.execPath, argv, {
    cwd: root,
    detached: true,
    stdio: ["ignore", stdio, stdio],
    env: {
      ...process.env,
      FORCE_COLOR: process.env.FORCE_COLOR ?? "1",
      // Hardhat's `localhost` network and the services follow the ports chosen here.
      CITYSYNC_NODE_PORT: String(PORT),
      SAFE_PROPOSALS_PORT: String(PROPOSALS_PORT),
    },
  });
  children.add(child);
  child.on("exit", (code, signal) => {
    children.delete(child);
    if (!stopping && name === "hardhat node") {
      console.error(`hardhat node exited unexpectedly (${signal ?? `code ${code}`}); see ${nodeLog}`);
      void shutdown(1);
    }
  });
  return child;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

async function shutdown(code: number): Promise<never> {
  if (stopping) return new Promise<never>(() => {});
  stopping = true;
  log("stopping every child process…");
  const alive = [...children];
  for (const child of alive) signalGroup(child, "SIGTERM");
  const deadline = Date.now() + 5_000;
  while (children.size > 0 && Date.now() < deadline) await sleep(100);
  for (const child of [...children]) signalGroup(child, "SIGKILL");
  log(`stopped (${alive.length} process group(s)).`);
  process.exit(code);
}

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));
process.on("SIGHUP", () => void shutdown(0));
// If our parent (npm, the launcher, a terminal) dies without passing a signal on, we are
// re-parented: stop everything rather than leave a chain running that nobody can stop.
const parentPid = process.ppid;
setInterval(() => {
  if (process.ppid !== parentPid) void shutdown(0);
}, 1_000).unref();

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function rpc(method: string, params: unknown[] = []): Promise<unknown> {
  const response = await fetch(RPC_URL, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
    signal: AbortSignal.timeout(2_000),
  });
  const body = (await response.json()) as { result?: unknown; error?: { message: string } };
  if (body.error) throw new Error(body.error.message);
  return body.result;
}

async function portAnswers(): Promise<boolean> {
  try {
    await rpc("eth_chainId");
    return true;
  } catch {
    return false;
  }
}

async function waitForNode(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) return;
    if (await portAnswers()) return;
    await sleep(250);
  }
  throw new Error(`hardhat node did not answer on ${RPC_URL} within ${timeoutMs / 1000}s; see ${nodeLog}`);
}

/** Runs `hardhat run <script> --network localhost` and resolves when it succeeds. */
function runStep(name: string, script: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = start(name, [hardhatCli, "run", script, "--network", "localhost"], "inherit");
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${name} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

/** The local Safe proposal service: owners of a Safe share proposals and signatures through it. */
async function startSafeProposals(): Promise<string> {
  const url = `http://${HOST}:${PROPOSALS_PORT}`;
  const logFd = openSync(proposalsLog, "w");
  start(
    "safe proposals",
    [
      path.join(root, "indexer", "src", "safe-proposals", "main.ts"),
      "--rpc",
      RPC_URL,
      "--port",
      String(PROPOSALS_PORT),
      "--data",
      proposalsFile,
    ],
    logFd,
  );
  closeSync(logFd);
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline && !stopping) {
    try {
      if ((await fetch(`${url}/health`, { signal: AbortSignal.timeout(1_000) })).ok) return url;
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  throw new Error(`the Safe proposal service did not answer on ${url}; see ${proposalsLog}`);
}

// ---------------------------------------------------------------------------------------------
// The indexer (with the API) and the dApp. `start()` registers each child, so Ctrl-C stops it
// like the node.
// ---------------------------------------------------------------------------------------------

/**
 * The indexer on its embedded store (PGlite under .citysync/indexer, emptied on each run since the chain
 * is fresh), following RPC_URL; returns its status URL once it answers.
 */
async function startIndexer(): Promise<string | undefined> {
  if (!withDeploy) {
    log("--no-deploy: the indexer and its API are not started (they need the ledger).");
    return undefined;
  }
  const dataDir = path.join(stateDir, "indexer");
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(`${dataDir}.writer.lock`, { force: true });
  const url = `http://${HOST}:${INDEXER_STATUS_PORT}/status`;
  // The indexer process also serves the HTTP API and runs the webhook worker (fan-out to the
  // outbox, delivery, retries): PGlite lives in that process, nothing else can reach the outbox.
  process.env.CITYSYNC_API_PORT = String(API_PORT);
  process.env.WEBHOOK_WORKER ??= "1";
  // A local chain changes its past only when someone reverts it on purpose (and `npm start` always
  // begins a fresh one), so its blocks are final at once: a checkpoint stored from the dApp can
  // back a revocation or refund proof straight away instead of after 64 more blocks.
  process.env.INDEXER_FINALITY_DEPTH ??= "0";
  const logFd = openSync(indexerLog, "w");
  start(
    "indexer",
    [
      path.join(root, "indexer", "src", "commands", "main.ts"),
      "start",
      "--rpc",
      RPC_URL,
      "--data-dir",
      dataDir,
      "--port",
      String(INDEXER_STATUS_PORT),
    ],
    logFd,
  );
  closeSync(logFd);
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline && !stopping) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1_000) })).ok) {
        await waitForApi();
        return url;
      }
    } catch {
      // Not listening yet (PGlite creates its database on the first run).
    }
    await sleep(300);
  }
  throw new Error(`the indexer did not answer on ${url}; see ${indexerLog}`);
}

/** Waits for the API the indexer serves, then prints its URL and its reference page's. */
async function waitForApi(): Promise<void> {
  const apiUrl = `http://${HOST}:${API_PORT}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && !stopping) {
    try {
      if ((await fetch(`${apiUrl}/health`, { signal: AbortSignal.timeout(1_000) })).ok) {
        log(`API ${apiUrl} (reference: ${apiUrl}/docs, OpenAPI: ${apiUrl}/openapi.json)`);
        return;
      }
    } catch {
      // Not listening yet.
    }
    await sleep(300);
  }
  log(`the API did not answer on ${apiUrl}; see ${indexerLog}`);
}

/**
 * Builds the dApp against this chain (the ledger's address comes from the bindings the deploy
 * step just regenerated) and serves it with the local redemption relayer, which submits
 * residents' signed redemptions with the seed's "relayer" key.
 */
async function startDapp(indexerUrl: string | undefined): Promise<string | undefined> {
  if (!withDeploy) {
    log("--no-deploy: the dApp is not served (it needs the ledger).");
    return undefined;
  }
  const url = `http://${HOST}:${DAPP_PORT}`;
  const frontend = path.join(root, "frontend");
  const record = JSON.parse(readFileSync(path.join(root, "deployments", `${CHAIN_ID}.json`), "utf8")) as {
    contracts: Record<string, { address: string; blockNumber: number }>;
  };
  const ledger = record.contracts.CivicLedger;
  if (!ledger) throw new Error(`deployments/${CHAIN_ID}.json has no CivicLedger; the dApp cannot start.`);
  log(`building the dApp (vite build); log: ${path.relative(root, dappLog)}`);
  const buildLog = openSync(dappLog, "w");
  const build = spawn(
    process.execPath,
    [path.join(root, "node_modules", "vite", "bin", "vite.js"), "build"],
    {
      cwd: frontend,
      stdio: ["ignore", buildLog, buildLog],
      env: {
        ...process.env,
        VITE_RPC_URL: RPC_URL,
        VITE_LEDGER_ADDRESS: ledger.address,
        VITE_LEDGER_FROM_BLOCK: String(ledger.blockNumber),
        VITE_SAFE_PROPOSALS_URL: `http://${HOST}:${PROPOSALS_PORT}`,
        // The API is served by the indexer's process: only when the indexer started.
        ...(indexerUrl ? { VITE_API_URL: local.apiUrl } : {}),
      },
    },
  );
  children.add(build);
  const code = await new Promise<number | null>((resolve) => build.on("exit", resolve));
  children.delete(build);
  closeSync(buildLog);
  if (code !== 0) throw new Error(`the dApp build failed (exit ${code}); see ${dappLog}`);
  const serveLog = openSync(dappLog, "a");
  start(
    "dApp",
    [
      path.join(frontend, "scripts", "serve.ts"),
      "--host",
      HOST,
      "--port",
      String(DAPP_PORT),
      "--rpc",
      RPC_URL,
      "--ledger",
      ledger.address,
      "--relayer-key",
      localAccount(seedFromEnv(), "relayer").privateKey,
    ],
    serveLog,
  );
  closeSync(serveLog);
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline && !stopping) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1_000) })).ok) return url;
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  throw new Error(`the dApp did not answer on ${url}; see ${dappLog}`);
}

interface SeedSummaryAccounts {
  accounts?: { role: string; address: string; privateKey: string }[];
}

function printReady(proposalsUrl: string, indexerUrl: string | undefined, dappUrl: string | undefined): void {
  const seed = seedFromEnv();
  const lines: string[] = [];
  lines.push("", "\u001b[1;32mCity/Sync local network is ready (fresh chain).\u001b[0m", "");
  lines.push(`  JSON-RPC     ${RPC_URL}   (chain id ${CHAIN_ID}, OP-stack, Hardhat node)`);
  lines.push(`  Safe proposals ${proposalsUrl}   (npm run safe -- --help)`);
  lines.push(`  Indexer      ${indexerUrl ?? "not started (nothing deployed)"}`);
  if (indexerUrl) {
    lines.push(
      `  API          ${local.apiUrl}   (reference ${local.apiUrl}/docs, OpenAPI ${local.apiUrl}/openapi.json)`,
    );
  }
  lines.push(`  dApp         ${dappUrl ?? "not served (nothing deployed)"}`);
  lines.push(
    withDeploy
      ? `  Addresses    deployments/${CHAIN_ID}.json, bindings in sdk/src/generated/contracts.ts`
      : "  Addresses    nothing deployed (--no-deploy): npm run deploy -- --network localhost",
  );
  lines.push(`  Node log     ${path.relative(root, nodeLog)}`);
  if (withSeed) lines.push(`  Seed report  ${path.relative(root, seedSummaryFile)} (seed "${seed}")`);
  lines.push("", "Test accounts (local chain only: these keys are public):");
  let accounts: { role: string; address: string; privateKey: string }[] = [];
  if (withSeed && existsSync(seedSummaryFile)) {
    accounts = (JSON.parse(readFileSync(seedSummaryFile, "utf8")) as SeedSummaryAccounts).accounts ?? [];
  } else {
    accounts = safeOwnerAccounts(seed, NETWORK_ADMIN_ROLE).map((a, i) => ({
      role: `network admin Safe owner ${i + 1}/3`,
      address: a.address,
      privateKey: a.privateKey,
    }));
  }
  const width = Math.max(...accounts.map((a) => a.role.length), 10);
  for (const a of accounts) lines.push(`  ${a.role.padEnd(width)}  ${a.address}  ${a.privateKey}`);
  lines.push(
    "",
    `Browser wallet (MetaMask, Rabby…): add a network with RPC URL ${RPC_URL}, chain id`,
    `${CHAIN_ID}, currency ETH; then 'Import account' and paste one private key above. After each restart`,
    "(fresh chain) reset the account's activity/nonce in the wallet (MetaMask: Settings > Advanced >",
    "Clear activity tab data).",
    "",
    "Press Ctrl-C to stop everything.",
    "",
  );
  console.log(lines.join("\n"));
}

async function main(): Promise<void> {
  // This command always starts a fresh chain: never attach to whatever already listens.
  for (const port of [PORT, PROPOSALS_PORT]) {
    if (!(await portIsFree(port, HOST))) throw new Error(describePortHolder(port, HOST));
  }
  mkdirSync(stateDir, { recursive: true });
  // A fresh chain: forget the previous run's local Ignition journal and deployment record.
  rmSync(path.join(root, "ignition", "deployments", `chain-${CHAIN_ID}`), { recursive: true, force: true });
  rmSync(path.join(root, "deployments", `${CHAIN_ID}.json`), { force: true });
  rmSync(seedSummaryFile, { force: true });
  rmSync(proposalsFile, { force: true }); // proposals of a previous chain mean nothing on a fresh one

  log(`starting hardhat node (fresh chain, OP-stack) on ${RPC_URL}; log: ${path.relative(root, nodeLog)}`);
  const logFd = openSync(nodeLog, "w");
  start(
    "hardhat node",
    [hardhatCli, "node", "--chain-type", "op", "--hostname", HOST, "--port", String(PORT)],
    logFd,
  );
  closeSync(logFd);
  await waitForNode(60_000);
  log(`node is up: chain id ${Number(await rpc("eth_chainId"))}`);

  if (withDeploy) {
    log("deploying Safe v1.4.1, the network admin Safe and the ledger…");
    await runStep("deploy", "scripts/deploy.ts");
  } else {
    log("--no-deploy: the chain stays empty.");
  }
  if (withSeed) {
    log("seeding the pilot (Berkeley, Mexico City) through Safe transactions…");
    await runStep("seed", "scripts/seed/main.ts");
  } else if (withDeploy) {
    log("--no-seed: skipping the pilot data.");
  }

  const proposalsUrl = await startSafeProposals();
  const indexerUrl = await startIndexer();
  const dappUrl = await startDapp(indexerUrl);
  printReady(proposalsUrl, indexerUrl, dappUrl);
}

main().catch((error: unknown) => {
  if (stopping) return;
  if (children.size === 0) exitWithError(error, 1);
  console.error(
    verbose && error instanceof Error ? error.stack : error instanceof Error ? error.message : error,
  );
  void shutdown(1);
});
