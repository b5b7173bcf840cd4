import { expect } from "chai";

import { encodeMetadata, metadataJsonSchema, validateMetadata } from "./metadata.ts";

describe("metadata schema", () => {
  const valid = {
    version: 1,
    title: { en: "Food sorting", es: "Clasificación" },
    category: "food-security",
    unit: "hour",
  } as const;

  it("accepts a valid opportunity and encodes it compactly with sorted keys", () => {
    const raw = encodeMetadata(valid, "opportunity");
    expect(raw.startsWith('{"category":"food-security"')).to.equal(true);
    expect(validateMetadata(raw, "opportunity")).to.include({ ok: true });
  });

  it("flags malformed, oversized, unknown-version and invalid documents without throwing", () => {
    expect(validateMetadata("{not json", "offer").flags).to.deep.equal(["malformed"]);
    expect(
      validateMetadata(JSON.stringify({ ...valid, place: "x".repeat(1100) }), "opportunity").flags,
    ).to.deep.equal(["oversized", "invalid"]);
    expect(validateMetadata('{"version":2,"title":{"en":"x"}}', "organization").flags).to.deep.equal([
      "unknown-version",
    ]);
    const bad = validateMetadata(JSON.stringify({ ...valid, category: "medio-ambiente" }), "opportunity");
    expect(bad.flags).to.deep.equal(["invalid"]);
    expect(bad.errors[0]).to.match(/category "medio-ambiente" is not a known code/);
  });

  it("refuses to encode invalid metadata with every problem in one line", () => {
    expect(() => encodeMetadata({ version: 1, title: {} } as never, "offer")).to.throw(
      /title needs at least one language; category is required|category is required/,
    );
  });

  it("publishes a JSON Schema per kind", () => {
    expect(metadataJsonSchema("opportunity").required).to.include("unit");
    expect(metadataJsonSchema("organization").required).to.not.include("category");
  });
});
