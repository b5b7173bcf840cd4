/**
 * Attestation batches from a CSV file with the columns `participant, opportunity, units,
 * evidence` (header required, any column order, extra columns ignored). Every row is checked
 * and every problem is reported with its line number; one bad row refuses the whole batch.
 *
 * Rules: the participant is an address (all-lowercase or all-uppercase hex, or correctly
 * checksummed mixed case: a wrong checksum is refused as a likely typo); the opportunity is a
 * known one of this organization and open (read on chain through `loadOpportunity`); units are
 * a whole number > 0 that fits in 48 bits; evidence is a 0x-prefixed 32-byte hash or a note
 * (hashed locally, never sent); the same participant and opportunity appear at most once.
 */
import { type Address, type Hex, getAddress, isAddress } from "viem";

import { parseCsv } from "./csv.ts";
import { CitySyncError } from "./errors.ts";
import { evidenceHash, evidenceRoot } from "./evidence.ts";
import { MAX_UINT48, type AttestationRow, packRow } from "./rows.ts";

export const ATTESTATION_CSV_COLUMNS = ["participant", "opportunity", "units", "evidence"] as const;

export interface CsvProblem {
  line: number;
  column?: string;
  message: string;
}

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
  /** 0 none, 1 open, 2 closed (`OpportunityStatus`). */
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
}

const HEX_ADDRESS = /^0x[0-9a-fA-F]{40}$/;
const POSITIVE_INTEGER = /^[0-9]+$/;

/** Parses an address, refusing a mixed-case address whose EIP-55 checksum is wrong. */
export function parseParticipant(value: string): { address: Address } | { error: string } {
  const v = value.trim();
  if (!HEX_ADDRESS.test(v)) return { error: "is not a 0x-prefixed 20-byte address" };
  const body = v.slice(2);
  const mixed = body !== body.toLowerCase() && body !== body.toUpperCase();
  if (mixed && !isAddress(v, { strict: true })) {
    return { error: "has a wrong checksum (mixed case that is not EIP-55)" };
  }
  if (BigInt(v) === 0n) return { error: "is the zero address" };
  return { address: getAddress(v) };
}

/** Parses the rows and applies every rule that needs no chain. */
export function parseAttestationCsv(text: string): {
  rows: AttestationCsvRow[];
  problems: CsvProblem[];
  /** Every well-formed opportunity reference, including those on rows refused for other reasons. */
  opportunityRefs: { line: number; opportunityId: bigint }[];
} {
  const records = parseCsv(text);
  const problems: CsvProblem[] = [];
  const header = records[0];
  const opportunityRefs: { line: number; opportunityId: bigint }[] = [];
  if (!header) return { rows: [], problems: [{ line: 1, message: "the file is empty" }], opportunityRefs };
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const index: Record<string, number> = {};
  for (const column of ATTESTATION_CSV_COLUMNS) {
    const i = names.indexOf(column);
    if (i < 0) problems.push({ line: header.line, column, message: `missing column "${column}"` });
    index[column] = i;
  }
  if (problems.length > 0) return { rows: [], problems, opportunityRefs };
  if (records.length === 1) problems.push({ line: header.line, message: "the file has no rows" });

  const rows: AttestationCsvRow[] = [];
  const seen = new Map<string, number>();
  for (const record of records.slice(1)) {
    const get = (column: string) => (record.fields[index[column]!] ?? "").trim();
    const rowProblems: CsvProblem[] = [];
    const problem = (column: string, message: string) =>
      rowProblems.push({ line: record.line, column, message });

    const parsed = parseParticipant(get("participant"));
    if ("error" in parsed) problem("participant", `participant "${get("participant")}" ${parsed.error}`);
    const participant = "address" in parsed ? parsed.address : "";
    const opportunityText = get("opportunity");
    let opportunityId = 0n;
    if (
      !POSITIVE_INTEGER.test(opportunityText) ||
      BigInt(opportunityText) === 0n ||
      BigInt(opportunityText) > MAX_UINT48
    ) {
      problem(
        "opportunity",
        `opportunity "${opportunityText}" is not an opportunity id (a whole number > 0)`,
      );
    } else {
      opportunityId = BigInt(opportunityText);
      opportunityRefs.push({ line: record.line, opportunityId });
    }
    const unitsText = get("units");
    let units = 0n;
    if (!POSITIVE_INTEGER.test(unitsText) || BigInt(unitsText) === 0n) {
      problem("units", `units "${unitsText}" must be a whole number greater than 0`);
    } else if (BigInt(unitsText) > MAX_UINT48) {
      problem("units", `units ${unitsText} is too large (at most ${MAX_UINT48})`);
    } else {
      units = BigInt(unitsText);
    }
    const evidence = get("evidence");
    let hash: Hex | undefined;
    if (evidence === "")
      problem("evidence", "evidence is empty (write a note or a 0x-prefixed 32-byte hash)");
    else if (/^0x/i.test(evidence) && !/^0x[0-9a-fA-F]{64}$/.test(evidence)) {
      problem("evidence", `evidence "${evidence}" looks like a hash but is not 32 bytes of hex`);
    } else hash = evidenceHash(evidence);

    if (rowProblems.length === 0) {
      const key = `${participant.toLowerCase()}:${opportunityId}`;
      const first = seen.get(key);
      if (first !== undefined) {
        problem("participant", `duplicate of line ${first} (same participant and opportunity)`);
      } else {
        seen.set(key, record.line);
      }
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
  const { rows, problems, opportunityRefs } = parseAttestationCsv(text);
  const opportunities = new Map<bigint, OpportunityFacts | undefined>();
  for (const id of new Set(opportunityRefs.map((r) => r.opportunityId))) {
    opportunities.set(id, await options.loadOpportunity(id));
  }
  for (const row of opportunityRefs) {
    const facts = opportunities.get(row.opportunityId);
    if (!facts || facts.status === 0) {
      problems.push({
        line: row.line,
        column: "opportunity",
        message: `opportunity ${row.opportunityId} does not exist`,
      });
    } else if (facts.orgId !== options.orgId) {
      problems.push({
        line: row.line,
        column: "opportunity",
        message: `opportunity ${row.opportunityId} belongs to organization ${facts.orgId}, not ${options.orgId}`,
      });
    } else if (facts.status !== 1) {
      problems.push({
        line: row.line,
        column: "opportunity",
        message: `opportunity ${row.opportunityId} is closed`,
      });
    }
  }
  if (options.maxRows !== undefined && rows.length > options.maxRows) {
    problems.push({
      line: 1,
      message: `${rows.length} rows is more than the ${options.maxRows} a batch may hold`,
    });
  }
  if (problems.length > 0) {
    problems.sort((a, b) => a.line - b.line || (a.column ?? "").localeCompare(b.column ?? ""));
    throw new CitySyncError(
      "CSV_INVALID",
      `The CSV has ${problems.length} problem(s); nothing was submitted:\n${formatProblems(problems)}`,
      { details: { problems } },
    );
  }
  const packedRows = rows.map((r) => r.packed);
  const evidenceHashes = rows.map((r) => r.evidenceHash);
  return { rows, packedRows, evidenceHashes, evidenceRoot: evidenceRoot(packedRows, evidenceHashes) };
}
