/**
 * Attestation batches from a CSV file with the columns `participant, opportunity, units,
 * evidence` (header required, any column order, extra columns ignored). Every row is checked
 * and every problem is reported with its line number; one bad row refuses the whole batch.
 *
 * Rules: the participant is an address (all-lowercase or all-uppercase hex, or correctly
 * checksummed mixed case: a wrong checksum is refused as a likely typo); the opportunity is a
 * known one of this organization and open (read on chain through `loadOpportunity`); units are
 * a whole number > 0 that fits in 48 bits; evidence is a 0x-prefixed 32-byte hash or a note
 * (hashed locally, never sent); the same participant and opportunity appear at most once, unless
 * `allowRepeat` says two rows with different units are separate contributions (two shifts).
 */
import { type Address, type Hex, getAddress, isAddress } from "viem";

import { parseCsv } from "./csv.ts";
import { type CsvProblem, csvProblem, formatCsvProblems } from "./csv-problems.ts";
import { CitySyncError } from "./errors.ts";
import { evidenceHash, evidenceRoot } from "./evidence.ts";
import { OpportunityStatus } from "./reads.ts";
import { MAX_UINT48, type AttestationRow, packRow } from "./rows.ts";

export type { CsvProblem } from "./csv-problems.ts";

export const ATTESTATION_CSV_COLUMNS = ["participant", "opportunity", "units", "evidence"] as const;

export interface AttestationCsvRow extends AttestationRow {
  line: number;
  /** The evidence as written (a note or a hash); keep it off chain. */
  evidence: string;
  evidenceHash: Hex;
  packed: Hex;
}

/** What the validator needs to know about an opportunity (from `opportunity(id)` on chain). */
export interface OpportunityFacts {
  orgId: number;
  /** An `OpportunityStatus` value. */
  status: number;
  start?: number;
  end?: number;
}

export interface AttestationBatch {
  rows: AttestationCsvRow[];
  packedRows: Hex[];
  evidenceHashes: Hex[];
  evidenceRoot: Hex;
}

export interface ValidateOptions {
  orgId: number;
  /** Returns the opportunity, or undefined when it does not exist. */
  loadOpportunity: (opportunityId: bigint) => Promise<OpportunityFacts | undefined>;
  /** Refuse batches larger than this (the ledger's `MAX_BATCH_ROWS`). */
  maxRows?: number;
  /** Accept the same participant and opportunity twice when the units differ (two shifts). */
  allowRepeat?: boolean;
}

const HEX_ADDRESS = /^0x[0-9a-fA-F]{40}$/;
const POSITIVE_INTEGER = /^[0-9]+$/;

/** Parses an address, refusing a mixed-case address whose EIP-55 checksum is wrong. */
export function parseParticipant(
  value: string,
): { address: Address } | { error: "BAD_PARTICIPANT" | "BAD_CHECKSUM" | "ZERO_PARTICIPANT" } {
  const v = value.trim();
  if (!HEX_ADDRESS.test(v)) return { error: "BAD_PARTICIPANT" };
  const body = v.slice(2);
  const mixed = body !== body.toLowerCase() && body !== body.toUpperCase();
  if (mixed && !isAddress(v, { strict: true })) return { error: "BAD_CHECKSUM" };
  if (BigInt(v) === 0n) return { error: "ZERO_PARTICIPANT" };
  return { address: getAddress(v) };
}

/** Parses the rows and applies every rule that needs no chain. */
export function parseAttestationCsv(
  text: string,
  options: { allowRepeat?: boolean } = {},
): {
  rows: AttestationCsvRow[];
  problems: CsvProblem[];
  /** Every well-formed opportunity reference, including those on rows refused for other reasons. */
  opportunityRefs: { line: number; opportunityId: bigint }[];
} {
  const records = parseCsv(text);
  const problems: CsvProblem[] = [];
  const header = records[0];
  const opportunityRefs: { line: number; opportunityId: bigint }[] = [];
  if (!header) return { rows: [], problems: [csvProblem(1, undefined, "EMPTY_FILE")], opportunityRefs };
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const index: Record<string, number> = {};
  for (const column of ATTESTATION_CSV_COLUMNS) {
    const i = names.indexOf(column);
    if (i < 0) problems.push(csvProblem(header.line, column, "MISSING_COLUMN", { column }));
    index[column] = i;
  }
  if (problems.length > 0) return { rows: [], problems, opportunityRefs };
  if (records.length === 1) problems.push(csvProblem(header.line, undefined, "NO_ROWS"));

  const rows: AttestationCsvRow[] = [];
  const seen = new Map<string, { line: number; units: bigint; evidence: string }[]>();
  for (const record of records.slice(1)) {
    const get = (column: string) => (record.fields[index[column]!] ?? "").trim();
    const rowProblems: CsvProblem[] = [];
    const problem = (column: string, code: CsvProblem["code"], params: CsvProblem["params"] = {}) =>
      rowProblems.push(csvProblem(record.line, column, code, params));

    const parsed = parseParticipant(get("participant"));
    if ("error" in parsed) problem("participant", parsed.error, { value: get("participant") });
    const participant = "address" in parsed ? parsed.address : "";
    const opportunityText = get("opportunity");
    let opportunityId = 0n;
    if (
      !POSITIVE_INTEGER.test(opportunityText) ||
      BigInt(opportunityText) === 0n ||
      BigInt(opportunityText) > MAX_UINT48
    ) {
      problem("opportunity", "BAD_OPPORTUNITY", { value: opportunityText });
    } else {
      opportunityId = BigInt(opportunityText);
      opportunityRefs.push({ line: record.line, opportunityId });
    }
    const unitsText = get("units");
    let units = 0n;
    if (!POSITIVE_INTEGER.test(unitsText) || BigInt(unitsText) === 0n) {
      problem("units", "BAD_UNITS", { value: unitsText });
    } else if (BigInt(unitsText) > MAX_UINT48) {
      problem("units", "UNITS_TOO_LARGE", { value: unitsText, max: MAX_UINT48 });
    } else {
      units = BigInt(unitsText);
    }
    const evidence = get("evidence");
    let hash: Hex | undefined;
    if (evidence === "") problem("evidence", "EMPTY_EVIDENCE");
    else if (/^0x/i.test(evidence) && !/^0x[0-9a-fA-F]{64}$/.test(evidence)) {
      problem("evidence", "BAD_EVIDENCE_HASH", { value: evidence });
    } else hash = evidenceHash(evidence);

    if (rowProblems.length === 0) {
      const key = `${participant.toLowerCase()}:${opportunityId}`;
      const earlier = seen.get(key) ?? [];
      // The same units again is a copied row; other units may be a second shift, if the user says so.
      const same = earlier.find((e) => e.units === units);
      if (same) problem("participant", "DUPLICATE_ROW", { first: same.line });
      else if (earlier.length > 0 && !options.allowRepeat) {
        problem("participant", "LIKELY_DUPLICATE", { first: earlier[0]!.line });
      }
      seen.set(key, [...earlier, { line: record.line, units, evidence }]);
    }
    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      continue;
    }
    const row: AttestationRow = { participant: participant as Address, opportunityId, units };
    rows.push({ ...row, line: record.line, evidence, evidenceHash: hash!, packed: packRow(row) });
  }
  return { rows, problems, opportunityRefs };
}

/** Every problem, one per line, in English (kept for callers printing a report). */
export function formatProblems(problems: readonly CsvProblem[]): string {
  return problems.map((p) => `  line ${p.line}${p.column ? ` (${p.column})` : ""}: ${p.message}`).join("\n");
}

/**
 * Parses and validates a CSV for `orgId` (including the on-chain opportunity checks) and
 * returns the packed batch with its evidence root, or throws `CSV_INVALID` listing every bad
 * row (`error.details.problems`).
 */
export async function validateAttestationCsv(
  text: string,
  options: ValidateOptions,
): Promise<AttestationBatch> {
  const { rows, problems, opportunityRefs } = parseAttestationCsv(text, {
    ...(options.allowRepeat ? { allowRepeat: true } : {}),
  });
  const opportunities = new Map<bigint, OpportunityFacts | undefined>();
  for (const id of new Set(opportunityRefs.map((r) => r.opportunityId))) {
    opportunities.set(id, await options.loadOpportunity(id));
  }
  for (const row of opportunityRefs) {
    const facts = opportunities.get(row.opportunityId);
    const opportunity = row.opportunityId;
    if (!facts || facts.status === OpportunityStatus.None) {
      problems.push(csvProblem(row.line, "opportunity", "UNKNOWN_OPPORTUNITY", { opportunity }));
    } else if (facts.orgId !== options.orgId) {
      problems.push(
        csvProblem(row.line, "opportunity", "FOREIGN_OPPORTUNITY", {
          opportunity,
          owner: facts.orgId,
          orgId: options.orgId,
        }),
      );
    } else if (facts.status !== OpportunityStatus.Open) {
      problems.push(csvProblem(row.line, "opportunity", "CLOSED_OPPORTUNITY", { opportunity }));
    }
  }
  if (options.maxRows !== undefined && rows.length > options.maxRows) {
    problems.push(csvProblem(1, undefined, "TOO_MANY_ROWS", { rows: rows.length, max: options.maxRows }));
  }
  if (problems.length > 0) {
    problems.sort((a, b) => a.line - b.line || (a.column ?? "").localeCompare(b.column ?? ""));
    throw new CitySyncError("CSV_INVALID", formatCsvProblems(problems), { details: { problems } });
  }
  const packedRows = rows.map((r) => r.packed);
  const evidenceHashes = rows.map((r) => r.evidenceHash);
  return { rows, packedRows, evidenceHashes, evidenceRoot: evidenceRoot(packedRows, evidenceHashes) };
}
