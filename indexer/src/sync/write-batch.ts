/**
 * The rows of one store transaction, accumulated in memory and written with one multi-row statement per
 * table and kind: one array parameter per column, expanded with UNNEST (any row count, the same SQL on
 * PGlite and PostgreSQL, and a third cheaper to parse than one JSON document of the rows). Later
 * changes to the same row replace earlier ones before anything is sent.
 */
import type { RowChange } from "../fold/types.ts";
import { type Row, type TableName, keyOf, tableNames, tables } from "../schema/tables.ts";
import type { Queryable } from "../store/store.ts";

const CHUNK = 5_000;

export class WriteBatch {
  readonly events: Row[] = [];
  readonly blocks: Row[] = [];
  readonly undo: { block_number: bigint; change: RowChange }[] = [];
  readonly #upserts = new Map<TableName, Map<string, Row>>();
  readonly #inserts = new Map<TableName, Map<string, Row>>();
  readonly #deletes = new Map<TableName, Map<string, Row>>();
  readonly #patches = new Map<string, { table: TableName; key: Row; set: Row }>();
  size = 0;

  /** Queues a change (already applied to memory). */
  add(change: RowChange): void {
    this.size++;
    switch (change.op) {
      case "put": {
        const key = keyOf(change.table, change.row);
        this.#deletes.get(change.table)?.delete(key);
        mapOf(this.#upserts, change.table).set(key, change.row);
        return;
      }
      case "delete": {
        const key = keyOf(change.table, change.key);
        this.#upserts.get(change.table)?.delete(key);
        if (this.#inserts.get(change.table)?.delete(key)) return;
        mapOf(this.#deletes, change.table).set(key, change.key);
        return;
      }
      case "insert": {
        // The first insert of a key is the one kept (a resident seen twice in a day keeps its first block).
        const inserts = mapOf(this.#inserts, change.table);
        const key = keyOf(change.table, change.row);
        if (!inserts.has(key)) inserts.set(key, change.row);
        return;
      }
      case "patch": {
        const pending = this.#inserts.get(change.table)?.get(keyOf(change.table, change.key));
        if (pending) Object.assign(pending, change.set);
        else {
          const id = `${change.table}/${keyOf(change.table, change.key)}`;
          const merged = this.#patches.get(id);
          if (merged) Object.assign(merged.set, change.set);
          else this.#patches.set(id, { table: change.table, key: change.key, set: { ...change.set } });
        }
        return;
      }
    }
  }

  /** Whether this batch writes the row (upsert) of `table` with this key. */
  writes(table: TableName, key: string): boolean {
    return this.#upserts.get(table)?.has(key) ?? false;
  }

  pendingInsert(table: TableName, key: string): Row | undefined {
    return this.#inserts.get(table)?.get(key);
  }

  async write(db: Queryable): Promise<void> {
    await insertRows(db, "events", this.events);
    for (const table of tableNames) {
      const deletes = this.#deletes.get(table);
      if (deletes && deletes.size > 0) await deleteRows(db, table, [...deletes.values()]);
    }
    for (const table of tableNames) {
      const upserts = this.#upserts.get(table);
      if (upserts && upserts.size > 0) await upsertRows(db, table, [...upserts.values()]);
      const inserts = this.#inserts.get(table);
      if (!inserts || inserts.size === 0) continue;
      if (table === "daily_residents") await countActiveResidents(db, [...inserts.values()]);
      else await insertRows(db, table, [...inserts.values()]);
    }
    await patchRows(db, [...this.#patches.values()]);
    if (this.blocks.length > 0) await upsertRows(db, "blocks", this.blocks, ["block_number"]);
    if (this.undo.length > 0) {
      await insertRows(
        db,
        "undo_log",
        this.undo.map((u) => ({ block_number: u.block_number, change: u.change })),
      );
    }
  }
}

function mapOf(m: Map<TableName, Map<string, Row>>, table: TableName): Map<string, Row> {
  let inner = m.get(table);
  if (!inner) {
    inner = new Map();
    m.set(table, inner);
  }
  return inner;
}

/** Column name → SQL type (udt name: int8, numeric, jsonb, _text…) of each table, read once. */
const columnTypes = new Map<string, Map<string, string>>();

async function typesOf(db: Queryable, table: string): Promise<Map<string, string>> {
  let types = columnTypes.get(table);
  if (!types) {
    const rows = await db.query<{ column_name: string; udt_name: string }>(
      "SELECT column_name, udt_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1",
      [table],
    );
    if (rows.length === 0) throw new Error(`table ${table} is missing: is the store migrated?`);
    types = new Map(rows.map((r) => [r.column_name, r.udt_name]));
    columnTypes.set(table, types);
  }
  return types;
}

/** One column's values as an SQL array parameter: bigint as decimal text, JSON as text, arrays as literals. */
function columnValues(rows: Row[], column: string, type: string): unknown[] {
  const out = new Array<unknown>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const v = rows[i]![column];
    if (v === undefined || v === null) out[i] = null;
    else if (typeof v === "bigint") out[i] = v.toString();
    else if (type === "jsonb" || type === "json") out[i] = typeof v === "string" ? v : jsonText(v);
    else if (type.startsWith("_")) out[i] = Array.isArray(v) ? arrayLiteral(v) : String(v);
    else out[i] = v;
  }
  return out;
}

function jsonText(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
}

/** A one-dimensional PostgreSQL array literal, every element quoted. */
function arrayLiteral(values: unknown[]): string {
  const items = values.map((v) =>
    v === null || v === undefined ? "NULL" : `"${String(v).replace(/[\\"]/g, (c) => `\\${c}`)}"`,
  );
  return `{${items.join(",")}}`;
}

/**
 * `unnest($1::t1[], $2::t2[], …) AS alias(columns)` over the given columns of `rows`, with its parameters.
 * Array-typed columns travel as text and are cast back after the unnest.
 */
async function unnestOf(
  db: Queryable,
  table: string,
  rows: Row[],
  columns: string[],
  alias: string,
): Promise<{ from: string; select: string[]; params: unknown[] }> {
  const types = await typesOf(db, table);
  const params: unknown[] = [];
  const args: string[] = [];
  const select: string[] = [];
  for (const c of columns) {
    const type = types.get(c)!;
    const isArray = type.startsWith("_");
    params.push(columnValues(rows, c, type));
    args.push(`$${params.length}::${isArray ? "text" : type}[]`);
    select.push(isArray ? `${alias}.${c}::${type}` : `${alias}.${c}`);
  }
  return { from: `unnest(${args.join(", ")}) AS ${alias}(${columns.join(", ")})`, select, params };
}

/** The table's columns that any of the rows sets (keys that are not columns are ignored). */
async function columnsOf(
  db: Queryable,
  table: string,
  rows: Row[],
  first?: readonly string[],
): Promise<string[]> {
  const types = await typesOf(db, table);
  const seen = new Set<string>(first ?? []);
  for (const r of rows) for (const k in r) if (!seen.has(k) && types.has(k)) seen.add(k);
  return [...seen];
}

async function insertRows(db: Queryable, table: string, rows: Row[]): Promise<void> {
  const columns = await columnsOf(db, table, rows);
  for (let i = 0; i < rows.length; i += CHUNK) {
    const { from, select, params } = await unnestOf(db, table, rows.slice(i, i + CHUNK), columns, "v");
    await db.query(
      `INSERT INTO ${table} (${columns.join(", ")}) SELECT ${select.join(", ")} FROM ${from}`,
      params,
    );
  }
}

/**
 * Residents attested per city x category x day: stores the pairs not seen yet and adds how many were
 * new to the day's aggregate (whose other columns were written just before, from memory).
 */
async function countActiveResidents(db: Queryable, rows: Row[]): Promise<void> {
  const columns = ["city_id", "day", "category", "resident", "block_number"];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const { from, select, params } = await unnestOf(
      db,
      "daily_residents",
      rows.slice(i, i + CHUNK),
      columns,
      "v",
    );
    await db.query(
      `WITH seen AS (
         INSERT INTO daily_residents (${columns.join(", ")}) SELECT ${select.join(", ")} FROM ${from}
         ON CONFLICT DO NOTHING RETURNING city_id, day, category)
       UPDATE daily_stats s SET active_residents = s.active_residents + n.count
         FROM (SELECT city_id, day, category, count(*) AS count FROM seen GROUP BY 1, 2, 3) n
        WHERE s.city_id = n.city_id AND s.day = n.day AND s.category = n.category`,
      params,
    );
  }
}

/** Insert or replace whole rows (every column given). */
export async function upsertRows(
  db: Queryable,
  table: string,
  rows: Row[],
  key?: readonly string[],
): Promise<void> {
  const pk = key ?? tables[table as TableName].key;
  const all = await columnsOf(db, table, rows, pk);
  const columns = all.filter((c) => !pk.includes(c));
  const set =
    columns.length > 0
      ? `DO UPDATE SET ${columns.map((c) => `${c} = EXCLUDED.${c}`).join(", ")}`
      : "DO NOTHING";
  for (let i = 0; i < rows.length; i += CHUNK) {
    const { from, select, params } = await unnestOf(db, table, rows.slice(i, i + CHUNK), all, "v");
    await db.query(
      `INSERT INTO ${table} (${all.join(", ")}) SELECT ${select.join(", ")} FROM ${from} ON CONFLICT (${pk.join(", ")}) ${set}`,
      params,
    );
  }
}

export async function deleteRows(db: Queryable, table: TableName, keys: Row[]): Promise<void> {
  const pk = [...tables[table].key];
  for (let i = 0; i < keys.length; i += CHUNK) {
    const { from, params } = await unnestOf(db, table, keys.slice(i, i + CHUNK), pk, "k");
    await db.query(
      `DELETE FROM ${table} t USING ${from} WHERE ${pk.map((c) => `t.${c} = k.${c}`).join(" AND ")}`,
      params,
    );
  }
}

/** Updates some columns of existing rows; one statement per table and column set. */
export async function patchRows(
  db: Queryable,
  patches: { table: TableName; key: Row; set: Row }[],
): Promise<void> {
  const groups = new Map<string, { table: TableName; columns: string[]; rows: Row[] }>();
  for (const p of patches) {
    const columns = Object.keys(p.set).sort();
    const id = `${p.table}/${columns.join(",")}`;
    let g = groups.get(id);
    if (!g) {
      g = { table: p.table, columns, rows: [] };
      groups.set(id, g);
    }
    g.rows.push({ ...p.set, ...p.key });
  }
  for (const { table, columns, rows } of groups.values()) {
    const pk = tables[table].key;
    for (let i = 0; i < rows.length; i += CHUNK) {
      const { from, select, params } = await unnestOf(
        db,
        table,
        rows.slice(i, i + CHUNK),
        [...pk, ...columns],
        "v",
      );
      const values = select.slice(pk.length);
      await db.query(
        `UPDATE ${table} t SET ${columns.map((c, j) => `${c} = ${values[j]}`).join(", ")} FROM ${from} WHERE ${pk.map((c) => `t.${c} = v.${c}`).join(" AND ")}`,
        params,
      );
    }
  }
}
