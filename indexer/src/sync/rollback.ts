/**
 * Rolls the store back to `ancestor`: applies the undo entries of later blocks newest first, forgets
 * the residents first seen in them, drops their raw events, headers and undo entries and moves the
 * sync position, in one transaction.
 */
import type { RowChange } from "../fold/types.ts";
import type { Store } from "../store/store.ts";
import { deleteRows, patchRows, upsertRows } from "./write-batch.ts";

export async function rollbackTo(store: Store, ancestor: bigint): Promise<void> {
  await store.transaction(async (tx) => {
    const entries = await tx.query<{ change: RowChange }>(
      "SELECT change FROM undo_log WHERE block_number > $1 ORDER BY id DESC",
      [ancestor],
    );
    for (const { change } of entries) {
      if (change.op === "put") await upsertRows(tx, change.table, [change.row]);
      else if (change.op === "delete") await deleteRows(tx, change.table, [change.key]);
      else if (change.op === "patch")
        await patchRows(tx, [{ table: change.table, key: change.key, set: change.set }]);
    }
    // Residents first seen after the ancestor: forgotten, and uncounted from their day's aggregate.
    await tx.query(
      `WITH gone AS (DELETE FROM daily_residents WHERE block_number > $1 RETURNING city_id, day, category)
       UPDATE daily_stats s SET active_residents = s.active_residents - n.count
         FROM (SELECT city_id, day, category, count(*) AS count FROM gone GROUP BY 1, 2, 3) n
        WHERE s.city_id = n.city_id AND s.day = n.day AND s.category = n.category`,
      [ancestor],
    );
    const [block] = await tx.query<{ block_hash: string; records: bigint }>(
      "SELECT block_hash, records FROM blocks WHERE block_number = $1",
      [ancestor],
    );
    await tx.query("DELETE FROM events WHERE block_number > $1", [ancestor]);
    await tx.query("DELETE FROM blocks WHERE block_number > $1", [ancestor]);
    await tx.query("DELETE FROM undo_log WHERE block_number > $1", [ancestor]);
    // Without a stored header of the ancestor (rolled back to before the first block), count what is left.
    const records =
      block?.records ??
      (
        await tx.query<{ n: bigint }>(
          "SELECT (count(*) FILTER (WHERE name <> 'AttestationsRecorded') + COALESCE(sum(jsonb_array_length(args->'rows')) FILTER (WHERE name = 'AttestationsRecorded'), 0))::int8 AS n FROM events",
        )
      )[0]!.n;
    await tx.query(
      "UPDATE sync_state SET block_number = $1, block_hash = $2, records = $3, updated_at = now() WHERE id = 1",
      [ancestor, block?.block_hash ?? null, records],
    );
  });
}
