/**
 * The Safe CLI's commands as plain async functions (tests call them directly). Each prints
 * for people through `ctx.out` and returns what it did for programs.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";

import {
  type AttestationEnvelope,
  CitySyncError,
  type ConfirmationStatus,
  type LedgerCall,
  type SafeProposal,
  addEnvelopeSignature,
  approveSafeProposal,
  combineSafeSignature,
  createAttestationEnvelope,
  createCitySyncWalletClient,
  createSafeAccount,
  describeCall,
  envelopeRequest,
  executeSafeProposal,
  findOrganizationByAccount,
  findProposal,
  getCity,
  getConfirmationStatus,
  getAuthorizationGeneration,
  getMaxBatchRows,
  getOrganization,
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
  attestationTypedData,
  simulateProposal,
  validateAttestationCsv,
} from "@citysync/sdk";
import { type Address, type Hex, getAddress, isAddress } from "viem";

import {
  type CliContext,
  chainId,
  ledgerOf,
  openSafe,
  publicClient,
  requireKey,
  requireProposalService,
  safeContractsOf,
} from "./context.ts";

function address(value: string | undefined, name: string): Address {
  if (!value || !isAddress(value, { strict: false })) {
    throw new CitySyncError("INVALID_OPTION", `--${name} must be an address.`);
  }
  return getAddress(value);
}

function integer(value: string | undefined, name: string, { min = 0 } = {}): number {
  if (
    value === undefined ||
    !/^\d+$/.test(value) ||
    Number(value) < min ||
    !Number.isSafeInteger(Number(value))
  ) {
    throw new CitySyncError(
      "INVALID_OPTION",
      `--${name} must be a whole number${min > 0 ? ` ≥ ${min}` : ""}.`,
    );
  }
  return Number(value);
}

function big(value: string | undefined, name: string): bigint {
  if (value === undefined || !/^\d+$/.test(value))
    throw new CitySyncError("INVALID_OPTION", `--${name} must be a whole number.`);
  return BigInt(value);
}

/** Unix seconds from a number or an ISO date. */
function time(value: string | undefined, name: string): number {
  if (value === undefined) throw new CitySyncError("INVALID_OPTION", `--${name} is required.`);
  if (/^\d+$/.test(value)) return Number(value);
  const ms = Date.parse(value);
  if (Number.isNaN(ms))
    throw new CitySyncError("INVALID_OPTION", `--${name} must be Unix seconds or an ISO date.`);
  return Math.floor(ms / 1000);
}

// ------------------------------------------------------------------ create-safe

export async function createSafeCommand(
  ctx: CliContext,
  options: { owners: string; threshold: string; salt?: string },
): Promise<Address> {
  const owners = options.owners.split(",").map((o) => address(o.trim(), "owners"));
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

async function submitProposal(
  ctx: CliContext,
  safe: Address,
  calls: LedgerCall[],
  title: string,
  options: { dryRun?: boolean; noSign?: boolean },
): Promise<ProposeResult> {
  if (!options.dryRun) await requireProposalService(ctx);
  const connection = await openSafe(ctx, safe, !options.dryRun);
  const pending = options.dryRun ? [] : await ctx.service.list({ safe, chainId: connection.chainId });
  const onChainNonce = BigInt(await connection.protocolKit.getNonce());
  const live = pending.filter((p) => BigInt(p.tx.nonce) >= onChainNonce);
  let proposal = await proposeSafeTransaction(connection, calls, {
    title,
    nonce: nextNonce(onChainNonce, live),
  });
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
    return { proposal, stored: false };
  }
  if (!options.noSign && connection.signer && (await connection.protocolKit.isOwner(connection.signer))) {
    proposal = { ...proposal, signatures: [await signSafeProposal(connection, proposal)] };
  }
  proposal = await ctx.service.create(proposal);
  const status = await getConfirmationStatus(connection, proposal);
  ctx.out(`  stored; ${status.confirmations.length}/${status.threshold} confirmations`);
  return { proposal, stored: true };
}

export async function proposeAttestationsCommand(
  ctx: CliContext,
  options: { org: string; csv: string; evidenceRoot?: string; dryRun?: boolean; noSign?: boolean },
): Promise<ProposeResult> {
  const safe = address(options.org, "org");
  const ledger = await ledgerOf(ctx);
  const ref = { client: publicClient(ctx), ledger };
  const org = await findOrganizationByAccount(ref, safe);
  const text = readFileSync(options.csv, "utf8");
  const batch = await validateAttestationCsv(text, {
    orgId: org.orgId,
    loadOpportunity: opportunityLoader(ref),
    maxRows: Number(await getMaxBatchRows(ref)),
  });
  let root = batch.evidenceRoot;
  if (options.evidenceRoot) {
    if (!/^0x[0-9a-fA-F]{64}$/.test(options.evidenceRoot)) {
      throw new CitySyncError("INVALID_OPTION", "--evidence-root must be a 0x-prefixed 32-byte hash.");
    }
    root = options.evidenceRoot as Hex;
  }
  const units = batch.rows.reduce((n, r) => n + r.units, 0n);
  ctx.out(`CSV ok: ${batch.rows.length} row(s), ${units} unit(s), evidence root ${root}`);
  return submitProposal(
    ctx,
    safe,
    [ledgerCalls.attestBatch(ledger, org.orgId, batch.packedRows, root)],
    `Attest ${batch.rows.length} row(s) for organization ${org.orgId}`,
    options,
  );
}

export const PROPOSE_ACTIONS = [
  "publish-opportunity",
  "update-opportunity",
  "close-opportunity",
  "publish-offer",
  "update-offer",
  "close-offer",
  "onboard",
  "set-budget",
  "suspend",
  "reactivate",
  "authorize-delegate",
  "revoke-delegate",
] as const;
export type ProposeAction = (typeof PROPOSE_ACTIONS)[number];

export type ProposeOptions = Record<string, string | boolean | undefined>;

/** Builds the call and finds the acting Safe (organization Safe or city admin Safe). */
async function actionCall(ctx: CliContext, action: ProposeAction, o: ProposeOptions) {
  const s = (name: string) => (typeof o[name] === "string" ? (o[name] as string) : undefined);
  const ledger = await ledgerOf(ctx);
  const ref = { client: publicClient(ctx), ledger };
  const orgSafe = async () => {
    const safe = address(s("org"), "org");
    return { safe, orgId: (await findOrganizationByAccount(ref, safe)).orgId };
  };
  const cityAdminOfOrg = async () => {
    const orgId = integer(s("org-id"), "org-id", { min: 1 });
    const org = await getOrganization(ref, orgId);
    const city = await getCity(ref, org.cityId);
    return { safe: getAddress(city.admin), orgId };
  };
  switch (action) {
    case "publish-opportunity": {
      const { safe, orgId } = await orgSafe();
      const params = {
        creditsPerUnit: integer(s("credits-per-unit"), "credits-per-unit", { min: 1 }),
        capacity: integer(s("capacity"), "capacity", { min: 1 }),
        start: time(s("start"), "start"),
        end: time(s("end"), "end"),
        metadata: s("metadata") ?? "",
      };
      return {
        safe,
        call: ledgerCalls.publishOpportunity(ledger, orgId, params),
        title: `Publish opportunity for organization ${orgId}`,
      };
    }
    case "update-opportunity": {
      const { safe } = await orgSafe();
      const id = integer(s("id"), "id", { min: 1 });
      const p = {
        capacity: integer(s("capacity"), "capacity"),
        start: time(s("start"), "start"),
        end: time(s("end"), "end"),
        metadata: s("metadata") ?? "",
      };
      return { safe, call: ledgerCalls.updateOpportunity(ledger, id, p), title: `Update opportunity ${id}` };
    }
    case "close-opportunity": {
      const { safe } = await orgSafe();
      const id = integer(s("id"), "id", { min: 1 });
      return { safe, call: ledgerCalls.closeOpportunity(ledger, id), title: `Close opportunity ${id}` };
    }
    case "publish-offer": {
      const { safe, orgId } = await orgSafe();
      const params = {
        price: big(s("price"), "price"),
        stock: integer(s("stock"), "stock", { min: 1 }),
        perResidentLimit: integer(s("per-resident-limit") ?? "0", "per-resident-limit"),
        start: time(s("start"), "start"),
        end: time(s("end"), "end"),
        acceptedCities: (s("cities") ?? "")
          .split(",")
          .filter(Boolean)
          .map((c) => integer(c.trim(), "cities", { min: 1 })),
        metadata: s("metadata") ?? "",
      };
      return {
        safe,
        call: ledgerCalls.publishOffer(ledger, orgId, params),
        title: `Publish offer for organization ${orgId}`,
      };
    }
    case "update-offer": {
      const { safe } = await orgSafe();
      const id = integer(s("id"), "id", { min: 1 });
      const p = {
        price: big(s("price"), "price"),
        stock: integer(s("stock"), "stock"),
        start: time(s("start"), "start"),
        end: time(s("end"), "end"),
        metadata: s("metadata") ?? "",
      };
      return { safe, call: ledgerCalls.updateOffer(ledger, id, p), title: `Update offer ${id}` };
    }
    case "close-offer": {
      const { safe } = await orgSafe();
      const id = integer(s("id"), "id", { min: 1 });
      return { safe, call: ledgerCalls.closeOffer(ledger, id), title: `Close offer ${id}` };
    }
    case "authorize-delegate": {
      const { safe, orgId } = await orgSafe();
      const delegate = address(s("delegate"), "delegate");
      return {
        safe,
        call: ledgerCalls.authorizeDelegate(ledger, orgId, delegate, big(s("cap"), "cap")),
        title: `Authorize delegate ${delegate}`,
      };
    }
    case "revoke-delegate": {
      const { safe, orgId } = await orgSafe();
      const delegate = address(s("delegate"), "delegate");
      return {
        safe,
        call: ledgerCalls.revokeDelegate(ledger, orgId, delegate),
        title: `Revoke delegate ${delegate}`,
      };
    }
    case "onboard": {
      const cityId = integer(s("city"), "city", { min: 1 });
      const city = await getCity(ref, cityId);
      const account = address(s("account"), "account");
      return {
        safe: getAddress(city.admin),
        call: ledgerCalls.onboardOrganization(
          ledger,
          cityId,
          account,
          big(s("budget"), "budget"),
          s("metadata") ?? "",
        ),
        title: `Onboard ${account} in city ${cityId}`,
      };
    }
    case "set-budget": {
      const { safe, orgId } = await cityAdminOfOrg();
      return {
        safe,
        call: ledgerCalls.setOrganizationBudget(ledger, orgId, big(s("budget"), "budget")),
        title: `Set budget of organization ${orgId}`,
      };
    }
    case "suspend": {
      const { safe, orgId } = await cityAdminOfOrg();
      return {
        safe,
        call: ledgerCalls.suspendOrganization(ledger, orgId),
        title: `Suspend organization ${orgId}`,
      };
    }
    case "reactivate": {
      const { safe, orgId } = await cityAdminOfOrg();
      return {
        safe,
        call: ledgerCalls.reactivateOrganization(ledger, orgId),
        title: `Reactivate organization ${orgId}`,
      };
    }
  }
}

export async function proposeCommand(
  ctx: CliContext,
  action: string,
  options: ProposeOptions,
): Promise<ProposeResult> {
  if (!(PROPOSE_ACTIONS as readonly string[]).includes(action)) {
    throw new CitySyncError(
      "INVALID_OPTION",
      `Unknown action "${action}". Actions: ${PROPOSE_ACTIONS.join(", ")}.`,
    );
  }
  const { safe, call, title } = await actionCall(ctx, action as ProposeAction, options);
  return submitProposal(ctx, safe, [call], title, {
    dryRun: options["dry-run"] === true,
    noSign: options["no-sign"] === true,
  });
}

// ------------------------------------------------------------------ confirming and executing

async function load(ctx: CliContext, id: string): Promise<SafeProposal> {
  await requireProposalService(ctx);
  return findProposal(ctx.service, id);
}

export async function signCommand(ctx: CliContext, id: string): Promise<SafeProposal> {
  const proposal = await load(ctx, id);
  const connection = await openSafe(ctx, proposal.safe);
  const signature = await signSafeProposal(connection, proposal);
  const stored = await ctx.service.addSignature(proposal.id, signature);
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
  await requireProposalService(ctx);
  const id = await chainId(ctx);
  const proposals = await ctx.service.list({
    chainId: id,
    ...(options.safe ? { safe: address(options.safe, "safe") } : {}),
  });
  if (proposals.length === 0) ctx.out("No proposals.");
  for (const p of proposals) {
    const connection = await openSafe(ctx, p.safe, false);
    ctx.out(
      `${p.id.slice(0, 10)}  ${p.safe.slice(0, 10)}…  nonce ${p.tx.nonce.padEnd(3)} ${statusLine(await getConfirmationStatus(connection, p)).padEnd(30)} ${p.title}`,
    );
  }
  return proposals;
}

export async function showCommand(
  ctx: CliContext,
  id: string,
): Promise<{ proposal: SafeProposal; status: ConfirmationStatus }> {
  const proposal = await load(ctx, id);
  const connection = await openSafe(ctx, proposal.safe, false);
  const status = await getConfirmationStatus(connection, proposal);
  const ledger = await ledgerOf(ctx).catch(() => undefined);
  ctx.out(`Proposal ${proposal.id}`);
  ctx.out(`  title:   ${proposal.title}`);
  ctx.out(
    `  Safe:    ${proposal.safe} (chain ${proposal.chainId}), nonce ${proposal.tx.nonce}${proposal.tx.operation === 1 ? ", MultiSend batch" : ""}`,
  );
  ctx.out(`  status:  ${statusLine(status)}; ${status.missing} more needed`);
  proposal.calls.forEach((c, i) =>
    ctx.out(`  call ${i + 1}: ${describeCall({ to: c.to, data: c.data, value: c.value }, ledger)}`),
  );
  for (const c of status.confirmations)
    ctx.out(
      `  confirmed by ${c.owner} (${c.via === "signature" ? "off-chain signature" : "on-chain approveHash"})`,
    );
  const waiting = status.owners.filter((o) => !status.confirmations.some((c) => c.owner === o));
  if (waiting.length > 0) ctx.out(`  not yet:  ${waiting.join(", ")}`);
  return { proposal, status };
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
  },
): Promise<AttestationEnvelope> {
  let envelope: AttestationEnvelope;
  if (existsSync(options.out)) {
    envelope = parseAttestationEnvelope(JSON.parse(readFileSync(options.out, "utf8")));
    ctx.out(`Adding a signature to ${options.out} (${envelope.request.rows.length} row(s)).`);
  } else {
    const safe = address(options.org, "org");
    if (!options.csv)
      throw new CitySyncError("INVALID_OPTION", "--csv is required to start a new attestation file.");
    const ledger = await ledgerOf(ctx);
    const ref = { client: publicClient(ctx), ledger };
    const org = await findOrganizationByAccount(ref, safe);
    const batch = await validateAttestationCsv(readFileSync(options.csv, "utf8"), {
      orgId: org.orgId,
      loadOpportunity: opportunityLoader(ref),
      maxRows: Number(await getMaxBatchRows(ref)),
    });
    const block = await ref.client.getBlock();
    envelope = createAttestationEnvelope(await chainId(ctx), ledger, {
      orgId: org.orgId,
      signer: safe,
      rows: batch.packedRows,
      evidenceRoot: (options.evidenceRoot as Hex | undefined) ?? batch.evidenceRoot,
      generation: await getAuthorizationGeneration(ref, org.orgId, safe),
      nonce: options.nonce ? big(options.nonce, "nonce") : await nextFreeNonce(ref, safe),
      deadline: options.deadline
        ? BigInt(time(options.deadline, "deadline"))
        : block.timestamp + 7n * 86_400n,
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
  ctx.out(
    `Signed as ${part.signer}: ${envelope.signatures.length}/${threshold} owner signature(s). ${envelope.signatures.length >= threshold ? "Ready to relay." : ""}`.trim(),
  );
  return envelope;
}

/** Anyone relays a Safe-signed attestation file once enough owners signed. */
export async function relayCommand(ctx: CliContext, options: { file: string }): Promise<Hex> {
  const envelope = parseAttestationEnvelope(JSON.parse(readFileSync(options.file, "utf8")));
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
