import { Link } from "react-router";
import type { Address } from "viem";

import { type ApiRedemption, seconds } from "../data/api.ts";
import { useOffers } from "../data/api-lists.ts";
import { useResidentRedemptions } from "../data/api-resident.ts";
import { useNames } from "../data/lookups.ts";
import { localized, metaOf } from "../data/metadata.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import type { MessageKey } from "../i18n/messages.ts";
import { redemptionCode } from "../redeem/redeem.ts";
import { DataPage } from "../ui/DataPage.tsx";
import { QueryState } from "../ui/States.tsx";
import { RequireWallet } from "../wallet/RequireWallet.tsx";

const STATE_LABEL: Record<ApiRedemption["status"], MessageKey> = {
  pending: "redemptions.pending",
  fulfilled: "redemptions.fulfilled",
  refunded: "redemptions.refunded",
};

export default function Redemptions() {
  const { t } = useI18n();
  return (
    <DataPage title={t("redemptions.title")}>
      <RequireWallet reason={t("redemptions.needWallet")}>
        {(address) => <List resident={address} />}
      </RequireWallet>
    </DataPage>
  );
}

function List({ resident }: { resident: Address }) {
  const { t, locale, formatNumber, formatDate } = useI18n();
  const query = useResidentRedemptions(resident);
  // Closed offers too: a resident's past redemptions may be of offers that ended since.
  const offers = useOffers(undefined, "any");
  const names = useNames();
  const title = (id: number) => {
    const o = offers.data?.find((x) => x.offerId === id);
    return (o && localized(metaOf(o).title, locale)) || `#${id}`;
  };
  return (
    <QueryState query={query} empty={t("redemptions.empty")}>
      {(rows) => (
        <ul className="cards">
          {rows.map((r) => (
            <li key={`${r.offerId}:${r.seq}`} className="card">
              <h2 className="card-title">
                <Link to={`/receipts/${r.offerId}/${r.seq}`}>{title(r.offerId)}</Link>
              </h2>
              <p>
                <span
                  className={`badge ${r.status === "refunded" ? "warn" : r.status === "fulfilled" ? "ok" : ""}`}
                >
                  {t(STATE_LABEL[r.status])}
                </span>{" "}
                <code>{redemptionCode(r.offerId, Number(r.seq))}</code>
              </p>
              <p className="muted">
                {formatDate(seconds(r.time) * 1000)} · {names.city(r.cityId)} ·{" "}
                {t("offers.price", { price: formatNumber(BigInt(r.credits)) })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </QueryState>
  );
}
