/**
 * The fold's vocabulary: a decoded ledger event in, row changes out. Fold functions are pure: they read
 * the current state through a `FoldView` and return changes; the sync engine applies the changes to
 * its in-memory state and to the store.
 */
import type { Hex } from "viem";

import type { HotTable, Row, TableName } from "../schema/tables.ts";

/** A decoded event: integers as bigint, addresses lowercase. */
export interface LedgerEvent {
  name: string;
  args: Record<string, unknown>;
  blockNumber: bigint;
  logIndex: number;
  blockHash: Hex;
  txHash: Hex;
  timestamp: bigint;
}

export type RowChange =
  /** Insert or replace a whole row of an in-memory table. */
  | { op: "put"; table: HotTable; row: Row }
  /** Remove a row of an in-memory table. */
  | { op: "delete"; table: TableName; key: Row }
  /** Insert a new row of an append-only table. */
  | { op: "insert"; table: TableName; row: Row }
  /** Update columns of an existing append-only row; `previous` holds their old values (for undo). */
  | { op: "patch"; table: TableName; key: Row; set: Row; previous: Row };

/** An attestation row read back for a revocation (its opportunity gives the category). */
export interface AttestationRef {
  orgId: bigint;
  seq: bigint;
  opportunityId: bigint;
}

export interface FoldView {
  get(table: HotTable, key: string): Row | undefined;
  /** Rows of a hot table matching a predicate (small tables only). */
  find(table: HotTable, predicate: (row: Row) => boolean): Row | undefined;
  attestation(orgId: bigint, seq: bigint): AttestationRef | undefined;
}

/** A checkpoint logged just before the record whose head it stores (the automatic one). */
export interface PendingCheckpoint {
  cityId: bigint;
  head: bigint;
  blockNumber: bigint;
  logIndex: number;
  txHash: Hex;
}

/** Per-sync mutable context that outlives one event (never persisted: it spans one transaction). */
export interface FoldContext {
  pendingCheckpoints: Map<string, PendingCheckpoint>;
}

/** The self-check failed: the store no longer mirrors the chain. Stops the sync. */
export class CommitmentMismatchError extends Error {
  override readonly name = "CommitmentMismatchError";
}

export class FoldError extends Error {
  override readonly name = "FoldError";
}
