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

const NUMBER_TYPE = /^(smallint|integer|bigint|numeric(\(\d+,0\))?)$/;
const TEXT_TYPES = new Set(["text", "character varying"]);

/**
 * SQL that renders one column of a row as its CSV field, exactly as `csvField` renders the value
 * the driver returns for it (text `quoted` or not); undefined for types the driver turns into
 * objects (JSON, arrays, dates), which keep the row-by-row path.
 */
function sqlField(column: string, type: string, quoted: boolean): string | undefined {
  const ref = quoteIdent(column);
  if (NUMBER_TYPE.test(type)) return `coalesce(${ref}::text, '')`;
  if (type === "boolean") return `CASE WHEN ${ref} THEN 'true' WHEN NOT ${ref} THEN 'false' ELSE '' END`;
  if (TEXT_TYPES.has(type)) {
    return quoted
      ? `CASE WHEN ${ref} IS NULL THEN '' WHEN ${ref} ~ '[",\\r\\n]' THEN '"' || replace(${ref}, '"', '""') || '"' ELSE ${ref} END`
      : `coalesce(${ref}, '')`;
  }
  return undefined;
}

/**
 * One CSV line per row, or undefined when a column's type cannot be rendered in SQL. Rows whose
 * texts hold no quote, comma or line break (nearly all) skip the per-field quoting: one pattern
 * match per row instead of one per text field.
 */
function sqlLine(columns: readonly { name: string; type: string }[]): string | undefined {
  const plain = columns.map((c) => sqlField(c.name, c.type, false));
  if (plain.some((f) => f === undefined)) return undefined;
  const texts = columns
    .filter((c) => TEXT_TYPES.has(c.type))
    .map((c) => `coalesce(${quoteIdent(c.name)}, '')`);
  if (texts.length === 0) return plain.join(` || ',' || `);
  const quoted = columns.map((c) => sqlField(c.name, c.type, true)!);
  return `CASE WHEN (${texts.join(" || ")}) ~ '[",\\r\\n]' THEN ${quoted.join(` || ',' || `)} ELSE ${plain.join(` || ',' || `)} END`;
}

export interface TypedTableExport extends Omit<TableExport, "columns"> {
  columns: readonly { name: string; type: string }[];
}

/** The fields of one CSV line (as `csvLine` writes them, without its line break). */
export function csvFields(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let value = "";
      i++;
      for (;;) {
        const quote = line.indexOf('"', i);
        if (quote === -1) throw new Error("Unterminated quoted CSV field.");
        value += line.slice(i, quote);
        if (line[quote + 1] === '"') {
          value += '"';
          i = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
      fields.push(value);
    } else {
      const comma = line.indexOf(",", i);
      fields.push(line.slice(i, comma === -1 ? line.length : comma));
      i = comma === -1 ? line.length : comma;
    }
    if (i >= line.length) return fields;
    i++; // the comma
  }
}

/**
 * CSV of a whole relation. When every column is a number, text or boolean, the store renders
 * each row into its line (one value per row crosses the driver instead of one per field: several
 * times faster on both stores); otherwise rows are rendered here. Either way batches follow the
 * key, so memory holds one batch whatever the table's size.
 */
export function tableCsvStream(
  db: Pick<Queryable, "query">,
  spec: TypedTableExport,
): ReadableStream<Uint8Array> {
  const names = spec.columns.map((c) => c.name);
  const line = sqlLine(spec.columns);
  if (line === undefined) {
    return csvStream(tableSource(db, { ...spec, columns: names, batchSize: spec.batchSize ?? 10_000 }));
  }

  const key = spec.key.map((k) => quoteIdent(k.column));
  const keyIndexes = spec.key.map((k) => names.indexOf(k.column));
  if (keyIndexes.includes(-1)) throw new Error(`The key of ${spec.relation} must be among its columns.`);
  const base = spec.where?.params ?? [];
  const batch = spec.batchSize ?? 50_000;
  const relation = quoteIdent(spec.relation);
  const encoder = new TextEncoder();
  let after: string[] | undefined;
  let headerSent = false;
  let done = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!headerSent) {
          headerSent = true;
          controller.enqueue(encoder.encode(csvLine(names)));
          return;
        }
        if (done) return;
        const conditions: string[] = [];
        const params: unknown[] = [...base];
        if (spec.where) conditions.push(`(${spec.where.sql})`);
        if (after) {
          const placeholders = spec.key.map((k, i) => {
            params.push(after![i]);
            return `CAST($${params.length} AS ${k.type})`;
          });
          conditions.push(`(${key.join(", ")}) > (${placeholders.join(", ")})`);
        }
        const rows = await db.query<{ line: string }>(
          `SELECT ${line} AS line FROM ${relation}
           ${conditions.length ? `WHERE ${conditions.join(" AND ")}` : ""}
           ORDER BY ${key.join(", ")} LIMIT ${batch}`,
          params,
        );
        if (rows.length > 0) {
          let chunk = "";
          for (const row of rows) chunk += `${row.line}\r\n`;
          controller.enqueue(encoder.encode(chunk));
        }
        if (rows.length < batch) {
          done = true;
          controller.close();
          return;
        }
        // The next batch starts after the key of this one's last row, read back from its line.
        const fields = csvFields(rows.at(-1)!.line);
        after = keyIndexes.map((i) => fields[i]!);
      },
    },
    { highWaterMark: 1 },
  );
}
