/** Reads from the node the engine needs: head, finality, headers and logs over adaptive ranges. */
import type { Hex } from "viem";

import type { RawLog } from "./decode.ts";
import { metrics } from "./metrics.ts";
import { RangeTooLargeError, type RpcClient } from "./rpc.ts";

export interface Header {
  number: bigint;
  hash: Hex;
  parentHash: Hex;
  timestamp: bigint;
}

interface RpcBlock {
  number: Hex;
  hash: Hex;
  parentHash: Hex;
  timestamp: Hex;
}

const HEADER_BATCH = 100;

function toHeader(b: RpcBlock): Header {
  return { number: BigInt(b.number), hash: b.hash, parentHash: b.parentHash, timestamp: BigInt(b.timestamp) };
}

export class ChainReader {
  readonly rpc: RpcClient;
  readonly ledger: Hex;
  /** Current eth_getLogs range; grows when answers are small, shrinks when large (in records) or refused. */
  range: bigint;
  readonly maxRange: bigint;
  readonly targetRecords: number;

  constructor(
    rpc: RpcClient,
    ledger: Hex,
    options: { initialRange: bigint; maxRange: bigint; targetRecords?: number },
  ) {
    this.rpc = rpc;
    this.ledger = ledger;
    this.range = options.initialRange;
    this.maxRange = options.maxRange;
    this.targetRecords = options.targetRecords ?? 4_000;
  }

  async chainId(): Promise<number> {
    return Number(await this.rpc.call<Hex>("eth_chainId"));
  }

  async head(): Promise<bigint> {
    return BigInt(await this.rpc.call<Hex>("eth_blockNumber"));
  }

  /** The node's `finalized` block, or undefined when it has no such tag. */
  async finalizedTag(): Promise<bigint | undefined> {
    try {
      const b = await this.rpc.call<RpcBlock | null>("eth_getBlockByNumber", ["finalized", false]);
      return b ? BigInt(b.number) : undefined;
    } catch {
      return undefined;
    }
  }

  async header(n: bigint): Promise<Header | undefined> {
    const b = await this.rpc.call<RpcBlock | null>("eth_getBlockByNumber", [`0x${n.toString(16)}`, false]);
    return b ? toHeader(b) : undefined;
  }

  async headers(numbers: bigint[]): Promise<Map<bigint, Header>> {
    const out = new Map<bigint, Header>();
    for (let i = 0; i < numbers.length; i += HEADER_BATCH) {
      const chunk = numbers.slice(i, i + HEADER_BATCH);
      const blocks = await this.rpc.batch<RpcBlock | null>(
        chunk.map((n) => ({ method: "eth_getBlockByNumber", params: [`0x${n.toString(16)}`, false] })),
      );
      blocks.forEach((b, j) => {
        if (b) out.set(chunk[j]!, toHeader(b));
      });
    }
    return out;
  }

  /**
   * Logs of the ledger from `from` up to at most `to`; returns the range actually covered. Shrinks the
   * range on a refusal (to the provider's suggestion when it is smaller, else by half; never the
   * same range twice), and adapts the next range to the number of logs returned.
   */
  async logs(from: bigint, to: bigint): Promise<{ logs: RawLog[]; to: bigint }> {
    let end = min(to, from + this.range - 1n);
    for (;;) {
      try {
        const logs = await this.rpc.call<RawLog[]>("eth_getLogs", [
          { address: this.ledger, fromBlock: `0x${from.toString(16)}`, toBlock: `0x${end.toString(16)}` },
        ]);
        const span = end - from + 1n;
        const weight = weightOf(logs);
        if (weight < this.targetRecords / 4)
          this.range = min(this.maxRange, span * 2n > this.range ? span * 2n : this.range);
        else if (weight > this.targetRecords) this.range = max(1n, span / 2n);
        return { logs, to: end };
      } catch (error) {
        if (!(error instanceof RangeTooLargeError)) throw error;
        const span = end - from + 1n;
        if (span <= 1n) throw error;
        metrics.rangeShrinks.inc();
        const suggested = error.suggestedTo;
        end =
          suggested !== undefined && suggested >= from && suggested < end ? suggested : from + span / 2n - 1n;
        this.range = end - from + 1n;
      }
    }
  }
}

/**
 * Roughly the records in some logs: one per log, plus one per 32-byte word of data beyond the first
 * few (an attestation batch carries one word per row), so a range of large batches stays as small in
 * memory as a range of single records.
 */
function weightOf(logs: RawLog[]): number {
  let weight = 0;
  for (const l of logs) weight += 1 + Math.max(0, Math.floor((l.data.length - 2) / 64) - 4);
  return weight;
}

export const min = (a: bigint, b: bigint): bigint => (a < b ? a : b);
export const max = (a: bigint, b: bigint): bigint => (a > b ? a : b);
