import { useI18n } from "../i18n/I18nProvider.tsx";
import { Page } from "../ui/Page.tsx";

export default function OrgConsole() {
  const { t } = useI18n();
  return <Page title={t("nav.org")}>{null}</Page>;
}
