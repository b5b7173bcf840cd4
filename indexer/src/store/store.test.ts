import { expect } from "chai";

import { STORE_KINDS, createTestStore } from "../testing/stores.ts";
import { pgliteMemorySettings } from "./pglite-store.ts";

describe("store", function () {
  this.timeout(120_000);

  for (const kind of STORE_KINDS) {
    it(`${kind}: migrates, commits or rolls back a transaction, and admits one writer`, async () => {
      const t = await createTestStore(kind);
      const a = await t.open();
      try {
        await a.transaction((tx) => tx.query("INSERT INTO blocks VALUES (1, '0x1', '0x0', 10, 0)"));
        await a
          .transaction(async (tx) => {
            await tx.query("INSERT INTO blocks VALUES (2, '0x2', '0x1', 12, 0)");
            throw new Error("abort");
          })
          .catch(() => {});
        expect((await a.query("SELECT block_number FROM blocks")).map((r) => r.block_number)).to.deep.equal([
          1n,
        ]);
        expect(await a.tryWriterLock()).to.equal(true);
        if (kind === "postgres") {
          // A second process against the same database: refused while the first holds the lock.
          const b = await t.open();
          try {
            expect(await b.tryWriterLock()).to.equal(false);
            await a.releaseWriterLock();
            expect(await b.tryWriterLock()).to.equal(true);
          } finally {
            await b.close();
          }
        }
      } finally {
        await a.close();
        await t.destroy();
      }
    });
  }

  it("pglite: shared buffers are the operator's choice, and a malformed size is refused by name", () => {
    expect(pgliteMemorySettings("128MB")).to.include("shared_buffers = 128MB");
    for (const bad of ["128", "lots", "0MB", "1MB; fsync = off"])
      expect(() => pgliteMemorySettings(bad)).to.throw(/INDEXER_PGLITE_SHARED_BUFFERS must be a size/);
  });
});
