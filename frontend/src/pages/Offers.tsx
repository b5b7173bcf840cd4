import { useId } from "react";
import { Link, useSearchParams } from "react-router";

import { useOffers } from "../data/api-lists.ts";
import { useNames } from "../data/lookups.ts";
import { localized, metaOf } from "../data/metadata.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { DataPage } from "../ui/DataPage.tsx";
import { QueryState } from "../ui/States.tsx";

export default function Offers() {
  const { t, locale, formatNumber } = useI18n();
  const [params, setParams] = useSearchParams();
  const cityId = Number(params.get("city")) || undefined;
  const query = useOffers(cityId);
  const names = useNames();
  const id = useId();
  return (
    <DataPage title={t("offers.title")} lead={t("offers.lead")}>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={`${id}-city`}>{t("filter.city")}</label>
          <select
            id={`${id}-city`}
            value={cityId ? String(cityId) : ""}
            onChange={(e) => setParams(e.target.value ? { city: e.target.value } : {}, { replace: true })}
          >
            <option value="">{t("filter.all")}</option>
            {names.cities.map((c) => (
              <option key={c.cityId} value={c.cityId}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      </form>
      <QueryState query={query} empty={t("offers.empty")}>
        {(items) => (
          <ul className="cards">
            {items.map((o) => {
              const stock = BigInt(o.stock);
              return (
                <li key={o.offerId} className="card">
                  <h2 className="card-title">
                    <Link to={`/offers/${o.offerId}`}>
                      {localized(metaOf(o).title, locale) || `#${o.offerId}`}
                    </Link>
                  </h2>
                  <p className="muted">
                    {names.org(o.orgId)} · {o.acceptedCities.map(names.city).join(", ")}
                  </p>
                  <p className="big">{t("offers.price", { price: formatNumber(BigInt(o.price)) })}</p>
                  <p className="muted">
                    {stock > 0n ? t("offers.stock", { stock: formatNumber(stock) }) : t("offers.soldOut")}
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </QueryState>
    </DataPage>
  );
}
