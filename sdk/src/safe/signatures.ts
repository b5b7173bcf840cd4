/**
 * Recovering who produced an owner signature, as the Safe contract itself would
 * (`checkNSignatures`): v = 27/28 is an EIP-712 signature over the hash, v = 31/32 an
 * `eth_sign` (EIP-191) one. Contract (v = 0) and pre-approved (v = 1) signatures are not
 * ECDSA and are refused here: on-chain approvals are read from the Safe instead.
 */
import {
  type Address,
  type Hex,
  hexToNumber,
  recoverAddress,
  hashMessage,
  size,
  slice,
  concat,
  toHex,
} from "viem";

import { CitySyncError } from "../errors.ts";

export async function recoverOwnerSignature(hash: Hex, signature: Hex): Promise<Address> {
  if (size(signature) !== 65) {
    throw new CitySyncError("INVALID_SIGNATURE", "A Safe owner signature is exactly 65 bytes.", {
      details: { length: size(signature) },
    });
  }
  const v = hexToNumber(slice(signature, 64, 65));
  try {
    if (v === 27 || v === 28) return await recoverAddress({ hash, signature });
    if (v === 31 || v === 32) {
      const adjusted = concat([slice(signature, 0, 64), toHex(v - 4, { size: 1 })]);
      return await recoverAddress({ hash: hashMessage({ raw: hash }), signature: adjusted });
    }
  } catch (cause) {
    throw new CitySyncError("INVALID_SIGNATURE", "The signature does not recover to any address.", { cause });
  }
  throw new CitySyncError(
    "INVALID_SIGNATURE",
    `Signature type v=${v} is not an owner's ECDSA signature (expected 27/28 or 31/32).`,
  );
}

/** Concatenates owner signatures sorted by signer address, the order Safe contracts require. */
export function combineOwnerSignatures(signatures: readonly { signer: Address; signature: Hex }[]): Hex {
  const sorted = [...signatures].sort((a, b) => (BigInt(a.signer) < BigInt(b.signer) ? -1 : 1));
  return sorted.length === 0 ? "0x" : concat(sorted.map((s) => s.signature));
}
