import { Suspense, lazy, useState } from "react";
import { useAccount, useDisconnect } from "wagmi";

import { useI18n } from "../i18n/I18nProvider.tsx";
import { appChain } from "./chain.ts";

const RainbowConnect = lazy(() => import("./RainbowConnect.tsx"));

export function shortAddress(address: string): string {
  return `${address.slice(0, 6)}…${address.slice(-4)}`;
}

/** Connect (opens RainbowKit's modal, loaded on first use), or the connected account. */
export function ConnectButton({
  className = "button",
  initiallyOpen = false,
}: {
  className?: string;
  initiallyOpen?: boolean;
}) {
  const { t, locale } = useI18n();
  const { address, isConnected, chainId } = useAccount();
  const { disconnect } = useDisconnect();
  const [open, setOpen] = useState(initiallyOpen);
  if (isConnected && address) {
    return (
      <div className="account">
        <span className="account-address" title={address}>
          {chainId !== appChain.id ? (
            <span className="badge warn">{t("wallet.wrongNetworkShort")}</span>
          ) : null}
          <span aria-label={t("wallet.connectedAs", { address })}>{shortAddress(address)}</span>
        </span>
        <button type="button" className="button small secondary" onClick={() => disconnect()}>
          {t("wallet.disconnect")}
        </button>
      </div>
    );
  }
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t("wallet.connect")}
      </button>
      {open ? (
        <Suspense fallback={null}>
          <RainbowConnect locale={locale} onClosed={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
