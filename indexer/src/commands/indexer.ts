/**
 * Opening an indexer from the configuration: the store (migrated), the RPC client and the sync engine
 * bound to the ledger of the chain the RPC serves.
 */
import pino, { type Logger } from "pino";
import type { Hex } from "viem";

import { ConfigError, type IndexerConfig, deploymentOf } from "../config/config.ts";
import { migrate } from "../schema/migrate.ts";
import { openStore } from "../store/open-store.ts";
import type { Store } from "../store/store.ts";
import { type EngineOptions, SyncEngine, readPosition } from "../sync/engine.ts";
import { wsUrlOf } from "../sync/new-heads.ts";
import { RpcClient } from "../sync/rpc.ts";

export function createLogger(): Logger {
  return pino(
    { level: process.env.LOG_LEVEL ?? "info", base: { service: "indexer" } },
    pino.destination({ dest: 2, sync: true }),
  );
}

export async function openConfiguredStore(config: IndexerConfig): Promise<Store> {
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrate(store);
  return store;
}

/** Chain id, ledger and deploy block: the store's, the configuration's, or the deployment record's. */
export async function resolveTarget(
  config: IndexerConfig,
  rpc: RpcClient,
  store: Store,
): Promise<{ chainId: number; ledger: Hex; startBlock: bigint }> {
  const chainId = config.chainId ?? Number(await rpc.call<Hex>("eth_chainId"));
  const existing = await readPosition(store);
  const deployed = deploymentOf(chainId);
  const ledger =
    config.ledger ?? deployed?.ledger ?? (existing?.chainId === chainId ? existing.ledger : undefined);
  if (!ledger) {
    throw new ConfigError(
      `no CivicLedger deployment known for chain ${chainId}: deploy first (deployments/${chainId}.json) or set INDEXER_LEDGER_ADDRESS`,
    );
  }
  const startBlock = config.startBlock ?? deployed?.startBlock ?? existing?.startBlock ?? 0n;
  return { chainId, ledger, startBlock };
}

export async function createEngine(
  config: IndexerConfig,
  store: Store,
  log: Logger,
  extra: Partial<EngineOptions> = {},
): Promise<SyncEngine> {
  const rpc = new RpcClient(config.rpcUrl, { log });
  const target = await resolveTarget(config, rpc, store);
  const engine = new SyncEngine({
    store,
    rpc,
    log,
    ...target,
    finalityDepth: config.finalityDepth,
    // A local dev chain has no meaningful finality (evm_revert rewrites anything): use the depth.
    useFinalizedTag: config.useFinalizedTag && target.chainId !== 31337,
    initialRange: config.initialRange,
    maxRange: config.maxRange,
    pollIntervalMs: config.pollIntervalMs,
    accountCacheSize: config.accountCacheSize,
    wsUrl: config.wsUrl ?? wsUrlOf(config.rpcUrl),
    ...extra,
  });
  await engine.init();
  return engine;
}
