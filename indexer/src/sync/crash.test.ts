import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

import { expect } from "chai";

import { attestByDelegate, pilotActors } from "../testing/chain-actions.ts";
import { indexToHead } from "../testing/index-chain.ts";
import { sharedChain } from "../testing/shared-chain.ts";
import { STORE_KINDS, type TestStore, createTestStore, snapshotTables } from "../testing/stores.ts";

const main = path.join(import.meta.dirname, "..", "commands", "main.ts");
const KILLS = 10;

/** Starts `indexer start` as a child; resolves once it logs that it is syncing. */
function startIndexer(
  chain: { url: string; ledger: string; startBlock: bigint },
  store: TestStore,
): Promise<ChildProcess> {
  const args = [main, "start", "--rpc", chain.url];
  if (store.location.databaseUrl) args.push("--database-url", store.location.databaseUrl);
  else args.push("--data-dir", store.location.dataDir);
  const child = spawn(process.execPath, args, {
    stdio: ["ignore", "ignore", "pipe"],
    env: {
      ...process.env,
      INDEXER_LEDGER_ADDRESS: chain.ledger,
      INDEXER_START_BLOCK: String(chain.startBlock),
      // Tiny ranges: the backfill of the pilot takes dozens of transactions, so kills land inside it.
      INDEXER_INITIAL_RANGE: "2",
      INDEXER_MAX_RANGE: "2",
      INDEXER_POLL_MS: "20",
      LOG_LEVEL: "info",
    },
  });
  return new Promise((resolve, reject) => {
    let seen = "";
    child.stderr!.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes('"msg":"indexer start"')) resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`indexer exited early (${code}): ${seen.slice(-500)}`)));
  });
}

function kill9(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.removeAllListeners("exit");
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });
}

describe("crash safety", function () {
  this.timeout(900_000);

  for (const kind of STORE_KINDS) {
    it(`${kind}: SIGKILL at ${KILLS} random points of backfill and follow loses and duplicates nothing`, async () => {
      const chain = await sharedChain();
      const base = await chain.rpc<string>("evm_snapshot");
      const crashed = await createTestStore(kind);
      const fresh = await createTestStore(kind);
      let random = 42;
      const next = () => (random = (random * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
      try {
        for (let i = 0; i < KILLS; i++) {
          const child = await startIndexer(chain, crashed);
          // During follow (later rounds), new records keep arriving.
          if (i >= KILLS / 2) {
            const s = await fresh.open();
            try {
              await indexToHead(s, chain);
              const actors = await pilotActors(s);
              await attestByDelegate(chain, actors, [[i % 8, 1n]], `crash-${i}`);
            } finally {
              await s.close();
            }
          }
          await new Promise((r) => setTimeout(r, 50 + next() * 1_500));
          await kill9(child);
        }
        // The crashed store resumes; a store indexed once from scratch is the reference.
        const store = await crashed.open();
        const reference = await fresh.open();
        try {
          await indexToHead(store, chain);
          await indexToHead(reference, chain);
          expect(await snapshotTables(store)).to.deep.equal(await snapshotTables(reference));
        } finally {
          await store.close();
          await reference.close();
        }
      } finally {
        await crashed.destroy();
        await fresh.destroy();
        await chain.rpc("evm_revert", [base]);
      }
    });
  }
});
