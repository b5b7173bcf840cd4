import { Link, useParams } from "react-router";
import type { Address } from "viem";

import type { ApiOffer } from "../data/api.ts";
import { seconds } from "../data/api.ts";
import { useOffer } from "../data/api-items.ts";
import { useBalances } from "../data/balances.ts";
import { useNames } from "../data/lookups.ts";
import { localized, metaOf } from "../data/metadata.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { RedeemPanel } from "../redeem/RedeemPanel.tsx";
import { DataPage } from "../ui/DataPage.tsx";
import { Empty, ErrorMessage, Loading } from "../ui/States.tsx";
import { RequireWallet } from "../wallet/RequireWallet.tsx";

export default function OfferDetails() {
  const { t, locale, formatDateTime, formatNumber } = useI18n();
  const id = Number(useParams().id);
  const query = useOffer(id);
  const names = useNames();
  const offer = query.data;
  if (query.isError)
    return (
      <DataPage title={t("offers.detailsTitle")}>
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      </DataPage>
    );
  if (offer === undefined) return <Loading />;
  if (offer === null) {
    return (
      <DataPage title={t("offers.detailsTitle")}>
        <Empty>{t("offers.notFound")}</Empty>
        <Link to="/offers">{t("offers.back")}</Link>
      </DataPage>
    );
  }
  const meta = metaOf(offer);
  const stock = BigInt(offer.stock);
  const limit = BigInt(offer.perResidentLimit);
  return (
    <DataPage title={localized(meta.title, locale) || `#${offer.offerId}`}>
      <p className="lead">{localized(meta.description, locale)}</p>
      <dl className="facts">
        <dt>{t("offers.offeredBy")}</dt>
        <dd>{names.org(offer.orgId)}</dd>
        {meta.place ? (
          <>
            <dt>{t("opps.place")}</dt>
            <dd>{meta.place}</dd>
          </>
        ) : null}
        <dt>{t("offers.acceptedCities")}</dt>
        <dd>{offer.acceptedCities.map(names.city).join(", ")}</dd>
        <dt>{t("offers.available")}</dt>
        <dd>{stock > 0n ? t("offers.stock", { stock: formatNumber(stock) }) : t("offers.soldOut")}</dd>
        {limit > 0n ? (
          <>
            <dt>{t("offers.limit")}</dt>
            <dd>{t("offers.limitValue", { limit: formatNumber(limit) })}</dd>
          </>
        ) : null}
        <dt>{t("offers.until")}</dt>
        <dd>{formatDateTime(seconds(offer.end) * 1000)}</dd>
      </dl>
      {offer.status !== "active" ? (
        <p className="state state-empty">{t("error.offerClosed")}</p>
      ) : stock === 0n ? (
        <p className="state state-empty">{t("error.soldOut")}</p>
      ) : (
        <RequireWallet reason={t("offers.needWallet")}>
          {(address) => <RedeemForResident offer={offer} resident={address} />}
        </RequireWallet>
      )}
      <Link to="/offers">{t("offers.back")}</Link>
    </DataPage>
  );
}

function RedeemForResident({ offer, resident }: { offer: ApiOffer; resident: Address }) {
  const credits = useBalances(resident);
  const price = BigInt(offer.price);
  // The first accepted city in which the resident holds enough credits; else the first accepted one.
  const rows = credits.data?.filter((c) => offer.acceptedCities.includes(c.city.cityId)) ?? [];
  const chosen = rows.find((c) => c.balance >= price) ?? rows[0];
  const cityId = chosen?.city.cityId ?? offer.acceptedCities[0] ?? 0;
  if (credits.isError) return <ErrorMessage error={credits.error} />;
  if (!credits.data) return <Loading />;
  return (
    <RedeemPanel
      offer={{ id: offer.offerId, price }}
      resident={resident}
      cityId={cityId}
      balance={chosen?.balance}
    />
  );
}
