import type { ReactNode } from "react";
import type { Address } from "viem";

import { useI18n } from "../i18n/I18nProvider.tsx";
import { ErrorMessage } from "../ui/States.tsx";
import { shortAddress } from "../wallet/ConnectButton.tsx";
import { formatDuration } from "./duration.ts";
import { type RecoveryView, executable } from "./recovery-state.ts";
import { useRecoveryWrite } from "./useLedgerWrite.ts";

/** One recovery's state in words, and "complete it" once the chain's clock passed the delay. */
export function RecoveryStatusLine({
  view,
  account,
  cityName,
  children,
}: {
  view: RecoveryView;
  account: Address;
  cityName: string;
  children?: ReactNode;
}) {
  const { t, locale, formatDateTime } = useI18n();
  const { send, busy, error } = useRecoveryWrite(account);
  const s = view.status;
  return (
    <div className="recovery-status" data-testid="recovery-status">
      <p>
        <strong>{cityName}</strong> · {t("recovery.oldAddress")}{" "}
        <code title={view.from}>{shortAddress(view.from)}</code>
      </p>
      {s.kind === "none" ? <p className="badge">{t("recovery.stateNone")}</p> : null}
      {s.kind === "executed" ? (
        <p className="badge ok">{t("recovery.stateExecuted", { to: shortAddress(s.to) })}</p>
      ) : null}
      {s.kind === "pending" && s.contested ? (
        <p className="badge warn">{t("recovery.stateContested", { to: shortAddress(s.to) })}</p>
      ) : null}
      {s.kind === "pending" && !s.contested ? (
        <>
          <p className="badge warn">{t("recovery.statePending", { to: shortAddress(s.to) })}</p>
          <p>
            {executable(view)
              ? t("recovery.readyNow")
              : t("recovery.readyAt", {
                  date: formatDateTime(s.executableAt * 1000),
                  left: formatDuration(s.executableAt - view.now, locale),
                })}
          </p>
          {executable(view) ? (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void send("executeRecovery", view.cityId, view.from)}
            >
              {t("recovery.complete")}
            </button>
          ) : null}
        </>
      ) : null}
      {children}
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
