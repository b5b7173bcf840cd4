import { useId } from "react";
import { Link, useSearchParams } from "react-router";

import { categoriesOf, filterOpportunities } from "../data/filter.ts";
import { useOpportunities } from "../data/hooks.ts";
import { useNames } from "../data/lookups.ts";
import { localized } from "../data/metadata.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { Page } from "../ui/Page.tsx";
import { QueryState } from "../ui/States.tsx";

export default function Opportunities() {
  const { t, locale, formatDate, formatNumber } = useI18n();
  const [params, setParams] = useSearchParams();
  const query = useOpportunities();
  const names = useNames();
  const id = useId();
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const dateParam = params.get("date") ?? "";
  const filter = {
    text: params.get("q") ?? "",
    cityId: Number(params.get("city")) || undefined,
    category: params.get("category") ?? "",
    date: dateParam ? Math.floor(Date.parse(`${dateParam}T00:00:00Z`) / 1000) : undefined,
    language: params.get("lang") ?? "",
  };
  return (
    <Page title={t("opps.title")} lead={t("opps.lead")}>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={`${id}-q`}>{t("opps.search")}</label>
          <input
            id={`${id}-q`}
            type="search"
            value={filter.text}
            onChange={(e) => set("q", e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-city`}>{t("filter.city")}</label>
          <select
            id={`${id}-city`}
            value={params.get("city") ?? ""}
            onChange={(e) => set("city", e.target.value)}
          >
            <option value="">{t("filter.all")}</option>
            {names.cities.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-cat`}>{t("filter.category")}</label>
          <select id={`${id}-cat`} value={filter.category} onChange={(e) => set("category", e.target.value)}>
            <option value="">{t("filter.all")}</option>
            {categoriesOf(query.data ?? []).map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>{t("filter.date")}</label>
          <input
            id={`${id}-date`}
            type="date"
            value={dateParam}
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
      <QueryState query={query}>
        {(items) => {
          const shown = filterOpportunities(items, filter, locale);
          return (
            <>
              <p className="muted" role="status">
                {t("opps.count", { count: formatNumber(shown.length) })}
              </p>
              {shown.length === 0 ? (
                <p className="state state-empty">{t("opps.empty")}</p>
              ) : (
                <ul className="cards">
                  {shown.map((o) => (
                    <li key={o.id} className="card">
                      <h2 className="card-title">
                        <Link to={`/opportunities/${o.id}`}>
                          {localized(o.meta.title, locale) || `#${o.id}`}
                        </Link>
                      </h2>
                      <p className="muted">
                        {names.org(o.orgId)} · {names.city(o.cityId)}
                        {o.meta.category ? ` · ${o.meta.category}` : ""}
                      </p>
                      <p>
                        {t("opps.creditsPerUnit", {
                          credits: formatNumber(o.creditsPerUnit),
                          unit: o.meta.unit ?? t("opps.unitDefault"),
                        })}
                      </p>
                      <p className="muted">
                        {formatDate(o.start * 1000)} – {formatDate(o.end * 1000)}
                        {o.status !== 1 ? ` · ${t("opps.closed")}` : ""}
                      </p>
                    </li>
                  ))}
                </ul>
              )}
            </>
          );
        }}
      </QueryState>
    </Page>
  );
}
