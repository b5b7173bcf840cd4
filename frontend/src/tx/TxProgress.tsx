import { useI18n } from "../i18n/I18nProvider.tsx";
import type { MessageKey } from "../i18n/messages.ts";

/** Where a transaction is: in the wallet, sent, in a block, shown by the data service. */
export type TxStep = "signing" | "submitted" | "confirmed" | "indexed";

const STEPS: readonly { step: TxStep; label: MessageKey }[] = [
  { step: "signing", label: "tx.stepSigning" },
  { step: "submitted", label: "tx.stepSubmitted" },
  { step: "confirmed", label: "tx.stepConfirmed" },
  { step: "indexed", label: "tx.stepIndexed" },
];

/**
 * The progress of one pending transaction, signed → submitted → confirmed → indexed; `late`
 * says the data service is slow to show a confirmed transaction.
 */
export function TxProgress({ step, late = false }: { step: TxStep; late?: boolean }) {
  const { t } = useI18n();
  const current = STEPS.findIndex((s) => s.step === step);
  return (
    <div aria-live="polite" data-testid="tx-progress">
      <ol className="progress" aria-label={t("tx.progress")}>
        {STEPS.map((s, i) => {
          const state =
            i < current || (s.step === "indexed" && step === "indexed")
              ? "done"
              : i === current
                ? "current"
                : "todo";
          return (
            <li key={s.step} className={state} aria-current={state === "current" ? "step" : undefined}>
              {t(s.label)}
            </li>
          );
        })}
      </ol>
      {late ? <p className="muted">{t("tx.late")}</p> : null}
    </div>
  );
}
