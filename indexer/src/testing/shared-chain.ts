/**
 * One seeded local chain for the whole test run (starting one costs half a minute on a shared machine),
 * started on first use on port 38545 and stopped by the root hook after the last test.
 */
import { type LocalChain, startLocalChain } from "./local-chain.ts";

export const TEST_CHAIN_PORT = Number(process.env.INDEXER_TEST_CHAIN_PORT ?? 38545);

let chain: Promise<LocalChain> | undefined;

export function sharedChain(): Promise<LocalChain> {
  chain ??= startLocalChain(TEST_CHAIN_PORT);
  return chain;
}

export const mochaHooks = {
  async afterAll(): Promise<void> {
    if (chain) await (await chain).stop();
  },
};
