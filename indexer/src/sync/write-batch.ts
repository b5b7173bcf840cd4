/**
 * The rows of one store transaction, accumulated in memory and written with one multi-row statement per
 * table and kind (json_populate_recordset: one parameter, any row count, same SQL on PGlite and
 * PostgreSQL). Later changes to the same row replace earlier ones before anything is sent.
 */
import type { RowChange } from "../fold/types.ts";
import { type Row, type TableName, keyOf, tableNames, tables, toJson } from "../schema/tables.ts";
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
      case "insert":
        mapOf(this.#inserts, change.table).set(keyOf(change.table, change.row), change.row);
        return;
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

  pendingInsert(table: TableName, key: string): Row | undefined {
    return this.#inserts.get(table)?.get(key);
  }

  async write(db: Queryable): Promise<void> {
    await insertRows(db, "events", this.events, "");
    for (const table of tableNames) {
      const deletes = this.#deletes.get(table);
      if (deletes && deletes.size > 0) await deleteRows(db, table, [...deletes.values()]);
    }
    for (const table of tableNames) {
      const upserts = this.#upserts.get(table);
      if (upserts && upserts.size > 0) await upsertRows(db, table, [...upserts.values()]);
      const inserts = this.#inserts.get(table);
      if (inserts && inserts.size > 0) await insertRows(db, table, [...inserts.values()], "");
    }
    await patchRows(db, [...this.#patches.values()]);
    if (this.blocks.length > 0) await upsertRows(db, "blocks", this.blocks, ["block_number"]);
    if (this.undo.length > 0) {
      await insertRows(
        db,
        "undo_log",
        this.undo.map((u) => ({ block_number: u.block_number, change: u.change })),
        "block_number, change",
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

async function insertRows(db: Queryable, table: string, rows: Row[], columns: string): Promise<void> {
  const list = columns === "" ? "*" : columns;
  const into = columns === "" ? table : `${table} (${columns})`;
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db.query(
      `INSERT INTO ${into} SELECT ${list} FROM json_populate_recordset(NULL::${table}, $1::json)`,
      [toJson(rows.slice(i, i + CHUNK))],
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
  const columns = Object.keys(rows[0]!).filter((c) => !pk.includes(c));
  const set =
    columns.length > 0
      ? `DO UPDATE SET ${columns.map((c) => `${c} = EXCLUDED.${c}`).join(", ")}`
      : "DO NOTHING";
  const names = [...pk, ...columns].join(", ");
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db.query(
      `INSERT INTO ${table} (${names}) SELECT ${names} FROM json_populate_recordset(NULL::${table}, $1::json) ON CONFLICT (${pk.join(", ")}) ${set}`,
      [toJson(rows.slice(i, i + CHUNK))],
    );
  }
}

export async function deleteRows(db: Queryable, table: TableName, keys: Row[]): Promise<void> {
  const pk = tables[table].key;
  for (let i = 0; i < keys.length; i += CHUNK) {
    await db.query(
      `DELETE FROM ${table} t USING json_populate_recordset(NULL::${table}, $1::json) k WHERE ${pk.map((c) => `t.${c} = k.${c}`).join(" AND ")}`,
      [toJson(keys.slice(i, i + CHUNK))],
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
      await db.query(
        `UPDATE ${table} t SET ${columns.map((c) => `${c} = v.${c}`).join(", ")} FROM json_populate_recordset(NULL::${table}, $1::json) v WHERE ${pk.map((c) => `t.${c} = v.${c}`).join(" AND ")}`,
        [toJson(rows.slice(i, i + CHUNK))],
      );
    }
  }
}
