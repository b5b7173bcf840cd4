/**
 * EIP-712 data signed *as the Safe* (EIP-1271): each owner signs a `SafeMessage` wrapping the
 * typed-data hash; the owners' signatures, sorted by owner, form the Safe's signature, which
 * the Safe's `isValidSignature(bytes32,bytes)` (CompatibilityFallbackHandler) accepts once the
 * threshold is met. Anyone can then relay the signed data to the ledger.
 */
import {
  type Address,
  type Hex,
  type PublicClient,
  getAddress,
  hashTypedData,
  parseAbi,
  type TypedDataDefinition,
} from "viem";

import { CitySyncError } from "../errors.ts";
import { type SafeConnection, requireOwner } from "./connect.ts";
import type { ProposalSignature } from "./proposal.ts";
import { combineOwnerSignatures, recoverOwnerSignature } from "./signatures.ts";

export const EIP1271_MAGIC_VALUE = "0x1626ba7e";

// One-item ABI: protocol-kit's own isValidSignature hits viem's AbiItemAmbiguityError.
const isValidSignatureAbi = parseAbi([
  "function isValidSignature(bytes32 _dataHash, bytes _signature) view returns (bytes4)",
]);

/** The `SafeMessage` typed data an owner signs to vouch for `hash` on behalf of the Safe. */
export function safeMessageTypedData(chainId: number, safe: Address, hash: Hex) {
  return {
    domain: { chainId, verifyingContract: getAddress(safe) },
    types: { SafeMessage: [{ name: "message", type: "bytes" }] },
    primaryType: "SafeMessage" as const,
    message: { message: hash },
  };
}

export function safeMessageHash(chainId: number, safe: Address, hash: Hex): Hex {
  return hashTypedData(safeMessageTypedData(chainId, safe, hash));
}

/**
 * The connection's signer (an owner) signs `typedData` on behalf of the Safe. Returns this
 * owner's part; combine the parts of `threshold` owners with `combineSafeSignature`.
 */
export async function signTypedDataAsSafeOwner(
  connection: SafeConnection,
  typedData: TypedDataDefinition,
): Promise<ProposalSignature> {
  const signer = await requireOwner(connection);
  const kit = connection.protocolKit;
  let signature: Hex | undefined;
  try {
    const message = kit.createMessage(typedData as never);
    const signed = await kit.signMessage(message, "eth_signTypedData_v4");
    signature = signed.getSignature(signer)?.data as Hex | undefined;
  } catch (cause) {
    throw new CitySyncError("SAFE_SIGN_FAILED", "Could not sign the typed data as a Safe owner.", { cause });
  }
  if (!signature) throw new CitySyncError("SAFE_SIGN_FAILED", "The wallet returned no signature.");
  const expected = safeMessageHash(connection.chainId, connection.safe, hashTypedData(typedData));
  if ((await recoverOwnerSignature(expected, signature)) !== signer) {
    throw new CitySyncError("SAFE_SIGN_FAILED", "The wallet's signature does not recover to the owner.");
  }
  return { signer, signature };
}

/**
 * Combines owners' `SafeMessage` signatures over `hash` into the Safe's EIP-1271 signature,
 * checking each recovers to the claimed signer (duplicates by the same owner are dropped).
 */
export async function combineSafeSignature(
  chainId: number,
  safe: Address,
  hash: Hex,
  parts: readonly ProposalSignature[],
): Promise<Hex> {
  const digest = safeMessageHash(chainId, safe, hash);
  const bySigner = new Map<Address, ProposalSignature>();
  for (const part of parts) {
    const recovered = await recoverOwnerSignature(digest, part.signature);
    if (recovered !== getAddress(part.signer)) {
      throw new CitySyncError(
        "SAFE_SIGNER_MISMATCH",
        `A signature claimed to be from ${part.signer} was made by ${recovered}.`,
      );
    }
    bySigner.set(recovered, { signer: recovered, signature: part.signature });
  }
  return combineOwnerSignatures([...bySigner.values()]);
}

/** Asks the Safe whether `signature` is its valid signature of `hash` (EIP-1271). */
export async function isValidSafeSignature(
  publicClient: PublicClient,
  safe: Address,
  hash: Hex,
  signature: Hex,
): Promise<boolean> {
  try {
    const result = await publicClient.readContract({
      address: getAddress(safe),
      abi: isValidSignatureAbi,
      functionName: "isValidSignature",
      args: [hash, signature],
    });
    return result === EIP1271_MAGIC_VALUE;
  } catch {
    return false;
  }
}
