/**
 * Splits a validated attestation batch that is larger than the ledger's `MAX_BATCH_ROWS` into
 * numbered parts, each a complete batch on its own (its own rows, evidence hashes and evidence
 * root), so that each becomes one Safe proposal that fits in one transaction. Rows keep their CSV
 * order; the parts are as equal as possible, so a 1,100-row CSV with a 512-row limit becomes
 * 367 + 367 + 366 rather than 512 + 512 + 76.
 */
import type { Hex } from "viem";

import type { AttestationBatch, AttestationCsvRow } from "./attestation-csv.ts";
import { CitySyncError } from "./errors.ts";
import { evidenceRoot } from "./evidence.ts";

export interface AttestationBatchPart extends AttestationBatch {
  /** 1-based position of this part. */
  part: number;
  /** Number of parts of the split. */
  parts: number;
  /** CSV line of the part's first and last row. */
  firstLine: number;
  lastLine: number;
}

/** The parts of `batch`, each at most `maxRows` rows (one part when it already fits). */
export function splitAttestationBatch(batch: AttestationBatch, maxRows: number): AttestationBatchPart[] {
  if (!Number.isSafeInteger(maxRows) || maxRows < 1) {
    throw new CitySyncError(
      "INVALID_BATCH_LIMIT",
      `The batch limit must be a positive integer, not ${maxRows}.`,
    );
  }
  const total = batch.rows.length;
  if (total === 0) throw new CitySyncError("EMPTY_BATCH", "The batch has no rows to split.");
  const parts = Math.ceil(total / maxRows);
  const base = Math.floor(total / parts);
  const larger = total % parts; // the first `larger` parts take one row more
  const result: AttestationBatchPart[] = [];
  let start = 0;
  for (let part = 1; part <= parts; part++) {
    const size = base + (part <= larger ? 1 : 0);
    const rows: AttestationCsvRow[] = batch.rows.slice(start, start + size);
    const packedRows: Hex[] = rows.map((r) => r.packed);
    const evidenceHashes: Hex[] = rows.map((r) => r.evidenceHash);
    result.push({
      part,
      parts,
      rows,
      packedRows,
      evidenceHashes,
      evidenceRoot: evidenceRoot(packedRows, evidenceHashes),
      firstLine: rows[0]!.line,
      lastLine: rows[rows.length - 1]!.line,
    });
    start += size;
  }
  return result;
}

/** One line per part, to show before anything is signed, e.g. `proposal 1 of 3: 367 rows (CSV lines 2-368)`. */
export function describeSplit(parts: readonly AttestationBatchPart[]): string[] {
  return parts.map(
    (p) =>
      `proposal ${p.part} of ${p.parts}: ${p.rows.length} row(s) (CSV lines ${p.firstLine}-${p.lastLine}), evidence root ${p.evidenceRoot}`,
  );
}
