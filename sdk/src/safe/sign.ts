/**
 * Off-chain confirmations: an owner signs the Safe transaction hash (EIP-712 `SafeTx`), and
 * anyone can check a signature recovers to a current owner before it is stored.
 */
import { EthSafeSignature, EthSafeTransaction } from "@safe-global/protocol-kit";
import { type Address, type Hex, getAddress } from "viem";

import { CitySyncError } from "../errors.ts";
import { type SafeConnection, requireOwner } from "./connect.ts";
import { type ProposalSignature, type SafeProposal, safeTxHash } from "./proposal.ts";
import { assertSameSafe } from "./propose.ts";
import { recoverOwnerSignature } from "./signatures.ts";

export function toSafeTransaction(proposal: SafeProposal): EthSafeTransaction {
  const tx = proposal.tx;
  return new EthSafeTransaction({
    to: tx.to,
    value: tx.value,
    data: tx.data,
    operation: tx.operation,
    safeTxGas: tx.safeTxGas,
    baseGas: tx.baseGas,
    gasPrice: tx.gasPrice,
    gasToken: tx.gasToken,
    refundReceiver: tx.refundReceiver,
    nonce: Number(tx.nonce),
  });
}

/** The connection's signer (an owner) signs the proposal off-chain; returns the signature. */
export async function signSafeProposal(
  connection: SafeConnection,
  proposal: SafeProposal,
): Promise<ProposalSignature> {
  assertSameSafe(connection, proposal);
  const signer = await requireOwner(connection);
  let signed;
  try {
    signed = await connection.protocolKit.signTransaction(
      toSafeTransaction(proposal),
      "eth_signTypedData_v4",
    );
  } catch (cause) {
    throw new CitySyncError("SAFE_SIGN_FAILED", `Could not sign proposal ${proposal.id}.`, { cause });
  }
  const signature = signed.getSignature(signer)?.data as Hex | undefined;
  if (!signature) throw new CitySyncError("SAFE_SIGN_FAILED", "The wallet returned no signature.");
  const recovered = await recoverOwnerSignature(proposal.id, signature);
  if (recovered !== signer) {
    throw new CitySyncError("SAFE_SIGN_FAILED", `The wallet signed as ${recovered}, not ${signer}.`);
  }
  return { signer, signature };
}

/**
 * Validates a signature against a proposal and the Safe's current owners, then returns the
 * proposal with it added. Adding the same owner's signature again is a no-op (idempotent).
 */
export async function addProposalSignature(
  proposal: SafeProposal,
  signature: ProposalSignature,
  owners: readonly Address[],
): Promise<SafeProposal> {
  const expectedId = safeTxHash(proposal.chainId, proposal.safe, proposal.tx);
  if (expectedId !== proposal.id) {
    throw new CitySyncError("INVALID_PROPOSAL", `Proposal id ${proposal.id} does not match its transaction.`);
  }
  const recovered = await recoverOwnerSignature(proposal.id, signature.signature);
  if (recovered !== getAddress(signature.signer)) {
    throw new CitySyncError(
      "SAFE_SIGNER_MISMATCH",
      `The signature was made by ${recovered}, not by the claimed signer ${signature.signer}.`,
    );
  }
  if (!owners.map((o) => getAddress(o)).includes(recovered)) {
    throw new CitySyncError("SAFE_NOT_OWNER", `${recovered} is not an owner of the Safe ${proposal.safe}.`, {
      details: { signer: recovered, safe: proposal.safe },
    });
  }
  if (proposal.signatures.some((s) => getAddress(s.signer) === recovered)) return proposal;
  return {
    ...proposal,
    signatures: [...proposal.signatures, { signer: recovered, signature: signature.signature }],
  };
}

export function toEthSafeSignature(signature: ProposalSignature): EthSafeSignature {
  return new EthSafeSignature(signature.signer, signature.signature);
}
