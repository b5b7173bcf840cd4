/**
 * The sync engine: backfills the ledger's logs from its deploy block, then follows the head. Each step
 * fetches a range of logs and the headers it needs, folds the events in memory and writes data,
 * undo entries and the sync position in ONE transaction, so a crash at any moment loses and
 * duplicates nothing. Fetching range N+1, folding it and writing range N overlap (one transaction in
 * flight at most); any failure drops what is not committed and reloads memory from the store. Reorgs are detected through parent hashes and rolled back to the common
 * ancestor with the undo log; a reorg deeper than finality stops the engine loudly.
 */
import type { Logger } from "pino";
import type { Hex } from "viem";

import { accountsNamed, foldEvent, newFoldContext, recordsOf } from "../fold/index.ts";
import {
  CommitmentMismatchError,
  FoldError,
  type AttestationRef,
  type FoldContext,
  type LedgerEvent,
  type RowChange,
} from "../fold/types.ts";
import { type Row, type TableSpec, tables } from "../schema/tables.ts";
import type { Store } from "../store/store.ts";
import { ChainReader, type Header, max, min } from "./chain.ts";
import { type RawLog, decodeLog } from "./decode.ts";
import { MemoryState, foldView } from "./memory-state.ts";
import { metrics } from "./metrics.ts";
import { NewHeads } from "./new-heads.ts";
import { rollbackTo } from "./rollback.ts";
import type { RpcClient } from "./rpc.ts";
import { WriteBatch } from "./write-batch.ts";

export class DeepReorgError extends Error {
  override readonly name = "DeepReorgError";
}

export class WrongChainError extends Error {
  override readonly name = "WrongChainError";
}

export interface SyncPosition {
  chainId: number;
  ledger: Hex;
  startBlock: bigint;
  block: bigint;
  blockHash: Hex | null;
  finalized: bigint;
  records: bigint;
}

export interface Progress {
  block: bigint;
  target: bigint;
  head: bigint;
  records: bigint;
  startedRecords: bigint;
  startedAt: number;
}

export interface EngineOptions {
  store: Store;
  rpc: RpcClient;
  log: Logger;
  chainId: number;
  ledger: Hex;
  startBlock: bigint;
  finalityDepth: bigint;
  /** Use the node's `finalized` tag (off on local dev chains, where evm_revert can rewrite anything). */
  useFinalizedTag: boolean;
  initialRange: bigint;
  maxRange: bigint;
  pollIntervalMs: number;
  /** Accounts kept in memory between ranges (default 50,000); the rest are read from the store when named. */
  accountCacheSize?: number | undefined;
  /** WebSocket endpoint whose `newHeads` wakes follow mode at once; polling only when absent. */
  wsUrl?: string | undefined;
  onProgress?: (p: Progress) => void;
  /** Called after each committed step with the last block written (tests and latency probes). */
  onCommit?: (block: bigint) => void;
}

/** Errors after which continuing would make the store diverge from the chain. */
export function isFatal(error: unknown): boolean {
  return (
    error instanceof CommitmentMismatchError ||
    error instanceof DeepReorgError ||
    error instanceof FoldError ||
    error instanceof WrongChainError
  );
}

export async function readPosition(store: Store): Promise<SyncPosition | undefined> {
  const [row] = await store.query("SELECT * FROM sync_state WHERE id = 1");
  if (!row) return undefined;
  return {
    chainId: Number(row.chain_id),
    ledger: row.ledger_address as Hex,
    startBlock: row.start_block as bigint,
    block: row.block_number as bigint,
    blockHash: (row.block_hash as Hex | null) ?? null,
    finalized: row.finalized_block as bigint,
    records: row.records as bigint,
  };
}

/** Logs and headers of one block range, fetched ahead of the fold. */
interface FetchedRange {
  from: bigint;
  to: bigint;
  logs: RawLog[];
  headers: Map<bigint, Header>;
}

/** A range folded in memory and waiting for its transaction. */
interface FoldedRange {
  to: bigint;
  endHash: Hex;
  finalized: bigint;
  records: bigint;
  batch: WriteBatch;
}

/** Where the fold has reached: ahead of the committed position while a transaction is in flight. */
interface Tip {
  block: bigint;
  blockHash: Hex | null;
  records: bigint;
}

export class SyncEngine {
  readonly options: EngineOptions;
  readonly chain: ChainReader;
  readonly state: MemoryState;
  #ctx: FoldContext = newFoldContext();
  position!: SyncPosition;
  #tip!: Tip;
  head = 0n;
  #stopped = false;
  #progress: Progress | undefined;
  /** The next range's logs and headers, requested while the current range folds and writes. */
  #prefetch: { from: bigint; result: Promise<FetchedRange> } | undefined;
  /** The transaction of the previous range, still running while the next one folds. */
  #writing: Promise<void> | undefined;
  #newHeads: NewHeads | undefined;
  /** Batches folded but not yet committed (revocations in a later range may point into them). */
  readonly #unwritten: WriteBatch[] = [];

  constructor(options: EngineOptions) {
    this.options = options;
    this.state = new MemoryState(options.accountCacheSize);
    this.chain = new ChainReader(options.rpc, options.ledger, {
      initialRange: options.initialRange,
      maxRange: options.maxRange,
    });
  }

  get log(): Logger {
    return this.options.log;
  }

  /** Reads (or creates) the sync position and loads the in-memory state. */
  async init(): Promise<void> {
    const { store, chainId, ledger, startBlock } = this.options;
    let position = await readPosition(store);
    if (!position) {
      await store.query(
        "INSERT INTO sync_state (id, chain_id, ledger_address, start_block, block_number, finalized_block, records) VALUES (1, $1, $2, $3, $4, $4, 0)",
        [chainId, ledger.toLowerCase(), startBlock, startBlock - 1n],
      );
      position = (await readPosition(store))!;
    }
    if (position.chainId !== chainId || position.ledger.toLowerCase() !== ledger.toLowerCase()) {
      throw new WrongChainError(
        `the store holds chain ${position.chainId} ledger ${position.ledger}, not chain ${chainId} ledger ${ledger}: run 'reset' first`,
      );
    }
    this.position = position;
    await this.#reload();
  }

  /** Forgets everything not committed and reloads memory from the store. */
  async #reload(): Promise<void> {
    await this.#settle();
    this.#prefetch = undefined;
    this.#unwritten.length = 0;
    this.position = (await readPosition(this.options.store))!;
    this.#tip = {
      block: this.position.block,
      blockHash: this.position.blockHash,
      records: this.position.records,
    };
    await this.state.load(this.options.store);
    this.#ctx = newFoldContext();
  }

  /** Waits for the transaction in flight, if any, ignoring its failure (the caller reloads). */
  async #settle(): Promise<void> {
    const writing = this.#writing;
    this.#writing = undefined;
    await writing?.catch(() => {});
  }

  /** Waits for the transaction in flight, if any; throws its failure. */
  async #flush(): Promise<void> {
    const writing = this.#writing;
    this.#writing = undefined;
    await writing;
  }

  stop(): void {
    this.#stopped = true;
  }

  get stopped(): boolean {
    return this.#stopped;
  }

  /** Syncs up to `toBlock` (or the head), then returns unless `follow`, in which case it follows the head. */
  async run(options: { toBlock?: bigint; follow: boolean }): Promise<void> {
    let failures = 0;
    const p = this.position;
    this.#progress = {
      block: p.block,
      target: p.block,
      head: p.block,
      records: p.records,
      startedRecords: p.records,
      startedAt: Date.now(),
    };
    try {
      while (!this.#stopped) {
        let progressed: boolean;
        try {
          progressed = await this.step(options.toBlock);
          if (!progressed) await this.#flush();
          failures = 0;
        } catch (error) {
          if (isFatal(error)) throw error;
          failures++;
          const delay = Math.min(10_000, 200 * 2 ** Math.min(failures, 6)) * (0.5 + Math.random() / 2);
          this.log.error(
            { err: (error as Error).message, failures, retryInMs: Math.round(delay) },
            "sync step failed; retrying",
          );
          await this.#reload().catch(() => {});
          await sleep(delay);
          continue;
        }
        if (progressed) continue;
        if (!options.follow) return;
        await this.#waitForBlock();
      }
      await this.#flush();
    } catch (error) {
      await this.#settle();
      throw error;
    } finally {
      await this.#newHeads?.stop();
      this.#newHeads = undefined;
    }
  }

  /** Follow mode: waits for the node's next `newHeads` announcement, or the poll interval at most. */
  async #waitForBlock(): Promise<void> {
    if (this.options.wsUrl && !this.#newHeads) {
      this.#newHeads = new NewHeads(this.options.wsUrl, this.log);
      this.#newHeads.start();
    }
    if (this.#newHeads) await this.#newHeads.wait(this.options.pollIntervalMs);
    else await sleep(this.options.pollIntervalMs);
  }

  async #finalized(head: bigint): Promise<bigint> {
    const depth = head > this.options.finalityDepth ? head - this.options.finalityDepth : 0n;
    if (!this.options.useFinalizedTag) return depth;
    return (await this.chain.finalizedTag()) ?? depth;
  }

  /** Logs of [from, ≤ target] and the headers the fold needs: blocks above finality, the end, and the timestamps logs lack. */
  async #fetch(from: bigint, target: bigint, finalized: bigint): Promise<FetchedRange> {
    const { logs, to } = await this.chain.logs(from, target);
    const wanted = new Set<bigint>([to]);
    for (let n = max(from, finalized + 1n); n <= to; n++) wanted.add(n);
    // Final blocks need a header only for their timestamp, which current nodes put in each log.
    for (const l of logs) if (l.blockTimestamp === undefined) wanted.add(BigInt(l.blockNumber));
    const headers = await this.chain.headers([...wanted].sort((a, b) => (a < b ? -1 : 1)));
    return { from, to, logs, headers };
  }

  /** The range starting at `from`: the one fetched ahead when it starts there, else a fresh fetch. */
  async #range(from: bigint, target: bigint, finalized: bigint): Promise<FetchedRange> {
    const ahead = this.#prefetch;
    this.#prefetch = undefined;
    if (ahead && ahead.from === from) {
      const range = await ahead.result;
      if (range.to <= target) return range;
    }
    return this.#fetch(from, target, finalized);
  }

  /**
   * One range: fetch (or take the prefetched one), fold in memory, and hand the batch to the writer.
   * The transaction of the previous range runs while this one folds (one in flight at most), and the
   * next range is requested before folding, so RPC, CPU and database overlap. False when there was
   * nothing to do.
   */
  async step(toBlock?: bigint): Promise<boolean> {
    const head = await this.chain.head();
    this.head = head;
    metrics.headBlock.set(Number(head));
    const finalized = min(await this.#finalized(head), head);
    metrics.finalizedBlock.set(Number(finalized));
    const target = toBlock === undefined ? head : min(toBlock, head);
    const cursor = this.#tip.block;
    metrics.lagBlocks.set(Number(head - cursor));

    if (cursor >= target) {
      await this.#flush();
      // Nothing new: still make sure the block we stopped at is on the chain.
      if (cursor > this.position.finalized && cursor >= this.options.startBlock && this.position.blockHash) {
        const current = await this.chain.header(cursor);
        if (!current || current.hash !== this.position.blockHash) {
          await this.#handleReorg(finalized);
          return true;
        }
      }
      return false;
    }

    const from = cursor + 1n;
    const range = await this.#range(from, target, finalized);
    if (range.to < target) {
      const result = this.#fetch(range.to + 1n, target, finalized);
      result.catch(() => {}); // a failure surfaces when the range is taken
      this.#prefetch = { from: range.to + 1n, result };
    }
    const folded = await this.#fold(range, finalized);
    if (folded === "reorg") {
      await this.#flush();
      this.#prefetch = undefined;
      await this.#handleReorg(finalized);
      return true;
    }
    await this.#flush();
    const writing = this.#write(folded, target, head);
    writing.catch(() => {}); // a failure surfaces at the next flush
    this.#writing = writing;
    return true;
  }

  /** Checks the range against the chain and folds it; memory runs ahead of the store from here. */
  async #fold(range: FetchedRange, finalized: bigint): Promise<FoldedRange | "reorg"> {
    const { from, to, logs, headers } = range;
    // Parent-hash continuity above finality.
    let previous: Header | undefined;
    for (let n = max(from, finalized + 1n); n <= to; n++) {
      const h = headers.get(n);
      if (!h) throw new Error(`block ${n} disappeared while reading (chain moving); retrying`);
      if (n === from && this.#tip.blockHash && h.parentHash !== this.#tip.blockHash) return "reorg";
      if (previous && h.parentHash !== previous.hash)
        throw new Error(`headers ${n - 1n}/${n} do not chain (reorg while reading); retrying`);
      previous = h;
    }
    const endHeader = headers.get(to);
    if (!endHeader) throw new Error(`block ${to} disappeared while reading; retrying`);

    const events: LedgerEvent[] = [];
    for (const l of logs) {
      if (l.removed) continue;
      const h = headers.get(BigInt(l.blockNumber));
      if (h ? h.hash !== l.blockHash : l.blockTimestamp === undefined)
        throw new Error(`log of block ${BigInt(l.blockNumber)} is from another branch; retrying`);
      events.push(decodeLog(l, h ? h.timestamp : BigInt(l.blockTimestamp!)));
    }
    events.sort((a, b) =>
      a.blockNumber !== b.blockNumber ? (a.blockNumber < b.blockNumber ? -1 : 1) : a.logIndex - b.logIndex,
    );

    const startRecords = this.#tip.records;
    // Batches not committed when the store is read: their rows are looked up in them, not in the store
    // (a batch that commits during the read may or may not be visible to it).
    const uncommitted = [...this.#unwritten];
    const prefetched = await this.#prefetchRevoked(events);
    // Accounts: evict beyond the cap (never those an uncommitted range wrote), load what this range names.
    this.state.evictAccounts((key) => this.#unwritten.some((b) => b.writes("accounts", key)));
    await this.state.loadAccounts(this.options.store, accountsNamed(events, this.state));
    let pass: { batch: WriteBatch; records: bigint; recordsAtBlock: Map<bigint, bigint> };
    this.state.missed.clear();
    for (;;) {
      const ctx = { pendingCheckpoints: new Map(this.#ctx.pendingCheckpoints) };
      const inverses: RowChange[] = [];
      try {
        pass = this.#foldEvents(events, finalized, startRecords, prefetched, uncommitted, inverses);
        if (this.state.missed.size === 0) break;
      } catch (error) {
        if (this.state.missed.size === 0) throw error;
      }
      // The fold asked for accounts memory did not hold: undo the pass, load them, fold again.
      for (let i = inverses.length - 1; i >= 0; i--) this.state.apply(inverses[i]!);
      this.#ctx = ctx;
      const missed = [...this.state.missed];
      this.state.missed.clear();
      await this.state.loadAccounts(this.options.store, missed);
    }
    this.state.forgetAbsent();
    const { batch, records, recordsAtBlock } = pass;
    // Headers kept: unfinalized ones (for the parent-hash walk) and the range end.
    let running = startRecords;
    for (let n = from; n <= to; n++) {
      running = recordsAtBlock.get(n) ?? running;
      const h = headers.get(n);
      if (h && (n > finalized || n === to)) {
        batch.blocks.push({
          block_number: n,
          block_hash: h.hash,
          parent_hash: h.parentHash,
          timestamp: h.timestamp,
          records: running,
        });
      }
    }
    this.#tip = { block: to, blockHash: endHeader.hash, records };
    this.#unwritten.push(batch);
    return { to, endHash: endHeader.hash, finalized: min(finalized, to), records, batch };
  }

  /** Folds the events into a new batch, applying each change to memory; `inverses` collects their undo. */
  #foldEvents(
    events: LedgerEvent[],
    finalized: bigint,
    startRecords: bigint,
    prefetched: Map<string, AttestationRef>,
    uncommitted: WriteBatch[],
    inverses: RowChange[],
  ): { batch: WriteBatch; records: bigint; recordsAtBlock: Map<bigint, bigint> } {
    const batch = new WriteBatch();
    let records = startRecords;
    const view = foldView(this.state, (orgId, seq) => {
      const key = `${orgId}|${seq}`;
      for (const b of [batch, ...uncommitted]) {
        const pending = b.pendingInsert("attestations", key);
        if (pending) return { orgId, seq, opportunityId: pending.opportunity_id as bigint };
      }
      return prefetched.get(key);
    });
    const recordsAtBlock = new Map<bigint, bigint>();
    let lastTx: string | undefined;
    for (const e of events) {
      if (lastTx !== undefined && e.txHash !== lastTx) this.#assertNoPendingCheckpoint();
      lastTx = e.txHash;
      const undoable = e.blockNumber > finalized;
      for (const change of foldEvent(view, this.#ctx, e)) {
        const inverse = this.state.apply(change);
        inverses.push(inverse);
        batch.add(change);
        if (undoable && (tables[change.table] as TableSpec).undo !== false)
          batch.undo.push({ block_number: e.blockNumber, change: inverse });
      }
      records += BigInt(recordsOf(e));
      recordsAtBlock.set(e.blockNumber, records);
      batch.events.push({
        block_number: e.blockNumber,
        log_index: e.logIndex,
        block_hash: e.blockHash,
        tx_hash: e.txHash,
        timestamp: e.timestamp,
        name: e.name,
        args: e.args,
      });
    }
    this.#assertNoPendingCheckpoint();
    return { batch, records, recordsAtBlock };
  }

  /** Data, undo entries and the sync position of one range in one transaction. */
  async #write(folded: FoldedRange, target: bigint, head: bigint): Promise<void> {
    const { to, endHash, finalized, records, batch } = folded;
    await this.options.store.transaction(async (tx) => {
      await batch.write(tx);
      await tx.query(
        "UPDATE sync_state SET block_number = $1, block_hash = $2, finalized_block = $3, records = $4, updated_at = now() WHERE id = 1",
        [to, endHash, finalized, records],
      );
      await tx.query("DELETE FROM undo_log WHERE block_number <= $1", [finalized]);
      await tx.query("DELETE FROM blocks WHERE block_number < $1", [finalized]);
    });
    this.#unwritten.splice(this.#unwritten.indexOf(batch), 1);
    metrics.records.inc(Number(records - this.position.records));
    this.position = { ...this.position, block: to, blockHash: endHash, finalized, records };
    metrics.indexedBlock.set(Number(to));
    this.options.onCommit?.(to);
    this.#report(target, head);
  }

  #assertNoPendingCheckpoint(): void {
    for (const p of this.#ctx.pendingCheckpoints.values()) {
      throw new CommitmentMismatchError(
        `city ${p.cityId}: CheckpointRecorded at block ${p.blockNumber} log ${p.logIndex} matches neither the live head nor the record after it`,
      );
    }
  }

  async #prefetchRevoked(events: LedgerEvent[]): Promise<Map<string, AttestationRef>> {
    const keys = events
      .filter((e) => e.name === "AttestationRevoked")
      .map((e) => ({ org_id: String(e.args.orgId), seq: String(e.args.seq) }));
    const out = new Map<string, AttestationRef>();
    if (keys.length === 0) return out;
    const rows = await this.options.store.query<Row>(
      "SELECT a.org_id, a.seq, a.opportunity_id FROM attestations a JOIN json_populate_recordset(NULL::attestations, $1::json) k ON a.org_id = k.org_id AND a.seq = k.seq",
      [JSON.stringify(keys)],
    );
    for (const r of rows) {
      out.set(`${r.org_id}|${r.seq}`, {
        orgId: r.org_id as bigint,
        seq: r.seq as bigint,
        opportunityId: r.opportunity_id as bigint,
      });
    }
    return out;
  }

  /** Finds the common ancestor through stored headers and rolls the store back to it. */
  async #handleReorg(finalized: bigint): Promise<void> {
    const { store } = this.options;
    const stored = await store.query<{ block_number: bigint; block_hash: string }>(
      "SELECT block_number, block_hash FROM blocks WHERE block_number <= $1 ORDER BY block_number DESC",
      [this.position.block],
    );
    let ancestor: bigint | undefined;
    for (const b of stored) {
      const current = await this.chain.header(b.block_number);
      if (current && current.hash === b.block_hash) {
        ancestor = b.block_number;
        break;
      }
    }
    if (ancestor === undefined) {
      if (this.position.block < this.options.startBlock || stored.length === 0)
        ancestor = this.options.startBlock - 1n;
    }
    if (
      ancestor === undefined ||
      ancestor < this.position.finalized ||
      ancestor < min(finalized, this.position.finalized)
    ) {
      throw new DeepReorgError(
        `reorg deeper than finality: no common ancestor at or above finalized block ${this.position.finalized} (indexed up to ${this.position.block}); the store must be rebuilt ('reset' then 'start')`,
      );
    }
    const depth = this.position.block - ancestor;
    this.log.warn(
      { from: String(this.position.block), ancestor: String(ancestor), depth: String(depth) },
      "reorg: rolling back",
    );
    metrics.reorgs.inc();
    await rollbackTo(store, ancestor);
    await this.#reload();
  }

  #report(target: bigint, head: bigint): void {
    const p = this.position;
    this.#progress = { ...this.#progress!, block: p.block, target, head, records: p.records };
    this.options.onProgress?.(this.#progress);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
