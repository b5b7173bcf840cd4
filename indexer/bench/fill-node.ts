/**
 * Fills a local node with attestation batches, the cheap way to a chain of hundreds of thousands of
 * records: the organization's Safe (impersonated) sends `attestBatch` transactions of up to 100 rows
 * to 100,000 residents, many per block with automine off and one `evm_mine` per block.
 */
import { iCivicLedgerAbi, packRow } from "@citysync/sdk";
import { type Hex, encodeFunctionData, keccak256, toHex } from "viem";

import type { LocalChain } from "../src/testing/local-chain.ts";

const RESIDENTS = 100_000;
const residentCache: Hex[] = [];

/** The benchmark's k-th resident (one of 100,000). */
export function benchResident(k: number): Hex {
  const i = k % RESIDENTS;
  return (residentCache[i] ??= `0x${keccak256(toHex(`bench/resident/${i}`)).slice(26)}` as Hex);
}

export interface BatchSender {
  /** Calldata of batch `i`: `rows` rows to consecutive residents. */
  calldata(i: number, rows: number): Hex;
  send(data: Hex, gas?: bigint): Promise<Hex>;
}

export function batchSender(
  node: Pick<LocalChain, "rpc" | "ledger">,
  from: Hex,
  orgId: number,
  opportunityId: bigint,
): BatchSender {
  return {
    calldata(i, rows) {
      const packed = Array.from({ length: rows }, (_, j) =>
        packRow({ participant: benchResident(i * rows + j), opportunityId, units: BigInt(1 + (j % 8)) }),
      );
      return encodeFunctionData({
        abi: iCivicLedgerAbi,
        functionName: "attestBatch",
        args: [orgId, packed, keccak256(toHex(`bench/evidence/${i}`))],
      });
    },
    send(data, gas = 16_000_000n) {
      return node.rpc<Hex>("eth_sendTransaction", [
        { from, to: node.ledger, data, gas: `0x${gas.toString(16)}` },
      ]);
    },
  };
}

/** Sends `txs` batches of `rows` rows, as many to a block as its gas limit takes; returns the seconds it took. */
export async function fillWithBatches(
  node: Pick<LocalChain, "rpc" | "ledger">,
  sender: BatchSender,
  options: { txs: number; rows: number; firstBatch: number; onProgress?: (sent: number) => void },
): Promise<number> {
  const started = performance.now();
  const first = await sender.send(sender.calldata(options.firstBatch, options.rows));
  const receipt = await node.rpc<{ status: Hex; gasUsed: Hex }>("eth_getTransactionReceipt", [first]);
  if (receipt.status !== "0x1") throw new Error(`bench batch ${first} reverted`);
  // Room for the fullest batch: the first one's gas and a margin (storage of new residents varies).
  const gas = (BigInt(receipt.gasUsed) * 3n) / 2n;
  const block = await node.rpc<{ gasLimit: Hex }>("eth_getBlockByNumber", ["latest", false]);
  const perBlock = Math.max(1, Number(BigInt(block.gasLimit) / gas));
  await node.rpc("evm_setAutomine", [false]);
  try {
    let last: Hex = first;
    for (let i = 1; i < options.txs;) {
      const inBlock = Math.min(perBlock, options.txs - i);
      for (let j = 0; j < inBlock; j++, i++)
        last = await sender.send(sender.calldata(options.firstBatch + i, options.rows), gas);
      await node.rpc("evm_mine");
      if (i % 100 < perBlock) options.onProgress?.(i);
    }
    for (let tries = 0; ; tries++) {
      const r = await node.rpc<{ status: Hex } | null>("eth_getTransactionReceipt", [last]);
      if (r) {
        if (r.status !== "0x1") throw new Error(`bench batch ${last} reverted`);
        break;
      }
      if (tries > 10) throw new Error("bench batches left unmined");
      await node.rpc("evm_mine");
    }
  } finally {
    await node.rpc("evm_setAutomine", [true]);
  }
  return (performance.now() - started) / 1000;
}
