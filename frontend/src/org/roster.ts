/**
 * A check-in roster becomes attestation batches: every row is validated by the SDK's CSV rules
 * (address and checksum, opportunity of this organization and open, units, evidence,
 * duplicates); bad rows are kept with their reasons, never dropped silently; good rows are
 * split into batches no larger than the ledger's MAX_BATCH_ROWS.
 */
import {
  type AttestationCsvRow,
  type CsvProblem,
  type OpportunityFacts,
  parseAttestationCsv,
  validateAttestationCsv,
} from "@sdk/attestation-csv.ts";
import { isCitySyncError } from "@sdk/errors.ts";
import { evidenceRoot } from "@sdk/evidence.ts";
import type { Hex } from "viem";

export interface RosterBatch {
  rows: AttestationCsvRow[];
  packedRows: Hex[];
  evidenceRoot: Hex;
}

export interface RosterPreview {
  good: AttestationCsvRow[];
  /** Problems by CSV line (line 1 is the header). */
  bad: Map<number, CsvProblem[]>;
  batches: RosterBatch[];
}

/** A CSV from addresses typed, pasted or scanned: one row per address, same units and note. */
export function rosterCsv(
  participants: readonly string[],
  opportunityId: number,
  units: string,
  evidence: string,
): string {
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = participants.map((p) => [p.trim(), String(opportunityId), units, evidence].map(cell).join(","));
  return ["participant,opportunity,units,evidence", ...lines].join("\n") + "\n";
}

/** Addresses in free text (one per line, or separated by commas or spaces); order kept. */
export function addressesIn(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export async function previewRoster(
  csv: string,
  options: { orgId: number; loadOpportunity: (id: bigint) => Promise<OpportunityFacts | undefined>; maxRows: number },
): Promise<RosterPreview> {
  let problems: CsvProblem[] = [];
  try {
    await validateAttestationCsv(csv, { orgId: options.orgId, loadOpportunity: options.loadOpportunity });
  } catch (error) {
    if (!isCitySyncError(error, "CSV_INVALID")) throw error;
    problems = (error.details.problems as CsvProblem[]) ?? [];
  }
  const bad = new Map<number, CsvProblem[]>();
  for (const p of problems) bad.set(p.line, [...(bad.get(p.line) ?? []), p]);
  const good = parseAttestationCsv(csv).rows.filter((r) => !bad.has(r.line));
  const batches: RosterBatch[] = [];
  for (let i = 0; i < good.length; i += options.maxRows) {
    const rows = good.slice(i, i + options.maxRows);
    const packedRows = rows.map((r) => r.packed);
    batches.push({ rows, packedRows, evidenceRoot: evidenceRoot(packedRows, rows.map((r) => r.evidenceHash)) });
  }
  return { good, bad, batches };
}
