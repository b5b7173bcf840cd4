/**
 * Attestations: every row credits its participant with units × the opportunity's rate, uses
 * opportunity capacity, charges the organization's (and a delegate's) epoch budget and appends the
 * batch to the city's commitment chain; revocations claw back and lower lifetime (floored at 0).
 */
import { attestationRecord } from "@citysync/sdk";
import type { Hex } from "viem";

import type { Draft } from "./draft.ts";
import { accountOf, addr, appendRecord, big, bumpDaily, changeAccount, epochOf } from "./shared.ts";
import { type FoldContext, FoldError, type LedgerEvent } from "./types.ts";

type Handler = (draft: Draft, ctx: FoldContext, e: LedgerEvent) => void;

/**
 * A packed row (`participant << 96 | opportunityId << 48 | units`, as the SDK's `unpackRow` reads it)
 * with the participant lowercase: the fold keys accounts by lowercase address, and the checksum
 * `unpackRow` computes costs one keccak per row for nothing here.
 */
function unpackLowercase(packed: Hex): { participant: string; opportunityId: bigint; units: bigint } {
  if (packed.length !== 66) throw new FoldError(`a packed row is 32 bytes of hex, got ${packed}`);
  return {
    participant: `0x${packed.slice(2, 42).toLowerCase()}`,
    opportunityId: BigInt(`0x${packed.slice(42, 54)}`),
    units: BigInt(`0x${packed.slice(54, 66)}`),
  };
}

function recordBatch(
  draft: Draft,
  ctx: FoldContext,
  e: LedgerEvent,
  firstSeq: bigint,
  evidenceRoot: Hex,
  rows: Hex[],
) {
  const orgId = big(e.args.orgId);
  const attester = addr(e.args.attester);
  const org = draft.must("organizations", String(orgId), `organization ${orgId}`);
  const cityId = org.city_id as bigint;
  let total = 0n;
  rows.forEach((packed, i) => {
    const row = unpackLowercase(packed);
    const resident = row.participant;
    const opp = draft.must("opportunities", String(row.opportunityId), `opportunity ${row.opportunityId}`);
    const credits = row.units * (opp.credits_per_unit as bigint);
    total += credits;
    draft.put("opportunities", {
      ...opp,
      used: (opp.used as bigint) + row.units,
      block_number: e.blockNumber,
    });
    const seq = firstSeq + BigInt(i);
    draft.insert("attestations", {
      org_id: orgId,
      seq,
      first_seq: firstSeq,
      batch_size: rows.length,
      row_index: i,
      city_id: cityId,
      resident,
      opportunity_id: row.opportunityId,
      units: row.units,
      credits,
      attester,
      evidence_root: evidenceRoot,
      row_packed: packed,
      block_number: e.blockNumber,
      log_index: e.logIndex,
      block_hash: e.blockHash,
      tx_hash: e.txHash,
      timestamp: e.timestamp,
      revoked: false,
    });
    changeAccount(draft, e, {
      cityId,
      resident,
      subIndex: i,
      kind: "attested",
      balanceDelta: credits,
      lifetimeDelta: credits,
      ref: `${orgId}:${seq}`,
    });
    bumpDaily(
      draft,
      e,
      cityId,
      opp.category as string | null,
      { attestations: 1n, units: row.units, credits_minted: credits },
      resident,
    );
  });
  const epoch = epochOf(draft, e.timestamp);
  const auth = draft.must(
    "delegates",
    `${orgId}|${attester}`,
    `attester ${attester} of organization ${orgId}`,
  );
  if (!auth.is_account) {
    const minted = auth.epoch === epoch ? (auth.epoch_minted as bigint) : 0n;
    draft.put("delegates", { ...auth, epoch, epoch_minted: minted + total, block_number: e.blockNumber });
  }
  const minted = org.epoch === epoch ? (org.epoch_minted as bigint) : 0n;
  draft.put("organizations", {
    ...draft.get("organizations", String(orgId)),
    epoch,
    epoch_minted: minted + total,
    next_seq: firstSeq + BigInt(rows.length),
    block_number: e.blockNumber,
  });
  const record = attestationRecord({ orgId, firstSeq, timestamp: e.timestamp, evidenceRoot, rows });
  appendRecord(draft, ctx, e, cityId, record, total, { kind: "attestation", orgId, firstSeq });
}

export const attestationHandlers: Record<string, Handler> = {
  AttestationsRecorded(draft, ctx, e) {
    recordBatch(draft, ctx, e, big(e.args.firstSeq), e.args.evidenceRoot as Hex, e.args.rows as Hex[]);
  },
  AttestationRecorded(draft, ctx, e) {
    recordBatch(draft, ctx, e, big(e.args.seq), e.args.evidence as Hex, [e.args.row as Hex]);
  },
  AttestationRevoked(draft, _ctx, e) {
    const orgId = big(e.args.orgId);
    const seq = big(e.args.seq);
    const cityId = big(e.args.cityId);
    // Credits moved by recoveries are clawed back where they are now: the holder.
    const resident = addr(e.args.holder ?? e.args.participant);
    const credits = big(e.args.credits);
    const clawedBack = big(e.args.clawedBack);
    const shortfall = big(e.args.shortfall);
    const ref = draft.view.attestation(orgId, seq);
    if (!ref)
      throw new FoldError(`attestation ${orgId}:${seq} is unknown to the store (missed or misordered log)`);
    const account = accountOf(draft, cityId, resident);
    const lifetime = account.lifetime as bigint;
    changeAccount(draft, e, {
      cityId,
      resident,
      subIndex: 0,
      kind: "revoked",
      balanceDelta: -clawedBack,
      lifetimeDelta: -(lifetime < credits ? lifetime : credits),
      shortfallDelta: e.args.holder === undefined ? 0n : shortfall,
      ref: `${orgId}:${seq}`,
    });
    const city = draft.must("cities", String(cityId), `city ${cityId}`);
    draft.put("cities", {
      ...city,
      supply: (city.supply as bigint) - clawedBack,
      block_number: e.blockNumber,
    });
    draft.patch(
      "attestations",
      { org_id: orgId, seq },
      {
        revoked: true,
        revoke_reason: Number(e.args.reason),
        revoker: addr(e.args.revoker),
        clawed_back: clawedBack,
        shortfall,
        holder: resident,
        revoked_block: e.blockNumber,
      },
      {
        revoked: false,
        revoke_reason: null,
        revoker: null,
        clawed_back: null,
        shortfall: null,
        holder: null,
        revoked_block: null,
      },
    );
    const opp = draft.get("opportunities", String(ref.opportunityId));
    bumpDaily(draft, e, cityId, opp?.category as string | null, {
      revocations: 1n,
      credits_revoked: clawedBack,
    });
  },
};
