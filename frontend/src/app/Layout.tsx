import { type ReactNode, Suspense, lazy, useRef, useState } from "react";
import { NavLink, useLocation } from "react-router";

import { useI18n } from "../i18n/I18nProvider.tsx";
import { type Locale, LOCALES } from "../i18n/locale.ts";
import type { MessageKey } from "../i18n/messages.ts";

const HeaderWallet = lazy(() => import("../wallet/HeaderWallet.tsx"));

/** Pages that read only public data: they never load the wallet stack by themselves. */
const PUBLIC_PAGE = /^\/(?:opportunities(?:\/[^/]+)?|offers|dashboard)?\/?$/;

/**
 * Whether this browser has a wallet connection wagmi will restore (its persisted store names a
 * current connection): then the header shows the account at once, even on a public page.
 */
function hasRememberedWallet(): boolean {
  try {
    return /"current":"[^"]/.test(localStorage.getItem("wagmi.store") ?? "");
  } catch {
    return false;
  }
}

/**
 * The header's wallet button. On public pages its code (wagmi, viem) loads only when the button
 * is pressed (or a connection is to be restored), so a visitor who only reads pays nothing for
 * it; pages that need a wallet load that code anyway, so the real button comes at once. An
 * identical button stands in meanwhile.
 */
function WalletSlot() {
  const { t } = useI18n();
  const onPublicPage = PUBLIC_PAGE.test(useLocation().pathname);
  const [pressed, setPressed] = useState(false);
  // Once loaded (a visit to a wallet page, or a press), it stays, so a connected account shows.
  const loaded = useRef<boolean | undefined>(undefined);
  loaded.current ??= hasRememberedWallet();
  const load = pressed || !onPublicPage || loaded.current;
  loaded.current = load;
  const placeholder = (
    <button type="button" className="button" aria-haspopup="dialog" onClick={() => setPressed(true)}>
      {t("wallet.connect")}
    </button>
  );
  return load ? (
    <Suspense fallback={placeholder}>
      <HeaderWallet openNow={pressed} />
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
  { to: "/recovery", label: "nav.recovery" },
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
