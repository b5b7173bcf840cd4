/**
 * Metadata JSON of organizations, opportunities and offers, as emitted: the store keeps the raw text,
 * the parsed object when it is valid, and flags when it is not. Never throws: bad metadata must not
 * stop the sync.
 */
import { validateMetadata } from "@citysync/sdk";

export interface ParsedMetadata {
  raw: string;
  json: unknown;
  flags: string[];
  category: string | null;
  unit: string | null;
}

export function parseMetadata(raw: string, kind: "organization" | "opportunity" | "offer"): ParsedMetadata {
  const result = validateMetadata(raw, kind);
  return {
    raw,
    json: result.json ?? null,
    flags: result.flags,
    category: result.ok ? (result.metadata.category ?? null) : null,
    unit: result.ok ? (result.metadata.unit ?? null) : null,
  };
}
