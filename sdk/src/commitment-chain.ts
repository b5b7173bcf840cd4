/**
 * Off-chain mirror of a city's commitment chain (`CivicLedgerBase._link` and the record encodings of
 * `_attestationRecordOf` / `_redemptionRecord`), and the revocation / refund proofs the ledger's
 * `revoke` and `refundRedemption` take. One implementation, two sources of chain entries: the
 * indexer's store, or the ledger's logs (`logsChainSource`) when no indexer is at hand.
 */
import {
  type Address,
  type Hex,
  type PublicClient,
  concat,
  encodeAbiParameters,
  getAddress,
  keccak256,
  pad,
  toHex,
  stringToHex,
} from "viem";

import { CitySyncError } from "./errors.ts";
import { iCivicLedgerAbi } from "./generated/contracts.ts";

export const ATTESTATION_RECORD_TAG: Hex = keccak256(stringToHex("CitySync.AttestationBatch"));
export const REDEMPTION_RECORD_TAG: Hex = keccak256(stringToHex("CitySync.Redemption"));

/** Checkpoints are stored automatically every this many records of a city. */
export const CHECKPOINT_INTERVAL = 256;

const HEAD_MASK = (1n << 192n) - 1n;

/** Commitment to an attestation batch: keccak256(abi.encode(tag, orgId, firstSeq, timestamp, evidenceRoot, keccak256(rows))). */
export function attestationRecord(batch: {
  orgId: bigint;
  firstSeq: bigint;
  timestamp: bigint;
  evidenceRoot: Hex;
  rows: readonly Hex[];
}): Hex {
  const rowsHash = keccak256(batch.rows.length === 0 ? "0x" : concat([...batch.rows]));
  return keccak256(
    encodeAbiParameters(
      [
        { type: "bytes32" },
        { type: "uint32" },
        { type: "uint48" },
        { type: "uint40" },
        { type: "bytes32" },
        { type: "bytes32" },
      ],
      [
        ATTESTATION_RECORD_TAG,
        Number(batch.orgId),
        Number(batch.firstSeq),
        Number(batch.timestamp),
        batch.evidenceRoot,
        rowsHash,
      ],
    ),
  );
}

/** Commitment to a redemption: keccak256(abi.encode(tag, offerId, seq, resident, cityId, credits, timestamp)). */
export function redemptionRecord(redemption: {
  offerId: bigint;
  seq: bigint;
  resident: Address;
  cityId: bigint;
  credits: bigint;
  timestamp: bigint;
}): Hex {
  return keccak256(
    encodeAbiParameters(
      [
        { type: "bytes32" },
        { type: "uint48" },
        { type: "uint32" },
        { type: "address" },
        { type: "uint32" },
        { type: "uint64" },
        { type: "uint40" },
      ],
      [
        REDEMPTION_RECORD_TAG,
        Number(redemption.offerId),
        Number(redemption.seq),
        getAddress(redemption.resident),
        Number(redemption.cityId),
        redemption.credits,
        Number(redemption.timestamp),
      ],
    ),
  );
}

/** Next head of a city chain: the first 192 bits of keccak256(head, record). */
export function linkHead(head: bigint, record: Hex): bigint {
  return BigInt(keccak256(concat([pad(toHex(head & HEAD_MASK), { size: 32 }), record]))) >> 64n;
}

/** The head reached by appending `records` to `head`, in order. */
export function foldHeads(head: bigint, records: readonly Hex[]): bigint {
  let h = head;
  for (const r of records) h = linkHead(h, r);
  return h;
}

/** A head as the 0x-prefixed 48-digit hex the indexer stores. */
export function headToHex(head: bigint): Hex {
  return pad(toHex(head), { size: 24 });
}

// ------------------------------------------------------------------------------------------ proofs

/** One record of a city chain with what a proof needs. */
export type ChainEntry =
  | {
      kind: "attestation";
      position: bigint;
      record: Hex;
      prevHead: bigint;
      orgId: bigint;
      firstSeq: bigint;
      timestamp: bigint;
      evidenceRoot: Hex;
      rows: Hex[];
    }
  | {
      kind: "redemption";
      position: bigint;
      record: Hex;
      prevHead: bigint;
      offerId: bigint;
      seq: bigint;
      resident: Address;
      cityId: bigint;
      credits: bigint;
      timestamp: bigint;
    };

/**
 * Where proofs read the chain from. Positions are 1-based per city. `checkpointAfter` returns the first
 * stored checkpoint at or after `position` that the caller accepts (e.g. final), or undefined.
 */
export interface ChainSource {
  cityOfOrganization(orgId: bigint): Promise<bigint>;
  findBatch(cityId: bigint, orgId: bigint, seq: bigint): Promise<ChainEntry | undefined>;
  findRedemption(offerId: bigint, seq: bigint): Promise<ChainEntry | undefined>;
  checkpointAfter(cityId: bigint, position: bigint): Promise<bigint | undefined>;
  /** Number of records of the city chain (its live head's position). */
  length(cityId: bigint): Promise<bigint>;
  /** Record hashes of positions from..to (inclusive), in order. */
  records(cityId: bigint, from: bigint, to: bigint): Promise<Hex[]>;
}

export interface AttestationBatchProof {
  orgId: number;
  firstSeq: number;
  timestamp: number;
  evidenceRoot: Hex;
  rows: Hex[];
  prevHead: bigint;
  laterRecords: Hex[];
}

export interface RedemptionProof {
  resident: Address;
  cityId: number;
  credits: bigint;
  timestamp: number;
  prevHead: bigint;
  laterRecords: Hex[];
}

function needsCheckpoint(cityId: bigint): never {
  throw new CitySyncError(
    "CHECKPOINT_NEEDED",
    `No final checkpoint of city ${cityId} covers this record yet: send checkpoint(${cityId}) first, then retry once it is final.`,
    { details: { cityId } },
  );
}

export interface ProofOptions {
  /**
   * End at the city's live head when no checkpoint covers the record. Only valid if nothing is recorded
   * in the city before the proof lands on chain; the default ends at a (final) checkpoint.
   */
  liveHead?: boolean;
}

async function endOf(
  source: ChainSource,
  cityId: bigint,
  position: bigint,
  options: ProofOptions,
): Promise<bigint> {
  const checkpoint = await source.checkpointAfter(cityId, position);
  if (checkpoint !== undefined) return checkpoint;
  if (options.liveHead) return source.length(cityId);
  return needsCheckpoint(cityId);
}

/** The revocation proof of the batch that holds attestation (orgId, seq), ending at a checkpoint. */
export async function buildRevocationProof(
  source: ChainSource,
  orgId: bigint,
  seq: bigint,
  options: ProofOptions = {},
): Promise<{ proof: AttestationBatchProof; rowIndex: number; cityId: bigint }> {
  const cityId = await source.cityOfOrganization(orgId);
  const entry = await source.findBatch(cityId, orgId, seq);
  if (!entry || entry.kind !== "attestation") {
    throw new CitySyncError("UNKNOWN_RECORD", `No attestation ${orgId}/${seq} is recorded.`);
  }
  const end = await endOf(source, cityId, entry.position, options);
  return {
    cityId,
    rowIndex: Number(seq - entry.firstSeq),
    proof: {
      orgId: Number(entry.orgId),
      firstSeq: Number(entry.firstSeq),
      timestamp: Number(entry.timestamp),
      evidenceRoot: entry.evidenceRoot,
      rows: entry.rows,
      prevHead: entry.prevHead,
      laterRecords: await source.records(cityId, entry.position + 1n, end),
    },
  };
}

/** The refund proof of redemption (offerId, seq), ending at a checkpoint. */
export async function buildRefundProof(
  source: ChainSource,
  offerId: bigint,
  seq: bigint,
  options: ProofOptions = {},
): Promise<RedemptionProof> {
  const entry = await source.findRedemption(offerId, seq);
  if (!entry || entry.kind !== "redemption") {
    throw new CitySyncError("UNKNOWN_RECORD", `No redemption ${offerId}/${seq} is recorded.`);
  }
  const end = await endOf(source, entry.cityId, entry.position, options);
  return {
    resident: entry.resident,
    cityId: Number(entry.cityId),
    credits: entry.credits,
    timestamp: Number(entry.timestamp),
    prevHead: entry.prevHead,
    laterRecords: await source.records(entry.cityId, entry.position + 1n, end),
  };
}

// ------------------------------------------------------------------------------------- logs source

/**
 * A chain source read from the ledger's logs (no indexer): every record and checkpoint of the ledger
 * from `fromBlock`, rebuilt once per call of `logsChainSource`. Fine for a pilot-sized chain; an
 * indexer answers the same questions from its store.
 */
export async function logsChainSource(
  client: PublicClient,
  ledger: Address,
  fromBlock: bigint,
): Promise<ChainSource> {
  const logs = await client.getContractEvents({
    address: ledger,
    abi: iCivicLedgerAbi,
    fromBlock,
    toBlock: "latest",
  });
  logs.sort((a, b) =>
    a.blockNumber !== b.blockNumber ? (a.blockNumber! < b.blockNumber! ? -1 : 1) : a.logIndex! - b.logIndex!,
  );
  const times = new Map<bigint, bigint>();
  const timeOf = async (blockNumber: bigint) => {
    let t = times.get(blockNumber);
    if (t === undefined) {
      t = (await client.getBlock({ blockNumber })).timestamp;
      times.set(blockNumber, t);
    }
    return t;
  };
  const orgCity = new Map<bigint, bigint>();
  const chains = new Map<bigint, ChainEntry[]>();
  const checkpoints = new Map<bigint, bigint[]>();
  const heads = new Map<bigint, bigint>();
  const append = (cityId: bigint, make: (position: bigint, prevHead: bigint) => ChainEntry) => {
    const chain = chains.get(cityId) ?? [];
    chains.set(cityId, chain);
    const prevHead = heads.get(cityId) ?? 0n;
    const entry = make(BigInt(chain.length + 1), prevHead);
    chain.push(entry);
    heads.set(cityId, linkHead(prevHead, entry.record));
  };
  const pendingHeads: { cityId: bigint; head: bigint }[] = [];
  for (const log of logs) {
    const args = log.args as Record<string, unknown>;
    switch (log.eventName) {
      case "OrganizationOnboarded":
        orgCity.set(BigInt(args.orgId as number), BigInt(args.cityId as number));
        break;
      case "AttestationRecorded":
      case "AttestationsRecorded": {
        const orgId = BigInt(args.orgId as number);
        const cityId = orgCity.get(orgId)!;
        const rows = log.eventName === "AttestationRecorded" ? [args.row as Hex] : [...(args.rows as Hex[])];
        const firstSeq = BigInt((args.firstSeq ?? args.seq) as number);
        const evidenceRoot = (args.evidenceRoot ?? args.evidence) as Hex;
        const timestamp = await timeOf(log.blockNumber!);
        const record = attestationRecord({ orgId, firstSeq, timestamp, evidenceRoot, rows });
        append(cityId, (position, prevHead) => ({
          kind: "attestation",
          position,
          record,
          prevHead,
          orgId,
          firstSeq,
          timestamp,
          evidenceRoot,
          rows,
        }));
        break;
      }
      case "Redeemed": {
        const cityId = BigInt(args.cityId as number);
        const timestamp = await timeOf(log.blockNumber!);
        const r = {
          offerId: BigInt(args.offerId as number),
          seq: BigInt(args.seq as number),
          resident: getAddress(args.resident as string),
          cityId,
          credits: BigInt(args.credits as bigint),
          timestamp,
        };
        const record = redemptionRecord(r);
        append(cityId, (position, prevHead) => ({ kind: "redemption", position, record, prevHead, ...r }));
        break;
      }
      case "CheckpointRecorded":
        pendingHeads.push({ cityId: BigInt(args.cityId as number), head: BigInt(args.head as bigint) });
        break;
    }
  }
  // A checkpoint marks the position whose head it stored (an automatic one is logged just before its record).
  for (const { cityId, head } of pendingHeads) {
    const chain = chains.get(cityId) ?? [];
    let h = 0n;
    let position = 0n;
    for (const e of chain) {
      h = linkHead(e.prevHead, e.record);
      if (h === head) {
        position = e.position;
        break;
      }
    }
    if (position > 0n) checkpoints.set(cityId, [...(checkpoints.get(cityId) ?? []), position]);
  }
  return {
    async cityOfOrganization(orgId) {
      const cityId = orgCity.get(orgId);
      if (cityId === undefined) throw new CitySyncError("UNKNOWN_ORGANIZATION", `No organization ${orgId}.`);
      return cityId;
    },
    async findBatch(cityId, orgId, seq) {
      return (chains.get(cityId) ?? []).find(
        (e) =>
          e.kind === "attestation" &&
          e.orgId === orgId &&
          seq >= e.firstSeq &&
          seq < e.firstSeq + BigInt(e.rows.length),
      );
    },
    async findRedemption(offerId, seq) {
      for (const chain of chains.values()) {
        const e = chain.find((x) => x.kind === "redemption" && x.offerId === offerId && x.seq === seq);
        if (e) return e;
      }
      return undefined;
    },
    async checkpointAfter(cityId, position) {
      const candidates = (checkpoints.get(cityId) ?? [])
        .filter((p) => p >= position)
        .sort((a, b) => (a < b ? -1 : 1));
      return candidates[0];
    },
    async length(cityId) {
      return BigInt((chains.get(cityId) ?? []).length);
    },
    async records(cityId, from, to) {
      return (chains.get(cityId) ?? []).slice(Number(from) - 1, Number(to)).map((e) => e.record);
    },
  };
}
