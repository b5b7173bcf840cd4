/** What every route handler can reach: the store, the sync status, logs and metrics. */
import type { Logger } from "pino";

import type { Store } from "../store/store.ts";
import type { ApiMetrics } from "./metrics.ts";

export interface SyncStatus {
  /** Chain id the store mirrors. */
  chainId: number;
  /** Last block folded into the store (null before the first block). */
  indexedBlock: bigint | null;
  indexedHash: string | null;
  /** Highest block known final; records at or below it cannot be reorganised away. */
  finalizedBlock: bigint | null;
  /** Latest block the indexer has seen on the chain, when it knows (for "how far behind"). */
  chainHeadBlock: bigint | null;
  /**
   * Block time of the newest indexed event: the chain's clock as far as the store knows. A local
   * chain may run ahead of the computer's clock (the pilot seed moves it weeks forward).
   */
  chainTime: bigint | null;
}

/** What the API needs of the indexer's store: reads only. */
export type StoreReader = Pick<Store, "kind" | "query">;

export interface ApiDeps {
  db: StoreReader;
  /** Reads the sync status from the store (the same store the data comes from). */
  status: () => Promise<SyncStatus>;
  logger: Logger;
  metrics: ApiMetrics;
}

export type ApiEnv = {
  Variables: {
    requestId: string;
    log: Logger;
    /** The sync status read once for this request (by the response cache), when already read. */
    syncStatus?: SyncStatus;
  };
};
