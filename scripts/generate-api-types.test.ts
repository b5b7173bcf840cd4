/** The committed API types are what the API's current route definitions generate. */
import { readFileSync } from "node:fs";

import { expect } from "chai";

import { API_TYPES_FILE, renderApiTypes } from "./generate-api-types.ts";

describe("generated API types", () => {
  it("sdk/src/generated/api.ts is current (else: node scripts/generate-api-types.ts)", async () => {
    expect(
      readFileSync(API_TYPES_FILE, "utf8") === (await renderApiTypes()),
      "stale generated API types",
    ).to.equal(true);
  });
});
