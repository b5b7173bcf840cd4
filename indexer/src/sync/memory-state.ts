/**
 * The derived tables the fold reads (cities, organizations, delegates, opportunities, offers,
 * accounts, recoveries, daily aggregates) held in memory while syncing, plus the write buffer of
 * the current transaction. Applying a change updates memory at once (so the next event sees it),
 * queues its SQL, and returns its inverse for the undo log.
 */
import type { AttestationRef, FoldView, RowChange } from "../fold/types.ts";
import {
  type HotTable,
  type Row,
  type TableName,
  fromSql,
  hotTables,
  keyOf,
  tables,
} from "../schema/tables.ts";
import type { Queryable } from "../store/store.ts";

/**
 * What is loaded of each hot table: everything, except the residents seen per day, of which the fold
 * only ever reads the latest day (block timestamps never decrease).
 */
const loadQuery = (table: HotTable): string =>
  table === "daily_residents"
    ? "SELECT * FROM daily_residents WHERE day = (SELECT max(day) FROM daily_residents)"
    : `SELECT * FROM ${table}`;

export class MemoryState {
  readonly rows = new Map<HotTable, Map<string, Row>>(hotTables.map((t) => [t, new Map()]));
  /** The day held in memory of daily_residents. */
  #residentsDay = "";

  async load(db: Queryable): Promise<void> {
    for (const table of hotTables) {
      const map = new Map<string, Row>();
      for (const row of await db.query(loadQuery(table))) {
        const r = fromSql(table, row);
        if (table === "daily_stats" || table === "daily_residents") r.day = normalizeDay(r.day);
        if (table === "daily_residents") this.#residentsDay = r.day as string;
        map.set(keyOf(table, r), r);
      }
      this.rows.set(table, map);
    }
  }

  get(table: HotTable, key: string): Row | undefined {
    return this.rows.get(table)!.get(key);
  }

  /** Applies a change in memory (hot tables only) and returns the change that undoes it. */
  apply(change: RowChange): RowChange {
    switch (change.op) {
      case "put": {
        const key = keyOf(change.table, change.row);
        const map = this.rows.get(change.table)!;
        if (change.table === "daily_residents" && change.row.day !== this.#residentsDay) {
          // A new day: the previous days' residents stay in the store, memory holds only this one.
          if ((change.row.day as string) > this.#residentsDay) map.clear();
          this.#residentsDay = change.row.day as string;
        }
        const previous = map.get(key);
        map.set(key, change.row);
        return previous
          ? { op: "put", table: change.table, row: previous }
          : { op: "delete", table: change.table, key: change.row };
      }
      case "delete": {
        const table = change.table as HotTable;
        const key = keyOf(table, change.key);
        const map = this.rows.get(table);
        const previous = map?.get(key);
        map?.delete(key);
        if (!previous) return { op: "delete", table, key: change.key };
        return { op: "put", table, row: previous };
      }
      case "insert":
        return { op: "delete", table: change.table, key: pick(change.table, change.row) };
      case "patch":
        return {
          op: "patch",
          table: change.table,
          key: change.key,
          set: change.previous,
          previous: change.set,
        };
    }
  }
}

/** The primary-key columns of a row. */
export function pick(table: TableName, row: Row): Row {
  return Object.fromEntries(tables[table].key.map((k) => [k, row[k]]));
}

function normalizeDay(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
}

/** The fold's view: memory for hot tables; pending and prefetched attestation rows for revocations. */
export function foldView(
  state: MemoryState,
  attestations: (orgId: bigint, seq: bigint) => AttestationRef | undefined,
): FoldView {
  return {
    get: (table, key) => state.get(table, key),
    find: (table, predicate) => {
      for (const row of state.rows.get(table)!.values()) if (predicate(row)) return row;
      return undefined;
    },
    attestation: attestations,
  };
}
