/**
 * Where a proposal stands: which owners confirmed it (valid off-chain signatures by current
 * owners, plus on-chain `approveHash` approvals), against the Safe's threshold and nonce.
 */
import { type Address, getAddress, parseAbiItem } from "viem";

import { CitySyncError } from "../errors.ts";
import type { SafeConnection } from "./connect.ts";
import type { SafeProposal } from "./proposal.ts";
import { assertSameSafe } from "./propose.ts";
import { recoverOwnerSignature } from "./signatures.ts";

export interface Confirmation {
  owner: Address;
  via: "signature" | "approval";
}

/**
 * `pending`: its nonce is the Safe's next one; `queued`: a lower nonce must execute first;
 * `executed`: it ran; `replaced`: another transaction used its nonce.
 */
export type ProposalState = "pending" | "queued" | "executed" | "replaced";

export interface ConfirmationStatus {
  threshold: number;
  owners: Address[];
  confirmations: Confirmation[];
  /** Confirmations still needed (0 when executable). */
  missing: number;
  /** Threshold met and the nonce is the Safe's next one. */
  executable: boolean;
  state: ProposalState;
  safeNonce: bigint;
}

const executionSuccess = parseAbiItem("event ExecutionSuccess(bytes32 indexed txHash, uint256 payment)");

export async function getConfirmationStatus(
  connection: SafeConnection,
  proposal: SafeProposal,
): Promise<ConfirmationStatus> {
  assertSameSafe(connection, proposal);
  const kit = connection.protocolKit;
  let owners: Address[];
  let threshold: number;
  let safeNonce: bigint;
  let approvers: string[];
  try {
    [owners, threshold, safeNonce, approvers] = await Promise.all([
      kit.getOwners().then((list: string[]) => list.map((o) => getAddress(o))),
      kit.getThreshold(),
      kit.getNonce().then(BigInt),
      kit.getOwnersWhoApprovedTx(proposal.id),
    ]);
  } catch (cause) {
    throw new CitySyncError("SAFE_READ_FAILED", `Could not read the Safe ${connection.safe}.`, { cause });
  }
  const confirmations: Confirmation[] = approvers.map((o) => ({ owner: getAddress(o), via: "approval" }));
  for (const s of proposal.signatures) {
    let signer: Address;
    try {
      signer = await recoverOwnerSignature(proposal.id, s.signature);
    } catch {
      continue;
    }
    if (owners.includes(signer) && !confirmations.some((c) => c.owner === signer)) {
      confirmations.push({ owner: signer, via: "signature" });
    }
  }
  const nonce = BigInt(proposal.tx.nonce);
  let state: ProposalState = nonce === safeNonce ? "pending" : nonce > safeNonce ? "queued" : "replaced";
  if (state === "replaced") {
    const logs = await connection.publicClient
      .getLogs({
        address: connection.safe,
        event: executionSuccess,
        args: { txHash: proposal.id },
        fromBlock: 0n,
      })
      .catch(() => []);
    if (logs.length > 0) state = "executed";
  }
  const missing = Math.max(0, threshold - confirmations.length);
  return {
    threshold,
    owners,
    confirmations,
    missing,
    executable: missing === 0 && state === "pending",
    state,
    safeNonce,
  };
}
