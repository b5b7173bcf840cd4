/**
 * Public metadata of organizations, opportunities and offers (the JSON the ledger emits), version 1.
 * Categories and units are codes from the taxonomies below, so research can compare cities whatever
 * their language; titles and descriptions are given per language (BCP 47 primary tag, e.g. "en", "es").
 * `metadataJsonSchema` is the JSON Schema of the format; `validateMetadata` checks a document against
 * it without throwing and reports flags, which the indexer stores next to the raw text.
 */
import { CitySyncError } from "./errors.ts";

export const METADATA_VERSION = 1;
/** The ledger's bound on a metadata string (bytes, UTF-8). */
export const MAX_METADATA_BYTES = 1024;

/** Category codes (same list for opportunities, offers and organizations' main field). */
export const CATEGORY_CODES = [
  "food-security", // food banks, community kitchens, gleaning
  "care", // elder and child care, home visits, deliveries to homebound people
  "education", // tutoring, literacy, mentoring
  "environment", // clean-ups, tree planting, recycling, gardens
  "transit", // bike repair, transit passes, mobility help
  "culture", // museums, libraries, arts, heritage
  "health", // clinics, blood drives, health promotion
  "housing", // shelters, repairs, tenant support
  "sport", // community sport and recreation
  "civic", // neighborhood councils, elections, public meetings
  "digital", // digital literacy, device repair
  "other",
] as const;
export type CategoryCode = (typeof CATEGORY_CODES)[number];

/** Unit codes of an opportunity (what `units` in an attestation row counts). */
export const UNIT_CODES = [
  "hour",
  "shift",
  "session",
  "event",
  "delivery",
  "visit",
  "item",
  "kg",
  "km",
  "task",
] as const;
export type UnitCode = (typeof UNIT_CODES)[number];

export type MetadataKind = "organization" | "opportunity" | "offer";

export interface Metadata {
  version: typeof METADATA_VERSION;
  /** Per language: `{ "en": "Food sorting shift", "es": "Turno de clasificación" }`. */
  title: Record<string, string>;
  description?: Record<string, string>;
  category?: CategoryCode;
  unit?: UnitCode;
  place?: string;
}

const localized = {
  type: "object",
  minProperties: 1,
  propertyNames: { pattern: "^[a-z]{2,3}$" },
  additionalProperties: { type: "string", minLength: 1, maxLength: 280 },
} as const;

/** JSON Schema (draft 2020-12) of metadata version 1, per kind. */
export function metadataJsonSchema(kind: MetadataKind) {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `citysync:metadata/v${METADATA_VERSION}/${kind}`,
    type: "object",
    additionalProperties: false,
    required: [
      "version",
      "title",
      ...(kind === "organization" ? [] : ["category"]),
      ...(kind === "opportunity" ? ["unit"] : []),
    ],
    properties: {
      version: { const: METADATA_VERSION },
      title: localized,
      description: localized,
      category: { enum: CATEGORY_CODES },
      ...(kind === "opportunity" ? { unit: { enum: UNIT_CODES } } : {}),
      place: { type: "string", maxLength: 200 },
    },
  } as const;
}

export interface MetadataValidation {
  ok: boolean;
  /** The parsed JSON when the text parses, valid or not. */
  json: unknown;
  /** Present when ok. */
  metadata: Metadata;
  /** Empty when ok; otherwise some of: oversized, malformed, unknown-version, invalid. */
  flags: string[];
  errors: string[];
}

function checkLocalized(value: unknown, field: string, errors: string[]): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    errors.push(`${field} must be an object of language → text`);
    return;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) errors.push(`${field} needs at least one language`);
  for (const [lang, text] of entries) {
    if (!/^[a-z]{2,3}$/.test(lang)) errors.push(`${field}: "${lang}" is not a language code`);
    if (typeof text !== "string" || text.length === 0 || text.length > 280)
      errors.push(`${field}.${lang} must be 1-280 characters`);
  }
}

/** Checks `raw` (the emitted string) against the schema of `kind`. Never throws. */
export function validateMetadata(raw: string, kind: MetadataKind): MetadataValidation {
  const flags: string[] = [];
  const errors: string[] = [];
  if (new TextEncoder().encode(raw).length > MAX_METADATA_BYTES) {
    flags.push("oversized");
    errors.push(`longer than ${MAX_METADATA_BYTES} bytes`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    flags.push("malformed");
    return { ok: false, json: null, metadata: undefined as never, flags, errors: [...errors, "not JSON"] };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    flags.push("malformed");
    return { ok: false, json, metadata: undefined as never, flags, errors: [...errors, "not a JSON object"] };
  }
  const doc = json as Record<string, unknown>;
  if (doc.version !== METADATA_VERSION) {
    flags.push("unknown-version");
    errors.push(`version ${JSON.stringify(doc.version)} is not ${METADATA_VERSION}`);
    return { ok: false, json, metadata: undefined as never, flags, errors };
  }
  const schema = metadataJsonSchema(kind);
  for (const field of schema.required) if (!(field in doc)) errors.push(`${field} is required`);
  for (const field of Object.keys(doc))
    if (!(field in schema.properties)) errors.push(`${field} is not allowed`);
  if ("title" in doc) checkLocalized(doc.title, "title", errors);
  if ("description" in doc) checkLocalized(doc.description, "description", errors);
  if ("category" in doc && !(CATEGORY_CODES as readonly unknown[]).includes(doc.category))
    errors.push(`category ${JSON.stringify(doc.category)} is not a known code`);
  if (kind === "opportunity" && "unit" in doc && !(UNIT_CODES as readonly unknown[]).includes(doc.unit))
    errors.push(`unit ${JSON.stringify(doc.unit)} is not a known code`);
  if ("place" in doc && (typeof doc.place !== "string" || doc.place.length > 200))
    errors.push("place must be text of at most 200 characters");
  if (errors.length > 0) flags.push("invalid");
  return { ok: flags.length === 0, json, metadata: doc as unknown as Metadata, flags, errors };
}

/** Compact JSON of valid metadata (keys sorted, as the seed emits it); throws with every problem otherwise. */
export function encodeMetadata(metadata: Metadata, kind: MetadataKind): string {
  const sortKeys = (v: unknown): unknown =>
    typeof v === "object" && v !== null && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([k, x]) => [k, sortKeys(x)]),
        )
      : v;
  const raw = JSON.stringify(sortKeys(metadata));
  const result = validateMetadata(raw, kind);
  if (!result.ok) {
    throw new CitySyncError("INVALID_METADATA", `Invalid ${kind} metadata: ${result.errors.join("; ")}.`, {
      details: { errors: result.errors },
    });
  }
  return raw;
}
