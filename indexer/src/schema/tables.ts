/**
 * What the sync engine needs to know about each derived table: its primary key (to key rows in memory
 * and in undo entries), which columns are numeric(78,0) (bigint in memory, decimal strings in SQL)
 * and whether the whole table is kept in memory while folding ("hot": small, read by the fold).
 */
export interface TableSpec {
  key: readonly string[];
  numeric: readonly string[];
  hot: boolean;
  /** False: rolled back by block number in rollbackTo, without undo entries. */
  undo?: false;
}

export const tables = {
  network: { key: ["id"], numeric: [], hot: true },
  cities: { key: ["city_id"], numeric: ["supply"], hot: true },
  organizations: { key: ["org_id"], numeric: ["budget", "epoch_minted"], hot: true },
  delegates: { key: ["org_id", "address"], numeric: ["cap", "epoch_minted"], hot: true },
  opportunities: { key: ["opportunity_id"], numeric: ["credits_per_unit", "capacity", "used"], hot: true },
  offers: { key: ["offer_id"], numeric: ["price", "stock", "sold"], hot: true },
  accounts: { key: ["city_id", "resident"], numeric: ["balance", "lifetime", "shortfall"], hot: true },
  recoveries: {
    key: ["city_id", "from_address", "requested_block", "requested_log"],
    numeric: ["moved_balance", "moved_lifetime"],
    hot: true,
  },
  daily_stats: {
    key: ["city_id", "day", "category"],
    numeric: ["units", "credits_minted", "credits_revoked", "credits_burned", "credits_refunded"],
    hot: true,
  },

  attestations: {
    key: ["org_id", "seq"],
    numeric: ["units", "credits", "clawed_back", "shortfall"],
    hot: false,
  },
  redemptions: {
    key: ["offer_id", "seq"],
    numeric: ["credits", "refund_spendable", "refund_shortfall_covered"],
    hot: false,
  },
  account_changes: {
    key: ["block_number", "log_index", "sub_index"],
    numeric: ["balance_delta", "lifetime_delta", "balance", "lifetime", "shortfall_delta", "shortfall"],
    hot: false,
  },
  nonces: { key: ["signer", "nonce"], numeric: ["nonce"], hot: false },
  nonce_invalidations: { key: ["block_number", "log_index"], numeric: ["word_pos", "mask"], hot: false },
  commitments: { key: ["city_id", "position"], numeric: [], hot: false },
  checkpoints: { key: ["block_number", "log_index"], numeric: [], hot: false },
  // Written with ON CONFLICT DO NOTHING (the store, not memory, knows who was already seen that day)
  // and rolled back by block number, not through the undo log: see WriteBatch and rollbackTo.
  daily_residents: { key: ["city_id", "day", "category", "resident"], numeric: [], hot: false, undo: false },
} as const satisfies Record<string, TableSpec>;

export type TableName = keyof typeof tables;
export type HotTable = { [K in TableName]: (typeof tables)[K]["hot"] extends true ? K : never }[TableName];

export const tableNames = Object.keys(tables) as TableName[];
export const hotTables = tableNames.filter((t) => tables[t].hot) as HotTable[];

/** Tables whose rows are compared between two stores in the reorg and crash tests (events too). */
export const comparedTables: readonly string[] = ["events", ...tableNames];

export type Row = Record<string, unknown>;

/** The in-memory / undo key of a row: its primary-key values joined. */
export function keyOf(table: TableName, row: Row): string {
  return tables[table].key.map((k) => String(row[k])).join("|");
}

/** A row as read from SQL, with numeric columns as bigint (the fold's representation). */
export function fromSql(table: TableName, row: Row): Row {
  const out: Row = { ...row };
  for (const c of tables[table].numeric) {
    const v = out[c];
    if (typeof v === "string") out[c] = BigInt(v);
  }
  return out;
}

/** JSON for json_populate_recordset: bigint as decimal strings. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
}
