/**
 * Relaying signed requests: anyone (a relayer paying gas) submits an attestation signed by an
 * organization (its Safe via EIP-1271, or a delegate) or a resident's signed redemption.
 * The call is simulated first, so a bad signature or a used nonce comes back as a decoded
 * ledger error before any gas is spent.
 */
import type { Account, Address, Hex, PublicClient, WalletClient } from "viem";

import { decodeError } from "./error-decoder.ts";
import { CitySyncError } from "./errors.ts";
import type { SignedAttestationRequest, SignedRedemptionRequest } from "./eip712.ts";
import { iCivicLedgerAbi } from "./generated/contracts.ts";

export interface RelayContext {
  publicClient: PublicClient;
  walletClient: WalletClient & { account: Account };
  ledger: Address;
}

async function submit(
  ctx: RelayContext,
  functionName: "attestSigned" | "redeemSigned",
  args: readonly unknown[],
): Promise<{ transactionHash: Hex; blockNumber: bigint }> {
  let request;
  try {
    ({ request } = await ctx.publicClient.simulateContract({
      account: ctx.walletClient.account,
      address: ctx.ledger,
      abi: iCivicLedgerAbi,
      functionName,
      args: args as never,
    }));
  } catch (cause) {
    const decoded = decodeError(cause);
    throw new CitySyncError("RELAY_REVERTED", `The ledger would refuse it: ${decoded.message}`, {
      cause,
      details: { error: decoded },
    });
  }
  const hash = await ctx.walletClient.writeContract(request as never);
  const receipt = await ctx.publicClient.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success") {
    throw new CitySyncError("RELAY_REVERTED", `The relayed transaction ${hash} reverted.`);
  }
  return { transactionHash: hash, blockNumber: receipt.blockNumber };
}

export function relayAttestation(ctx: RelayContext, request: SignedAttestationRequest, signature: Hex) {
  return submit(ctx, "attestSigned", [{ ...request, rows: [...request.rows] }, signature]);
}

export function relayRedemption(ctx: RelayContext, request: SignedRedemptionRequest, signature: Hex) {
  return submit(ctx, "redeemSigned", [request, signature]);
}
