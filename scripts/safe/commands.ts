/**
 * The Safe CLI's commands as plain async functions (tests call them directly). Each prints
 * for people through `ctx.out` and returns what it did for programs.
 */
import { existsSync, writeFileSync } from "node:fs";

import {
  type AttestationEnvelope,
  type AttestationBatch,
  CitySyncError,
  type ConfirmationStatus,
  type LedgerCall,
  type LedgerRef,
  type SafeConnection,
  type SafeProposal,
  addEnvelopeSignature,
  approveSafeProposal,
  attestationTypedData,
  combineSafeSignature,
  createAttestationEnvelope,
  createCitySyncWalletClient,
  createSafeAccount,
  describeCall,
  describeSplit,
  envelopeRequest,
  executeSafeProposal,
  findOrganizationByAccount,
  findProposal,
  getConfirmationStatus,
  getAuthorizationGeneration,
  getExecutionRecord,
  getSignatureHorizon,
  getMaxBatchRows,
  getOpportunity,
  isValidSafeSignature,
  ledgerCalls,
  nextFreeNonce,
  nextNonce,
  opportunityLoader,
  parseAttestationEnvelope,
  proposeSafeTransaction,
  relayAttestation,
  signSafeProposal,
  signTypedDataAsSafeOwner,
  simulateProposal,
  splitAttestationBatch,
  validateAttestationCsv,
} from "@citysync/sdk";
import { type Address, type Hex, formatEther } from "viem";

import { SAFE_ACTIONS, type OptionValues, type SafeActionName } from "./actions.ts";
import {
  type CliContext,
  chainId,
  chainNow,
  ledgerOf,
  openSafe,
  proposalService,
  publicClient,
  requireKey,
  safeContractsOf,
} from "./context.ts";
import { address, big, hash32, integer, readJsonFile, readTextFile, time } from "./parse.ts";

const min = (a: bigint, b: bigint) => (a < b ? a : b);

async function ledgerRef(ctx: CliContext): Promise<LedgerRef> {
  return { client: publicClient(ctx), ledger: await ledgerOf(ctx) };
}

// ------------------------------------------------------------------ create-safe

export async function createSafeCommand(
  ctx: CliContext,
  options: { owners: string; threshold: string; salt?: string },
): Promise<Address> {
  const owners = options.owners.split(",").map((o) => address(o, "owners"));
  const safeContracts = await safeContractsOf(ctx);
  const safe = await createSafeAccount({
    provider: ctx.provider,
    signer: requireKey(ctx),
    owners,
    threshold: integer(options.threshold, "threshold", { min: 1 }),
    ...(options.salt ? { saltNonce: big(options.salt, "salt") } : {}),
    ...(safeContracts ? { safeContracts } : {}),
  });
  ctx.out(`Safe created: ${safe} (${options.threshold} of ${owners.length}: ${owners.join(", ")})`);
  return safe;
}

// ------------------------------------------------------------------ proposing

export interface ProposeResult {
  proposal: SafeProposal;
  stored: boolean;
}

export interface SubmitOptions {
  dryRun?: boolean;
  /** Use this Safe nonce: replaces the pending proposal that has it. */
  nonce?: string;
}

/** Gas of the calls run as the Safe, plus the Safe's own execution overhead (an estimate). */
async function estimateGas(connection: SafeConnection, calls: readonly LedgerCall[], threshold: number) {
  let gas = 0n;
  for (const c of calls) {
    gas += await connection.publicClient
      .estimateGas({ account: connection.safe, to: c.to, data: c.data, value: c.value ?? 0n })
      .catch(() => 0n);
  }
  // execTransaction: intrinsic 21k, hashing and nonce ≈ 30k, each signature check ≈ 7k.
  const overhead = 51_000n + 7_000n * BigInt(threshold);
  const gasPrice = await connection.publicClient.getGasPrice().catch(() => 0n);
  return { gas: gas + overhead, cost: (gas + overhead) * gasPrice };
}

async function submitProposal(
  ctx: CliContext,
  safe: Address,
  calls: LedgerCall[],
  title: string,
  options: SubmitOptions,
): Promise<ProposeResult> {
  const connection = await openSafe(ctx, safe, !options.dryRun);
  const onChainNonce = BigInt(await connection.protocolKit.getNonce());
  let nonce: bigint;
  if (options.nonce !== undefined) {
    nonce = big(options.nonce, "nonce");
    if (nonce < onChainNonce) {
      throw new CitySyncError(
        "SAFE_NONCE_USED",
        `Nonce ${nonce} of the Safe ${safe} was already used (next is ${onChainNonce}).`,
        {
          details: { nonce, next: onChainNonce, safe },
        },
      );
    }
  } else if (options.dryRun) {
    nonce = onChainNonce;
  } else {
    const service = await proposalService(ctx);
    const pending = await service.list({ safe, chainId: connection.chainId });
    nonce = nextNonce(
      onChainNonce,
      pending.filter((p) => BigInt(p.tx.nonce) >= onChainNonce),
    );
  }
  let proposal = await proposeSafeTransaction(connection, calls, { title, nonce });
  const ledger = await ledgerOf(ctx).catch(() => undefined);
  ctx.out(`${options.dryRun ? "Dry run — nothing stored or sent." : "Proposal"} ${proposal.id}`);
  ctx.out(`  Safe ${safe}, nonce ${proposal.tx.nonce}: ${title}`);
  proposal.calls.forEach((c, i) =>
    ctx.out(`  ${i + 1}. ${describeCall({ to: c.to, data: c.data, value: c.value }, ledger)}`),
  );
  if (options.dryRun) {
    for (const r of await simulateProposal(connection.publicClient, proposal, ctx.language)) {
      ctx.out(`  call ${r.index + 1}: ${r.ok ? "would succeed" : `would fail: ${r.error?.message}`}`);
    }
    const { gas, cost } = await estimateGas(connection, calls, await connection.protocolKit.getThreshold());
    ctx.out(`  estimated gas: ${gas} (≈ ${formatEther(cost)} ETH at the current gas price)`);
    return { proposal, stored: false };
  }
  // The proposer's signature is what the proposal services accept a proposal on: an owner's only.
  proposal = { ...proposal, signatures: [await signSafeProposal(connection, proposal)] };
  const service = await proposalService(ctx);
  proposal = await service.create(proposal);
  const status = await getConfirmationStatus(connection, proposal);
  ctx.out(`  stored; ${status.confirmations.length}/${status.threshold} confirmations`);
  return { proposal, stored: true };
}

/** Proposes one action of the table (`create-city`, `onboard`, `publish-offer`, …). */
export async function proposeCommand(
  ctx: CliContext,
  action: string,
  values: OptionValues,
): Promise<ProposeResult> {
  const entry = SAFE_ACTIONS[action as SafeActionName];
  if (!entry) {
    throw new CitySyncError(
      "UNKNOWN_COMMAND",
      `Unknown action "${action}". Actions: ${Object.keys(SAFE_ACTIONS).join(", ")}.`,
      {
        details: { name: action, valid: Object.keys(SAFE_ACTIONS).join(", ") },
      },
    );
  }
  const { safe, calls, title } = await entry.build(await ledgerRef(ctx), values);
  return submitProposal(ctx, safe, calls, title, {
    dryRun: values["dry-run"] === true,
    ...(typeof values.nonce === "string" ? { nonce: values.nonce } : {}),
  });
}

/** Credits each resident would receive from a batch (units × the opportunity's credits per unit). */
async function creditsPerResident(ref: LedgerRef, batch: AttestationBatch): Promise<Map<Address, bigint>> {
  const rates = new Map<bigint, bigint>();
  for (const id of new Set(batch.rows.map((r) => r.opportunityId))) {
    rates.set(id, BigInt((await getOpportunity(ref, Number(id))).creditsPerUnit));
  }
  const credits = new Map<Address, bigint>();
  for (const row of batch.rows) {
    credits.set(
      row.participant,
      (credits.get(row.participant) ?? 0n) + row.units * rates.get(row.opportunityId)!,
    );
  }
  return credits;
}

export interface AttestOptions extends SubmitOptions {
  org: string;
  csv: string;
  evidenceRoot?: string;
  allowRepeat?: boolean;
}

/** The CSV checked row by row; `maxRows` when it must fit one transaction (no split possible). */
async function readBatch(
  ref: LedgerRef,
  orgId: number,
  csv: string,
  options: { allowRepeat?: boolean | undefined; maxRows?: number } = {},
) {
  return validateAttestationCsv(readTextFile(csv), {
    orgId,
    loadOpportunity: opportunityLoader(ref),
    ...(options.maxRows !== undefined ? { maxRows: options.maxRows } : {}),
    ...(options.allowRepeat ? { allowRepeat: true } : {}),
  });
}

/** The first part's proposal, and every part's when the CSV needed more than one transaction. */
export type AttestProposals = ProposeResult & { parts: ProposeResult[] };

/**
 * Proposes a CSV of attestations. A CSV larger than the ledger's `MAX_BATCH_ROWS` becomes several
 * numbered proposals, each valid alone and at consecutive Safe nonces; the split is printed
 * before anything is proposed.
 */
export async function proposeAttestationsCommand(
  ctx: CliContext,
  options: AttestOptions,
): Promise<AttestProposals> {
  const safe = address(options.org, "org");
  const ref = await ledgerRef(ctx);
  const org = await findOrganizationByAccount(ref, safe);
  const batch = await readBatch(ref, org.orgId, options.csv, { allowRepeat: options.allowRepeat });
  const parts = splitAttestationBatch(batch, Number(await getMaxBatchRows(ref)));
  if (parts.length > 1 && options.evidenceRoot) {
    throw new CitySyncError(
      "EVIDENCE_ROOT_SPLIT",
      `--evidence-root names one batch, but this CSV needs ${parts.length} proposals; leave it out.`,
      { details: { parts: parts.length } },
    );
  }
  const units = batch.rows.reduce((n, r) => n + r.units, 0n);
  ctx.out(`CSV ok: ${batch.rows.length} row(s), ${units} unit(s)`);
  if (parts.length > 1) {
    ctx.out(`More rows than one transaction takes: ${parts.length} proposals, each valid alone.`);
    for (const line of describeSplit(parts)) ctx.out(`  ${line}`);
  }
  if (options.dryRun) {
    for (const [resident, credits] of await creditsPerResident(ref, batch)) {
      ctx.out(`  ${resident} would receive ${credits} credit(s)`);
    }
  }
  const results: ProposeResult[] = [];
  for (const part of parts) {
    const root = options.evidenceRoot ? hash32(options.evidenceRoot, "evidence-root") : part.evidenceRoot;
    const numbered = parts.length > 1 ? ` (part ${part.part} of ${part.parts})` : "";
    ctx.out(`Evidence root${numbered}: ${root}`);
    results.push(
      await submitProposal(
        ctx,
        safe,
        [ledgerCalls.attestBatch(ref.ledger, org.orgId, part.packedRows, root)],
        `Attest ${part.rows.length} row(s) for organization ${org.orgId}${numbered}`,
        options,
      ),
    );
  }
  return { ...results[0]!, parts: results };
}

// ------------------------------------------------------------------ confirming, rejecting, executing

async function load(ctx: CliContext, id: string): Promise<SafeProposal> {
  return findProposal(await proposalService(ctx), id);
}

export async function signCommand(ctx: CliContext, id: string): Promise<SafeProposal> {
  const proposal = await load(ctx, id);
  const connection = await openSafe(ctx, proposal.safe);
  const signature = await signSafeProposal(connection, proposal);
  const stored = await (await proposalService(ctx)).addSignature(proposal.id, signature);
  const status = await getConfirmationStatus(connection, stored);
  ctx.out(
    `Signed ${proposal.id} as ${signature.signer}: ${status.confirmations.length}/${status.threshold} confirmations.`,
  );
  return stored;
}

export async function approveCommand(ctx: CliContext, id: string): Promise<Hex> {
  const proposal = await load(ctx, id);
  const connection = await openSafe(ctx, proposal.safe);
  const hash = await approveSafeProposal(connection, proposal);
  const status = await getConfirmationStatus(connection, proposal);
  ctx.out(
    `Approved ${proposal.id} on chain (tx ${hash}): ${status.confirmations.length}/${status.threshold} confirmations.`,
  );
  return hash;
}

/**
 * Rejects a pending proposal the way Safe does: an empty transaction of the Safe to itself at the
 * same nonce. Once owners confirm and execute it, the rejected proposal can never run.
 */
export async function rejectCommand(
  ctx: CliContext,
  id: string,
  options: { dryRun?: boolean } = {},
): Promise<ProposeResult> {
  const proposal = await load(ctx, id);
  return submitProposal(
    ctx,
    proposal.safe,
    [{ to: proposal.safe, data: "0x", value: 0n }],
    `Reject ${proposal.id.slice(0, 10)} (${proposal.title})`,
    {
      nonce: proposal.tx.nonce,
      ...(options.dryRun ? { dryRun: true } : {}),
    },
  );
}

export async function executeCommand(ctx: CliContext, id: string): Promise<Hex> {
  const proposal = await load(ctx, id);
  const connection = await openSafe(ctx, proposal.safe);
  const result = await executeSafeProposal(connection, proposal);
  ctx.out(`Executed ${proposal.id} in transaction ${result.transactionHash} (block ${result.blockNumber}).`);
  return result.transactionHash;
}

function statusLine(status: ConfirmationStatus): string {
  return `${status.confirmations.length}/${status.threshold} ${status.state}${status.executable ? " (ready to execute)" : ""}`;
}

export async function listCommand(ctx: CliContext, options: { safe?: string }): Promise<SafeProposal[]> {
  const service = await proposalService(ctx);
  const proposals = await service.list({
    chainId: await chainId(ctx),
    ...(options.safe ? { safe: address(options.safe, "safe") } : {}),
  });
  if (proposals.length === 0) ctx.out("No proposals.");
  for (const p of proposals) {
    const connection = await openSafe(ctx, p.safe, false);
    const status = statusLine(await getConfirmationStatus(connection, p));
    ctx.out(
      `${p.id.slice(0, 10)}  ${p.safe.slice(0, 10)}…  nonce ${p.tx.nonce.padEnd(3)} ${status.padEnd(30)} ${p.title}`,
    );
  }
  return proposals;
}

export async function showCommand(ctx: CliContext, id: string) {
  const proposal = await load(ctx, id);
  const connection = await openSafe(ctx, proposal.safe, false);
  const status = await getConfirmationStatus(connection, proposal);
  const ledger = await ledgerOf(ctx).catch(() => undefined);
  ctx.out(`Proposal ${proposal.id}`);
  ctx.out(`  title:   ${proposal.title}`);
  ctx.out(
    `  Safe:    ${proposal.safe} (chain ${proposal.chainId}), nonce ${proposal.tx.nonce}${proposal.tx.operation === 1 ? ", MultiSend batch" : ""}`,
  );
  proposal.calls.forEach((c, i) =>
    ctx.out(`  call ${i + 1}: ${describeCall({ to: c.to, data: c.data, value: c.value }, ledger)}`),
  );
  const execution = status.state === "executed" ? await getExecutionRecord(connection, proposal) : undefined;
  if (execution) {
    // After execution the Safe's own record says who confirmed, the executing owner included.
    ctx.out(
      `  status:  executed in ${execution.transactionHash} (block ${execution.blockNumber}) by ${execution.executor}`,
    );
    const via = {
      signature: "off-chain signature",
      approval: "on-chain approval or executing owner",
      contract: "contract signature",
    };
    for (const s of execution.signers) ctx.out(`  signed by ${s.owner} (${via[s.via]})`);
    return { proposal, status, execution };
  }
  ctx.out(`  status:  ${statusLine(status)}; ${status.missing} more needed`);
  for (const c of status.confirmations) {
    ctx.out(
      `  confirmed by ${c.owner} (${c.via === "signature" ? "off-chain signature" : "on-chain approveHash"})`,
    );
  }
  const waiting = status.owners.filter((o) => !status.confirmations.some((c) => c.owner === o));
  if (waiting.length > 0 && status.state !== "replaced") ctx.out(`  not yet:  ${waiting.join(", ")}`);
  return { proposal, status, execution };
}

// ------------------------------------------------------------------ Safe-signed attestations

/**
 * An owner signs a CSV batch as the organization's Safe (EIP-1271). The first owner creates the
 * envelope file; the others add their part to the same file (`--out`).
 */
export async function signAttestationCommand(
  ctx: CliContext,
  options: {
    org?: string;
    csv?: string;
    out: string;
    evidenceRoot?: string;
    deadline?: string;
    nonce?: string;
    allowRepeat?: boolean;
  },
): Promise<AttestationEnvelope> {
  let envelope: AttestationEnvelope;
  if (existsSync(options.out)) {
    envelope = parseAttestationEnvelope(readJsonFile(options.out));
    ctx.out(`Adding a signature to ${options.out} (${envelope.request.rows.length} row(s)).`);
  } else {
    const safe = address(options.org, "org");
    if (!options.csv) {
      throw new CitySyncError("MISSING_OPTION", "--csv is required to start a new attestation file.", {
        details: { options: "--csv" },
      });
    }
    const ref = await ledgerRef(ctx);
    const org = await findOrganizationByAccount(ref, safe);
    // One signed envelope is one transaction: it cannot be split.
    const batch = await readBatch(ref, org.orgId, options.csv, {
      allowRepeat: options.allowRepeat,
      maxRows: Number(await getMaxBatchRows(ref)),
    });
    // Deadlines count from the chain's clock: a local chain may run weeks ahead of this computer.
    envelope = createAttestationEnvelope(await chainId(ctx), ref.ledger, {
      orgId: org.orgId,
      signer: safe,
      rows: batch.packedRows,
      evidenceRoot: options.evidenceRoot ? hash32(options.evidenceRoot, "evidence-root") : batch.evidenceRoot,
      generation: await getAuthorizationGeneration(ref, org.orgId, safe),
      nonce: options.nonce ? big(options.nonce, "nonce") : await nextFreeNonce(ref, safe),
      deadline: options.deadline
        ? BigInt(time(options.deadline, "deadline"))
        : (await chainNow(ctx)) + min(7n * 86_400n, await getSignatureHorizon(ref)),
    });
    ctx.out(
      `New attestation file ${options.out}: ${batch.rows.length} row(s), nonce ${envelope.request.nonce}.`,
    );
  }
  const connection = await openSafe(ctx, envelope.request.signer);
  const typedData = attestationTypedData(
    { chainId: envelope.chainId, ledger: envelope.ledger },
    envelopeRequest(envelope),
  );
  const part = await signTypedDataAsSafeOwner(connection, typedData);
  envelope = addEnvelopeSignature(envelope, part);
  writeFileSync(options.out, JSON.stringify(envelope, null, 2) + "\n");
  const threshold = await connection.protocolKit.getThreshold();
  const ready = envelope.signatures.length >= threshold ? " Ready to relay." : "";
  ctx.out(`Signed as ${part.signer}: ${envelope.signatures.length}/${threshold} owner signature(s).${ready}`);
  return envelope;
}

/** Anyone relays a Safe-signed attestation file once enough owners signed. */
export async function relayCommand(ctx: CliContext, options: { file: string }): Promise<Hex> {
  const envelope = parseAttestationEnvelope(readJsonFile(options.file));
  const client = publicClient(ctx);
  const signature = await combineSafeSignature(
    envelope.chainId,
    envelope.request.signer,
    envelope.hash,
    envelope.signatures,
  );
  if (!(await isValidSafeSignature(client, envelope.request.signer, envelope.hash, signature))) {
    throw new CitySyncError(
      "SAFE_SIGNATURE_INCOMPLETE",
      `The Safe ${envelope.request.signer} does not accept the ${envelope.signatures.length} owner signature(s) collected: below its threshold, or a signer is no longer an owner.`,
    );
  }
  const walletClient = await createCitySyncWalletClient(ctx.provider, requireKey(ctx));
  const result = await relayAttestation(
    { publicClient: client, walletClient, ledger: envelope.ledger },
    envelopeRequest(envelope),
    signature,
  );
  ctx.out(
    `Relayed ${envelope.request.rows.length} row(s) for organization ${envelope.request.orgId} in ${result.transactionHash}.`,
  );
  return result.transactionHash;
}
