/**
 * What the API adds to the indexer's store, idempotently, at start: the published `open_*`
 * views and the `integrations` schema. Run against the primary (a read replica cannot take
 * DDL); several API processes starting together serialise on an advisory lock.
 */
import { INTEGRATIONS_SQL } from "../integrations/schema.ts";
import { datasetViewsSql } from "../research/datasets.ts";
import type { Store } from "../store/store.ts";

/** Advisory lock key of the API's schema setup ("cityapi" in ASCII). */
const SETUP_LOCK_KEY = 0x63697479_617069n;

export async function ensureApiSchema(store: Pick<Store, "transaction">): Promise<void> {
  await store.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1::bigint)", [SETUP_LOCK_KEY.toString()]);
    await tx.exec(datasetViewsSql());
    await tx.exec(INTEGRATIONS_SQL);
  });
}
