import { expect } from "chai";
import { privateKeyToAccount } from "viem/accounts";

import { verifyStore } from "../commands/verify.ts";
import { attestByDelegate, pilotActors, redeem, revokeThroughSafe } from "../testing/chain-actions.ts";
import { indexToHead } from "../testing/index-chain.ts";
import { sharedChain } from "../testing/shared-chain.ts";
import { STORE_KINDS, createTestStore, snapshotTables } from "../testing/stores.ts";
import { metrics } from "./metrics.ts";
import { RpcClient } from "./rpc.ts";

describe("reorg on the local node", function () {
  this.timeout(600_000);

  for (const kind of STORE_KINDS) {
    it(`${kind}: rolls a replaced branch back to the common ancestor and equals a fresh index`, async () => {
      const chain = await sharedChain();
      const base = await chain.rpc<string>("evm_snapshot");
      const live = await createTestStore(kind);
      const fresh = await createTestStore(kind);
      const store = await live.open();
      try {
        const engine = await indexToHead(store, chain);
        const actors = await pilotActors(store);
        const [org] = await store.query("SELECT next_seq FROM organizations WHERE org_id = $1", [
          actors.libraryOrgId,
        ]);
        const firstSeq = org!.next_seq as bigint;
        const forkBlock = BigInt(await chain.rpc<string>("eth_blockNumber"));
        const fork = await chain.rpc<string>("evm_snapshot");

        // Branch A: an attestation batch, a redemption and a revocation through the organization's Safe.
        await attestByDelegate(
          chain,
          actors,
          [
            [0, 2n],
            [1, 1n],
          ],
          "branch-a",
        );
        const residents = actors.residentKeys.map((k) => privateKeyToAccount(k).address.toLowerCase());
        const [richest] = await store.query(
          "SELECT resident, balance FROM accounts WHERE city_id = 1 AND NOT frozen AND resident = ANY($1) ORDER BY balance DESC LIMIT 1",
          [residents],
        );
        const [offer] = await store.query(
          "SELECT offer_id, price FROM offers WHERE status = 'active' AND 1 = ANY(accepted_cities) AND stock > 0 AND price <= $1 ORDER BY per_resident_limit = 0 DESC, price LIMIT 1",
          [richest!.balance],
        );
        const redeemer = actors.residentKeys[residents.indexOf(richest!.resident as string)]!;
        await redeem(chain, redeemer, offer!.offer_id as bigint, 1, BigInt(offer!.price as string));
        await revokeThroughSafe(chain, actors, firstSeq);
        await engine.run({ follow: false });
        const branchA = await store.query("SELECT name FROM events WHERE block_number > $1", [forkBlock]);
        expect(branchA.map((e) => e.name)).to.include.members([
          "AttestationsRecorded",
          "Redeemed",
          "AttestationRevoked",
        ]);

        // Branch B replaces it: another batch, and a longer chain.
        const reorgsBefore = (await metrics.reorgs.get()).values[0]?.value ?? 0;
        await chain.rpc("evm_revert", [fork]);
        await attestByDelegate(chain, actors, [[2, 3n]], "branch-b");
        for (let i = 0; i < 5; i++) await chain.rpc("evm_mine");
        await engine.run({ follow: false });
        expect((await metrics.reorgs.get()).values[0]?.value ?? 0).to.equal(reorgsBefore + 1);
        const branchB = await store.query("SELECT name FROM events WHERE block_number > $1", [forkBlock]);
        expect(branchB.map((e) => e.name)).to.deep.equal(["AttestationRecorded"]);

        const { differences } = await verifyStore(store, new RpcClient(chain.url));
        expect(differences).to.deep.equal([]);
        const freshStore = await fresh.open();
        try {
          await indexToHead(freshStore, chain);
          expect(await snapshotTables(store)).to.deep.equal(await snapshotTables(freshStore));
        } finally {
          await freshStore.close();
        }
      } finally {
        await store.close();
        await live.destroy();
        await fresh.destroy();
        await chain.rpc("evm_revert", [base]);
      }
    });
  }
});
