/**
 * Test support: a throwaway PostgreSQL database per test suite (named citysync_api_*), on the
 * server given by CITYSYNC_TEST_PG (default postgres://postgres@127.0.0.1:5432). Suites that
 * need it skip with a clear reason when the server does not answer.
 */
import { randomBytes } from "node:crypto";

import pg from "pg";

export const TEST_PG_URL = process.env.CITYSYNC_TEST_PG ?? "postgres://postgres@127.0.0.1:5432";

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({
    connectionString: withDatabase(TEST_PG_URL, "postgres"),
    connectionTimeoutMillis: 1500,
  });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = `citysync_api_${label}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: withDatabase(TEST_PG_URL, "postgres") });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    url: withDatabase(TEST_PG_URL, name),
    name,
    async drop() {
      const c = new pg.Client({ connectionString: withDatabase(TEST_PG_URL, "postgres") });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
