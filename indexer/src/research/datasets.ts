/**
 * The published datasets: one public view per public table of the indexer's store (`open_*`).
 * Researchers' SQL may read these views and nothing else; the CSV exports, the data dictionary
 * and the DCAT catalogue (data.json) are generated from this list and the live schema. The
 * sync's bookkeeping (sync_state, blocks, undo_log) and the integrations schema are not published.
 */
import type { Queryable } from "../store/store.ts";

export type KeyType = "bigint" | "integer" | "text" | "date";

export interface Dataset {
  /** The public view. */
  view: string;
  /** The indexer table it publishes. */
  table: string;
  title: string;
  description: string;
  /** Unique sort key: exports and keyset pages walk it. */
  key: readonly { column: string; type: KeyType }[];
  keywords: string[];
}

const k = (column: string, type: KeyType = "bigint") => ({ column, type });

export const DATASETS: readonly Dataset[] = [
  {
    view: "open_cities",
    table: "cities",
    title: "Cities",
    description: "Cities of the network: code, name, credits outstanding, commitment chain position.",
    key: [k("city_id")],
    keywords: ["city"],
  },
  {
    view: "open_organizations",
    table: "organizations",
    title: "Organizations",
    description: "Organizations that attest contributions: city, status, budget per epoch, metadata.",
    key: [k("org_id")],
    keywords: ["organization", "volunteering"],
  },
  {
    view: "open_delegates",
    table: "delegates",
    title: "Delegates",
    description: "Attesters of each organization (its account and delegates) with per-epoch caps and use.",
    key: [k("org_id"), k("address", "text")],
    keywords: ["organization"],
  },
  {
    view: "open_opportunities",
    table: "opportunities",
    title: "Opportunities",
    description: "Ways to contribute: rate in credits per unit, capacity, window, category and unit codes.",
    key: [k("opportunity_id")],
    keywords: ["volunteering", "opportunity"],
  },
  {
    view: "open_offers",
    table: "offers",
    title: "Offers",
    description: "What residents can redeem credits for: price, stock, sold, accepted cities.",
    key: [k("offer_id")],
    keywords: ["offer", "reward"],
  },
  {
    view: "open_attestations",
    table: "attestations",
    title: "Attestations",
    description:
      "One row per attested contribution: organization, sequence, resident (pseudonymous address), opportunity, units, credits, revocation.",
    key: [k("org_id"), k("seq")],
    keywords: ["attestation", "volunteering"],
  },
  {
    view: "open_redemptions",
    table: "redemptions",
    title: "Redemptions",
    description: "Credits burned for offers, with status pending, fulfilled or refunded.",
    key: [k("offer_id"), k("seq")],
    keywords: ["redemption", "reward"],
  },
  {
    view: "open_accounts",
    table: "accounts",
    title: "Accounts",
    description: "Balance and lifetime credits per (city, resident address).",
    key: [k("city_id"), k("resident", "text")],
    keywords: ["credits"],
  },
  {
    view: "open_account_changes",
    table: "account_changes",
    title: "Account changes",
    description: "Every change of every account, with the values after it.",
    key: [k("block_number"), k("log_index", "integer"), k("sub_index", "integer")],
    keywords: ["credits", "history"],
  },
  {
    view: "open_recoveries",
    table: "recoveries",
    title: "Recoveries",
    description: "Account recovery requests per city and how they ended.",
    key: [k("city_id"), k("from_address", "text"), k("requested_block"), k("requested_log", "integer")],
    keywords: ["recovery"],
  },
  {
    view: "open_commitments",
    table: "commitments",
    title: "Commitment chain",
    description: "Each city's chain of record hashes (attestation batches, redemptions) and checkpoints.",
    key: [k("city_id"), k("position")],
    keywords: ["audit"],
  },
  {
    view: "open_checkpoints",
    table: "checkpoints",
    title: "Checkpoints",
    description: "CheckpointRecorded events with the chain position they matched.",
    key: [k("block_number"), k("log_index", "integer")],
    keywords: ["audit"],
  },
  {
    view: "open_daily_stats",
    table: "daily_stats",
    title: "Daily statistics",
    description:
      "Per city × category × UTC day: attestations, units, credits minted, revoked, burned, refunded.",
    key: [k("city_id"), k("day", "date"), k("category", "text")],
    keywords: ["statistics"],
  },
  {
    view: "open_events",
    table: "events",
    title: "Ledger events",
    description: "Every decoded ledger event in chain order, arguments as JSON.",
    key: [k("block_number"), k("log_index", "integer")],
    keywords: ["events", "audit"],
  },
];

export const DATASET_VIEWS: ReadonlySet<string> = new Set(DATASETS.map((d) => d.view));

export function datasetByView(view: string): Dataset | undefined {
  return DATASETS.find((d) => d.view === view);
}

/** The view definitions (idempotent). Run by the API at start, against the primary. */
export function datasetViewsSql(): string {
  return DATASETS.map(
    (d) => `CREATE OR REPLACE VIEW public.${d.view} AS SELECT * FROM public.${d.table};`,
  ).join("\n");
}

export interface ColumnInfo {
  name: string;
  type: string;
}

const columnsCache = new WeakMap<object, Promise<Map<string, ColumnInfo[]>>>();

/**
 * Columns of every published view, from the live schema; read once per store handle (the views
 * change only with a migration, which restarts the service; information_schema is slow on PGlite).
 */
export function datasetColumns(db: Pick<Queryable, "query">): Promise<Map<string, ColumnInfo[]>> {
  let cached = columnsCache.get(db);
  if (!cached) {
    cached = readDatasetColumns(db);
    cached.catch(() => columnsCache.delete(db));
    columnsCache.set(db, cached);
  }
  return cached;
}

async function readDatasetColumns(db: Pick<Queryable, "query">): Promise<Map<string, ColumnInfo[]>> {
  const rows = await db.query<{
    table_name: string;
    column_name: string;
    data_type: string;
    numeric_precision: unknown;
  }>(
    `SELECT table_name, column_name, data_type, numeric_precision FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name = ANY ($1::text[]) ORDER BY table_name, ordinal_position`,
    [[...DATASET_VIEWS]],
  );
  const out = new Map<string, ColumnInfo[]>();
  for (const r of rows) {
    const list = out.get(r.table_name) ?? [];
    list.push({
      name: r.column_name,
      type:
        r.data_type === "numeric" && r.numeric_precision ? `numeric(${r.numeric_precision},0)` : r.data_type,
    });
    out.set(r.table_name, list);
  }
  return out;
}
