/** On-chain confirmation: an owner calls `approveHash(safeTxHash)` on the Safe. */
import type { Hex } from "viem";

import { CitySyncError } from "../errors.ts";
import { type SafeConnection, requireOwner } from "./connect.ts";
import type { SafeProposal } from "./proposal.ts";
import { assertSameSafe } from "./propose.ts";

export async function approveSafeProposal(connection: SafeConnection, proposal: SafeProposal): Promise<Hex> {
  assertSameSafe(connection, proposal);
  await requireOwner(connection);
  let hash: Hex;
  try {
    const result = await connection.protocolKit.approveTransactionHash(proposal.id);
    hash = result.hash as Hex;
  } catch (cause) {
    throw new CitySyncError("SAFE_APPROVE_FAILED", `Could not approve proposal ${proposal.id} on chain.`, {
      cause,
    });
  }
  const receipt = await connection.publicClient.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success") {
    throw new CitySyncError("SAFE_APPROVE_FAILED", `The approveHash transaction ${hash} reverted.`);
  }
  return hash;
}
