/**
 * The one interface the indexer (and the HTTP API) use over either database: PGlite on disk or
 * PostgreSQL. Both speak the same SQL (PostgreSQL dialect), so nothing above this file knows which.
 */
export type Row = Record<string, unknown>;

export interface Queryable {
  /** Runs one parameterized statement ($1, $2…) and returns its rows. */
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Store extends Queryable {
  readonly kind: "pglite" | "postgres";
  /** Human-readable location (data directory or DATABASE_URL without its password). */
  readonly location: string;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Takes the single-writer lock without waiting. True when this process now holds it; false when
   * another process does. Held until `releaseWriterLock()` or `close()` (or the process dies).
   */
  tryWriterLock(): Promise<boolean>;
  releaseWriterLock(): Promise<void>;
  close(): Promise<void>;
}

/** Advisory lock key of the indexer writer (an arbitrary constant: "citysync" in ASCII). */
export const WRITER_LOCK_KEY = 0x63697479_73796e63n;

export class StoreError extends Error {
  override readonly name = "StoreError";
}
