/** Signature manipulation for replay/malleability tests. */
import { Signature, concat, toBeHex, zeroPadValue } from "ethers";

/** secp256k1 group order. */
export const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

/**
 * The high-s twin of a valid 65-byte signature (s' = n - s, v flipped): recovers to the same
 * address with a plain `ecrecover`, so a contract must reject it (EIP-2) to avoid malleability.
 */
export function toHighS(signature: string): string {
  const sig = Signature.from(signature);
  const highS = SECP256K1_N - BigInt(sig.s);
  const v = sig.v === 27 ? 28 : 27;
  return concat([sig.r, zeroPadValue(toBeHex(highS), 32), toBeHex(v, 1)]);
}

/** The 64-byte EIP-2098 compact form of a 65-byte signature. */
export function toCompact(signature: string): string {
  return Signature.from(signature).compactSerialized;
}
