/**
 * The real local stack for end-to-end runs, on the frontend's ports: `hardhat node` (58545),
 * deploy + seed through the project's own deployment and seed code, the indexer on a fresh
 * embedded store serving the HTTP API (58553), a production build of the dApp pointed at that
 * chain and that API, and the dApp server with its relayer (58550).
 *
 * E2E_REUSE=1 keeps a running node and stack file (/tmp/citysync-e2e-stack.json) between runs
 * while developing; by default everything is fresh and stopped at the end.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import type { Hex } from "viem";

export const RPC_PORT = Number(process.env.E2E_RPC_PORT ?? 58545);
export const DAPP_PORT = Number(process.env.E2E_DAPP_PORT ?? 58550);
export const RPC_URL = `http://127.0.0.1:${RPC_PORT}`;
export const DAPP_URL = `http://127.0.0.1:${DAPP_PORT}`;
export const PROPOSALS_PORT = Number(process.env.E2E_PROPOSALS_PORT ?? 58551);
export const PROPOSALS_URL = `http://127.0.0.1:${PROPOSALS_PORT}`;
export const API_PORT = Number(process.env.E2E_API_PORT ?? 58553);
export const API_URL = `http://127.0.0.1:${API_PORT}`;
export const CHAIN_ID = 31337;

const frontend = path.resolve(import.meta.dirname, "..");
const root = path.resolve(frontend, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const STACK_FILE = process.env.E2E_STACK_FILE ?? "/tmp/citysync-e2e-stack.json";

/** Where the deployment record and seed summary of the running stack are. */
export function stackFile(): string {
  return STACK_FILE;
}

export interface StackAccount {
  role: string;
  address: Hex;
  privateKey: Hex;
}

export interface Stack {
  ledger: Hex;
  ledgerBlock: number;
  accounts: StackAccount[];
  summary: {
    cities: {
      id: number;
      code: string;
      organizations: { id: number; name: string; safe: string; owners: string[] }[];
    }[];
  };
  account: (role: string) => StackAccount;
  stop: () => Promise<void>;
}

function run(command: string, args: string[], env: Record<string, string> = {}, cwd = root): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ["ignore", "inherit", "inherit"],
    });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited ${code}`)),
    );
  });
}

function background(
  command: string,
  args: string[],
  cwd = root,
  env: Record<string, string> = {},
): ChildProcess {
  return spawn(command, args, {
    cwd,
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, ...env },
  });
}

/** The API has indexed the chain up to its head as it was when the wait began. */
async function apiCaughtUp(head: bigint): Promise<boolean> {
  try {
    const response = await fetch(`${API_URL}/health`, { signal: AbortSignal.timeout(1_500) });
    if (!response.ok) return false;
    const health = (await response.json()) as { indexedBlock: string | null };
    return health.indexedBlock !== null && BigInt(health.indexedBlock) >= head;
  } catch {
    return false;
  }
}

async function chainHead(): Promise<bigint> {
  const response = await fetch(RPC_URL, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_blockNumber", params: [] }),
  });
  return BigInt(((await response.json()) as { result: string }).result);
}

async function answers(url: string, body?: string): Promise<boolean> {
  try {
    const response = await fetch(url, {
      method: body ? "POST" : "GET",
      headers: { "content-type": "application/json" },
      ...(body ? { body } : {}),
      signal: AbortSignal.timeout(1_500),
    });
    return response.ok;
  } catch {
    return false;
  }
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${what} did not come up within ${timeoutMs / 1000}s`);
}

const chainAnswers = () =>
  answers(RPC_URL, JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_chainId", params: [] }));

function stop(child: ChildProcess | undefined): void {
  if (child?.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
  }
}

export async function startStack(): Promise<Stack> {
  const reuse = process.env.E2E_REUSE === "1" && existsSync(STACK_FILE) && (await chainAnswers());
  let node: ChildProcess | undefined;
  if (!reuse) {
    if (await chainAnswers())
      throw new Error(`Something already answers on ${RPC_URL}; stop it or set E2E_REUSE=1.`);
    node = background(bin("hardhat"), [
      "node",
      "--chain-type",
      "op",
      "--hostname",
      "127.0.0.1",
      "--port",
      String(RPC_PORT),
    ]);
    await waitFor("hardhat node", chainAnswers, 90_000);
    // Proposals kept from an earlier chain would sit at this fresh chain's Safe nonces.
    rmSync(`${STACK_FILE}.proposals.json`, { force: true });
    await run(bin("hardhat"), ["run", "scripts/e2e/deploy-seed.ts"], {
      E2E_RPC_URL: RPC_URL,
      E2E_OUT: STACK_FILE,
    });
  }
  const data = JSON.parse(readFileSync(STACK_FILE, "utf8")) as {
    record: { contracts: Record<string, { address: Hex; blockNumber: number }> };
    summary: Stack["summary"] & { accounts: StackAccount[] };
  };
  const ledger = data.record.contracts.CivicLedger!;
  const accounts = data.summary.accounts;
  const account = (role: string) => {
    const found = accounts.find((a) => a.role.startsWith(role));
    if (!found) throw new Error(`No seed account whose role starts with "${role}".`);
    return found;
  };
  const proposals = background(process.execPath, [
    path.join(root, "indexer", "src", "safe-proposals", "main.ts"),
    "--rpc",
    RPC_URL,
    "--port",
    String(PROPOSALS_PORT),
    "--data",
    `${STACK_FILE}.proposals.json`,
  ]);
  await waitFor("Safe proposal service", () => answers(`${PROPOSALS_URL}/health`), 20_000);
  // The indexer, on a fresh embedded store, serves the API the dApp's lists come from.
  const indexerData = mkdtempSync(path.join(os.tmpdir(), "citysync-e2e-indexer-"));
  const indexer = background(
    process.execPath,
    [
      path.join(root, "indexer", "src", "commands", "main.ts"),
      "start",
      "--rpc",
      RPC_URL,
      "--data-dir",
      indexerData,
    ],
    root,
    {
      CITYSYNC_API_PORT: String(API_PORT),
      INDEXER_LEDGER_ADDRESS: ledger.address,
      INDEXER_START_BLOCK: String(ledger.blockNumber),
      // As under `npm start`: the local chain's blocks are final at once (nothing reverts it here).
      INDEXER_FINALITY_DEPTH: "0",
      LOG_LEVEL: "warn",
    },
  );
  const head = await chainHead();
  await waitFor("the indexer's API", () => apiCaughtUp(head), 120_000);
  await run(
    bin("vite"),
    ["build", "--outDir", "dist/e2e", "--manifest", "--logLevel", "warn"],
    {
      VITE_RPC_URL: RPC_URL,
      VITE_SAFE_PROPOSALS_URL: PROPOSALS_URL,
      VITE_LEDGER_ADDRESS: ledger.address,
      VITE_LEDGER_FROM_BLOCK: String(ledger.blockNumber),
      VITE_API_URL: API_URL,
    },
    frontend,
  );
  const server = background(process.execPath, [
    path.join(frontend, "scripts", "serve.ts"),
    "--port",
    String(DAPP_PORT),
    "--rpc",
    RPC_URL,
    "--ledger",
    ledger.address,
    "--relayer-key",
    account("relayer").privateKey,
    "--dist",
    path.join(frontend, "dist", "e2e"),
  ]);
  await waitFor("dApp server", () => answers(DAPP_URL), 20_000);
  return {
    ledger: ledger.address,
    ledgerBlock: ledger.blockNumber,
    accounts,
    summary: data.summary,
    account,
    stop: async () => {
      stop(server);
      // The indexer first, so it does not log the chain's disappearance as sync failures.
      const indexerExited = new Promise((resolve) => {
        if (indexer.exitCode !== null) resolve(undefined);
        else indexer.once("exit", resolve);
      });
      stop(indexer);
      await Promise.race([indexerExited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      stop(proposals);
      if (process.env.E2E_REUSE !== "1") stop(node);
      rmSync(indexerData, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    },
  };
}
