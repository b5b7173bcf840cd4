/**
 * Indexer configuration: where the chain is (RPC), which ledger and from which block (the deployment
 * record of the chain id, as the generated bindings and `deployments/<chainId>.json` give it), where
 * the store is, and the sync knobs. Environment variables override the defaults; the CLI overrides both.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import { deployments } from "@citysync/sdk/contracts";
import { type Address, getAddress, isAddress } from "viem";

export const repoRoot = path.resolve(import.meta.dirname, "..", "..", "..");

export interface IndexerConfig {
  rpcUrl: string;
  /** WebSocket endpoint for `newHeads`; polling when absent. */
  wsUrl: string | undefined;
  chainId: number | undefined;
  ledger: Address | undefined;
  startBlock: bigint | undefined;
  /** PostgreSQL when set; PGlite in `dataDir` otherwise. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Blocks behind the head considered final when the node has no `finalized` tag. */
  finalityDepth: bigint;
  /** Use the node's `finalized` tag when it answers. */
  useFinalizedTag: boolean;
  pollIntervalMs: number;
  /** Accounts kept in memory between ranges; the others are read from the store when a range names them. */
  accountCacheSize: number;
  /** First eth_getLogs range (blocks); grows and shrinks with the provider. */
  initialRange: bigint;
  maxRange: bigint;
  /** Port of the status endpoint (0 = none). */
  statusPort: number;
  statusHost: string;
}

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

function intFrom(name: string, raw: string | undefined, fallback: bigint): bigint {
  if (raw === undefined || raw === "") return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name} must be a non-negative integer, got "${raw}"`);
  return BigInt(raw);
}

/** The ledger address and deploy block of a chain, from deployments/<chainId>.json or the bindings. */
export function deploymentOf(chainId: number): { ledger: Address; startBlock: bigint } | undefined {
  const file = path.join(repoRoot, "deployments", `${chainId}.json`);
  if (existsSync(file)) {
    const record = JSON.parse(readFileSync(file, "utf8")) as {
      contracts?: Record<string, { address: string; blockNumber: number }>;
    };
    const entry = record.contracts?.CivicLedger;
    if (entry) return { ledger: getAddress(entry.address), startBlock: BigInt(entry.blockNumber) };
  }
  const generated = deployments[chainId]?.CivicLedger;
  if (generated) return { ledger: getAddress(generated.address), startBlock: BigInt(generated.blockNumber) };
  return undefined;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): IndexerConfig {
  const ledger = env.INDEXER_LEDGER_ADDRESS;
  if (ledger !== undefined && ledger !== "" && !isAddress(ledger)) {
    throw new ConfigError(`INDEXER_LEDGER_ADDRESS is not an address: "${ledger}"`);
  }
  return {
    rpcUrl: env.INDEXER_RPC_URL ?? env.RPC_URL ?? "http://127.0.0.1:8545",
    wsUrl: env.INDEXER_WS_URL || undefined,
    chainId: env.INDEXER_CHAIN_ID ? Number(intFrom("INDEXER_CHAIN_ID", env.INDEXER_CHAIN_ID, 0n)) : undefined,
    ledger: ledger ? getAddress(ledger) : undefined,
    startBlock: env.INDEXER_START_BLOCK
      ? intFrom("INDEXER_START_BLOCK", env.INDEXER_START_BLOCK, 0n)
      : undefined,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.INDEXER_DATA_DIR ?? path.join(repoRoot, ".citysync", "indexer"),
    finalityDepth: intFrom("INDEXER_FINALITY_DEPTH", env.INDEXER_FINALITY_DEPTH, 64n),
    useFinalizedTag: env.INDEXER_FINALIZED_TAG !== "0",
    pollIntervalMs: Number(intFrom("INDEXER_POLL_MS", env.INDEXER_POLL_MS, 100n)),
    accountCacheSize: Number(intFrom("INDEXER_ACCOUNT_CACHE", env.INDEXER_ACCOUNT_CACHE, 50_000n)),
    initialRange: intFrom("INDEXER_INITIAL_RANGE", env.INDEXER_INITIAL_RANGE, 2_000n),
    maxRange: intFrom("INDEXER_MAX_RANGE", env.INDEXER_MAX_RANGE, 50_000n),
    statusPort: Number(intFrom("INDEXER_STATUS_PORT", env.INDEXER_STATUS_PORT, 0n)),
    statusHost: env.INDEXER_STATUS_HOST ?? "127.0.0.1",
  };
}
