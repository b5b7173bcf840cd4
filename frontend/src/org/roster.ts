/**
 * A check-in roster becomes attestation batches: every row is validated by the SDK's CSV rules
 * (address and checksum, opportunity of this organization and open, units, evidence,
 * duplicates); bad rows are kept with their reasons, never dropped silently; good rows are
 * split by the SDK into numbered batches no larger than the ledger's MAX_BATCH_ROWS.
 */
import {
  type AttestationCsvRow,
  type CsvProblem,
  type OpportunityFacts,
  parseAttestationCsv,
  validateAttestationCsv,
} from "@sdk/attestation-csv.ts";
import { type AttestationBatchPart, splitAttestationBatch } from "@sdk/batch-split.ts";
import { csvProblemMessages } from "@sdk/csv-problems.ts";
import { type Language, formatMessage } from "@sdk/error-messages.ts";
import { isCitySyncError } from "@sdk/errors.ts";
import { evidenceRoot } from "@sdk/evidence.ts";

export type RosterBatch = AttestationBatchPart;

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
  const lines = participants.map((p) =>
    [p.trim(), String(opportunityId), units, evidence].map(cell).join(","),
  );
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
  options: {
    orgId: number;
    loadOpportunity: (id: bigint) => Promise<OpportunityFacts | undefined>;
    maxRows: number;
  },
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
  if (good.length === 0) return { good, bad, batches: [] };
  const packedRows = good.map((r) => r.packed);
  const evidenceHashes = good.map((r) => r.evidenceHash);
  const batch = {
    rows: good,
    packedRows,
    evidenceHashes,
    evidenceRoot: evidenceRoot(packedRows, evidenceHashes),
  };
  return { good, bad, batches: splitAttestationBatch(batch, options.maxRows) };
}

/** A row's problem in the reader's language, from the SDK's coded CSV problems (the line is shown apart). */
export function problemText(problem: CsvProblem, language: Language): string {
  return formatMessage(csvProblemMessages[problem.code][language], problem.params);
}
