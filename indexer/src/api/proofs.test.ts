/**
 * Proof routes over a populated store: the answer is what `revoke` / `refundRedemption` take and
 * folds, as the ledger's `_verifyRecord` does, from `prevHead` through the record and
 * `laterRecords` to a final checkpoint's head; without a final checkpoint it is a 409 naming the
 * `checkpoint(cityId)` to send.
 */
import type { z } from "@hono/zod-openapi";
import { expect } from "chai";
import pino from "pino";

import { attestationRecord, foldHeads, redemptionRecord } from "@citysync/sdk";
import type { Hex } from "viem";

import type { Store } from "../store/store.ts";
import { RefundProofSchema, RevocationProofSchema } from "./routes/proofs.ts";
import { createApi } from "./server.ts";
import { createTestDatabase, postgresAvailable, type TestDatabase } from "./testing/postgres.ts";
import { openTestStore, seedCommitments, seedWorld } from "./testing/fixture.ts";

type Json = Record<string, unknown>;

for (const kind of ["pglite", "postgres"] as const) {
  describe(`proof routes on ${kind}`, function () {
    this.timeout(120_000);
    let store: Store;
    let database: TestDatabase | undefined;
    let app: ReturnType<typeof createApi>["app"];
    let heads: Map<number, { position: bigint; head: bigint }[]>;

    before(async function () {
      if (kind === "postgres") {
        if (!(await postgresAvailable())) this.skip();
        database = await createTestDatabase("proofs");
      }
      store = await openTestStore(kind, database?.url);
      await seedWorld(store);
      // City 1's chain: 20 redemptions (blocks 500..519), then attestation batches at blocks
      // 1000, 1001, 1002 and 1005. Final checkpoint at position 22 (block 1001); the one at 23 is
      // in block 1003, above the finalized block 1002, so it does not count.
      heads = await seedCommitments(store, [
        { cityId: 1, position: 22, block: 1001 },
        { cityId: 1, position: 23, block: 1003 },
      ]);
      app = createApi({ store, logger: pino({ level: "silent" }), rateLimit: false }).app;
    });
    after(async () => {
      await store?.close();
      await database?.drop();
    });

    const get = async (path: string) => {
      const response = await app.request(path);
      return { status: response.status, body: (await response.json()) as Json, headers: response.headers };
    };
    const checkpointHead = (cityId: number, position: number) => heads.get(cityId)![position - 1]!.head;

    it("gives the revoke input of an attestation row that folds to the final checkpoint", async () => {
      const { status, body, headers } = await get("/v1/attestations/1/3/revocation-proof");
      expect(status, JSON.stringify(body)).to.equal(200);
      expect(headers.get("x-block-number")).to.match(/^\d+$/);
      expect(body).to.include({ cityId: "1", rowIndex: "3" });
      const { proof } = body as z.infer<typeof RevocationProofSchema>;
      expect(proof).to.include({ orgId: "1", firstSeq: "0" });
      expect(proof.rows).to.have.length(20);
      expect(proof.laterRecords).to.have.length(1);
      const record = attestationRecord({
        orgId: BigInt(proof.orgId),
        firstSeq: BigInt(proof.firstSeq),
        timestamp: BigInt(proof.timestamp),
        evidenceRoot: proof.evidenceRoot as Hex,
        rows: proof.rows as Hex[],
      });
      expect(foldHeads(BigInt(proof.prevHead), [record, ...(proof.laterRecords as Hex[])])).to.equal(
        checkpointHead(1, 22),
      );
    });

    it("gives the refundRedemption input of a pending redemption", async () => {
      const { status, body } = await get("/v1/redemptions/1/0/refund-proof");
      expect(status, JSON.stringify(body)).to.equal(200);
      expect(body).to.include({ offerId: "1", seq: "0" });
      const { proof } = body as z.infer<typeof RefundProofSchema>;
      expect(proof).to.include({ cityId: "1", credits: "50", prevHead: "0" });
      expect(proof.laterRecords).to.have.length(21);
      const record = redemptionRecord({
        offerId: 1n,
        seq: 0n,
        resident: proof.resident as Hex,
        cityId: BigInt(proof.cityId),
        credits: BigInt(proof.credits),
        timestamp: BigInt(proof.timestamp),
      });
      expect(foldHeads(0n, [record, ...(proof.laterRecords as Hex[])])).to.equal(checkpointHead(1, 22));
    });

    it("says which checkpoint to send when no final checkpoint covers the record", async () => {
      // Batch at block 1002 is position 23: only a non-final checkpoint covers it.
      const city1 = await get("/v1/attestations/1/45/revocation-proof");
      expect(city1.status).to.equal(409);
      expect(city1.body.error).to.include({ code: "CHECKPOINT_NEEDED" });
      expect((city1.body.error as Json).message).to.include("checkpoint(1)");
      expect((city1.body.error as Json).details).to.deep.equal({ cityId: "1" });
      const city2 = await get("/v1/attestations/3/0/revocation-proof");
      expect(city2.status).to.equal(409);
      expect((city2.body.error as Json).message).to.include("checkpoint(2)");
    });

    it("refuses what the ledger would refuse, and unknown records, with a 4xx", async () => {
      const revoked = await get("/v1/attestations/1/60/revocation-proof");
      expect(revoked.status).to.equal(409);
      expect(revoked.body.error).to.include({ code: "ALREADY_REVOKED" });
      const fulfilled = await get("/v1/redemptions/1/12/refund-proof");
      expect(fulfilled.status).to.equal(409);
      expect(fulfilled.body.error).to.include({ code: "NOT_PENDING" });
      expect((await get("/v1/attestations/1/9999/revocation-proof")).status).to.equal(404);
      expect((await get("/v1/redemptions/9/0/refund-proof")).status).to.equal(404);
      for (const bad of ["-1", "abc", "1e3", "99999999999999999999999", "' OR 1=1 --"]) {
        const r = await get(`/v1/attestations/1/${encodeURIComponent(bad)}/revocation-proof`);
        expect(r.status, bad).to.equal(400);
        expect(r.body.error).to.include({ parameter: "seq" });
      }
      expect((await get("/v1/redemptions/1/0/refund-proof?x=1")).status).to.equal(400);
    });

    it("documents both routes in the OpenAPI document", async () => {
      const doc = (await get("/openapi.json")).body as { paths: Json };
      expect(doc.paths).to.have.keys(
        ...Object.keys(doc.paths).filter((p) => !p.endsWith("-proof")),
        "/v1/attestations/{orgId}/{seq}/revocation-proof",
        "/v1/redemptions/{offerId}/{seq}/refund-proof",
      );
    });
  });
}
