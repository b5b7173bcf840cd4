import { Link, useParams } from "react-router";

import { useOffer } from "../data/api-items.ts";
import { localized, metaOf } from "../data/metadata.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { redemptionCode, redemptionQrPayload } from "../redeem/redeem.ts";
import { DataPage } from "../ui/DataPage.tsx";
import { QrCode } from "../ui/QrCode.tsx";
import { appChain } from "../wallet/chain.ts";

export default function Receipt() {
  const { t, locale } = useI18n();
  const params = useParams();
  const offerId = Number(params.offerId);
  const seq = Number(params.seq);
  const offer = useOffer(offerId).data;
  const code = redemptionCode(offerId, seq);
  return (
    <DataPage title={t("receipt.title")} lead={t("receipt.lead")}>
      <figure className="card qr-card receipt" data-testid="receipt">
        <QrCode value={redemptionQrPayload(appChain.id, offerId, seq)} label={t("receipt.qrAlt", { code })} />
        <figcaption>
          <p className="code" aria-label={t("receipt.codeLabel")}>
            {code}
          </p>
          {offer ? <p>{localized(metaOf(offer).title, locale)}</p> : null}
        </figcaption>
      </figure>
      <p>{t("receipt.next")}</p>
      <Link to="/redemptions">{t("receipt.all")}</Link>
    </DataPage>
  );
}
