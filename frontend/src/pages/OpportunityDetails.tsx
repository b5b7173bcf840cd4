import { Link, useParams } from "react-router";

import { apiUrl, seconds } from "../data/api.ts";
import { useOpportunity } from "../data/api-items.ts";
import { useNames } from "../data/lookups.ts";
import { localized, metaOf } from "../data/metadata.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { calendarUrl } from "../ui/calendar.ts";
import { DataPage } from "../ui/DataPage.tsx";
import { Empty, ErrorMessage, Loading } from "../ui/States.tsx";
import { categoryLabel, unitLabel } from "../i18n/codes.ts";

export default function OpportunityDetails() {
  const { t, locale, formatDateTime, formatNumber } = useI18n();
  const id = Number(useParams().id);
  const query = useOpportunity(id);
  const names = useNames();
  const item = query.data;
  if (query.isError)
    return (
      <DataPage title={t("opps.detailsTitle")}>
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      </DataPage>
    );
  if (item === undefined) return <Loading />;
  if (item === null) {
    return (
      <DataPage title={t("opps.detailsTitle")}>
        <Empty>{t("opps.notFound")}</Empty>
        <Link to="/opportunities">{t("opps.back")}</Link>
      </DataPage>
    );
  }
  const meta = metaOf(item);
  return (
    <DataPage title={localized(meta.title, locale) || `#${item.opportunityId}`}>
      <p className="lead">{localized(meta.description, locale)}</p>
      <dl className="facts">
        <dt>{t("opps.organization")}</dt>
        <dd>{names.org(item.orgId)}</dd>
        <dt>{t("filter.city")}</dt>
        <dd>{names.city(item.cityId)}</dd>
        {meta.place ? (
          <>
            <dt>{t("opps.place")}</dt>
            <dd>{meta.place}</dd>
          </>
        ) : null}
        {item.category ? (
          <>
            <dt>{t("filter.category")}</dt>
            <dd>{categoryLabel(t, item.category)}</dd>
          </>
        ) : null}
        <dt>{t("opps.reward")}</dt>
        <dd>
          {t("opps.creditsPerUnit", {
            credits: formatNumber(BigInt(item.creditsPerUnit)),
            unit: item.unit ? unitLabel(t, item.unit) : t("opps.unitDefault"),
          })}
        </dd>
        <dt>{t("opps.when")}</dt>
        <dd>
          {formatDateTime(seconds(item.start) * 1000)} – {formatDateTime(seconds(item.end) * 1000)}
        </dd>
        <dt>{t("opps.capacity")}</dt>
        <dd>
          {t("opps.capacityLeft", {
            left: formatNumber(BigInt(item.remaining)),
            total: formatNumber(BigInt(item.capacity)),
          })}
        </dd>
        <dt>{t("opps.status")}</dt>
        <dd>{item.status === "open" ? t("opps.open") : t("opps.closed")}</dd>
      </dl>
      <div className="actions">
        {apiUrl ? (
          <a className="button secondary" href={calendarUrl(apiUrl, item.cityId, locale)}>
            {t("opps.addToCalendar")}
          </a>
        ) : (
          <p className="muted">{t("opps.calendarSoon")}</p>
        )}
        <Link to="/qr" className="button">
          {t("opps.showQr")}
        </Link>
      </div>
      {apiUrl ? (
        <p className="muted">{t("opps.calendarExplain", { city: names.city(item.cityId) })}</p>
      ) : null}
      <Link to="/opportunities">{t("opps.back")}</Link>
    </DataPage>
  );
}
