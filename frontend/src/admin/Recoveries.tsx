import { getCredits } from "@sdk/reads.ts";
import { ledgerCalls } from "@sdk/ledger-calls.ts";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import type { Address } from "viem";

import { useChainSource } from "../data/hooks.ts";
import type { City } from "../data/types.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { FormField } from "../org/FormField.tsx";
import { useSafeProposer } from "../org/useSafeProposer.ts";
import { cityRecoveries } from "../recovery/recovery-state.ts";
import { RecoveryStatusLine } from "../recovery/RecoveryStatus.tsx";
import { type SignedRecoveryRequest, readRequestCode } from "../recovery/request-code.ts";
import { AppError } from "../ui/human-error.ts";
import { ErrorMessage, QueryState } from "../ui/States.tsx";
import { appChain } from "../wallet/chain.ts";
import { ProposalOutcome } from "../org/ProposalOutcome.tsx";

/**
 * Wallet recoveries of the city: check a resident's signed request, propose it through the city's
 * Safe, cancel a pending one, complete one after the delay; a contested one waits for the network admin.
 */
export function Recoveries({ city, owner }: { city: City; owner: Address }) {
  const { t, formatNumber } = useI18n();
  const id = useId();
  const source = useChainSource();
  const { propose, error, done, busy, ledger } = useSafeProposer(city.admin, owner);
  const [code, setCode] = useState("");
  const [checked, setChecked] = useState<SignedRecoveryRequest & { balance: bigint; lifetime: bigint }>();
  const [codeError, setCodeError] = useState<unknown>();
  const list = useQuery({
    queryKey: ["recoveries", source.ledger, city.id],
    queryFn: () => cityRecoveries(source, city.id),
    refetchInterval: 10_000,
  });

  async function check(event: FormEvent) {
    event.preventDefault();
    setCodeError(undefined);
    setChecked(undefined);
    try {
      const request = await readRequestCode(code, appChain.id);
      if (request.cityId !== city.id) throw new AppError("recovery.otherCity");
      const credits = await getCredits(
        { client: source.client, ledger: source.ledger },
        city.id,
        request.from,
      );
      setChecked({ ...request, balance: credits.balance, lifetime: credits.lifetime });
    } catch (e) {
      setCodeError(e);
    }
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t("recovery.adminTitle")}</h3>
      <p className="muted">{t("recovery.adminLead")}</p>
      <form onSubmit={(e) => void check(e)} noValidate>
        <FormField id={`${id}-code`} label={t("recovery.codeLabel")}>
          {(control) => (
            <textarea
              {...control}
              rows={3}
              spellCheck={false}
              value={code}
              onChange={(e) => setCode(e.target.value)}
            />
          )}
        </FormField>
        <button type="submit" className="button secondary">
          {t("recovery.check")}
        </button>
      </form>
      {codeError ? <ErrorMessage error={codeError} /> : null}
      {checked ? (
        <div className="card" data-testid="recovery-checked">
          <p className="badge ok">{t("recovery.signatureOk")}</p>
          <dl className="facts">
            <dt>{t("recovery.oldAddress")}</dt>
            <dd>
              <code>{checked.from}</code>
            </dd>
            <dt>{t("recovery.newAddress")}</dt>
            <dd>
              <code>{checked.to}</code>
            </dd>
            <dt>{t("recovery.credits")}</dt>
            <dd>
              {t("recovery.creditsLine", {
                balance: formatNumber(checked.balance),
                lifetime: formatNumber(checked.lifetime),
              })}
            </dd>
          </dl>
          <p>{t("recovery.identityReminder")}</p>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              void propose(() => ({
                ...ledgerCalls.requestRecovery(ledger, city.id, checked.from, checked.to),
                title: t("recovery.requestProposalTitle", { from: checked.from, to: checked.to }),
              })).then((ok) => {
                if (ok) {
                  setChecked(undefined);
                  setCode("");
                }
              })
            }
          >
            {t("recovery.propose")}
          </button>
        </div>
      ) : null}
      <h4>{t("recovery.listTitle")}</h4>
      <QueryState query={list} empty={t("recovery.noneInCity")}>
        {(views) => (
          <ul className="cards">
            {views.map((view) => (
              <li key={view.from} className="card">
                <RecoveryStatusLine view={view} account={owner} cityName={city.name}>
                  {view.status.kind === "pending" && !view.status.contested ? (
                    <button
                      type="button"
                      className="button small secondary"
                      disabled={busy}
                      onClick={() =>
                        void propose(() => ({
                          ...ledgerCalls.cancelRecovery(ledger, city.id, view.from),
                          title: t("recovery.cancelProposalTitle", { from: view.from }),
                        }))
                      }
                    >
                      {t("recovery.cancel")}
                    </button>
                  ) : null}
                </RecoveryStatusLine>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
      <ProposalOutcome done={done} error={error} />
    </section>
  );
}
