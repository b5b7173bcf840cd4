import { describe, expect, it } from "vitest";

import { languagesOf, localized, parseMetadata } from "./metadata.ts";

describe("metadata", () => {
  it("reads plain and per-language text", () => {
    expect(localized("Food sorting", "es-MX")).toBe("Food sorting");
    const title = { en: "Food sorting", es: "Clasificación de alimentos" };
    expect(localized(title, "es-MX")).toBe("Clasificación de alimentos");
    expect(localized(title, "en")).toBe("Food sorting");
    expect(localized({ es: "Solo español" }, "en")).toBe("Solo español");
    expect(localized(undefined, "en")).toBe("");
  });

  it("tolerates bad JSON and lists languages", () => {
    expect(parseMetadata("{nope")).toEqual({});
    expect(parseMetadata("[1]")).toEqual({});
    expect(languagesOf({ title: { en: "a", es: "b" } })).toEqual(["en", "es"]);
    expect(languagesOf({ title: "a", language: "es" })).toEqual(["es"]);
  });
});
