/**
 * The opportunity list's filters, from the page's URL parameters: what the API filters (city,
 * category, language, words in titles and descriptions) and what the page filters itself (the
 * date, which the API expresses only as upcoming / open / ended). Pure, so it is tested alone.
 */
import { CATEGORY_CODES } from "@sdk/metadata.ts";

import { type ApiOpportunity, seconds } from "./api.ts";

export interface OpportunityFilter {
  text: string;
  cityId: number | undefined;
  category: string;
  /** Only opportunities still running on this day (seconds at its UTC start). */
  date: number | undefined;
  language: "" | "en" | "es";
}

export function filterFromParams(params: URLSearchParams): OpportunityFilter {
  const day = params.get("date") ?? "";
  const date = /^\d{4}-\d{2}-\d{2}$/.test(day) ? Date.parse(`${day}T00:00:00Z`) / 1000 : NaN;
  const language = params.get("lang");
  return {
    text: params.get("q") ?? "",
    cityId: Number(params.get("city")) || undefined,
    category: (CATEGORY_CODES as readonly string[]).includes(params.get("category") ?? "")
      ? params.get("category")!
      : "",
    date: Number.isNaN(date) ? undefined : date,
    language: language === "en" || language === "es" ? language : "",
  };
}

/** The API's query parameters for a filter (absent filters are left out, never sent empty). */
export function opportunityQuery(filter: OpportunityFilter): Record<string, string> {
  const query: Record<string, string> = {};
  if (filter.cityId) query.city = String(filter.cityId);
  if (filter.category) query.category = filter.category;
  if (filter.language) query.lang = filter.language;
  const text = filter.text.trim();
  if (text) query.q = text.slice(0, 100);
  return query;
}

/** Opportunities still running on the filter's day (all of them without a day). */
export function runningOn(items: readonly ApiOpportunity[], date: number | undefined): ApiOpportunity[] {
  if (date === undefined) return [...items];
  return items.filter((o) => seconds(o.start) <= date + 86_399 && seconds(o.end) >= date);
}

/** Every opportunity. */
export const NO_FILTER: OpportunityFilter = {
  text: "",
  cityId: undefined,
  category: "",
  date: undefined,
  language: "",
};
