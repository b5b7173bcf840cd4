/**
 * Public metadata of organizations, opportunities and offers (compact JSON on chain). Text fields
 * are either a plain string in the item's `language`, or one string per language
 * (`{"title": {"en": "…", "es": "…"}}`); readers get the best match for their locale.
 */
import type { Locale } from "../i18n/locale.ts";

export type LocalizedText = string | Readonly<Record<string, string>>;

export interface Metadata {
  title?: LocalizedText;
  name?: LocalizedText;
  description?: LocalizedText;
  category?: string;
  place?: string;
  unit?: string;
  language?: string;
  [key: string]: unknown;
}

export function parseMetadata(json: string | undefined): Metadata {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Metadata) : {};
  } catch {
    return {};
  }
}

/** An API item's metadata in every language, from the raw JSON the API passes through. */
export function metaOf(item: { readonly metadata: { readonly raw: string } }): Metadata {
  return parseMetadata(item.metadata.raw);
}

/** The text in the reader's language, else English, else the first one given. */
export function localized(text: unknown, locale: Locale): string {
  if (typeof text === "string") return text;
  if (!text || typeof text !== "object") return "";
  const byLanguage = text as Record<string, unknown>;
  const language = locale.slice(0, 2);
  for (const key of [locale, language, "en"]) {
    const value = byLanguage[key];
    if (typeof value === "string" && value) return value;
  }
  const first = Object.values(byLanguage).find((v) => typeof v === "string");
  return typeof first === "string" ? first : "";
}

/** An organization's name: version 1 metadata calls it the title; earlier documents called it the name. */
export function displayName(meta: Metadata): unknown {
  return meta.title ?? meta.name;
}

/** Languages an item has text in (for the language filter). */
export function languagesOf(meta: Metadata): string[] {
  const title = displayName(meta);
  if (title && typeof title === "object") return Object.keys(title).map((k) => k.slice(0, 2));
  return meta.language ? [meta.language.slice(0, 2)] : [];
}
