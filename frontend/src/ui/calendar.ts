import type { Locale } from "../i18n/locale.ts";

/** The API's iCalendar feed of a city's open and upcoming opportunities, titled in the reader's language. */
export function calendarUrl(apiUrl: string, cityId: number, locale: Locale): string {
  return `${apiUrl}/v1/cities/${cityId}/calendar.ics?lang=${locale.startsWith("es") ? "es" : "en"}`;
}
