/**
 * Dedicated connections for research queries (PostgreSQL only: a read replica in production,
 * else the primary), apart from the store the API reads through, so a research query holds its
 * own connection and session state (role, timeouts) and never one the API or the sync needs.
 */
import type { Pool, PoolClient } from "pg";

export type StoreKind = "pglite" | "postgres";

export interface Queryable {
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
}

export interface ReadDb extends Queryable {
  readonly kind: StoreKind;
  /** Runs `task` inside one transaction on one connection; rolls back if it throws. */
  transaction<T>(task: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Runs `task` on one dedicated connection without an implicit transaction (the task manages
   * BEGIN / ROLLBACK itself). PGlite has a single connection, so this is that connection.
   */
  withConnection<T>(task: (conn: Queryable) => Promise<T>): Promise<T>;
}

export function fromPool(pool: Pool): ReadDb {
  const on = (client: PoolClient): Queryable => ({
    query: async <T>(text: string, params?: readonly unknown[]) =>
      (await client.query(text, params as unknown[])).rows as T[],
  });
  return {
    kind: "postgres",
    query: async <T>(text: string, params?: readonly unknown[]) =>
      (await pool.query(text, params as unknown[])).rows as T[],
    async withConnection(task) {
      const client = await pool.connect();
      let broken = false;
      try {
        return await task(on(client));
      } catch (error) {
        broken = true;
        throw error;
      } finally {
        // A connection that failed mid-task may hold session state: do not return it to the pool.
        client.release(broken);
      }
    },
    async transaction(task) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await task(on(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
  };
}
