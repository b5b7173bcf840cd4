/**
 * The derived tables the fold reads (cities, organizations, delegates, opportunities, offers,
 * accounts, recoveries, daily aggregates) held in memory while syncing. Applying a change updates
 * memory at once (so the next event sees it) and returns its inverse for the undo log.
 *
 * Accounts are the one table that grows with the chain (one per resident and city), so memory holds
 * a bounded cache of them: the engine loads the accounts a range may touch before folding it, the
 * fold reports any it asked for that were neither loaded nor known to be new (`missed`; the engine
 * then loads them and folds the range again), and accounts not written by an uncommitted range are
 * evicted, least recently written first, beyond `accountCap`.
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

export class MemoryState {
  readonly rows = new Map<HotTable, Map<string, Row>>(hotTables.map((t) => [t, new Map()]));
  readonly accountCap: number;
  /** Accounts asked for that memory does not hold and that are not known to be absent from the store. */
  readonly missed = new Set<string>();
  /** Accounts looked up in the store for the range being folded and not there (new residents). */
  readonly #absent = new Set<string>();
  /** Whether memory mirrors a store (accounts then may live only there); a bare state holds everything. */
  #backed = false;

  constructor(accountCap = 50_000) {
    this.accountCap = accountCap;
  }

  async load(db: Queryable): Promise<void> {
    this.#backed = true;
    this.#absent.clear();
    this.missed.clear();
    for (const table of hotTables) {
      const map = new Map<string, Row>();
      // Accounts are loaded on demand (loadAccounts).
      if (table === "accounts") {
        this.rows.set(table, map);
        continue;
      }
      for (const row of await db.query(`SELECT * FROM ${table}`)) {
        const r = fromSql(table, row);
        if (table === "daily_stats") {
          r.day = normalizeDay(r.day);
          // Counted by the store as residents are first seen (WriteBatch); memory never writes it.
          delete r.active_residents;
        }
        map.set(keyOf(table, r), r);
      }
      this.rows.set(table, map);
    }
  }

  get(table: HotTable, key: string): Row | undefined {
    const row = this.rows.get(table)!.get(key);
    if (row === undefined && table === "accounts" && this.#backed && !this.#absent.has(key))
      this.missed.add(key);
    return row;
  }

  /** Reads from the store the accounts (`city|resident` keys) memory does not hold; notes the absent ones. */
  async loadAccounts(db: Queryable, keys: Iterable<string>): Promise<void> {
    const map = this.rows.get("accounts")!;
    const cities: string[] = [];
    const residents: string[] = [];
    for (const key of keys) {
      if (map.has(key) || this.#absent.has(key)) continue;
      const bar = key.indexOf("|");
      cities.push(key.slice(0, bar));
      residents.push(key.slice(bar + 1));
      this.#absent.add(key);
    }
    for (let i = 0; i < cities.length; i += 10_000) {
      const rows = await db.query(
        "SELECT a.* FROM accounts a JOIN unnest($1::int8[], $2::text[]) AS k(city_id, resident) USING (city_id, resident)",
        [cities.slice(i, i + 10_000), residents.slice(i, i + 10_000)],
      );
      for (const row of rows) {
        const r = fromSql("accounts", row);
        const key = keyOf("accounts", r);
        this.#absent.delete(key);
        map.set(key, r);
      }
    }
  }

  /** After a range is folded: the new accounts it created are in memory now. */
  forgetAbsent(): void {
    this.#absent.clear();
  }

  /** Drops least recently written accounts beyond the cap, keeping those `dirty` says are uncommitted. */
  evictAccounts(dirty: (key: string) => boolean): void {
    const map = this.rows.get("accounts")!;
    if (!this.#backed || map.size <= this.accountCap) return;
    const target = Math.floor(this.accountCap * 0.8);
    for (const key of map.keys()) {
      if (map.size <= target) break;
      if (!dirty(key)) map.delete(key);
    }
  }

  /** Applies a change in memory (hot tables only) and returns the change that undoes it. */
  apply(change: RowChange): RowChange {
    switch (change.op) {
      case "put": {
        const key = keyOf(change.table, change.row);
        const map = this.rows.get(change.table)!;
        const previous = map.get(key);
        // Re-inserted so that a Map's order is the order of last writes (eviction takes the oldest).
        if (previous !== undefined && change.table === "accounts") map.delete(key);
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
