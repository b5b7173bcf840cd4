import { ledgerCalls } from "@sdk/ledger-calls.ts";
import { type FormEvent, useId, useState } from "react";
import type { Address } from "viem";

import { useDelegates } from "../data/hooks.ts";
import type { Organization } from "../data/types.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import type { MessageKey } from "../i18n/messages.ts";
import { QueryState } from "../ui/States.tsx";
import { shortAddress } from "../wallet/ConnectButton.tsx";
import { checkDelegate } from "./delegates.ts";
import { FormField } from "./FormField.tsx";
import { useSafeProposer } from "./useSafeProposer.ts";
import { ProposalOutcome } from "./ProposalOutcome.tsx";

/** The organization's delegates and their use this epoch; add or remove one through the Safe. */
export function Delegates({ org, owner }: { org: Organization; owner: Address }) {
  const { t, formatNumber } = useI18n();
  const id = useId();
  const { propose, error, done, busy, ledger } = useSafeProposer(org.account, owner);
  const delegates = useDelegates(org.id);
  const [address, setAddress] = useState("");
  const [cap, setCap] = useState("");
  const [errors, setErrors] = useState<{ address?: MessageKey; cap?: MessageKey }>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkDelegate({ address, cap }, org);
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    void propose(() => ({
      ...ledgerCalls.authorizeDelegate(ledger, org.id, checked.address, checked.cap),
      title: t("delegates.addTitle", { address: checked.address, cap: checked.cap.toString() }),
    })).then((ok) => {
      if (ok) {
        setAddress("");
        setCap("");
      }
    });
  }

  return (
    <section aria-labelledby={`${id}-title`} className="card">
      <h3 id={`${id}-title`}>{t("delegates.title")}</h3>
      <p className="muted">{t("delegates.lead", { budget: formatNumber(org.budget) })}</p>
      <QueryState query={delegates} empty={t("delegates.none")}>
        {(rows) => (
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={`${id}-title`}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("delegates.address")}</th>
                  <th scope="col">{t("delegates.cap")}</th>
                  <th scope="col">{t("delegates.used")}</th>
                  <th scope="col">{t("admin.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((d) => (
                  <tr key={d.address} data-testid="delegate">
                    <th scope="row">
                      <code title={d.address}>{shortAddress(d.address)}</code>
                    </th>
                    <td>{formatNumber(d.cap)}</td>
                    <td>
                      {t("delegates.usedOf", {
                        used: formatNumber(d.usedThisEpoch),
                        remaining: formatNumber(d.cap > d.usedThisEpoch ? d.cap - d.usedThisEpoch : 0n),
                      })}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button small secondary"
                        disabled={busy}
                        onClick={() =>
                          void propose(() => ({
                            ...ledgerCalls.revokeDelegate(ledger, org.id, d.address),
                            title: t("delegates.removeTitle", { address: d.address }),
                          }))
                        }
                      >
                        {t("delegates.remove")}
                        <span className="visually-hidden"> {d.address}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
      <form onSubmit={submit} noValidate aria-labelledby={`${id}-add`}>
        <h4 id={`${id}-add`}>{t("delegates.add")}</h4>
        <FormField id={`${id}-address`} label={t("delegates.address")} error={errors.address}>
          {(control) => (
            <input
              {...control}
              spellCheck={false}
              value={address}
              onChange={(e) => setAddress(e.target.value)}
            />
          )}
        </FormField>
        <FormField
          id={`${id}-cap`}
          label={t("delegates.cap")}
          hint={t("delegates.capHint", { budget: formatNumber(org.budget) })}
          error={errors.cap}
        >
          {(control) => (
            <input {...control} inputMode="numeric" value={cap} onChange={(e) => setCap(e.target.value)} />
          )}
        </FormField>
        <button type="submit" className="button" disabled={busy}>
          {t("delegates.propose")}
        </button>
      </form>
      <ProposalOutcome done={done} error={error} />
    </section>
  );
}
