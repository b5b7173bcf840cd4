import { CATEGORY_CODES } from "@sdk/metadata.ts";
import { useId } from "react";
import { Link, useSearchParams } from "react-router";

import { apiUrl, seconds } from "../data/api.ts";
import { useOpportunities } from "../data/api-lists.ts";
import { filterFromParams, runningOn } from "../data/filter.ts";
import { useNames } from "../data/lookups.ts";
import { localized, metaOf } from "../data/metadata.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { calendarUrl } from "../ui/calendar.ts";
import { DataPage } from "../ui/DataPage.tsx";
import { QueryState } from "../ui/States.tsx";
import { categoryLabel, unitLabel } from "../i18n/codes.ts";

export default function Opportunities() {
  const { t, locale, formatDate, formatNumber } = useI18n();
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const query = useOpportunities(filter);
  const names = useNames();
  const id = useId();
  const calendarBase = apiUrl;
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return (
    <DataPage title={t("opps.title")} lead={t("opps.lead")}>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={`${id}-q`}>{t("opps.search")}</label>
          <input
            id={`${id}-q`}
            type="search"
            maxLength={100}
            value={params.get("q") ?? ""}
            onChange={(e) => set("q", e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-city`}>{t("filter.city")}</label>
          <select
            id={`${id}-city`}
            value={filter.cityId ? String(filter.cityId) : ""}
            onChange={(e) => set("city", e.target.value)}
          >
            <option value="">{t("filter.all")}</option>
            {names.cities.map((c) => (
              <option key={c.cityId} value={c.cityId}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-cat`}>{t("filter.category")}</label>
          <select id={`${id}-cat`} value={filter.category} onChange={(e) => set("category", e.target.value)}>
            <option value="">{t("filter.all")}</option>
            {CATEGORY_CODES.map((c) => (
              <option key={c} value={c}>
                {categoryLabel(t, c)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>{t("filter.date")}</label>
          <input
            id={`${id}-date`}
            type="date"
            value={params.get("date") ?? ""}
            onChange={(e) => set("date", e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-lang`}>{t("filter.language")}</label>
          <select id={`${id}-lang`} value={filter.language} onChange={(e) => set("lang", e.target.value)}>
            <option value="">{t("filter.all")}</option>
            <option value="en">{t("language.en")}</option>
            <option value="es">{t("language.es")}</option>
          </select>
        </div>
      </form>
      {calendarBase ? (
        // Each city's iCalendar feed (the chosen city's, or every city's).
        <ul className="links calendars">
          {names.cities
            .filter((c) => !filter.cityId || c.cityId === filter.cityId)
            .map((c) => (
              <li key={c.cityId}>
                <a href={calendarUrl(calendarBase, c.cityId, locale)}>
                  {t("opps.calendarCity", { city: c.name })}
                </a>
              </li>
            ))}
        </ul>
      ) : null}
      <QueryState query={query}>
        {(items) => {
          const shown = runningOn(items, filter.date);
          return (
            <>
              <p className="muted" role="status">
                {t("opps.count", { count: formatNumber(shown.length) })}
              </p>
              {shown.length === 0 ? (
                <p className="state state-empty">{t("opps.empty")}</p>
              ) : (
                <ul className="cards">
                  {shown.map((o) => {
                    const meta = metaOf(o);
                    return (
                      <li key={o.opportunityId} className="card">
                        <h2 className="card-title">
                          <Link to={`/opportunities/${o.opportunityId}`}>
                            {localized(meta.title, locale) || `#${o.opportunityId}`}
                          </Link>
                        </h2>
                        <p className="muted">
                          {names.org(o.orgId)} · {names.city(o.cityId)}
                          {o.category ? ` · ${categoryLabel(t, o.category)}` : ""}
                        </p>
                        <p>
                          {t("opps.creditsPerUnit", {
                            credits: formatNumber(BigInt(o.creditsPerUnit)),
                            unit: o.unit ? unitLabel(t, o.unit) : t("opps.unitDefault"),
                          })}
                        </p>
                        <p className="muted">
                          {formatDate(seconds(o.start) * 1000)} – {formatDate(seconds(o.end) * 1000)}
                          {o.status !== "open" ? ` · ${t("opps.closed")}` : ""}
                        </p>
                      </li>
                    );
                  })}
                </ul>
              )}
            </>
          );
        }}
      </QueryState>
    </DataPage>
  );
}
