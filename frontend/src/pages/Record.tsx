import type { Address } from "viem";

import { seconds } from "../data/api.ts";
import { useOpportunities } from "../data/api-lists.ts";
import { useContributionHistory } from "../data/api-resident.ts";
import { useBalances } from "../data/balances.ts";
import { NO_FILTER } from "../data/filter.ts";
import { useNames } from "../data/lookups.ts";
import { localized, metaOf } from "../data/metadata.ts";
import { REVOCATION_REASONS } from "../data/revocation-reasons.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { DataPage } from "../ui/DataPage.tsx";
import { QueryState } from "../ui/States.tsx";
import { RequireWallet } from "../wallet/RequireWallet.tsx";

export default function Record() {
  const { t } = useI18n();
  return (
    <DataPage title={t("record.title")} lead={t("record.lead")}>
      <RequireWallet reason={t("record.needWallet")}>
        {(address) => <CivicRecord address={address} />}
      </RequireWallet>
    </DataPage>
  );
}

function CivicRecord({ address }: { address: Address }) {
  const { t, formatNumber, formatDate, locale } = useI18n();
  const credits = useBalances(address);
  const contributions = useContributionHistory(address);
  const opportunities = useOpportunities(NO_FILTER);
  const names = useNames();
  const title = (id: number) => {
    const o = opportunities.data?.find((x) => x.opportunityId === id);
    return (o && localized(metaOf(o).title, locale)) || `#${id}`;
  };
  const columns = {
    date: t("record.colDate"),
    org: t("record.colOrg"),
    opportunity: t("record.colOpportunity"),
    units: t("record.colUnits"),
    credits: t("record.colCredits"),
    status: t("record.colStatus"),
  };
  return (
    <>
      <section aria-labelledby="credits-title">
        <h2 id="credits-title">{t("record.creditsTitle")}</h2>
        <QueryState query={credits}>
          {(rows) => (
            <ul className="cards">
              {rows.map(({ city, balance, lifetime }) => (
                <li key={city.cityId} className="card stat" data-testid={`credits-${city.code}`}>
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
            // Below ~40rem every row becomes a card whose cells carry their column's name
            // (styles.css, .stack-table), so nothing scrolls sideways on a phone.
            <div
              className="table-wrap stack-table"
              tabIndex={0}
              role="region"
              aria-labelledby="history-title"
            >
              {/* Explicit roles: some browsers drop a table's semantics once it is display: block. */}
              <table role="table">
                <thead role="rowgroup">
                  <tr role="row">
                    <th role="columnheader" scope="col">
                      {columns.date}
                    </th>
                    <th role="columnheader" scope="col">
                      {columns.org}
                    </th>
                    <th role="columnheader" scope="col">
                      {columns.opportunity}
                    </th>
                    <th role="columnheader" scope="col">
                      {columns.units}
                    </th>
                    <th role="columnheader" scope="col">
                      {columns.credits}
                    </th>
                    <th role="columnheader" scope="col">
                      {columns.status}
                    </th>
                  </tr>
                </thead>
                <tbody role="rowgroup">
                  {rows.map((r) => (
                    <tr role="row" key={`${r.orgId}:${r.seq}`}>
                      <td role="cell" data-label={columns.date}>
                        {formatDate(seconds(r.time) * 1000)}
                      </td>
                      <td role="cell" data-label={columns.org}>
                        {names.org(r.orgId)}
                      </td>
                      <td role="cell" data-label={columns.opportunity}>
                        {title(r.opportunityId)}
                      </td>
                      <td role="cell" data-label={columns.units}>
                        {formatNumber(BigInt(r.units))}
                      </td>
                      <td role="cell" data-label={columns.credits}>
                        {formatNumber(BigInt(r.credits))}
                      </td>
                      <td role="cell" data-label={columns.status}>
                        {r.revoked ? (
                          <span className="badge warn">
                            {t("record.revoked", {
                              reason: t(REVOCATION_REASONS[r.revocation?.reason ?? 0] ?? "reason.other"),
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
