/**
 * Runs a checked research query on PostgreSQL: inside a READ ONLY transaction that is always
 * rolled back, as the SELECT-only research role, with SET LOCAL statement_timeout, fetching
 * through a cursor so the row and byte caps stop the read early instead of buffering a huge
 * answer. The embedded store (PGlite: one connection, in the API's thread) refuses instead:
 * a 5-second query there would stall the sync and every other request for 5 seconds.
 */
import type { ReadDb } from "../api/db.ts";
import { type GuardOptions, ResearchQueryError, checkResearchQuery } from "./guard.ts";

export const RESEARCH_ROLE = "citysync_research";

export interface ResearchLimits {
  /** statement_timeout of each statement, and the wall-clock budget of the whole query. */
  timeoutMs: number;
  maxRows: number;
  /** Bytes of the JSON answer (rows) at most. */
  maxBytes: number;
}

export const DEFAULT_RESEARCH_LIMITS: ResearchLimits = {
  timeoutMs: 5_000,
  maxRows: 10_000,
  maxBytes: 5_000_000,
};

export interface ResearchAnswer {
  columns: string[];
  rows: unknown[][];
  rowCount: number;
  /** Why the answer stops early, when it does. */
  truncated: "rows" | "bytes" | null;
  elapsedMs: number;
}

const FETCH_BATCH = 500;

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Creates the research role (NOLOGIN, no privileges but SELECT on the given views) if needed.
 * Needs a store user allowed to create roles; the API's own user must be able to SET ROLE to it.
 */
export async function ensureResearchRole(db: ReadDb, views: readonly string[]): Promise<void> {
  if (db.kind !== "postgres") return;
  await db.withConnection(async (conn) => {
    const [exists] = await conn.query<{ n: number }>("SELECT 1 AS n FROM pg_roles WHERE rolname = $1", [
      RESEARCH_ROLE,
    ]);
    if (!exists) {
      try {
        await conn.query(
          `CREATE ROLE ${RESEARCH_ROLE} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT`,
        );
      } catch (error) {
        // Another API process created it between our check and our CREATE.
        if ((error as { code?: string }).code !== "42710" && (error as { code?: string }).code !== "23505")
          throw error;
      }
    }
    await conn.query(`REVOKE ALL ON SCHEMA public FROM ${RESEARCH_ROLE}`).catch(() => undefined);
    await conn.query(`GRANT USAGE ON SCHEMA public TO ${RESEARCH_ROLE}`);
    for (const view of views)
      await conn.query(`GRANT SELECT ON public.${quoteIdent(view)} TO ${RESEARCH_ROLE}`);
  });
}

export async function runResearchQuery(
  db: ReadDb,
  sql: string,
  guard: GuardOptions,
  limits: ResearchLimits = DEFAULT_RESEARCH_LIMITS,
): Promise<ResearchAnswer> {
  if (db.kind !== "postgres") {
    throw new ResearchQueryError(
      "NEEDS_POSTGRES",
      "The research SQL endpoint needs the PostgreSQL store (DATABASE_URL); on the embedded store a long query would stall the sync and the API.",
    );
  }
  const checked = await checkResearchQuery(sql, guard);
  const started = performance.now();
  return db.withConnection(async (conn) => {
    await conn.query("BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY");
    try {
      await conn.query(`SET LOCAL statement_timeout = ${Math.max(1, Math.floor(limits.timeoutMs))}`);
      await conn.query(
        `SET LOCAL idle_in_transaction_session_timeout = ${Math.max(1000, limits.timeoutMs * 2)}`,
      );
      await conn.query(`SET LOCAL ROLE ${RESEARCH_ROLE}`);
      await conn.query("SET LOCAL search_path = public");
      await conn.query(`DECLARE research_query NO SCROLL CURSOR FOR ${checked.statement}\n`);
      const rows: unknown[][] = [];
      let columns: string[] | undefined;
      let bytes = 0;
      let truncated: ResearchAnswer["truncated"] = null;
      for (;;) {
        const batch = await conn.query<Record<string, unknown>>(
          `FETCH FORWARD ${FETCH_BATCH} FROM research_query`,
        );
        if (batch.length === 0) break;
        columns ??= Object.keys(batch[0]!);
        for (const row of batch) {
          const values = Object.values(row);
          bytes += Buffer.byteLength(
            JSON.stringify(values, (_k, v) => (typeof v === "bigint" ? v.toString() : v)),
          );
          if (rows.length >= limits.maxRows) truncated = "rows";
          else if (bytes > limits.maxBytes) truncated = "bytes";
          if (truncated) break;
          rows.push(values);
        }
        if (truncated || batch.length < FETCH_BATCH) break;
        if (performance.now() - started > limits.timeoutMs) {
          throw new ResearchQueryError("TIMEOUT", `The query ran longer than ${limits.timeoutMs} ms.`);
        }
      }
      return {
        columns: columns ?? [],
        rows,
        rowCount: rows.length,
        truncated,
        elapsedMs: Math.round(performance.now() - started),
      };
    } catch (error) {
      if (error instanceof ResearchQueryError) throw error;
      const pgError = error as { code?: string; message?: string };
      if (pgError.code === "57014") {
        throw new ResearchQueryError("TIMEOUT", `The query ran longer than ${limits.timeoutMs} ms.`, {
          cause: error,
        });
      }
      if (pgError.code === "42501") {
        throw new ResearchQueryError(
          "RELATION_NOT_ALLOWED",
          "The query reads something the research role may not.",
          { cause: error },
        );
      }
      if (typeof pgError.code === "string" && /^(22|42|2B|0A)/.test(pgError.code)) {
        // Data and syntax/semantic errors (division by zero, unknown column…): the client's query.
        throw new ResearchQueryError("QUERY_FAILED", `The query failed: ${pgError.message}`, {
          cause: error,
        });
      }
      throw error;
    } finally {
      // Always rolled back: nothing a research query does survives it.
      await conn.query("ROLLBACK");
    }
  });
}
