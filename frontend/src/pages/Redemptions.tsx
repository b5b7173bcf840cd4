import { Link } from "react-router";
import type { Address } from "viem";

import { useOffers, useRedemptions } from "../data/hooks.ts";
import { useNames } from "../data/lookups.ts";
import { localized } from "../data/metadata.ts";
import type { RedemptionState } from "../data/types.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import type { MessageKey } from "../i18n/messages.ts";
import { redemptionCode } from "../redeem/redeem.ts";
import { Page } from "../ui/Page.tsx";
import { QueryState } from "../ui/States.tsx";
import { RequireWallet } from "../wallet/RequireWallet.tsx";

const STATE_LABEL: Record<RedemptionState, MessageKey> = {
  pending: "redemptions.pending",
  fulfilled: "redemptions.fulfilled",
  refunded: "redemptions.refunded",
};

export default function Redemptions() {
  const { t } = useI18n();
  return (
    <Page title={t("redemptions.title")}>
      <RequireWallet reason={t("redemptions.needWallet")}>
        {(address) => <List resident={address} />}
      </RequireWallet>
    </Page>
  );
}

function List({ resident }: { resident: Address }) {
  const { t, locale, formatNumber, formatDate } = useI18n();
  const query = useRedemptions(resident);
  const offers = useOffers();
  const names = useNames();
  const title = (id: number) => {
    const o = offers.data?.find((x) => x.id === id);
    return o ? localized(o.meta.title, locale) : `#${id}`;
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
                  className={`badge ${r.state === "refunded" ? "warn" : r.state === "fulfilled" ? "ok" : ""}`}
                >
                  {t(STATE_LABEL[r.state])}
                </span>{" "}
                <code>{redemptionCode(r.offerId, r.seq)}</code>
              </p>
              <p className="muted">
                {formatDate(r.timestamp * 1000)} · {names.city(r.cityId)} ·{" "}
                {t("offers.price", { price: formatNumber(r.credits) })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </QueryState>
  );
}
