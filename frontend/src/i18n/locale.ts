/** Supported locales, the remembered choice and the browser's default. */
export const LOCALES = ["en", "es-MX"] as const;
export type Locale = (typeof LOCALES)[number];

export const LOCALE_STORAGE_KEY = "citysync.locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The first browser language we speak: any Spanish maps to es-MX, anything else to English. */
export function browserLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const lower = language.toLowerCase();
    if (lower.startsWith("es")) return "es-MX";
    if (lower.startsWith("en")) return "en";
  }
  return "en";
}

export function initialLocale(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(LOCALE_STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage may be blocked (private mode): fall back to the browser's language.
  }
  const nav = globalThis.navigator;
  return browserLocale(nav?.languages?.length ? nav.languages : [nav?.language ?? "en"]);
}

/** The SDK's error messages are keyed by bare language. */
export function sdkLanguage(locale: Locale): "en" | "es" {
  return locale === "es-MX" ? "es" : "en";
}
