/**
 * Streamed CSV (RFC 4180): rows are read in keyset-ordered batches and encoded as the client
 * reads, so an export of millions of rows holds one batch in memory, never the table.
 */
import type { Queryable } from "../store/store.ts";

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text: string;
  if (value instanceof Date) text = value.toISOString();
  else if (typeof value === "object")
    text = JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v));
  else text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly unknown[]): string {
  let line = "";
  for (let i = 0; i < values.length; i++) line += (i === 0 ? "" : ",") + csvField(values[i]);
  return `${line}\r\n`;
}

/** A source of rows in pages: `next(after)` returns the rows following the key `after`. */
export interface KeysetSource<Row> {
  columns: readonly string[];
  next(after: Row | undefined): Promise<Row[]>;
}

export function csvStream<Row extends Record<string, unknown>>(
  source: KeysetSource<Row>,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let last: Row | undefined;
  let headerSent = false;
  let done = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!headerSent) {
          headerSent = true;
          controller.enqueue(encoder.encode(csvLine(source.columns)));
          return;
        }
        if (done) return;
        const rows = await source.next(last);
        if (rows.length === 0) {
          done = true;
          controller.close();
          return;
        }
        let chunk = "";
        for (const row of rows) {
          let line = "";
          for (let i = 0; i < source.columns.length; i++)
            line += (i === 0 ? "" : ",") + csvField(row[source.columns[i]!]);
          chunk += `${line}\r\n`;
        }
        last = rows.at(-1);
        controller.enqueue(encoder.encode(chunk));
      },
    },
    // One batch buffered ahead at most.
    { highWaterMark: 1 },
  );
}

function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Refusing identifier ${JSON.stringify(name)}.`);
  return `"${name}"`;
}

export interface TableExport {
  /** Relation name (trusted: from the store's catalogue, never from a request). */
  relation: string;
  columns: readonly string[];
  /** Unique sort key columns, in order, with their SQL types (so the index serves the scan). */
  key: readonly { column: string; type: "bigint" | "integer" | "numeric" | "text" | "date" }[];
  /** Extra condition on parameters `$1…$n` (then key parameters follow). */
  where?: { sql: string; params: readonly unknown[] };
  batchSize?: number;
}

/** Keyset batches over a relation: `WHERE (k1, k2) > ($…) ORDER BY k1, k2 LIMIT n`. */
export function tableSource(
  db: Pick<Queryable, "query">,
  spec: TableExport,
): KeysetSource<Record<string, unknown>> {
  const columns = spec.columns.map(quoteIdent).join(", ");
  const key = spec.key.map((k) => quoteIdent(k.column));
  const base = spec.where?.params ?? [];
  const batch = spec.batchSize ?? 5_000;
  const relation = quoteIdent(spec.relation);
  // Key columns are also selected (as text, so big integers round-trip) to continue from.
  const keyTexts = spec.key.map((k, i) => `${quoteIdent(k.column)}::text AS "__k${i}"`).join(", ");
  return {
    columns: spec.columns,
    async next(after) {
      const conditions: string[] = [];
      const params: unknown[] = [...base];
      if (spec.where) conditions.push(`(${spec.where.sql})`);
      if (after) {
        const placeholders = spec.key.map((_k, i) => {
          params.push(after[`__k${i}`]);
          return `$${params.length}`;
        });
        // Compare in the column's own type: cast each parameter to it.
        conditions.push(
          `(${key.join(", ")}) > (${placeholders.map((p, i) => `CAST(${p} AS ${spec.key[i]!.type})`).join(", ")})`,
        );
      }
      const sql = `SELECT ${columns}, ${keyTexts} FROM ${relation}${conditions.length ? ` WHERE ${conditions.join(" AND ")}` : ""} ORDER BY ${key.join(", ")} LIMIT ${batch}`;
      return db.query<Record<string, unknown>>(sql, params);
    },
  };
}
