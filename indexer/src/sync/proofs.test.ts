import { buildRefundProof, buildRevocationProof, iCivicLedgerAbi, logsChainSource } from "@citysync/sdk";
import { expect } from "chai";
import { createPublicClient, encodeFunctionData, http } from "viem";

import {
  type Actors,
  pilotActors,
  pilotOrgOwnerKeys,
  runThroughSafe,
  sendCheckpoint,
} from "../testing/chain-actions.ts";
import { indexToHead } from "../testing/index-chain.ts";
import { sharedChain } from "../testing/shared-chain.ts";
import { STORE_KINDS, createTestStore } from "../testing/stores.ts";
import { storeChainSource } from "./store-chain-source.ts";

describe("proofs from the store", function () {
  this.timeout(600_000);

  for (const kind of STORE_KINDS) {
    it(`${kind}: revocation and refund proofs pass the ledger through the organization's Safe; tampered ones fail`, async () => {
      const chain = await sharedChain();
      const base = await chain.rpc<string>("evm_snapshot");
      const t = await createTestStore(kind);
      const store = await t.open();
      try {
        const engine = await indexToHead(store, chain);
        const actors: Actors = await pilotActors(store);
        const source = storeChainSource(store);

        // No final checkpoint covers the pilot's records yet: the proof says what to send first.
        const [latest] = await store.query(
          "SELECT org_id, seq FROM attestations WHERE city_id = 1 AND NOT revoked ORDER BY block_number DESC, seq DESC LIMIT 1",
        );
        const orgId = latest!.org_id as bigint;
        const seq = latest!.seq as bigint;
        let error: unknown;
        await buildRevocationProof(source, orgId, seq).catch((e: unknown) => (error = e));
        expect((error as Error).message).to.match(/send checkpoint\(1\) first/);

        await sendCheckpoint(chain, actors.residentKeys[0]!, 1);
        // Past the 64-block finality depth (one evm_mine at a time: EDR's OP-stack hardhat_mine panics).
        for (let i = 0; i < 66; i++) await chain.rpc("evm_mine");
        await engine.run({ follow: false });

        const { proof, rowIndex } = await buildRevocationProof(source, orgId, seq);
        const fromLogs = await buildRevocationProof(
          await logsChainSource(
            createPublicClient({ transport: http(chain.url) }),
            chain.ledger,
            chain.startBlock,
          ),
          orgId,
          seq,
        );
        expect(fromLogs.proof).to.deep.equal(proof);

        const org = await pilotOrgOwnerKeys(store, orgId);
        const revoke = (p: typeof proof) => ({
          to: chain.ledger,
          data: encodeFunctionData({
            abi: iCivicLedgerAbi,
            functionName: "revoke",
            args: [p, [BigInt(rowIndex)], 1],
          }),
        });
        const tampered = { ...proof, prevHead: proof.prevHead ^ 1n };
        let rejected = false;
        await runThroughSafe(chain, org.safe, org.ownerKeys, [revoke(tampered)]).catch(
          () => (rejected = true),
        );
        expect(rejected, "tampered revocation proof").to.equal(true);
        await runThroughSafe(chain, org.safe, org.ownerKeys, [revoke(proof)]);

        const [pending] = await store.query(
          "SELECT offer_id, seq, org_id FROM redemptions WHERE city_id = 1 AND status = 'pending' ORDER BY block_number DESC LIMIT 1",
        );
        const refundProof = await buildRefundProof(
          source,
          pending!.offer_id as bigint,
          pending!.seq as bigint,
        );
        const offerOrg = await pilotOrgOwnerKeys(store, pending!.org_id as bigint);
        const refund = (p: typeof refundProof) => ({
          to: chain.ledger,
          data: encodeFunctionData({
            abi: iCivicLedgerAbi,
            functionName: "refundRedemption",
            args: [Number(pending!.offer_id), Number(pending!.seq), p],
          }),
        });
        rejected = false;
        await runThroughSafe(chain, offerOrg.safe, offerOrg.ownerKeys, [
          refund({ ...refundProof, credits: refundProof.credits + 1n }),
        ]).catch(() => (rejected = true));
        expect(rejected, "tampered refund proof").to.equal(true);
        await runThroughSafe(chain, offerOrg.safe, offerOrg.ownerKeys, [refund(refundProof)]);

        await engine.run({ follow: false });
        const [revoked] = await store.query(
          "SELECT revoked FROM attestations WHERE org_id = $1 AND seq = $2",
          [orgId, seq],
        );
        expect(revoked!.revoked).to.equal(true);
        const [refunded] = await store.query(
          "SELECT status FROM redemptions WHERE offer_id = $1 AND seq = $2",
          [pending!.offer_id, pending!.seq],
        );
        expect(refunded!.status).to.equal("refunded");
      } finally {
        await store.close();
        await t.destroy();
        await chain.rpc("evm_revert", [base]);
      }
    });
  }
});
