import { type ReactNode, Suspense, lazy, useEffect, useState } from "react";
import { NavLink, useLocation } from "react-router";

import { useI18n } from "../i18n/I18nProvider.tsx";
import { type Locale, LOCALES } from "../i18n/locale.ts";
import type { MessageKey } from "../i18n/messages.ts";

const HeaderWallet = lazy(() => import("../wallet/HeaderWallet.tsx"));

/** How long the landing page waits before loading the wallet code it does not need to paint. */
const WALLET_LOAD_DELAY_MS = 2_000;

/**
 * The header's wallet button. On the landing page its code (wagmi, viem) loads after the page
 * has painted, or at once when the button is pressed; until then an identical button stands in.
 */
function WalletSlot() {
  const { t } = useI18n();
  // Every page but the landing one loads the chain code anyway: no reason to wait there.
  const onLanding = useLocation().pathname === "/";
  const [load, setLoad] = useState(!onLanding);
  const [openNow, setOpenNow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setLoad(true), onLanding ? WALLET_LOAD_DELAY_MS : 0);
    return () => clearTimeout(timer);
  }, [onLanding]);
  const placeholder = (
    <button
      type="button"
      className="button"
      aria-haspopup="dialog"
      onClick={() => {
        setOpenNow(true);
        setLoad(true);
      }}
    >
      {t("wallet.connect")}
    </button>
  );
  return load ? (
    <Suspense fallback={placeholder}>
      <HeaderWallet openNow={openNow} />
    </Suspense>
  ) : (
    placeholder
  );
}

const NAV: readonly { to: string; label: MessageKey }[] = [
  { to: "/opportunities", label: "nav.opportunities" },
  { to: "/offers", label: "nav.offers" },
  { to: "/record", label: "nav.record" },
  { to: "/redemptions", label: "nav.redemptions" },
  { to: "/qr", label: "nav.qr" },
  { to: "/dashboard", label: "nav.dashboard" },
  { to: "/org", label: "nav.org" },
  { to: "/admin", label: "nav.admin" },
];

export function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  return (
    <label className="language">
      <span>{t("language.label")}</span>
      <select value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(l === "en" ? "language.en" : "language.esMX")}
          </option>
        ))}
      </select>
    </label>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <header className="site-header">
        <div className="bar">
          <NavLink to="/" className="brand">
            <img src="/icon.svg" alt="" width="28" height="28" />
            City/Sync
          </NavLink>
          <div className="bar-actions">
            <LanguageSwitch />
            <WalletSlot />
          </div>
        </div>
        <nav aria-label={t("nav.label")}>
          <ul>
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{t(item.label)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main">{children}</main>
      <footer className="site-footer">
        <p>{t("footer.text")}</p>
      </footer>
    </>
  );
}
