import type { Locale } from "../i18n/locale.ts";
import { languagesOf, localized } from "./metadata.ts";
import type { Opportunity } from "./types.ts";

export interface OpportunityFilter {
  text: string;
  cityId: number | undefined;
  category: string;
  /** Only opportunities still running on this date (seconds). */
  date: number | undefined;
  language: string;
}

/** Search and filters of the opportunity list; pure so it is tested without a chain. */
export function filterOpportunities(
  items: readonly Opportunity[],
  filter: OpportunityFilter,
  locale: Locale,
): Opportunity[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return items.filter((o) => {
    if (filter.cityId && o.cityId !== filter.cityId) return false;
    if (filter.category && o.meta.category !== filter.category) return false;
    if (filter.language && !languagesOf(o.meta).includes(filter.language)) return false;
    if (filter.date !== undefined && (o.start > filter.date + 86_399 || o.end < filter.date)) return false;
    if (words.length === 0) return true;
    const haystack = [
      localized(o.meta.title, locale),
      localized(o.meta.description, locale),
      o.meta.place ?? "",
    ]
      .join(" ")
      .toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

export function categoriesOf(items: readonly { meta: { category?: string } }[]): string[] {
  return [...new Set(items.map((o) => o.meta.category).filter((c): c is string => Boolean(c)))].sort();
}
