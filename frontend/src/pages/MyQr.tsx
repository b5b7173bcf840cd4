import { useI18n } from "../i18n/I18nProvider.tsx";
import { Page } from "../ui/Page.tsx";
import { QrCode } from "../ui/QrCode.tsx";
import { RequireWallet } from "../wallet/RequireWallet.tsx";

export default function MyQr() {
  const { t } = useI18n();
  return (
    <Page title={t("qr.title")} lead={t("qr.lead")}>
      <RequireWallet reason={t("qr.needWallet")}>
        {(address) => (
          <figure className="card qr-card">
            <QrCode value={address} label={t("qr.alt")} />
            <figcaption>
              <code className="address">{address}</code>
            </figcaption>
          </figure>
        )}
      </RequireWallet>
    </Page>
  );
}
