/**
 * Labels for the metadata format's category and unit codes in the reader's language. Documents
 * written before the format had codes carry free text, which is shown as written.
 */
import { CATEGORY_CODES, type CategoryCode, UNIT_CODES, type UnitCode } from "@sdk/metadata.ts";

import type { I18n } from "./I18nProvider.tsx";

const isCategory = (value: string): value is CategoryCode =>
  (CATEGORY_CODES as readonly string[]).includes(value);
const isUnit = (value: string): value is UnitCode => (UNIT_CODES as readonly string[]).includes(value);

export function categoryLabel(t: I18n["t"], code: string): string {
  return isCategory(code) ? t(`category.${code}`) : code;
}

export function unitLabel(t: I18n["t"], code: string): string {
  return isUnit(code) ? t(`unit.${code}`) : code;
}
