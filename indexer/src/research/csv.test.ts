/**
 * CSV rendered by the store (the fast path of every exported view whose columns are numbers,
 * texts and booleans) equals CSV rendered here row by row, for the values that need quoting,
 * NULLs, big numbers, and across keyset batches with a text key.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { expect } from "chai";

import { createTestDatabase, postgresAvailable, type TestDatabase } from "../api/testing/postgres.ts";
import { openPgliteStore } from "../store/pglite-store.ts";
import { openPostgresStore } from "../store/postgres-store.ts";
import type { Store } from "../store/store.ts";
import { csvStream, tableCsvStream, tableSource } from "./csv.ts";

const COLUMNS = [
  { name: "city_id", type: "bigint" },
  { name: "name", type: "text" },
  { name: "n", type: "integer" },
  { name: "amount", type: "numeric(78,0)" },
  { name: "flag", type: "boolean" },
  { name: "note", type: "text" },
];
const KEY = [
  { column: "city_id", type: "bigint" as const },
  { column: "name", type: "text" as const },
];

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

for (const kind of ["pglite", "postgres"] as const) {
  describe(`CSV export rendered by the store (${kind})`, () => {
    let store: Store | undefined;
    let database: TestDatabase | undefined;
    let dir: string | undefined;

    before(async function () {
      if (kind === "pglite") {
        dir = mkdtempSync(path.join(tmpdir(), "citysync-csv-"));
        store = await openPgliteStore(path.join(dir, "db"));
      } else {
        if (!(await postgresAvailable())) this.skip();
        database = await createTestDatabase("csv");
        store = await openPostgresStore(database.url);
      }
      await store.exec(`CREATE TABLE csv_sample (
        city_id bigint, name text, n integer, amount numeric(78,0), flag boolean, note text,
        PRIMARY KEY (city_id, name))`);
      await store.query(
        `INSERT INTO csv_sample VALUES
          (1, 'plain', 1, 115792089237316195423570985008687907853269984665640564039457584007913129639935, true, NULL),
          (1, 'a,b', -2, 0, false, 'say "hi"'),
          (1, 'line' || chr(10) || 'break', NULL, NULL, NULL, 'cr' || chr(13) || 'here'),
          (2, 'Ciudad de México', 3, 42, true, ''),
          (2, '"', 4, 7, false, ',')`,
      );
    });
    after(async () => {
      await store?.close();
      await database?.drop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it("equals the row-by-row rendering, in key order, across batches", async () => {
      const spec = { relation: "csv_sample", key: KEY, batchSize: 2 };
      const expected = await text(
        csvStream(tableSource(store!, { ...spec, columns: COLUMNS.map((c) => c.name) })),
      );
      const rendered = await text(tableCsvStream(store!, { ...spec, columns: COLUMNS }));
      expect(rendered).to.equal(expected);
      expect(rendered.split("\r\n")[0]).to.equal("city_id,name,n,amount,flag,note");
      expect(rendered).to.include('1,"a,b",-2,0,false,"say ""hi"""\r\n');
    });

    it("falls back to rendering rows here for columns the store cannot render (JSON)", async () => {
      const rendered = await text(
        tableCsvStream(store!, {
          relation: "csv_sample",
          key: KEY,
          columns: [...COLUMNS.slice(0, 2), { name: "note", type: "jsonb" }],
        }),
      );
      expect(rendered.split("\r\n").length).to.equal(7);
    });
  });
}
