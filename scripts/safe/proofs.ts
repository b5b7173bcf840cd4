/**
 * Revocations and refunds need a proof that the record is in its city's commitment chain. The
 * SDK's one proof builder reads the chain from the ledger's logs here (no indexer needed); this
 * file turns its answer into ledger calls, and its "no checkpoint yet" into the command to send.
 */
import {
  type ChainSource,
  type LedgerCall,
  type LedgerRef,
  CitySyncError,
  RevokeReason,
  buildRefundProof,
  buildRevocationProof,
  ledgerCalls,
  ledgerDeployBlock,
  logsChainSource,
} from "@citysync/sdk";
import type { Hex } from "viem";

import type { CliContext } from "./context.ts";
import { integer, invalid } from "./parse.ts";
import { ledgerRef, sendDirect } from "./resident.ts";

/** The city chains rebuilt from the ledger's logs, from its deploy block. */
async function logsSource(ref: LedgerRef): Promise<ChainSource> {
  const fromBlock = ledgerDeployBlock(await ref.client.getChainId(), ref.ledger);
  return logsChainSource(ref.client, ref.ledger, fromBlock);
}

/** The SDK says which city needs a checkpoint; the CLI adds the command that sends it. */
async function offeringCheckpoint<T>(build: Promise<T>): Promise<T> {
  try {
    return await build;
  } catch (error) {
    if (!(error instanceof CitySyncError) || error.code !== "CHECKPOINT_NEEDED") throw error;
    const cityId = error.details.cityId as bigint;
    const command = `npm run safe -- checkpoint --city ${cityId} --key <any funded key>`;
    throw new CitySyncError(
      "CHECKPOINT_NEEDED",
      `No checkpoint of city ${cityId} covers this record yet: send checkpoint(${cityId}) first (${command}), then retry.`,
      { details: { cityId, command } },
    );
  }
}

const REASON_NAMES = Object.keys(RevokeReason).join(", ");

/** A reason code: a `RevokeReason` name (any case, dashes allowed) or its number (0–255). */
export function revokeReason(value: string | undefined): number {
  const text = (value ?? "").trim();
  if (/^\d+$/.test(text) && Number(text) <= 255) return Number(text);
  const key = text.replace(/[-_\s]/g, "").toLowerCase();
  const found = Object.entries(RevokeReason).find(([name]) => name.toLowerCase() === key);
  if (!found)
    throw invalid(
      "reason",
      `one of ${REASON_NAMES} or a number 0–255`,
      `uno de ${REASON_NAMES} o un número 0–255`,
    );
  return found[1];
}

/** Attestation numbers of one organization, e.g. `7` or `7,8` (rows of the same batch). */
function sequences(value: string | undefined): bigint[] {
  const parts = (value ?? "").split(",").map((s) => s.trim());
  if (parts.some((p) => !/^\d+$/.test(p))) {
    throw invalid(
      "seq",
      "attestation numbers, comma-separated",
      "números de atestación, separados por comas",
    );
  }
  return [...new Set(parts.map(BigInt))].sort((a, b) => (a < b ? -1 : 1));
}

/** `revoke` of attestations (orgId, seq…) of one batch, with its proof from the logs. */
export async function revocationCall(
  ref: LedgerRef,
  orgId: number,
  seqList: string | undefined,
  reason: number,
): Promise<{ call: LedgerCall; cityId: bigint; seqs: bigint[] }> {
  const seqs = sequences(seqList);
  const source = await logsSource(ref);
  const { proof, cityId } = await offeringCheckpoint(buildRevocationProof(source, BigInt(orgId), seqs[0]!));
  const first = BigInt(proof.firstSeq);
  const outside = seqs.find((s) => s < first || s >= first + BigInt(proof.rows.length));
  if (outside !== undefined) {
    throw invalid(
      "seq",
      `numbers of one batch (${seqs[0]} is in ${first}–${first + BigInt(proof.rows.length) - 1n}, ${outside} is not)`,
      `números de un mismo lote (${seqs[0]} está en ${first}–${first + BigInt(proof.rows.length) - 1n}, ${outside} no)`,
    );
  }
  return {
    call: ledgerCalls.revoke(
      ref.ledger,
      proof,
      seqs.map((s) => s - first),
      reason,
    ),
    cityId,
    seqs,
  };
}

/** `refundRedemption` of redemption (offerId, seq), with its proof from the logs. */
export async function refundCall(ref: LedgerRef, offerId: number, seq: number): Promise<LedgerCall> {
  const proof = await offeringCheckpoint(
    buildRefundProof(await logsSource(ref), BigInt(offerId), BigInt(seq)),
  );
  return ledgerCalls.refundRedemption(ref.ledger, offerId, seq, proof);
}

/** Anyone (--key pays gas) stores a city's current head as a checkpoint proofs can end at. */
export async function checkpointCommand(ctx: CliContext, options: { city: string }): Promise<Hex> {
  const ref = await ledgerRef(ctx);
  const cityId = integer(options.city, "city", { min: 1 });
  const hash = await sendDirect(
    ctx,
    ref,
    ledgerCalls.checkpoint(ref.ledger, cityId),
    "CHECKPOINT_REFUSED",
    `The ledger refuses a checkpoint of city ${cityId}.`,
  );
  ctx.out(
    `Checkpoint of city ${cityId} stored (${hash}): its records so far can now be revoked or refunded.`,
  );
  return hash;
}
