import type { ReactNode } from "react";
import type { Address } from "viem";
import { useAccount, useSwitchChain } from "wagmi";

import { useI18n } from "../i18n/I18nProvider.tsx";
import { ErrorMessage } from "../ui/States.tsx";
import { appChain } from "./chain.ts";
import { ConnectButton } from "./ConnectButton.tsx";

/** Renders `children(address)` once a wallet is connected on the app's chain; else the prompt. */
export function RequireWallet({
  children,
  reason,
}: {
  children: (address: Address) => ReactNode;
  reason: string;
}) {
  const { t } = useI18n();
  const { address, isConnected, chainId } = useAccount();
  const { switchChain, isPending, error } = useSwitchChain();
  if (!isConnected || !address) {
    return (
      <section className="card prompt" aria-labelledby="connect-title">
        <h2 id="connect-title">{t("wallet.connectTitle")}</h2>
        <p>{reason}</p>
        <ConnectButton />
      </section>
    );
  }
  if (chainId !== appChain.id) {
    return (
      <section className="card prompt" role="alert" aria-labelledby="network-title">
        <h2 id="network-title">{t("wallet.wrongNetworkTitle")}</h2>
        <p>{t("wallet.wrongNetworkBody", { network: appChain.name })}</p>
        <button
          type="button"
          className="button"
          disabled={isPending}
          onClick={() => switchChain({ chainId: appChain.id })}
        >
          {isPending ? t("wallet.switching") : t("wallet.switch", { network: appChain.name })}
        </button>
        {error ? <ErrorMessage error={error} /> : null}
      </section>
    );
  }
  return <>{children(address)}</>;
}
