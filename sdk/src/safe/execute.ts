/**
 * Executing a proposal once its owners confirmed it. Refuses below the threshold (no implicit
 * confirmation by the executor), and explains a failing call with the ledger's own error.
 */
import { EthSafeTransaction } from "@safe-global/protocol-kit";
import { type Hex, parseEventLogs, parseAbiItem } from "viem";

import { CitySyncError } from "../errors.ts";
import type { SafeConnection } from "./connect.ts";
import { getConfirmationStatus } from "./confirmations.ts";
import type { SafeProposal } from "./proposal.ts";
import { assertSameSafe } from "./propose.ts";
import { toEthSafeSignature, toSafeTransaction } from "./sign.ts";
import { simulateProposal } from "./simulate.ts";

const executionEvents = [
  parseAbiItem("event ExecutionSuccess(bytes32 indexed txHash, uint256 payment)"),
  parseAbiItem("event ExecutionFailure(bytes32 indexed txHash, uint256 payment)"),
];

export interface ExecutionResult {
  transactionHash: Hex;
  blockNumber: bigint;
}

export async function executeSafeProposal(
  connection: SafeConnection,
  proposal: SafeProposal,
): Promise<ExecutionResult> {
  assertSameSafe(connection, proposal);
  if (!connection.signer) {
    throw new CitySyncError("SAFE_NO_SIGNER", "Executing needs a signer to pay for gas (any account).");
  }
  const status = await getConfirmationStatus(connection, proposal);
  if (status.state === "executed" || status.state === "replaced") {
    throw new CitySyncError(
      "SAFE_NONCE_USED",
      `Proposal ${proposal.id} can no longer run: its nonce ${proposal.tx.nonce} was used (${status.state}).`,
    );
  }
  if (status.state === "queued") {
    throw new CitySyncError(
      "SAFE_NONCE_QUEUED",
      `Proposal ${proposal.id} has nonce ${proposal.tx.nonce}; the Safe must first execute nonce ${status.safeNonce}.`,
    );
  }
  if (status.missing > 0) {
    throw new CitySyncError(
      "SAFE_THRESHOLD_NOT_MET",
      `Proposal ${proposal.id} has ${status.confirmations.length} of the ${status.threshold} confirmations it needs.`,
      { details: { confirmations: status.confirmations.length, threshold: status.threshold } },
    );
  }
  const tx: EthSafeTransaction = toSafeTransaction(proposal);
  const signers = new Set(status.confirmations.filter((c) => c.via === "signature").map((c) => c.owner));
  for (const s of proposal.signatures) if (signers.has(s.signer)) tx.addSignature(toEthSafeSignature(s));

  let hash: Hex;
  try {
    const result = await connection.protocolKit.executeTransaction(tx);
    hash = result.hash as Hex;
  } catch (cause) {
    const failure = await simulateProposal(connection.publicClient, proposal).catch(() => undefined);
    const reason = failure?.find((r) => !r.ok);
    throw new CitySyncError(
      "SAFE_EXECUTE_FAILED",
      reason?.error
        ? `Executing proposal ${proposal.id} failed: ${reason.error.message}`
        : `Executing proposal ${proposal.id} failed.`,
      { cause: reason?.error ?? cause },
    );
  }
  const receipt = await connection.publicClient.waitForTransactionReceipt({ hash });
  const events = parseEventLogs({ abi: executionEvents, logs: receipt.logs });
  if (receipt.status !== "success" || !events.some((e) => e.eventName === "ExecutionSuccess")) {
    throw new CitySyncError("SAFE_EXECUTE_FAILED", `The Safe transaction ${hash} did not succeed.`);
  }
  return { transactionHash: hash, blockNumber: receipt.blockNumber };
}
