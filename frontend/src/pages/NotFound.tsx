import { Link } from "react-router";

import { useI18n } from "../i18n/I18nProvider.tsx";
import { Page } from "../ui/Page.tsx";

export default function NotFound() {
  const { t } = useI18n();
  return (
    <Page title={t("notFound.title")} lead={t("notFound.body")}>
      <Link to="/">{t("notFound.home")}</Link>
    </Page>
  );
}
