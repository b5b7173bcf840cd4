/**
 * The indexer's store as a source of the SDK's proof builder: the same proofs as from logs, read from
 * the commitment chain table, ending at a checkpoint that is final (at or below the finalized block).
 */
import type { ChainEntry, ChainSource } from "@citysync/sdk";
import { type Hex, getAddress } from "viem";

import type { Queryable } from "../store/store.ts";

export function storeChainSource(
  db: Pick<Queryable, "query">,
  options: { finalOnly?: boolean } = {},
): ChainSource {
  const finalOnly = options.finalOnly ?? true;
  return {
    async cityOfOrganization(orgId) {
      const [org] = await db.query("SELECT city_id FROM organizations WHERE org_id = $1", [orgId]);
      if (!org) throw new Error(`no organization ${orgId} in the store`);
      return org.city_id as bigint;
    },
    async findBatch(cityId, orgId, seq) {
      const [a] = await db.query("SELECT first_seq FROM attestations WHERE org_id = $1 AND seq = $2", [
        orgId,
        seq,
      ]);
      if (!a) return undefined;
      const [c] = await db.query(
        "SELECT * FROM commitments WHERE city_id = $1 AND kind = 'attestation' AND org_id = $2 AND first_seq = $3",
        [cityId, orgId, a.first_seq],
      );
      if (!c) return undefined;
      const rows = await db.query<{ row_packed: string; evidence_root: string }>(
        "SELECT row_packed, evidence_root FROM attestations WHERE org_id = $1 AND first_seq = $2 ORDER BY seq",
        [orgId, a.first_seq],
      );
      const entry: ChainEntry = {
        kind: "attestation",
        position: c.position as bigint,
        record: c.record_hash as Hex,
        prevHead: BigInt(c.prev_head as string),
        orgId,
        firstSeq: a.first_seq as bigint,
        timestamp: c.timestamp as bigint,
        evidenceRoot: rows[0]!.evidence_root as Hex,
        rows: rows.map((r) => r.row_packed as Hex),
      };
      return entry;
    },
    async findRedemption(offerId, seq) {
      const [r] = await db.query("SELECT * FROM redemptions WHERE offer_id = $1 AND seq = $2", [
        offerId,
        seq,
      ]);
      if (!r) return undefined;
      const [c] = await db.query(
        "SELECT * FROM commitments WHERE city_id = $1 AND kind = 'redemption' AND offer_id = $2 AND seq = $3",
        [r.city_id, offerId, seq],
      );
      if (!c) return undefined;
      return {
        kind: "redemption",
        position: c.position as bigint,
        record: c.record_hash as Hex,
        prevHead: BigInt(c.prev_head as string),
        offerId,
        seq,
        resident: getAddress(r.resident as string),
        cityId: r.city_id as bigint,
        credits: BigInt(r.credits as string),
        timestamp: r.timestamp as bigint,
      };
    },
    async checkpointAfter(cityId, position) {
      const [c] = await db.query(
        `SELECT c.position FROM checkpoints c, sync_state s WHERE c.city_id = $1 AND c.position >= $2 ${finalOnly ? "AND c.block_number <= s.finalized_block" : ""} ORDER BY c.position LIMIT 1`,
        [cityId, position],
      );
      return c?.position as bigint | undefined;
    },
    async length(cityId) {
      const [c] = await db.query("SELECT records FROM cities WHERE city_id = $1", [cityId]);
      return (c?.records as bigint | undefined) ?? 0n;
    },
    async records(cityId, from, to) {
      const rows = await db.query<{ record_hash: string }>(
        "SELECT record_hash FROM commitments WHERE city_id = $1 AND position BETWEEN $2 AND $3 ORDER BY position",
        [cityId, from, to],
      );
      return rows.map((r) => r.record_hash as Hex);
    },
  };
}
