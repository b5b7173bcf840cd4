import { Link } from "react-router";

import { useI18n } from "../i18n/I18nProvider.tsx";
import { Page } from "../ui/Page.tsx";

export default function Home() {
  const { t } = useI18n();
  return (
    <Page title={t("home.title")} lead={t("home.lead")}>
      <div className="actions">
        <Link className="button" to="/opportunities">
          {t("home.ctaOpportunities")}
        </Link>
        <Link className="button secondary" to="/offers">
          {t("home.ctaOffers")}
        </Link>
      </div>
      <section aria-labelledby="how-title" className="steps">
        <h2 id="how-title">{t("home.howTitle")}</h2>
        <ol>
          <li>
            <h3>{t("home.step1Title")}</h3>
            <p>{t("home.step1Body")}</p>
          </li>
          <li>
            <h3>{t("home.step2Title")}</h3>
            <p>{t("home.step2Body")}</p>
          </li>
          <li>
            <h3>{t("home.step3Title")}</h3>
            <p>{t("home.step3Body")}</p>
          </li>
        </ol>
      </section>
      <section aria-labelledby="who-title">
        <h2 id="who-title">{t("home.whoTitle")}</h2>
        <ul className="links">
          <li>
            <Link to="/org">{t("home.forOrgs")}</Link>
          </li>
          <li>
            <Link to="/dashboard">{t("home.forResearchers")}</Link>
          </li>
        </ul>
        <p className="muted">{t("home.privacy")}</p>
      </section>
    </Page>
  );
}
