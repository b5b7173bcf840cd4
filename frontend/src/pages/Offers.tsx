import { useId } from "react";
import { Link, useSearchParams } from "react-router";

import { useOffers } from "../data/hooks.ts";
import { useNames } from "../data/lookups.ts";
import { localized } from "../data/metadata.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { Page } from "../ui/Page.tsx";
import { QueryState } from "../ui/States.tsx";

export default function Offers() {
  const { t, locale, formatNumber } = useI18n();
  const [params, setParams] = useSearchParams();
  const query = useOffers();
  const names = useNames();
  const id = useId();
  const cityId = Number(params.get("city")) || undefined;
  return (
    <Page title={t("offers.title")} lead={t("offers.lead")}>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={`${id}-city`}>{t("filter.city")}</label>
          <select
            id={`${id}-city`}
            value={params.get("city") ?? ""}
            onChange={(e) => setParams(e.target.value ? { city: e.target.value } : {}, { replace: true })}
          >
            <option value="">{t("filter.all")}</option>
            {names.cities.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      </form>
      <QueryState query={query} empty={t("offers.empty")}>
        {(items) => {
          const shown = items.filter((o) => o.status === 1 && (!cityId || o.acceptedCities.includes(cityId)));
          if (shown.length === 0) return <p className="state state-empty">{t("offers.empty")}</p>;
          return (
            <ul className="cards">
              {shown.map((o) => (
                <li key={o.id} className="card">
                  <h2 className="card-title">
                    <Link to={`/offers/${o.id}`}>{localized(o.meta.title, locale) || `#${o.id}`}</Link>
                  </h2>
                  <p className="muted">
                    {names.org(o.orgId)} · {o.acceptedCities.map(names.city).join(", ")}
                  </p>
                  <p className="big">{t("offers.price", { price: formatNumber(o.price) })}</p>
                  <p className="muted">
                    {o.stock > 0 ? t("offers.stock", { stock: formatNumber(o.stock) }) : t("offers.soldOut")}
                  </p>
                </li>
              ))}
            </ul>
          );
        }}
      </QueryState>
    </Page>
  );
}
