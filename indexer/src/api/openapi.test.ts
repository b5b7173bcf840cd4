/**
 * The OpenAPI document is a contract (the SDK's and the dApp's types are generated from it), so
 * refactoring the routes must leave it the same, key order included (whitespace aside: the
 * snapshot is kept as Prettier formats it). A deliberate change of the API rewrites it:
 * UPDATE_OPENAPI_SNAPSHOT=1 npx mocha --no-config src/api/openapi.test.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { expect } from "chai";
import pino from "pino";
import { format, resolveConfig } from "prettier";

import { SafeProposalService } from "../safe-proposals/server.ts";
import { createApi } from "./server.ts";

const SNAPSHOT = path.join(import.meta.dirname, "__snapshots__", "openapi.json");

describe("OpenAPI document", () => {
  it("equals the committed snapshot", async () => {
    const { app } = createApi({
      store: { kind: "postgres", query: async () => [] },
      logger: pino({ level: "silent" }),
      rateLimit: false,
      // Never contacted: building the routes reads no chain and writes no file.
      proposals: new SafeProposalService({
        provider: "http://127.0.0.1:9",
        dataFile: path.join(tmpdir(), "citysync-openapi-snapshot-proposals.json"),
      }),
    });
    const response = await app.request("/openapi.json");
    expect(response.status).to.equal(200);
    const document = await response.json();
    if (process.env.UPDATE_OPENAPI_SNAPSHOT === "1") {
      const options = (await resolveConfig(SNAPSHOT)) ?? {};
      writeFileSync(SNAPSHOT, await format(JSON.stringify(document), { ...options, filepath: SNAPSHOT }));
    }
    const snapshot: unknown = JSON.parse(readFileSync(SNAPSHOT, "utf8"));
    // Compared as text without whitespace: key order matters to generated clients' diffs too.
    expect(JSON.stringify(document)).to.equal(JSON.stringify(snapshot));
  });
});
