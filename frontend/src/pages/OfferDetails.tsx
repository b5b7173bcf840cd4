import { Link, useParams } from "react-router";
import type { Address } from "viem";

import { useCredits, useOffers } from "../data/hooks.ts";
import { useNames } from "../data/lookups.ts";
import { localized } from "../data/metadata.ts";
import type { Offer } from "../data/types.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { RedeemPanel } from "../redeem/RedeemPanel.tsx";
import { Page } from "../ui/Page.tsx";
import { Empty, ErrorMessage, Loading } from "../ui/States.tsx";
import { RequireWallet } from "../wallet/RequireWallet.tsx";

export default function OfferDetails() {
  const { t, locale, formatDateTime, formatNumber } = useI18n();
  const id = Number(useParams().id);
  const query = useOffers();
  const names = useNames();
  const offer = query.data?.find((o) => o.id === id);
  if (query.isError)
    return (
      <Page title={t("offers.detailsTitle")}>
        <ErrorMessage error={query.error} />
      </Page>
    );
  if (!query.data) return <Loading />;
  if (!offer) {
    return (
      <Page title={t("offers.detailsTitle")}>
        <Empty>{t("offers.notFound")}</Empty>
        <Link to="/offers">{t("offers.back")}</Link>
      </Page>
    );
  }
  return (
    <Page title={localized(offer.meta.title, locale) || `#${offer.id}`}>
      <p className="lead">{localized(offer.meta.description, locale)}</p>
      <dl className="facts">
        <dt>{t("offers.offeredBy")}</dt>
        <dd>{names.org(offer.orgId)}</dd>
        {offer.meta.place ? (
          <>
            <dt>{t("opps.place")}</dt>
            <dd>{offer.meta.place}</dd>
          </>
        ) : null}
        <dt>{t("offers.acceptedCities")}</dt>
        <dd>{offer.acceptedCities.map(names.city).join(", ")}</dd>
        <dt>{t("offers.available")}</dt>
        <dd>
          {offer.stock > 0 ? t("offers.stock", { stock: formatNumber(offer.stock) }) : t("offers.soldOut")}
        </dd>
        {offer.perResidentLimit > 0 ? (
          <>
            <dt>{t("offers.limit")}</dt>
            <dd>{t("offers.limitValue", { limit: formatNumber(offer.perResidentLimit) })}</dd>
          </>
        ) : null}
        <dt>{t("offers.until")}</dt>
        <dd>{formatDateTime(offer.end * 1000)}</dd>
      </dl>
      {offer.status !== 1 ? (
        <p className="state state-empty">{t("error.offerClosed")}</p>
      ) : offer.stock === 0 ? (
        <p className="state state-empty">{t("error.soldOut")}</p>
      ) : (
        <RequireWallet reason={t("offers.needWallet")}>
          {(address) => <RedeemForResident offer={offer} resident={address} />}
        </RequireWallet>
      )}
      <Link to="/offers">{t("offers.back")}</Link>
    </Page>
  );
}

function RedeemForResident({ offer, resident }: { offer: Offer; resident: Address }) {
  const credits = useCredits(resident);
  // The first accepted city in which the resident holds credits; else the first accepted one.
  const rows = credits.data?.filter((c) => offer.acceptedCities.includes(c.city.id)) ?? [];
  const chosen = rows.find((c) => c.balance >= offer.price) ?? rows[0];
  const cityId = chosen?.city.id ?? offer.acceptedCities[0] ?? 0;
  if (credits.isError) return <ErrorMessage error={credits.error} />;
  if (!credits.data) return <Loading />;
  return <RedeemPanel offer={offer} resident={resident} cityId={cityId} balance={chosen?.balance} />;
}
