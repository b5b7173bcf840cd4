import { Link, useParams } from "react-router";

import { useOpportunities } from "../data/hooks.ts";
import { useNames } from "../data/lookups.ts";
import { localized } from "../data/metadata.ts";
import { apiUrl } from "../config.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { Page } from "../ui/Page.tsx";
import { Empty, ErrorMessage, Loading } from "../ui/States.tsx";

export default function OpportunityDetails() {
  const { t, locale, formatDateTime, formatNumber } = useI18n();
  const id = Number(useParams().id);
  const query = useOpportunities();
  const names = useNames();
  const item = query.data?.find((o) => o.id === id);
  if (query.isError)
    return (
      <Page title={t("opps.detailsTitle")}>
        <ErrorMessage error={query.error} />
      </Page>
    );
  if (!query.data) return <Loading />;
  if (!item) {
    return (
      <Page title={t("opps.detailsTitle")}>
        <Empty>{t("opps.notFound")}</Empty>
        <Link to="/opportunities">{t("opps.back")}</Link>
      </Page>
    );
  }
  const remaining = item.capacity - item.used;
  return (
    <Page title={localized(item.meta.title, locale) || `#${item.id}`}>
      <p className="lead">{localized(item.meta.description, locale)}</p>
      <dl className="facts">
        <dt>{t("opps.organization")}</dt>
        <dd>{names.org(item.orgId)}</dd>
        <dt>{t("filter.city")}</dt>
        <dd>{names.city(item.cityId)}</dd>
        {item.meta.place ? (
          <>
            <dt>{t("opps.place")}</dt>
            <dd>{item.meta.place}</dd>
          </>
        ) : null}
        {item.meta.category ? (
          <>
            <dt>{t("filter.category")}</dt>
            <dd>{item.meta.category}</dd>
          </>
        ) : null}
        <dt>{t("opps.reward")}</dt>
        <dd>
          {t("opps.creditsPerUnit", {
            credits: formatNumber(item.creditsPerUnit),
            unit: item.meta.unit ?? t("opps.unitDefault"),
          })}
        </dd>
        <dt>{t("opps.when")}</dt>
        <dd>
          {formatDateTime(item.start * 1000)} – {formatDateTime(item.end * 1000)}
        </dd>
        <dt>{t("opps.capacity")}</dt>
        <dd>
          {t("opps.capacityLeft", { left: formatNumber(remaining), total: formatNumber(item.capacity) })}
        </dd>
        <dt>{t("opps.status")}</dt>
        <dd>{item.status === 1 ? t("opps.open") : t("opps.closed")}</dd>
      </dl>
      <div className="actions">
        {apiUrl ? (
          <a className="button secondary" href={`${apiUrl}/opportunities/${item.id}.ics`}>
            {t("opps.addToCalendar")}
          </a>
        ) : (
          <p className="muted">{t("opps.calendarSoon")}</p>
        )}
        <Link to="/qr" className="button">
          {t("opps.showQr")}
        </Link>
      </div>
      <Link to="/opportunities">{t("opps.back")}</Link>
    </Page>
  );
}
