/** City events: creation, admin changes and checkpoints of the commitment chain (the self-check). */
import { headToHex } from "@citysync/sdk";

import type { Draft } from "./draft.ts";
import { addr, big } from "./shared.ts";
import { CommitmentMismatchError, type FoldContext, type LedgerEvent } from "./types.ts";

type Handler = (draft: Draft, ctx: FoldContext, e: LedgerEvent) => void;

export const cityHandlers: Record<string, Handler> = {
  CityCreated(draft, _ctx, e) {
    draft.put("cities", {
      city_id: big(e.args.cityId),
      admin: addr(e.args.admin),
      code: String(e.args.code),
      name: String(e.args.name),
      supply: 0n,
      head: headToHex(0n),
      records: 0n,
      since_checkpoint: 0,
      last_checkpoint: null,
      created_block: e.blockNumber,
      created_at: e.timestamp,
      block_number: e.blockNumber,
    });
  },
  CityAdminChanged(draft, _ctx, e) {
    const cityId = big(e.args.cityId);
    const city = draft.must("cities", String(cityId), `city ${cityId}`);
    draft.put("cities", { ...city, admin: addr(e.args.newAdmin), block_number: e.blockNumber });
  },
  /**
   * A checkpoint either stores the live head (`checkpoint(cityId)`) or, every 256th record, the head
   * after the record logged right after it in the same transaction: that one is checked when the
   * record arrives (see `appendRecord`).
   */
  CheckpointRecorded(draft, ctx, e) {
    const cityId = big(e.args.cityId);
    const head = big(e.args.head);
    const city = draft.must("cities", String(cityId), `city ${cityId}`);
    const since = city.since_checkpoint as number;
    if (BigInt(city.head as string) === head) {
      const position = city.records as bigint;
      const already = city.last_checkpoint === position;
      draft.insert("checkpoints", {
        block_number: e.blockNumber,
        log_index: e.logIndex,
        city_id: cityId,
        head: headToHex(head),
        position,
      });
      if (position > 0n && !already)
        draft.patch(
          "commitments",
          { city_id: cityId, position },
          { checkpoint: true },
          { checkpoint: false },
        );
      draft.put("cities", { ...city, last_checkpoint: position, block_number: e.blockNumber });
      return;
    }
    if (since !== 255 || ctx.pendingCheckpoints.has(String(cityId))) {
      throw new CommitmentMismatchError(
        `city ${cityId}: CheckpointRecorded ${headToHex(head)} (block ${e.blockNumber}, log ${e.logIndex}) differs from the recomputed head ${city.head as string}`,
      );
    }
    ctx.pendingCheckpoints.set(String(cityId), {
      cityId,
      head,
      blockNumber: e.blockNumber,
      logIndex: e.logIndex,
      txHash: e.txHash,
    });
  },
};
