import { expect } from "chai";

import { attestByDelegate, pilotActors } from "../testing/chain-actions.ts";
import { startFaultProxy } from "../testing/fault-proxy.ts";
import { indexToHead } from "../testing/index-chain.ts";
import { sharedChain } from "../testing/shared-chain.ts";
import { STORE_KINDS, createTestStore, snapshotTables } from "../testing/stores.ts";
import { metrics } from "./metrics.ts";

const PROXY_PORT = 38550;

describe("RPC faults", function () {
  this.timeout(600_000);

  for (const kind of STORE_KINDS) {
    it(`${kind}: converges to a fresh index through a provider that delays, drops, refuses and truncates`, async () => {
      const chain = await sharedChain();
      const base = await chain.rpc<string>("evm_snapshot");
      const proxy = await startFaultProxy(chain.url, PROXY_PORT, { faultEvery: 3, maxLogRange: 20 });
      const faulty = await createTestStore(kind);
      const fresh = await createTestStore(kind);
      const store = await faulty.open();
      const freshStore = await fresh.open();
      try {
        const retriesBefore = (await metrics.rpcRetries.get()).values.reduce((s, v) => s + v.value, 0);
        const shrinksBefore = (await metrics.rangeShrinks.get()).values[0]?.value ?? 0;
        const engine = await indexToHead(store, chain, { rpcUrl: proxy.url, initialRange: 100n });
        // Follow a few more blocks through the proxy.
        const actors = await pilotActors(store);
        for (let i = 0; i < 3; i++) await attestByDelegate(chain, actors, [[i, 1n]], `fault-${i}`);
        await engine.run({ follow: false });

        await indexToHead(freshStore, chain);
        expect(await snapshotTables(store)).to.deep.equal(await snapshotTables(freshStore));
        const retries =
          (await metrics.rpcRetries.get()).values.reduce((s, v) => s + v.value, 0) - retriesBefore;
        expect(retries).to.be.greaterThan(5);
        expect(((await metrics.rangeShrinks.get()).values[0]?.value ?? 0) - shrinksBefore).to.be.greaterThan(
          0,
        );
        expect(
          proxy.counts.drop + proxy.counts.truncate + proxy.counts["429"] + proxy.counts["500"],
        ).to.be.greaterThan(0);
      } finally {
        await proxy.close();
        await store.close();
        await freshStore.close();
        await faulty.destroy();
        await fresh.destroy();
        await chain.rpc("evm_revert", [base]);
      }
    });
  }
});
