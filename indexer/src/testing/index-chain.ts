/** Runs the sync engine against a chain into a store, in-process (tests and the benchmark). */
import pino from "pino";

import type { Store } from "../store/store.ts";
import { type EngineOptions, SyncEngine } from "../sync/engine.ts";
import { RpcClient } from "../sync/rpc.ts";
import type { LocalChain } from "./local-chain.ts";

export const silentLog = pino({ level: process.env.INDEXER_TEST_LOG ?? "silent" });

export async function engineFor(
  store: Store,
  chain: Pick<LocalChain, "url" | "chainId" | "ledger" | "startBlock">,
  options: Partial<EngineOptions> & { rpcUrl?: string } = {},
): Promise<SyncEngine> {
  const rpc = new RpcClient(options.rpcUrl ?? chain.url, {
    log: options.log ?? silentLog,
    baseDelayMs: 20,
    maxDelayMs: 200,
    timeoutMs: 5_000,
  });
  const engine = new SyncEngine({
    store,
    rpc,
    log: silentLog,
    chainId: chain.chainId,
    ledger: chain.ledger,
    startBlock: chain.startBlock,
    finalityDepth: 64n,
    useFinalizedTag: false,
    initialRange: 1_000n,
    maxRange: 10_000n,
    pollIntervalMs: 20,
    ...options,
  });
  await engine.init();
  return engine;
}

/** Indexes the chain up to its current head. */
export async function indexToHead(
  store: Store,
  chain: Pick<LocalChain, "url" | "chainId" | "ledger" | "startBlock">,
  options: Partial<EngineOptions> & { rpcUrl?: string } = {},
): Promise<SyncEngine> {
  const engine = await engineFor(store, chain, options);
  await engine.run({ follow: false });
  return engine;
}
