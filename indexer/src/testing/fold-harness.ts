/** Folds hand-written events without a database: memory state plus every append-only row produced. */
import type { Hex } from "viem";

import { foldEvent, newFoldContext } from "../fold/index.ts";
import type { LedgerEvent, RowChange } from "../fold/types.ts";
import type { Row } from "../schema/tables.ts";
import { MemoryState, foldView } from "../sync/memory-state.ts";

export class FoldHarness {
  readonly state = new MemoryState();
  readonly ctx = newFoldContext();
  readonly inserted: { table: string; row: Row }[] = [];
  readonly patches: RowChange[] = [];
  block = 100n;
  log = 0;
  timestamp = 1_700_000_000n;

  apply(
    name: string,
    args: Record<string, unknown>,
    options: { tx?: Hex; sameBlock?: boolean } = {},
  ): RowChange[] {
    if (!options.sameBlock) {
      this.block++;
      this.timestamp += 12n;
    }
    const event: LedgerEvent = {
      name,
      args,
      blockNumber: this.block,
      logIndex: this.log++,
      blockHash: `0x${this.block.toString(16).padStart(64, "0")}`,
      txHash: options.tx ?? `0x${this.log.toString(16).padStart(64, "0")}`,
      timestamp: this.timestamp,
    };
    const view = foldView(this.state, (orgId, seq) => {
      const row = this.inserted.find(
        (r) => r.table === "attestations" && r.row.org_id === orgId && r.row.seq === seq,
      );
      return row ? { orgId, seq, opportunityId: row.row.opportunity_id as bigint } : undefined;
    });
    const changes = foldEvent(view, this.ctx, event);
    for (const c of changes) {
      this.state.apply(c);
      if (c.op === "insert") this.inserted.push({ table: c.table, row: c.row });
      if (c.op === "patch") {
        this.patches.push(c);
        const target = this.inserted.find(
          (r) => r.table === c.table && Object.entries(c.key).every(([k, v]) => r.row[k] === v),
        );
        if (target) Object.assign(target.row, c.set);
      }
    }
    return changes;
  }

  rows(table: string): Row[] {
    return this.inserted.filter((r) => r.table === table).map((r) => r.row);
  }

  get(table: Parameters<MemoryState["get"]>[0], key: string): Row | undefined {
    return this.state.get(table, key);
  }
}
