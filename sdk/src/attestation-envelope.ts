/**
 * A Safe-signed attestation travelling between owners and a relayer: the EIP-712 request, the
 * digest, and the owners' `SafeMessage` signatures collected so far. Plain JSON (bigints as
 * decimal strings). Once `threshold` owners signed, anyone combines the parts into the Safe's
 * EIP-1271 signature and relays `attestSigned`.
 */
import { type Address, type Hex, getAddress } from "viem";

import { type SignedAttestationRequest, hashAttestation } from "./eip712.ts";
import { CitySyncError } from "./errors.ts";
import type { ProposalSignature } from "./safe/proposal.ts";

export const ENVELOPE_KIND = "citysync.safe-signed-attestation/v2";

export interface AttestationEnvelope {
  kind: typeof ENVELOPE_KIND;
  chainId: number;
  ledger: Address;
  request: {
    orgId: number;
    signer: Address;
    rows: Hex[];
    evidenceRoot: Hex;
    generation: string;
    nonce: string;
    deadline: string;
  };
  /** EIP-712 digest of the request (what the Safe signs). */
  hash: Hex;
  signatures: ProposalSignature[];
}

export function createAttestationEnvelope(
  chainId: number,
  ledger: Address,
  request: SignedAttestationRequest,
): AttestationEnvelope {
  return {
    kind: ENVELOPE_KIND,
    chainId,
    ledger: getAddress(ledger),
    request: {
      orgId: request.orgId,
      signer: getAddress(request.signer),
      rows: [...request.rows],
      evidenceRoot: request.evidenceRoot,
      generation: request.generation.toString(),
      nonce: request.nonce.toString(),
      deadline: request.deadline.toString(),
    },
    hash: hashAttestation({ chainId, ledger }, request),
    signatures: [],
  };
}

export function envelopeRequest(envelope: AttestationEnvelope): SignedAttestationRequest {
  return {
    ...envelope.request,
    signer: getAddress(envelope.request.signer),
    generation: BigInt(envelope.request.generation),
    nonce: BigInt(envelope.request.nonce),
    deadline: BigInt(envelope.request.deadline),
  };
}

/** Reads an envelope from JSON and checks its digest matches its request. */
export function parseAttestationEnvelope(json: unknown): AttestationEnvelope {
  const e = json as AttestationEnvelope;
  if (!e || e.kind !== ENVELOPE_KIND || !e.request || !Array.isArray(e.request.rows)) {
    throw new CitySyncError("INVALID_ENVELOPE", `Not a ${ENVELOPE_KIND} file.`);
  }
  const expected = hashAttestation({ chainId: e.chainId, ledger: e.ledger }, envelopeRequest(e));
  if (expected !== e.hash) {
    throw new CitySyncError("INVALID_ENVELOPE", "The file's digest does not match its request (edited?).");
  }
  return { ...e, signatures: Array.isArray(e.signatures) ? e.signatures : [] };
}

/** Adds (or replaces) one owner's part. */
export function addEnvelopeSignature(
  envelope: AttestationEnvelope,
  part: ProposalSignature,
): AttestationEnvelope {
  const others = envelope.signatures.filter((s) => getAddress(s.signer) !== getAddress(part.signer));
  return {
    ...envelope,
    signatures: [...others, { signer: getAddress(part.signer), signature: part.signature }],
  };
}
