/**
 * Production store: PostgreSQL through `pg`. The single-writer lock is a session advisory lock held
 * on a dedicated connection, so it disappears with the process that holds it.
 */
import pg from "pg";

import { type Queryable, type Row, type Store, StoreError, WRITER_LOCK_KEY } from "./store.ts";

// int8 as bigint, numeric as string: the same shapes as the PGlite adapter.
const typeParsers = {
  getTypeParser(oid: number, format?: string) {
    if (oid === 20) return (value: string) => BigInt(value);
    if (oid === 1700) return (value: string) => value;
    return pg.types.getTypeParser(oid, format as "text");
  },
};

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T extends Row>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query<T>({ text: sql, values: params as unknown[], types: typeParsers });
      return result.rows;
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  };
}

/** The URL without its password, for logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparsable DATABASE_URL)";
  }
}

export async function openPostgresStore(databaseUrl: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  pool.on("error", () => {
    // An idle client lost its connection; the next query reconnects.
  });
  try {
    await pool.query("SELECT 1");
  } catch (cause) {
    await pool.end();
    throw new StoreError(`cannot connect to PostgreSQL at ${redactUrl(databaseUrl)}`, { cause });
  }
  const base = wrap(pool);
  let lockClient: pg.PoolClient | undefined;
  const store: Store = {
    kind: "postgres",
    location: redactUrl(databaseUrl),
    query: base.query,
    exec: base.exec,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn(wrap(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async tryWriterLock() {
      if (lockClient) return true;
      const client = await pool.connect();
      const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [
        WRITER_LOCK_KEY.toString(),
      ]);
      if (rows[0]?.locked) {
        lockClient = client;
        return true;
      }
      client.release();
      return false;
    },
    async releaseWriterLock() {
      if (!lockClient) return;
      await lockClient.query("SELECT pg_advisory_unlock($1)", [WRITER_LOCK_KEY.toString()]).catch(() => {});
      lockClient.release();
      lockClient = undefined;
    },
    async close() {
      await store.releaseWriterLock();
      await pool.end();
    },
  };
  return store;
}
