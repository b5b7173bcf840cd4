import { describe, expect, it } from "vitest";

import { en } from "./en.ts";
import { esMX } from "./es-MX.ts";
import { placeholders } from "./format.ts";
import { catalogues } from "./messages.ts";

describe("message catalogues", () => {
  const keys = Object.keys(en).sort();

  it("Spanish has every English key and no other", () => {
    expect(Object.keys(esMX).sort()).toEqual(keys);
  });

  it("every message of every locale is non-empty and keeps the English placeholders", () => {
    for (const [locale, messages] of Object.entries(catalogues)) {
      for (const key of keys) {
        const text = (messages as Record<string, string>)[key];
        expect(text, `${locale} ${key}`).toBeTruthy();
        expect(placeholders(text!), `${locale} ${key}`).toEqual(placeholders(en[key as keyof typeof en]));
      }
    }
  });

  it("Spanish is actually translated (not a copy of English) for most keys", () => {
    const same = keys.filter(
      (k) => (esMX as Record<string, string>)[k] === (en as Record<string, string>)[k],
    );
    expect(same.length).toBeLessThan(keys.length / 20);
  });
});
