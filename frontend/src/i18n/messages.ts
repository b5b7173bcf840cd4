import type { Locale } from "./locale.ts";
import { en, type MessageKey } from "./en.ts";
import { esMX } from "./es-MX.ts";

export type { MessageKey };

export const catalogues: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = {
  en,
  "es-MX": esMX,
};
