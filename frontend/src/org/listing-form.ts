/**
 * Validation of the organization console's opportunity and offer forms. Every field is text as
 * typed; a draft either becomes the exact ledger arguments plus metadata in the SDK's versioned
 * schema, or a catalogue key per bad field, so nothing reaches the Safe that the ledger would refuse.
 */
import {
  CATEGORY_CODES,
  type CategoryCode,
  MAX_METADATA_BYTES,
  METADATA_VERSION,
  type Metadata,
  UNIT_CODES,
  type UnitCode,
  encodeMetadata,
} from "@sdk/metadata.ts";

import type { MessageKey } from "../i18n/messages.ts";

const UINT32_MAX = 2n ** 32n - 1n;
const UINT48_MAX = 2n ** 48n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;
/** The schema's bound on one title or description. */
const MAX_TEXT = 280;

export { CATEGORY_CODES, UNIT_CODES };

/** Texts shared by both kinds, one per language. */
export interface TextDraft {
  titleEn: string;
  titleEs: string;
  descriptionEn: string;
  descriptionEs: string;
  category: string;
  place: string;
  /** `datetime-local` values (the reader's time zone). */
  start: string;
  end: string;
}

export interface OpportunityDraft extends TextDraft {
  unit: string;
  creditsPerUnit: string;
  capacity: string;
}

export interface OfferDraft extends TextDraft {
  price: string;
  stock: string;
  perResidentLimit: string;
  acceptedCities: number[];
}

export type FieldErrors<D> = Partial<Record<keyof D | "form", MessageKey>>;

export type Checked<V, D> = { ok: true; value: V } | { ok: false; errors: FieldErrors<D> };

export interface OpportunityValue {
  creditsPerUnit: number;
  capacity: number;
  start: number;
  end: number;
  metadata: string;
}

export interface OfferValue {
  price: bigint;
  stock: number;
  perResidentLimit: number;
  start: number;
  end: number;
  acceptedCities: number[];
  metadata: string;
}

/** A whole number in [min, max], or undefined. */
export function wholeNumber(text: string, min: bigint, max: bigint): bigint | undefined {
  const trimmed = text.trim();
  if (!/^[0-9]{1,20}$/.test(trimmed)) return undefined;
  const value = BigInt(trimmed);
  return value >= min && value <= max ? value : undefined;
}

/** Seconds since the epoch of a `datetime-local` value, or undefined. */
export function fromLocalInput(text: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(text)) return undefined;
  const ms = new Date(text).getTime();
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : undefined;
}

/** The `datetime-local` value of a time in seconds, in the reader's time zone. */
export function toLocalInput(seconds: number): string {
  const d = new Date(seconds * 1000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function checkTexts<D extends TextDraft>(draft: D, errors: FieldErrors<D>) {
  const title: Record<string, string> = {};
  const description: Record<string, string> = {};
  for (const [lang, field] of [
    ["en", "titleEn"],
    ["es", "titleEs"],
  ] as const) {
    const text = draft[field].trim();
    if (!text) errors[field] = "listing.titleRequired";
    else if (text.length > MAX_TEXT) errors[field] = "listing.textTooLong";
    else title[lang] = text;
  }
  for (const [lang, field] of [
    ["en", "descriptionEn"],
    ["es", "descriptionEs"],
  ] as const) {
    const text = draft[field].trim();
    if (text.length > MAX_TEXT) errors[field] = "listing.textTooLong";
    else if (text) description[lang] = text;
  }
  if (!(CATEGORY_CODES as readonly string[]).includes(draft.category))
    errors.category = "listing.categoryRequired";
  if (draft.place.trim().length > 200) errors.place = "listing.placeTooLong";
  const start = fromLocalInput(draft.start);
  const end = fromLocalInput(draft.end);
  if (start === undefined) errors.start = "listing.dateRequired";
  if (end === undefined) errors.end = "listing.dateRequired";
  else if (start !== undefined && end < start) errors.end = "listing.endBeforeStart";
  const metadata: Omit<Metadata, "unit"> = {
    version: METADATA_VERSION,
    title,
    ...(Object.keys(description).length > 0 ? { description } : {}),
    category: draft.category as CategoryCode,
    ...(draft.place.trim() ? { place: draft.place.trim() } : {}),
  };
  return { metadata, start: start ?? 0, end: end ?? 0 };
}

/** Encodes metadata with the SDK (which validates it against the schema); a form error when too long. */
function encodeChecked<D>(
  metadata: Metadata,
  kind: "opportunity" | "offer",
  errors: FieldErrors<D>,
): string | undefined {
  try {
    return encodeMetadata(metadata, kind);
  } catch {
    const bytes = new TextEncoder().encode(JSON.stringify(metadata)).length;
    errors.form = bytes > MAX_METADATA_BYTES ? "listing.metadataTooLong" : "listing.metadataInvalid";
    return undefined;
  }
}

/**
 * An opportunity to publish, or an update when `used` (attested units so far) is given: the rate
 * is then fixed by the ledger and the capacity may not fall below what is used.
 */
export function checkOpportunity(
  draft: OpportunityDraft,
  editing?: { used: bigint; creditsPerUnit: number },
): Checked<OpportunityValue, OpportunityDraft> {
  const errors: FieldErrors<OpportunityDraft> = {};
  const texts = checkTexts(draft, errors);
  if (!(UNIT_CODES as readonly string[]).includes(draft.unit)) errors.unit = "listing.unitRequired";
  const rate = editing ? BigInt(editing.creditsPerUnit) : wholeNumber(draft.creditsPerUnit, 1n, UINT32_MAX);
  if (rate === undefined) errors.creditsPerUnit = "listing.badRate";
  const capacity = wholeNumber(draft.capacity, 1n, UINT48_MAX);
  if (capacity === undefined) errors.capacity = "listing.badCapacity";
  else if (editing && capacity < editing.used) errors.capacity = "listing.capacityBelowUsed";
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const metadata = encodeChecked(
    { ...texts.metadata, unit: draft.unit as UnitCode } as Metadata,
    "opportunity",
    errors,
  );
  if (metadata === undefined) return { ok: false, errors };
  return {
    ok: true,
    value: {
      creditsPerUnit: Number(rate),
      capacity: Number(capacity),
      start: texts.start,
      end: texts.end,
      metadata,
    },
  };
}

/**
 * An offer to publish, or an update when `editing`: then only price, remaining stock (0 allowed:
 * sold out until restocked), window and texts change.
 */
export function checkOffer(draft: OfferDraft, editing = false): Checked<OfferValue, OfferDraft> {
  const errors: FieldErrors<OfferDraft> = {};
  const texts = checkTexts(draft, errors);
  const price = wholeNumber(draft.price, 1n, UINT64_MAX);
  if (price === undefined) errors.price = "listing.badPrice";
  const stock = wholeNumber(draft.stock, editing ? 0n : 1n, UINT32_MAX);
  if (stock === undefined) errors.stock = editing ? "listing.badRemainingStock" : "listing.badStock";
  const limit = editing ? 0n : wholeNumber(draft.perResidentLimit || "0", 0n, UINT32_MAX);
  if (limit === undefined) errors.perResidentLimit = "listing.badLimit";
  if (!editing && draft.acceptedCities.length === 0) errors.acceptedCities = "listing.citiesRequired";
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const metadata = encodeChecked(texts.metadata as Metadata, "offer", errors);
  if (metadata === undefined) return { ok: false, errors };
  return {
    ok: true,
    value: {
      price: price!,
      stock: Number(stock),
      perResidentLimit: Number(limit),
      start: texts.start,
      end: texts.end,
      acceptedCities: [...draft.acceptedCities].sort((a, b) => a - b),
      metadata,
    },
  };
}
