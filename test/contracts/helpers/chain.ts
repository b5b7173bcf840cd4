/**
 * Off-chain mirror of a city's commitment chain (CivicLedgerBase._link and the record encodings),
 * rebuilt from the ledger's events: what an indexer does to produce revocation and refund proofs.
 */
import { AbiCoder, type Provider, concat, keccak256, toBeHex, toUtf8Bytes } from "ethers";

import type { ICivicLedger } from "../../../types/ethers-contracts/index.ts";

export const ATTESTATION_RECORD_TAG = keccak256(toUtf8Bytes("CitySync.AttestationBatch"));
export const REDEMPTION_RECORD_TAG = keccak256(toUtf8Bytes("CitySync.Redemption"));

const coder = AbiCoder.defaultAbiCoder();

export function attestationRecord(
  orgId: bigint,
  firstSeq: bigint,
  timestamp: bigint,
  evidenceRoot: string,
  rows: string[],
): string {
  const rowsHash = keccak256(rows.length === 0 ? "0x" : concat(rows));
  return keccak256(
    coder.encode(
      ["bytes32", "uint32", "uint48", "uint40", "bytes32", "bytes32"],
      [ATTESTATION_RECORD_TAG, orgId, firstSeq, timestamp, evidenceRoot, rowsHash],
    ),
  );
}

export function redemptionRecord(
  offerId: bigint,
  seq: bigint,
  resident: string,
  cityId: bigint,
  credits: bigint,
  timestamp: bigint,
): string {
  return keccak256(
    coder.encode(
      ["bytes32", "uint48", "uint32", "address", "uint32", "uint64", "uint40"],
      [REDEMPTION_RECORD_TAG, offerId, seq, resident, cityId, credits, timestamp],
    ),
  );
}

/** First 192 bits of keccak256(head, record). */
export function link(head: bigint, record: string): bigint {
  return BigInt(keccak256(concat([toBeHex(head, 32), record]))) >> 64n;
}

export type ChainEntry =
  | {
      kind: "attestation";
      orgId: bigint;
      firstSeq: bigint;
      timestamp: bigint;
      evidenceRoot: string;
      rows: string[];
      record: string;
      prevHead: bigint;
    }
  | {
      kind: "redemption";
      offerId: bigint;
      seq: bigint;
      resident: string;
      cityId: bigint;
      credits: bigint;
      timestamp: bigint;
      record: string;
      prevHead: bigint;
    };

/** Every record of `cityId`, oldest first, with the head before each, rebuilt from events. */
export async function cityChain(
  ledger: ICivicLedger,
  provider: Provider,
  cityId: bigint,
): Promise<ChainEntry[]> {
  const batches = await ledger.queryFilter(ledger.filters.AttestationsRecorded());
  const singles = await ledger.queryFilter(ledger.filters.AttestationRecorded());
  const redeemed = await ledger.queryFilter(ledger.filters.Redeemed());
  const events = [...batches, ...singles, ...redeemed].sort((a, b) =>
    a.blockNumber !== b.blockNumber ? a.blockNumber - b.blockNumber : a.index - b.index,
  );
  const times = new Map<number, bigint>();
  const orgCity = new Map<bigint, bigint>();
  const entries: ChainEntry[] = [];
  let head = 0n;
  for (const e of events) {
    if (!times.has(e.blockNumber))
      times.set(e.blockNumber, BigInt((await provider.getBlock(e.blockNumber))!.timestamp));
    const timestamp = times.get(e.blockNumber)!;
    const parsed = ledger.interface.parseLog(e)!;
    if (parsed.name === "AttestationsRecorded" || parsed.name === "AttestationRecorded") {
      const [orgId, , firstSeq, evidenceRoot, rowOrRows] = parsed.args as unknown as [
        bigint,
        string,
        bigint,
        string,
        string | string[],
      ];
      if (!orgCity.has(orgId)) orgCity.set(orgId, (await ledger.organization(orgId)).cityId);
      if (orgCity.get(orgId) !== cityId) continue;
      const rows = typeof rowOrRows === "string" ? [rowOrRows] : [...rowOrRows];
      const record = attestationRecord(orgId, firstSeq, timestamp, evidenceRoot, rows);
      entries.push({
        kind: "attestation",
        orgId,
        firstSeq,
        timestamp,
        evidenceRoot,
        rows,
        record,
        prevHead: head,
      });
      head = link(head, record);
    } else {
      const [offerId, resident, seq, eventCity, credits] = parsed.args as unknown as [
        bigint,
        string,
        bigint,
        bigint,
        bigint,
      ];
      if (eventCity !== cityId) continue;
      const record = redemptionRecord(offerId, seq, resident, cityId, credits, timestamp);
      entries.push({
        kind: "redemption",
        offerId,
        seq,
        resident,
        cityId,
        credits,
        timestamp,
        record,
        prevHead: head,
      });
      head = link(head, record);
    }
  }
  return entries;
}

export function headOf(entries: ChainEntry[]): bigint {
  return entries.length === 0 ? 0n : link(entries.at(-1)!.prevHead, entries.at(-1)!.record);
}

/** Revocation proof of the attestation batch (orgId, firstSeq), up to the live head or `untilIndex`. */
export function batchProof(
  entries: ChainEntry[],
  orgId: bigint,
  firstSeq: bigint,
  untilIndex = entries.length,
) {
  const i = entries.findIndex(
    (e) => e.kind === "attestation" && e.orgId === orgId && e.firstSeq === firstSeq,
  );
  if (i < 0) throw new Error(`no batch (${orgId}, ${firstSeq}) in the chain`);
  const e = entries[i]!;
  if (e.kind !== "attestation") throw new Error("unreachable");
  return {
    orgId: e.orgId,
    firstSeq: e.firstSeq,
    timestamp: e.timestamp,
    evidenceRoot: e.evidenceRoot,
    rows: e.rows,
    prevHead: e.prevHead,
    laterRecords: entries.slice(i + 1, untilIndex).map((x) => x.record),
  };
}

/** Refund proof of redemption (offerId, seq), up to the live head. */
export function redemptionProof(
  entries: ChainEntry[],
  offerId: bigint,
  seq: bigint,
  untilIndex = entries.length,
) {
  const i = entries.findIndex((e) => e.kind === "redemption" && e.offerId === offerId && e.seq === seq);
  if (i < 0) throw new Error(`no redemption (${offerId}, ${seq}) in the chain`);
  const e = entries[i]!;
  if (e.kind !== "redemption") throw new Error("unreachable");
  return {
    resident: e.resident,
    cityId: e.cityId,
    credits: e.credits,
    timestamp: e.timestamp,
    prevHead: e.prevHead,
    laterRecords: entries.slice(i + 1, untilIndex).map((x) => x.record),
  };
}
