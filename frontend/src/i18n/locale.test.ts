// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";

import { LOCALE_STORAGE_KEY, browserLocale, initialLocale, sdkLanguage } from "./locale.ts";

describe("locale", () => {
  afterEach(() => localStorage.clear());

  it("maps any Spanish browser language to es-MX and defaults to English", () => {
    expect(browserLocale(["es-ES", "en"])).toBe("es-MX");
    expect(browserLocale(["es"])).toBe("es-MX");
    expect(browserLocale(["fr-FR", "en-GB"])).toBe("en");
    expect(browserLocale(["de"])).toBe("en");
  });

  it("prefers the remembered choice over the browser's language", () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, "es-MX");
    expect(initialLocale()).toBe("es-MX");
    localStorage.setItem(LOCALE_STORAGE_KEY, "klingon");
    expect(initialLocale()).toBe(browserLocale(navigator.languages));
  });

  it("gives the SDK its bare language", () => {
    expect(sdkLanguage("es-MX")).toBe("es");
    expect(sdkLanguage("en")).toBe("en");
  });
});
