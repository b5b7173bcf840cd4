/**
 * A local OP-stack `hardhat node` on a given port with City/Sync deployed and (optionally) the pilot
 * seeded through real Safe transactions: what the indexer's tests and benchmark run against.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { openSync } from "node:fs";
import path from "node:path";

import type { Hex } from "viem";

import { repoRoot } from "../config/config.ts";

export interface LocalChain {
  url: string;
  chainId: number;
  ledger: Hex;
  startBlock: bigint;
  /** Hardhat connection to the node (ethers signers, Safe helpers of the seed). */
  connection: unknown;
  deployment: unknown;
  rpc<T = unknown>(method: string, params?: unknown[]): Promise<T>;
  stop(): Promise<void>;
}

async function rpcCall<T>(url: string, method: string, params: unknown[] = []): Promise<T> {
  let response: Response;
  for (let attempt = 0; ; attempt++) {
    try {
      response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
        signal: AbortSignal.timeout(30_000),
      });
      break;
    } catch (error) {
      // A loaded node closes idle keep-alive sockets: the request never reached it, send it again.
      if (attempt >= 3 || !/other side closed|ECONNRESET/.test(String((error as Error).cause ?? error)))
        throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const body = (await response.json()) as { result?: T; error?: { message: string } };
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result as T;
}

export async function startNode(port: number): Promise<{ url: string; child: ChildProcess }> {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [
      path.join(repoRoot, "node_modules", ".bin", "hardhat"),
      "node",
      "--chain-type",
      "op",
      "--hostname",
      "127.0.0.1",
      "--port",
      String(port),
    ],
    {
      cwd: repoRoot,
      // INDEXER_TEST_NODE_LOG=file keeps the node's output for debugging.
      stdio: process.env.INDEXER_TEST_NODE_LOG
        ? ["ignore", openSync(process.env.INDEXER_TEST_NODE_LOG, "w"), "inherit"]
        : "ignore",
      detached: true,
    },
  );
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      await rpcCall(url, "eth_chainId");
      return { url, child };
    } catch {
      if (child.exitCode !== null) throw new Error(`hardhat node on port ${port} exited (${child.exitCode})`);
      if (Date.now() > deadline) throw new Error(`hardhat node did not answer on ${url}`);
      await new Promise((r) => setTimeout(r, 300));
    }
  }
}

export function stopProcessGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return resolve();
    child.once("exit", () => resolve());
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      resolve();
    }
  });
}

/** Starts a node, deploys City/Sync (and seeds the pilot unless `seed: false`). */
export async function startLocalChain(port: number, options: { seed?: boolean } = {}): Promise<LocalChain> {
  const { url, child } = await startNode(port);
  try {
    const cwd = process.cwd();
    process.chdir(repoRoot); // Hardhat reads the project's config from the working directory.
    const { network } = await import("hardhat");
    const { deployCitySync } = await import(path.join(repoRoot, "scripts/lib/deploy-system.ts"));
    const { seedFromEnv } = await import(path.join(repoRoot, "scripts/lib/local-accounts.ts"));
    const connection = await network.create({ network: "localhost", override: { url } });
    process.chdir(cwd);
    const seed = seedFromEnv();
    const deployment = await deployCitySync(connection, { seed });
    const ledger = deployment.record.contracts.CivicLedger as { address: Hex; blockNumber: number };
    if (options.seed !== false) {
      const { seedPilot } = await import(path.join(repoRoot, "scripts/seed/seed.ts"));
      await seedPilot(connection, deployment, { seed });
    }
    return {
      url,
      chainId: deployment.chainId as number,
      ledger: ledger.address,
      startBlock: BigInt(ledger.blockNumber),
      connection,
      deployment,
      rpc: (method, params) => rpcCall(url, method, params),
      async stop() {
        await (connection as { close?: () => Promise<void> }).close?.();
        await stopProcessGroup(child);
      },
    };
  } catch (error) {
    await stopProcessGroup(child);
    throw error;
  }
}
