/**
 * Test stores: a fresh PGlite directory or a fresh PostgreSQL database (citysync_indexer_t_*), and a
 * table-by-table snapshot to compare two stores.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import pg from "pg";

import { migrate } from "../schema/migrate.ts";
import { comparedTables, tables } from "../schema/tables.ts";
import { openStore } from "../store/open-store.ts";
import type { Store } from "../store/store.ts";

export type StoreKind = "pglite" | "postgres";
export const STORE_KINDS: readonly StoreKind[] = ["pglite", "postgres"];
const ADMIN_URL = process.env.INDEXER_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

let counter = 0;

export interface TestStore {
  kind: StoreKind;
  /** Options to open it again (another process, a restart). */
  location: { dataDir: string; databaseUrl?: string };
  open(): Promise<Store>;
  destroy(): Promise<void>;
}

export async function createTestStore(kind: StoreKind): Promise<TestStore> {
  if (kind === "pglite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), "citysync-indexer-"));
    const dataDir = path.join(dir, "db");
    return {
      kind,
      location: { dataDir },
      open: async () => {
        const s = await openStore({ dataDir });
        await migrate(s);
        return s;
      },
      destroy: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `citysync_indexer_t_${process.pid}_${++counter}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const databaseUrl = ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  return {
    kind,
    location: { dataDir: "", databaseUrl },
    open: async () => {
      const s = await openStore({ databaseUrl, dataDir: "" });
      await migrate(s);
      return s;
    },
    destroy: async () => {
      const c = new pg.Client({ connectionString: ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Every compared table's rows, ordered by primary key, as JSON lines. */
export async function snapshotTables(store: Store): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of comparedTables) {
    const key =
      table === "events" ? ["block_number", "log_index"] : [...tables[table as keyof typeof tables].key];
    const rows = await store.query(`SELECT * FROM ${table} ORDER BY ${key.join(", ")}`);
    out[table] = rows.map((r) =>
      JSON.stringify(r, (_k, v: unknown) =>
        typeof v === "bigint" ? v.toString() : v instanceof Date ? v.toISOString() : v,
      ),
    );
  }
  return out;
}
