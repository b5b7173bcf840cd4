import { expect } from "chai";

import { ResearchQueryError, checkResearchQuery } from "./guard.ts";

const relations = new Set(["attestations", "redemptions", "daily_stats"]);

async function refusal(sql: string): Promise<ResearchQueryError> {
  try {
    await checkResearchQuery(sql, { relations, maxSeries: 1000 });
  } catch (error) {
    expect(error).to.be.instanceOf(ResearchQueryError);
    return error as ResearchQueryError;
  }
  throw new Error(`accepted: ${sql}`);
}

describe("research SQL guard (libpg-query)", () => {
  const refused: [string, string, RegExp][] = [
    ["INSERT INTO attestations VALUES (1)", "NOT_READ_ONLY", /Only SELECT/],
    ["UPDATE attestations SET units = 0", "NOT_READ_ONLY", /Only SELECT/],
    ["DELETE FROM attestations", "NOT_READ_ONLY", /Only SELECT/],
    ["DROP VIEW attestations", "NOT_READ_ONLY", /Only SELECT/],
    ["CREATE TABLE x (a int)", "NOT_READ_ONLY", /Only SELECT/],
    ["TRUNCATE attestations", "NOT_READ_ONLY", /Only SELECT/],
    ["ALTER ROLE citysync_research SUPERUSER", "NOT_READ_ONLY", /Only SELECT/],
    ["GRANT ALL ON attestations TO public", "NOT_READ_ONLY", /Only SELECT/],
    ["SELECT 1; COMMIT", "MULTIPLE_STATEMENTS", /exactly one statement/],
    ["SELECT 1; ROLLBACK; DELETE FROM attestations", "MULTIPLE_STATEMENTS", /exactly one/],
    ["COMMIT", "NOT_READ_ONLY", /Only SELECT/],
    ["SELECT count(*) FROM attestations; SELECT 1", "MULTIPLE_STATEMENTS", /one statement/],
    ["SET statement_timeout = 0", "NOT_READ_ONLY", /Only SELECT/],
    ["SET LOCAL ROLE postgres", "NOT_READ_ONLY", /Only SELECT/],
    ["RESET ROLE", "NOT_READ_ONLY", /Only SELECT/],
    ["SELECT set_config('statement_timeout', '0', false)", "FUNCTION_NOT_ALLOWED", /set_config/],
    ["SELECT pg_catalog.set_config('statement_timeout', '0', true)", "FUNCTION_NOT_ALLOWED", /set_config/],
    ["SELECT current_setting('data_directory')", "FUNCTION_NOT_ALLOWED", /current_setting/],
    ["SELECT pg_sleep(10)", "FUNCTION_NOT_ALLOWED", /pg_sleep/],
    ["SELECT * FROM attestations WHERE pg_sleep(1) IS NULL", "FUNCTION_NOT_ALLOWED", /pg_sleep/],
    ["SELECT * FROM ROWS FROM (pg_sleep_for('10 s'))", "FUNCTION_NOT_ALLOWED", /pg_sleep_for/],
    ["SELECT dblink('dbname=postgres', 'DROP TABLE x')", "FUNCTION_NOT_ALLOWED", /dblink/],
    ["SELECT pg_read_file('/etc/passwd')", "FUNCTION_NOT_ALLOWED", /pg_read_file/],
    ["SELECT lo_import('/etc/passwd')", "FUNCTION_NOT_ALLOWED", /lo_import/],
    ["SELECT nextval('some_seq')", "FUNCTION_NOT_ALLOWED", /nextval/],
    ["SELECT pg_terminate_backend(1)", "FUNCTION_NOT_ALLOWED", /pg_terminate_backend/],
    ["SELECT public.my_function()", "FUNCTION_NOT_ALLOWED", /my_function/],
    ["COPY attestations TO STDOUT", "NOT_READ_ONLY", /Only SELECT/],
    ["COPY (SELECT 1) TO '/tmp/x'", "NOT_READ_ONLY", /Only SELECT/],
    ["SELECT * FROM pg_catalog.pg_authid", "RELATION_NOT_ALLOWED", /pg_catalog/],
    ["SELECT * FROM pg_class", "RELATION_NOT_ALLOWED", /pg_class/],
    ["SELECT * FROM information_schema.tables", "RELATION_NOT_ALLOWED", /information_schema/],
    ["SELECT * FROM indexer.sync_state", "RELATION_NOT_ALLOWED", /indexer/],
    ["SELECT * FROM public.raw_events", "RELATION_NOT_ALLOWED", /raw_events/],
    ["SELECT * FROM otherdb.public.attestations", "RELATION_NOT_ALLOWED", /Other databases/],
    [
      "SELECT (SELECT count(*) FROM pg_stat_activity) FROM attestations",
      "RELATION_NOT_ALLOWED",
      /pg_stat_activity/,
    ],
    // A CTE name is only in scope where it is defined: the sibling reference is the catalog.
    [
      "SELECT * FROM (WITH pg_roles AS (SELECT 1) SELECT * FROM pg_roles) a, pg_roles",
      "RELATION_NOT_ALLOWED",
      /pg_roles/,
    ],
    ["WITH d AS (DELETE FROM attestations RETURNING *) SELECT * FROM d", "NOT_READ_ONLY", /Delete/],
    ["WITH u AS (UPDATE attestations SET units = 1 RETURNING 1) SELECT 1", "NOT_READ_ONLY", /Update/],
    ["WITH i AS (INSERT INTO attestations VALUES (1) RETURNING 1) SELECT 1", "NOT_READ_ONLY", /Insert/],
    ["SELECT * FROM generate_series(1, 100000000)", "SERIES_TOO_LONG", /at most 1000/],
    [
      "SELECT * FROM generate_series(1, (SELECT max(units) FROM attestations))",
      "SERIES_NOT_BOUNDED",
      /constants/,
    ],
    ["SELECT generate_series(1, 10, 0)", "SERIES_NOT_BOUNDED", /step/],
    ["SELECT * FROM generate_series(-5000, 5000)", "SERIES_TOO_LONG", /at most/],
    ["SELECT * INTO stolen FROM attestations", "NOT_ALLOWED", /SELECT INTO/],
    ["SELECT * FROM attestations FOR UPDATE", "NOT_ALLOWED", /row locks/i],
    ["SELECT 'pg_authid'::regclass", "TYPE_NOT_ALLOWED", /regclass/],
    ["SELECT $1", "NOT_ALLOWED", /parameters/i],
    ["SELEC 1", "SQL_SYNTAX", /Syntax error/],
    ["", "SQL_SYNTAX", /empty/],
    ["-- only a comment", "SQL_SYNTAX", /empty/],
    ["SELECT 1\u0000", "SQL_SYNTAX", /NUL/],
    [`SELECT ${"1+".repeat(20_000)}1`, "QUERY_TOO_LONG", /longer than/],
    ["EXPLAIN ANALYZE SELECT 1", "NOT_READ_ONLY", /Only SELECT/],
    ["DO $$ BEGIN PERFORM pg_sleep(1); END $$", "NOT_READ_ONLY", /Only SELECT/],
    ["CALL something()", "NOT_READ_ONLY", /Only SELECT/],
    ["LISTEN x", "NOT_READ_ONLY", /Only SELECT/],
    ["PREPARE p AS SELECT 1", "NOT_READ_ONLY", /Only SELECT/],
    ["SELECT * FROM attestations TABLESAMPLE SYSTEM (1)", "NOT_ALLOWED", /TABLESAMPLE/],
  ];
  for (const [sql, code, message] of refused) {
    it(`refuses ${JSON.stringify(sql.length > 70 ? `${sql.slice(0, 70)}…` : sql)}`, async () => {
      const error = await refusal(sql);
      expect(error.code, error.message).to.equal(code);
      expect(error.message).to.match(message);
    });
  }

  it("accepts aggregates, CTEs, window functions and bounded series, and returns the bare statement", async () => {
    const sql = `
      WITH per_day AS (
        SELECT city_id, date_trunc('day', block_time) AS day, sum(credits::numeric) AS credits
        FROM public.attestations WHERE NOT revoked GROUP BY 1, 2
      )
      SELECT d.*, rank() OVER (PARTITION BY city_id ORDER BY credits DESC) AS r,
             coalesce(nullif(credits, 0), 1), greatest(1, 2), EXTRACT(year FROM day)::int,
             (SELECT count(*) FROM redemptions) AS redemptions
      FROM per_day d, generate_series(1, 3) g
      ORDER BY 1; -- trailing comment`;
    const checked = await checkResearchQuery(sql, { relations });
    expect(checked.relations).to.deep.equal(["attestations", "redemptions"]);
    expect(checked.statement.trim().startsWith("WITH per_day")).to.be.true;
    expect(checked.statement.trim().endsWith("ORDER BY 1")).to.be.true;
  });

  it("lets a CTE shadow a name inside its own statement", async () => {
    const checked = await checkResearchQuery("WITH pg_class AS (SELECT 1 AS a) SELECT * FROM pg_class", {
      relations,
    });
    expect(checked.relations).to.deep.equal([]);
  });

  it("keeps multi-byte text intact when cutting the statement", async () => {
    const checked = await checkResearchQuery("SELECT 'señal ✓' AS s;", { relations });
    expect(checked.statement).to.equal("SELECT 'señal ✓' AS s");
  });
});
