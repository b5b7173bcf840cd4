/**
 * Entry paths of an attestation: the same specification table runs through each of them.
 * An identity is who attests: an EOA (delegate key, stranger) or a Safe (organization account).
 */
import type { BaseWallet, ContractTransactionResponse } from "ethers";

import type { World } from "./fixture.ts";
import { attestationDigest, packRow, signAttestation, type SignedAttestationRequest } from "./eip712.ts";
import { type TestSafe, safeSignHash } from "./safe.ts";

export type Identity = { kind: "eoa"; wallet: BaseWallet } | { kind: "safe"; safe: TestSafe };

export function identityAddress(identity: Identity): string {
  return identity.kind === "eoa" ? identity.wallet.address : identity.safe.address;
}

export interface Row {
  participant: string;
  opportunityId: bigint;
  units: bigint;
}

export interface AttestInput {
  orgId: bigint;
  rows: Row[];
  evidence: string;
}

export interface SubmitContext {
  w: World;
  /** Timestamp of the block that will include the submission. */
  ts: bigint;
  nonce: bigint;
}

export type Mode = "single" | "batch" | "signed";

export interface AttestPath {
  name: string;
  mode: Mode;
  /** Whether the default identity is a delegate (subject to its cap) or the organization account. */
  kind: "delegate" | "org";
  identity: (w: World) => Identity;
}

export const ATTEST_PATHS: AttestPath[] = [
  {
    name: "attest() called by a delegate key",
    mode: "single",
    kind: "delegate",
    identity: (w) => ({ kind: "eoa", wallet: w.delegate }),
  },
  {
    name: "attestBatch() called by the organization's Safe",
    mode: "batch",
    kind: "org",
    identity: (w) => ({ kind: "safe", safe: w.org1Safe }),
  },
  {
    name: "attestSigned() signed by a delegate key, relayed",
    mode: "signed",
    kind: "delegate",
    identity: (w) => ({ kind: "eoa", wallet: w.delegate }),
  },
  {
    name: "attestSigned() signed by the organization's 2-of-3 Safe (EIP-1271), relayed",
    mode: "signed",
    kind: "org",
    identity: (w) => ({ kind: "safe", safe: w.org1Safe }),
  },
];

export function packRows(rows: Row[]): string[] {
  return rows.map((r) => packRow(r.participant, r.opportunityId, r.units));
}

export async function signedRequest(
  ctx: SubmitContext,
  identity: Identity,
  input: AttestInput,
): Promise<{ request: SignedAttestationRequest; signature: string }> {
  const request: SignedAttestationRequest = {
    orgId: input.orgId,
    signer: identityAddress(identity),
    rows: packRows(input.rows),
    evidenceRoot: input.evidence,
    generation: 0n,
    nonce: ctx.nonce,
    deadline: ctx.ts + 3600n,
  };
  const signature =
    identity.kind === "eoa"
      ? await signAttestation(identity.wallet, ctx.w.domain, request)
      : await safeSignHash(
          identity.safe,
          identity.safe.owners.slice(0, 2),
          attestationDigest(ctx.w.domain, request),
          ctx.w.chainId,
        );
  return { request, signature };
}

/** Sends the attestation through `mode` as `identity`. */
export async function submitAttestation(
  ctx: SubmitContext,
  mode: Mode,
  identity: Identity,
  input: AttestInput,
): Promise<ContractTransactionResponse> {
  const { w } = ctx;
  if (mode === "signed") {
    const { request, signature } = await signedRequest(ctx, identity, input);
    return w.ledger.connect(w.stranger).attestSigned(request, signature);
  }
  const sender = identity.kind === "eoa" ? identity.wallet : await w.as(identity.safe);
  const ledger = w.ledger.connect(sender);
  if (mode === "single") {
    if (input.rows.length !== 1) throw new Error("attest() takes exactly one row");
    const r = input.rows[0]!;
    return ledger.attest(input.orgId, r.participant, r.opportunityId, r.units, input.evidence);
  }
  return ledger.attestBatch(input.orgId, packRows(input.rows), input.evidence);
}
