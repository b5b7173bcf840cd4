/**
 * Versioned migrations: every `migrations/NNNN_name.sql` is applied once, in order, each in its own
 * transaction with its version recorded in `schema_migrations`.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import type { Queryable, Store } from "../store/store.ts";

const dir = path.join(import.meta.dirname, "migrations");

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function listMigrations(): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => ({
      version: Number(f.slice(0, 4)),
      name: f.slice(5, -4),
      sql: readFileSync(path.join(dir, f), "utf8"),
    }));
}

export const SCHEMA_VERSION = Math.max(...listMigrations().map((m) => m.version));

async function appliedVersions(db: Queryable): Promise<Set<number>> {
  await db.exec(
    "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())",
  );
  const rows = await db.query<{ version: number }>("SELECT version FROM schema_migrations");
  return new Set(rows.map((r) => Number(r.version)));
}

/** Applies the pending migrations; returns the versions applied. */
export async function migrate(store: Store): Promise<number[]> {
  const applied = await appliedVersions(store);
  const done: number[] = [];
  for (const m of listMigrations()) {
    if (applied.has(m.version)) continue;
    await store.transaction(async (tx) => {
      await tx.exec(m.sql);
      await tx.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [m.version, m.name]);
    });
    done.push(m.version);
  }
  return done;
}

/** Every table the indexer owns (what `reset` drops), children of the schema. */
export async function dropAll(store: Store): Promise<void> {
  const tables = await store.query<{ tablename: string }>(
    "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()",
  );
  const own = new Set([
    "schema_migrations",
    ...[
      ...listMigrations()
        .map((m) => m.sql)
        .join("\n")
        .matchAll(/CREATE TABLE (\w+)/g),
    ].map((m) => m[1]!),
  ]);
  const drop = tables.map((t) => t.tablename).filter((t) => own.has(t));
  if (drop.length > 0) await store.exec(`DROP TABLE IF EXISTS ${drop.join(", ")} CASCADE`);
}
