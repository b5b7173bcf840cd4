/**
 * Weekly attestations and revocations. Each active organization records one batch a week: a few
 * residents per opportunity, chosen and given hours by the seed's deterministic randomness, with
 * per-row evidence (the sign-in sheet line, hashed; never on chain). A revocation proves the batch
 * with the SDK's commitment chain, read from the ledger's logs.
 */
import {
  RevokeReason,
  buildRevocationProof,
  evidenceHash,
  evidenceRoot as batchEvidenceRoot,
  getAuthorizationGeneration,
  ledgerCalls,
  logsChainSource,
  packRows,
  relayAttestation,
  signAttestation,
} from "@citysync/sdk";
import type { Address, Hex, TransactionReceipt } from "viem";
import { privateKeyToAccount } from "viem/accounts";

import { DAY, type OrgRuntime, type SeedContext } from "../context.ts";
import type { AttestedRow, ExpectedState } from "../expected-state.ts";
import type { PilotEvent } from "../pilot-data.ts";

type AttestEvent = Extract<PilotEvent, { kind: "attest" }>;
type RevokeEvent = Extract<PilotEvent, { kind: "revoke" }>;

export async function attestWeek(ctx: SeedContext, state: ExpectedState, week: number, event: AttestEvent) {
  for (const o of ctx.cities.flatMap((c) => c.orgs)) {
    if (o.suspended || event.except?.includes(o.ref)) continue;
    if (event.only && !event.only.includes(o.ref)) continue;
    const rows = weeklyRows(ctx, week, o);
    const packed = packRows(
      rows.map((r) => ({
        participant: r.participant as Address,
        opportunityId: BigInt(r.opportunityId),
        units: BigInt(r.units),
      })),
    );
    const evidence = rows.map((_, i) =>
      evidenceHash(`${o.plan.name}, week ${week}, sign-in sheet line ${i + 1}`),
    );
    const root = batchEvidenceRoot(packed, evidence);
    const byStaff = event.signedByStaff?.includes(o.ref) ?? false;
    const receipt = byStaff
      ? await attestByStaff(ctx, o, packed, root, week)
      : await ctx.runSafe(
          o.safe,
          [ledgerCalls.attestBatch(ctx.ledger, o.id, packed, root)],
          `Attest ${rows.length} contributions (week ${week})`,
          event.confirmation,
        );
    const [recorded] = ctx.eventsOf(receipt, "AttestationsRecorded");
    if (!recorded) throw new Error(`No AttestationsRecorded event for ${o.plan.name} in week ${week}.`);
    o.latestBatch = { firstSeq: Number(recorded.firstSeq), rows };
    const block = await ctx.publicClient.getBlock({ blockNumber: receipt.blockNumber });
    state.attested(o.city.id, o.id, rows, Number(block.timestamp), byStaff);
  }
}

/** 2-4 residents per opportunity, consecutive from a random one, 1-4 units each. */
function weeklyRows(ctx: SeedContext, week: number, o: OrgRuntime): AttestedRow[] {
  const { residents } = o.city;
  const rows: AttestedRow[] = [];
  for (const opp of o.opportunities) {
    const label = `w${week}/${o.city.plan.key}/${o.plan.key}/${opp.key}`;
    const count = 2 + ctx.rand(`${label}/count`, 3);
    const offset = ctx.rand(`${label}/offset`, residents.length);
    for (let i = 0; i < count; i++) {
      const units = 1 + ctx.rand(`${label}/${i}/units`, 4);
      rows.push({
        participant: residents[(offset + i) % residents.length]!.wallet.address,
        opportunityId: opp.id,
        units,
        credits: BigInt(units * opp.creditsPerUnit),
      });
    }
  }
  return rows;
}

/**
 * The staff delegate signs the batch (EIP-712) and the relayer submits it: no Safe transaction,
 * within the delegate's own cap. The week number is the signature's nonce.
 */
async function attestByStaff(
  ctx: SeedContext,
  o: OrgRuntime,
  rows: Hex[],
  evidenceRoot: Hex,
  week: number,
): Promise<TransactionReceipt> {
  if (!o.delegate) throw new Error(`${o.plan.name} has no staff delegate to sign its batch.`);
  const relay = await ctx.relayContext();
  const request = {
    orgId: o.id,
    signer: o.delegate.address,
    rows,
    evidenceRoot,
    generation: await getAuthorizationGeneration(
      { client: relay.publicClient, ledger: ctx.ledger },
      o.id,
      o.delegate.address,
    ),
    nonce: BigInt(week),
    deadline: BigInt((await ctx.now()) + DAY),
  };
  const signature = await signAttestation(
    privateKeyToAccount(o.delegate.privateKey),
    { chainId: ctx.deployment.chainId, ledger: ctx.ledger },
    request,
  );
  const { transactionHash } = await relayAttestation(relay, request, signature);
  return ctx.receipt(transactionHash);
}

/** Revokes a row of the organization's latest batch through its Safe; returns the story line. */
export async function revokeRow(ctx: SeedContext, state: ExpectedState, event: RevokeEvent): Promise<string> {
  const o = ctx.org(event.org);
  const batch = o.latestBatch;
  const row = batch?.rows[event.row];
  if (!batch || !row) throw new Error(`${o.plan.name} has no row ${event.row} to revoke.`);
  const seq = batch.firstSeq + event.row;
  // Nothing is recorded in the city since the batch: the proof ends at the city's live head.
  const source = await logsChainSource(ctx.publicClient, ctx.ledger, 0n);
  const { proof, rowIndex } = await buildRevocationProof(source, BigInt(o.id), BigInt(seq), {
    liveHead: true,
  });
  const reason = RevokeReason[event.reason];
  const receipt = await ctx.runSafe(
    o.safe,
    [ledgerCalls.revoke(ctx.ledger, proof, [BigInt(rowIndex)], reason)],
    `Revoke an attestation (${readable(event.reason)})`,
  );
  const [revoked] = ctx.eventsOf(receipt, "AttestationRevoked");
  if (!revoked) throw new Error(`No AttestationRevoked event for ${o.plan.name}'s attestation #${seq}.`);
  state.revokedRow(o.city.id, o.id, seq, row, revoked.clawedBack);
  const resident = o.city.residents.find((r) => r.wallet.address === row.participant)!;
  return `${o.plan.name} revoked attestation #${seq} (${row.credits} credits, reason ${reason} = ${readable(event.reason)}) of ${resident.label}`;
}

/** "DataEntryError" → "data entry error". */
function readable(reason: string): string {
  return reason.replace(/(?<!^)([A-Z])/g, " $1").toLowerCase();
}
