/**
 * Evidence commitments. A row's evidence is a 32-byte hash: either given as 0x-hex by the
 * organization, or the keccak-256 of a free-text note (the note itself never goes on chain).
 *
 * The batch evidence root is a Merkle root (OpenZeppelin `MerkleProof` convention: pairs are
 * sorted before hashing) over one leaf per row, `keccak256(row ‖ evidenceHash)`, so anyone
 * holding the notes can later prove what a single row's evidence was without revealing the
 * others. A batch of one row has its leaf as root. The ledger stores the root as-is.
 */
import { type Hex, concat, keccak256, stringToHex } from "viem";

import { CitySyncError } from "./errors.ts";

const BYTES32 = /^0x[0-9a-fA-F]{64}$/;

/** A 0x-prefixed 32-byte hash is kept; anything else is a note and is hashed. */
export function evidenceHash(evidence: string): Hex {
  const trimmed = evidence.trim();
  if (BYTES32.test(trimmed)) return trimmed.toLowerCase() as Hex;
  if (trimmed.length === 0) throw new CitySyncError("INVALID_EVIDENCE", "Evidence is empty.");
  return keccak256(stringToHex(trimmed));
}

export function evidenceLeaf(row: Hex, evidence: Hex): Hex {
  return keccak256(concat([row, evidence]));
}

function hashPair(a: Hex, b: Hex): Hex {
  return BigInt(a) < BigInt(b) ? keccak256(concat([a, b])) : keccak256(concat([b, a]));
}

/** All levels of the tree, leaves first (odd nodes are carried up unchanged). */
function levels(leaves: readonly Hex[]): Hex[][] {
  const out: Hex[][] = [[...leaves]];
  while (out[out.length - 1]!.length > 1) {
    const level = out[out.length - 1]!;
    const next: Hex[] = [];
    for (let i = 0; i < level.length; i += 2) {
      next.push(i + 1 < level.length ? hashPair(level[i]!, level[i + 1]!) : level[i]!);
    }
    out.push(next);
  }
  return out;
}

export function evidenceRoot(rows: readonly Hex[], evidence: readonly Hex[]): Hex {
  if (rows.length === 0) throw new CitySyncError("INVALID_EVIDENCE", "A batch has at least one row.");
  if (rows.length !== evidence.length) {
    throw new CitySyncError("INVALID_EVIDENCE", "Each row needs exactly one evidence hash.");
  }
  const tree = levels(rows.map((r, i) => evidenceLeaf(r, evidence[i]!)));
  return tree[tree.length - 1]![0]!;
}

/** The sibling path proving row `index`'s leaf is in the root. */
export function evidenceProof(rows: readonly Hex[], evidence: readonly Hex[], index: number): Hex[] {
  const tree = levels(rows.map((r, i) => evidenceLeaf(r, evidence[i]!)));
  const proof: Hex[] = [];
  let position = index;
  for (const level of tree.slice(0, -1)) {
    const sibling = position % 2 === 0 ? position + 1 : position - 1;
    if (sibling < level.length) proof.push(level[sibling]!);
    position = Math.floor(position / 2);
  }
  return proof;
}

export function verifyEvidenceProof(root: Hex, leaf: Hex, proof: readonly Hex[]): boolean {
  return proof.reduce(hashPair, leaf) === root;
}
