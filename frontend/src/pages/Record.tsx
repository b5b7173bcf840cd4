import type { Address } from "viem";

import { useContributions, useCredits, useOpportunities } from "../data/hooks.ts";
import { useNames } from "../data/lookups.ts";
import { localized } from "../data/metadata.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import type { MessageKey } from "../i18n/messages.ts";
import { Page } from "../ui/Page.tsx";
import { QueryState } from "../ui/States.tsx";
import { RequireWallet } from "../wallet/RequireWallet.tsx";

/** Revocation reason codes (docs/contracts.md, "Reason codes"). */
export const REVOCATION_REASONS: Readonly<Record<number, MessageKey>> = {
  0: "reason.other",
  1: "reason.fraud",
  2: "reason.dataEntry",
  3: "reason.duplicate",
  4: "reason.participantRequest",
  5: "reason.orgWithdrawn",
};

export default function Record() {
  const { t } = useI18n();
  return (
    <Page title={t("record.title")} lead={t("record.lead")}>
      <RequireWallet reason={t("record.needWallet")}>
        {(address) => <CivicRecord address={address} />}
      </RequireWallet>
    </Page>
  );
}

function CivicRecord({ address }: { address: Address }) {
  const { t, formatNumber, formatDate, locale } = useI18n();
  const credits = useCredits(address);
  const contributions = useContributions(address);
  const opportunities = useOpportunities();
  const names = useNames();
  const title = (id: number) => {
    const o = opportunities.data?.find((x) => x.id === id);
    return o ? localized(o.meta.title, locale) || `#${id}` : `#${id}`;
  };
  return (
    <>
      <section aria-labelledby="credits-title">
        <h2 id="credits-title">{t("record.creditsTitle")}</h2>
        <QueryState query={credits}>
          {(rows) => (
            <ul className="cards">
              {rows.map(({ city, balance, lifetime }) => (
                <li key={city.id} className="card stat" data-testid={`credits-${city.code}`}>
                  <h3>{city.name}</h3>
                  <p className="big">
                    <span className="value">{formatNumber(balance)}</span> {t("record.spendable")}
                  </p>
                  <p className="muted">{t("record.lifetime", { credits: formatNumber(lifetime) })}</p>
                </li>
              ))}
            </ul>
          )}
        </QueryState>
      </section>
      <section aria-labelledby="history-title">
        <h2 id="history-title">{t("record.historyTitle")}</h2>
        <QueryState query={contributions} empty={t("record.historyEmpty")}>
          {(rows) => (
            <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="history-title">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t("record.colDate")}</th>
                    <th scope="col">{t("record.colOrg")}</th>
                    <th scope="col">{t("record.colOpportunity")}</th>
                    <th scope="col">{t("record.colUnits")}</th>
                    <th scope="col">{t("record.colCredits")}</th>
                    <th scope="col">{t("record.colStatus")}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={`${r.orgId}:${r.seq}`}>
                      <td>{formatDate(r.timestamp * 1000)}</td>
                      <td>{names.org(r.orgId)}</td>
                      <td>{title(r.opportunityId)}</td>
                      <td>{formatNumber(r.units)}</td>
                      <td>{formatNumber(r.credits)}</td>
                      <td>
                        {r.revoked ? (
                          <span className="badge warn">
                            {t("record.revoked", {
                              reason: t(REVOCATION_REASONS[r.revoked.reason] ?? "reason.other"),
                            })}
                          </span>
                        ) : (
                          <span className="badge ok">{t("record.valid")}</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </QueryState>
      </section>
    </>
  );
}
