/**
 * The research SQL endpoint end to end on PostgreSQL: refusals come from the guard before any
 * SQL runs; what runs is a SELECT-only role in a read-only, rolled-back transaction with a
 * statement timeout and row/byte caps.
 */
import { expect } from "chai";
import pg from "pg";
import pino from "pino";

import { fromPool } from "../api/db.ts";
import { createApi } from "../api/server.ts";
import { openTestStore, seedWorld } from "../api/testing/fixture.ts";
import { createTestDatabase, postgresAvailable, type TestDatabase } from "../api/testing/postgres.ts";
import type { Store } from "../store/store.ts";
import { DATASETS } from "./datasets.ts";
import { ensureResearchRole } from "./run.ts";

interface Answer {
  columns: string[];
  rows: unknown[][];
  rowCount: number;
  truncated: string | null;
  error: { code: string; parameter?: string };
}

describe("research SQL endpoint on PostgreSQL", function () {
  this.timeout(60_000);
  let database: TestDatabase;
  let store: Store;
  let pool: pg.Pool;
  let app: ReturnType<typeof createApi>["app"];

  before(async function () {
    if (!(await postgresAvailable())) this.skip();
    database = await createTestDatabase("research");
    store = await openTestStore("postgres", database.url);
    await seedWorld(store);
    pool = new pg.Pool({ connectionString: database.url, max: 2 });
    // Dropping the test database (WITH FORCE) ends connections the pool may still hold; without a
    // listener that ending is an uncaught error, which mocha pins on the "after all" hook.
    pool.on("error", () => {});
    const research = fromPool(pool);
    await ensureResearchRole(
      research,
      DATASETS.map((d) => d.view),
    );
    app = createApi({
      store,
      logger: pino({ level: "silent" }),
      rateLimit: false,
      research: { db: research, limits: { timeoutMs: 1_000, maxRows: 50, maxBytes: 20_000 } },
    }).app;
  });
  after(async () => {
    await pool?.end();
    await store?.close();
    await database?.drop();
  });

  const run = async (sql: string) => {
    const response = await app.request("/v1/research/query", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ sql }),
    });
    return { status: response.status, body: (await response.json()) as Answer };
  };

  it("answers a legitimate aggregate correctly", async () => {
    const { status, body } = await run(
      "SELECT city_id, sum(credits_minted)::text AS minted, count(*) AS days FROM open_daily_stats GROUP BY city_id ORDER BY city_id",
    );
    expect(status).to.equal(200);
    expect(body.columns).to.deep.equal(["city_id", "minted", "days"]);
    const expected = await store.query<{ city_id: bigint; minted: string }>(
      "SELECT city_id, sum(credits_minted)::text AS minted FROM daily_stats GROUP BY 1 ORDER BY 1",
    );
    expect(body.rows.map((r: unknown[]) => [String(r[0]), r[1]])).to.deep.equal(
      expected.map((r) => [String(r.city_id), r.minted]),
    );
  });

  const refusals: [string, string][] = [
    ["DELETE FROM open_attestations", "NOT_READ_ONLY"],
    ["SELECT 1; COMMIT; DELETE FROM attestations", "MULTIPLE_STATEMENTS"],
    ["SELECT 1; ROLLBACK", "MULTIPLE_STATEMENTS"],
    ["SET statement_timeout = 0", "NOT_READ_ONLY"],
    ["SELECT set_config('statement_timeout', '0', true)", "FUNCTION_NOT_ALLOWED"],
    ["SELECT pg_sleep(5)", "FUNCTION_NOT_ALLOWED"],
    ["SELECT * FROM dblink('x', 'y') AS t(a int)", "FUNCTION_NOT_ALLOWED"],
    ["COPY open_attestations TO STDOUT", "NOT_READ_ONLY"],
    ["SELECT * FROM pg_catalog.pg_authid", "RELATION_NOT_ALLOWED"],
    ["SELECT * FROM attestations", "RELATION_NOT_ALLOWED"],
    ["SELECT * FROM integrations.operator_keys", "RELATION_NOT_ALLOWED"],
    ["WITH x AS (DELETE FROM open_attestations RETURNING 1) SELECT * FROM x", "NOT_READ_ONLY"],
    ["CREATE TABLE t (a int)", "NOT_READ_ONLY"],
    ["SELECT count(*) FROM generate_series(1, 1000000000)", "SERIES_TOO_LONG"],
  ];
  for (const [sql, code] of refusals) {
    it(`refuses ${sql}`, async () => {
      const { status, body } = await run(sql);
      expect(status).to.equal(422);
      expect(body.error.code).to.equal(code);
      expect(body.error.parameter).to.equal("sql");
    });
  }

  it("stops a query over the time cap and leaves nothing behind", async () => {
    const started = Date.now();
    const { status, body } = await run(
      "SELECT count(*) FROM open_events a, open_events b, open_events c, open_events d, open_events e, generate_series(1, 100000) g",
    );
    expect(status).to.equal(422);
    expect(body.error.code).to.equal("TIMEOUT");
    expect(Date.now() - started).to.be.below(5_000);
    expect(await store.query("SELECT 1 FROM attestations LIMIT 1")).to.have.length(1);
  });

  it("caps rows and bytes of the answer", async () => {
    const rows = await run("SELECT * FROM open_account_changes");
    expect(rows.status).to.equal(200);
    expect(rows.body.rowCount).to.equal(50);
    expect(rows.body.truncated).to.equal("rows");
    const bytes = await run(
      "SELECT string_agg(md5(g::text), '') AS big FROM generate_series(1, 1000) g GROUP BY g % 40",
    );
    expect(bytes.body.truncated).to.equal("bytes");
    expect(bytes.body.rowCount).to.be.below(40);
  });

  it("runs as the SELECT-only role inside a read-only transaction that is rolled back", async () => {
    const { body } = await run(
      "SELECT current_user AS who, current_setting_is_blocked FROM (SELECT 1 AS current_setting_is_blocked) s",
    );
    expect(body.rows[0]![0]).to.equal("citysync_research");
    // Even if a write slipped past the guard, the role holds no privilege to do it.
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("SET LOCAL ROLE citysync_research");
      let denied = "";
      await client.query("DELETE FROM attestations").catch((e: { code: string }) => (denied = e.code));
      expect(denied).to.equal("42501");
      await client.query("ROLLBACK");
    } finally {
      client.release();
    }
    const [{ n }] = (await store.query<{ n: bigint }>("SELECT count(*) AS n FROM attestations")) as [
      { n: bigint },
    ];
    expect(Number(n)).to.be.greaterThan(0);
  });

  it("refuses more concurrent queries than allowed with 429, not a queue", async () => {
    const slow =
      "SELECT count(*) FROM open_events a, open_events b, open_events c, open_events d, generate_series(1, 1000) g";
    const results = await Promise.all([run(slow), run(slow), run(slow)]);
    expect(results.map((r) => r.status)).to.include(429);
  });
});
