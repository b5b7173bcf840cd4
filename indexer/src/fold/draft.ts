/**
 * A copy-on-write overlay over the fold view for the duration of one event: reads see earlier writes
 * of the same event (a batch crediting one resident twice), and `changes()` returns each put once,
 * with its final value, after the inserts and patches in the order they were made.
 */
import { type HotTable, type Row, type TableName, keyOf } from "../schema/tables.ts";
import type { FoldView, RowChange } from "./types.ts";

export class Draft {
  readonly view: FoldView;
  readonly #puts = new Map<string, { table: HotTable; row: Row }>();
  readonly #deleted = new Set<string>();
  readonly #ordered: RowChange[] = [];

  constructor(view: FoldView) {
    this.view = view;
  }

  get(table: HotTable, key: string): Row | undefined {
    const id = `${table}/${key}`;
    if (this.#deleted.has(id)) return undefined;
    return this.#puts.get(id)?.row ?? this.view.get(table, key);
  }

  /** Like `get`, failing loudly: the event refers to something the fold never saw (a missed log). */
  must(table: HotTable, key: string, what: string): Row {
    const row = this.get(table, key);
    if (!row) throw new Error(`${what} is unknown to the store (missed or misordered log)`);
    return row;
  }

  put(table: HotTable, row: Row): void {
    const id = `${table}/${keyOf(table, row)}`;
    if (this.#deleted.delete(id)) {
      // Deleted then re-created in one event: the put alone gives the final state.
      const i = this.#ordered.findIndex(
        (c) => c.op === "delete" && `${c.table}/${keyOf(c.table, c.key)}` === id,
      );
      if (i >= 0) this.#ordered.splice(i, 1);
    }
    this.#puts.set(id, { table, row });
  }

  delete(table: HotTable, key: Row): void {
    const id = `${table}/${keyOf(table, key)}`;
    this.#puts.delete(id);
    this.#deleted.add(id);
    this.#ordered.push({ op: "delete", table, key });
  }

  insert(table: TableName, row: Row): void {
    this.#ordered.push({ op: "insert", table, row });
  }

  patch(table: TableName, key: Row, set: Row, previous: Row): void {
    this.#ordered.push({ op: "patch", table, key, set, previous });
  }

  changes(): RowChange[] {
    const puts: RowChange[] = [...this.#puts.values()].map(({ table, row }) => ({ op: "put", table, row }));
    return [...puts, ...this.#ordered];
  }
}
