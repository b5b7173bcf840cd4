/**
 * The OpenAPI document is a contract (the SDK's and the dApp's types are generated from it), so
 * refactoring the routes must leave it byte-for-byte the same. A deliberate change of the API
 * rewrites the snapshot: UPDATE_OPENAPI_SNAPSHOT=1 npx mocha src/api/openapi.test.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { expect } from "chai";
import pino from "pino";

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
    const document = `${JSON.stringify(await response.json(), null, 2)}\n`;
    if (process.env.UPDATE_OPENAPI_SNAPSHOT === "1") writeFileSync(SNAPSHOT, document);
    expect(document).to.equal(readFileSync(SNAPSHOT, "utf8"));
  });
});
