import { expect } from "chai";
import { getAddress, keccak256, stringToHex } from "viem";

import { type OpportunityFacts, parseAttestationCsv, validateAttestationCsv } from "./attestation-csv.ts";
import { type CsvProblem, formatCsvProblems } from "./csv-problems.ts";
import { parseCsv } from "./csv.ts";
import { isCitySyncError } from "./errors.ts";
import { evidenceRoot } from "./evidence.ts";
import { unpackRow } from "./rows.ts";

const A = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"; // checksummed
const B = "0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc"; // lowercase
const BAD_CHECKSUM = "0x70997970c51812dc3A010C7d01b50e0d17dc79C8";

const opportunities: Record<string, OpportunityFacts> = {
  "1": { orgId: 7, status: 1 },
  "2": { orgId: 7, status: 2 },
  "3": { orgId: 8, status: 1 },
};
const options = {
  orgId: 7,
  loadOpportunity: async (id: bigint) => opportunities[id.toString()],
};

async function problemsOf(csv: string) {
  try {
    await validateAttestationCsv(csv, options);
  } catch (error) {
    expect(isCitySyncError(error, "CSV_INVALID")).to.be.true;
    return (error as { details: { problems: CsvProblem[] } }).details.problems;
  }
  return expect.fail("expected the batch to be refused");
}

describe("CSV reader", () => {
  it("handles quotes, doubled quotes, CRLF, quoted newlines and blank lines with line numbers", () => {
    const records = parseCsv('a,b\r\n"x, y","say ""hi"""\r\n\r\n"multi\nline",z\n');
    expect(records).to.deep.equal([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["x, y", 'say "hi"'] },
      { line: 4, fields: ["multi\nline", "z"] },
    ]);
  });

  it("refuses an unterminated quote", () => {
    expect(() => parseCsv('a\n"open')).to.throw(/never closed/);
  });
});

describe("attestation CSV", () => {
  it("accepts a valid file, packs rows, hashes notes and builds the evidence root", async () => {
    const hash = keccak256(stringToHex("photo 12"));
    const csv = `participant,opportunity,units,evidence\n${A},1,3,attended workshop\n${B},1,2,${hash}\n`;
    const batch = await validateAttestationCsv(csv, options);
    expect(batch.rows.map((r) => r.line)).to.deep.equal([2, 3]);
    expect(unpackRow(batch.packedRows[1]!)).to.deep.equal({
      participant: getAddress(B),
      opportunityId: 1n,
      units: 2n,
    });
    expect(batch.evidenceHashes[0]).to.equal(keccak256(stringToHex("attended workshop")));
    expect(batch.evidenceHashes[1]).to.equal(hash);
    expect(batch.evidenceRoot).to.equal(evidenceRoot(batch.packedRows, batch.evidenceHashes));
  });

  it("accepts any column order and ignores extra columns", () => {
    const { rows, problems } = parseAttestationCsv(
      `units,evidence,name,opportunity,participant\n1,n,Ana,1,${A}\n`,
    );
    expect(problems).to.deep.equal([]);
    expect(rows[0]!.participant).to.equal(A);
  });

  it("reports missing columns", () => {
    const { problems } = parseAttestationCsv("participant,units,evidence\n");
    expect(problems.map((p) => p.message)).to.deep.equal(['missing column "opportunity"']);
  });

  it("refuses a mixed-case address with a wrong checksum, and non-addresses", async () => {
    const problems = await problemsOf(
      `participant,opportunity,units,evidence\n${BAD_CHECKSUM},1,1,n\n0x1234,1,1,n\n${A},1,1,n\n`,
    );
    expect(problems.map((p) => [p.line, p.column])).to.deep.equal([
      [2, "participant"],
      [3, "participant"],
    ]);
    expect(problems[0]!.message).to.contain("checksum");
  });

  it("refuses units that are zero, negative, fractional or too large", async () => {
    const problems = await problemsOf(
      `participant,opportunity,units,evidence\n${A},1,0,n\n${A},1,-1,n\n${A},1,1.5,n\n${A},1,281474976710656,n\n${A},1,x,n\n`,
    );
    expect(problems.map((p) => p.line)).to.deep.equal([2, 3, 4, 5, 6]);
    expect(problems.every((p) => p.column === "units")).to.be.true;
  });

  it("refuses unknown, foreign and closed opportunities (read on chain)", async () => {
    const problems = await problemsOf(
      `participant,opportunity,units,evidence\n${A},1,1,n\n${A},2,1,n\n${A},3,1,n\n${A},99,1,n\n${A},abc,1,n\n`,
    );
    expect(problems.map((p) => [p.line, p.message])).to.deep.equal([
      [3, "opportunity 2 is closed"],
      [4, "opportunity 3 belongs to organization 8, not 7"],
      [5, "opportunity 99 does not exist"],
      [6, 'opportunity "abc" is not an opportunity id (a whole number > 0)'],
    ]);
  });

  it("reports every problem of a row, the on-chain ones included", async () => {
    const problems = await problemsOf(`participant,opportunity,units,evidence\n${BAD_CHECKSUM},99,0,n\n`);
    expect(problems.map((p) => p.column)).to.deep.equal(["opportunity", "participant", "units"]);
  });

  it("refuses duplicates inside the file, naming the first line", async () => {
    const problems = await problemsOf(
      `participant,opportunity,units,evidence\n${A},1,1,n\n${B},1,1,n\n${A.toLowerCase()},1,1,other\n`,
    );
    expect(problems.map((p) => [p.line, p.column, p.message])).to.deep.equal([
      [4, "participant", "duplicate of line 2 (same participant and opportunity)"],
    ]);
  });

  it("names the same participant and opportunity with other units a likely duplicate, unless allowed", async () => {
    const csv = `participant,opportunity,units,evidence\n${A},1,1,morning\n${A},1,4,afternoon\n`;
    const problems = await problemsOf(csv);
    expect(problems.map((p) => [p.line, p.code])).to.deep.equal([[3, "LIKELY_DUPLICATE"]]);
    expect(problems[0]!.message).to.contain("--allow-repeat");
    const batch = await validateAttestationCsv(csv, { ...options, allowRepeat: true });
    expect(batch.rows.map((r) => r.units)).to.deep.equal([1n, 4n]);
    // A copied row (same units) stays refused even when repeats are allowed.
    const copied = `participant,opportunity,units,evidence\n${A},1,2,a\n${A},1,2,b\n`;
    await validateAttestationCsv(copied, { ...options, allowRepeat: true }).then(
      () => expect.fail("expected a refusal"),
      (error: { details: { problems: CsvProblem[] } }) =>
        expect(error.details.problems.map((p) => p.code)).to.deep.equal(["DUPLICATE_ROW"]),
    );
  });

  it("says every problem in Spanish on one line", async () => {
    const problems = await problemsOf(`participant,opportunity,units,evidence\n${A},99,0,n\n`);
    const line = formatCsvProblems(problems, "es");
    expect(line).to.equal(
      'El CSV tiene 2 problema(s); no se envió nada: línea 2 (oportunidad): la oportunidad 99 no existe; línea 2 (unidades): las unidades "0" deben ser un número entero mayor que 0.',
    );
    expect(line).not.to.contain("\n");
  });

  it("refuses empty evidence and malformed hashes", async () => {
    const problems = await problemsOf(`participant,opportunity,units,evidence\n${A},1,1,\n${B},1,1,0x1234\n`);
    expect(problems.map((p) => p.column)).to.deep.equal(["evidence", "evidence"]);
  });

  it("refuses the whole batch when any row is bad and lists every line in the message", async () => {
    try {
      await validateAttestationCsv(
        `participant,opportunity,units,evidence\n${A},1,1,n\n${B},1,0,n\n`,
        options,
      );
      expect.fail("expected a refusal");
    } catch (error) {
      expect((error as Error).message)
        .to.contain("line 3 (units)")
        .and.to.contain("nothing was submitted");
    }
  });

  it("refuses an empty file, a file with no rows and batches above the limit", async () => {
    expect((await problemsOf("")).map((p) => p.message)).to.deep.equal(["the file is empty"]);
    expect(
      (await problemsOf("participant,opportunity,units,evidence\n")).map((p) => p.message),
    ).to.deep.equal(["the file has no rows"]);
    try {
      await validateAttestationCsv(`participant,opportunity,units,evidence\n${A},1,1,n\n${B},1,1,n\n`, {
        ...options,
        maxRows: 1,
      });
      expect.fail("expected a refusal");
    } catch (error) {
      expect((error as Error).message).to.contain("more than the 1");
    }
  });
});
