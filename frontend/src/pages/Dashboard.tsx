import { Suspense, lazy, useMemo } from "react";

import { apiUrl } from "../data/api.ts";
import { useContributionSample, useDashboardAggregates } from "../data/api-dashboard.ts";
import { useOpportunities } from "../data/api-lists.ts";
import { type DashboardInput, dashboardFigures, sampleFigures, toCsv } from "../data/dashboard.ts";
import { NO_FILTER } from "../data/filter.ts";
import { useNames } from "../data/lookups.ts";
import { localized, metaOf } from "../data/metadata.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { DataPage } from "../ui/DataPage.tsx";
import { Loading, QueryState } from "../ui/States.tsx";
import { WhenVisible } from "../ui/WhenVisible.tsx";

const TimeChart = lazy(() => import("../ui/TimeChart.tsx"));

function CsvLink({ name, csv, label }: { name: string; csv: string; label: string }) {
  const href = useMemo(() => `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`, [csv]);
  return (
    <a className="button small secondary" href={href} download={`${name}.csv`}>
      {label}
    </a>
  );
}

export default function Dashboard() {
  const { t } = useI18n();
  const query = useDashboardAggregates();
  return (
    <DataPage title={t("dash.title")} lead={t("dash.lead")}>
      <section aria-labelledby="data-links">
        <h2 id="data-links">{t("dash.dataTitle")}</h2>
        {apiUrl ? (
          <ul className="links">
            <li>
              <a href={`${apiUrl}/docs`}>{t("dash.apiReference")}</a>
            </li>
            <li>
              <a href={`${apiUrl}/v1/research/views`}>{t("dash.dataDictionary")}</a>
            </li>
            <li>
              <a href={`${apiUrl}/data.json`}>{t("dash.catalogue")}</a>
            </li>
            <li>
              <a href={`${apiUrl}/docs#tag/research`}>{t("dash.sql")}</a>
            </li>
          </ul>
        ) : (
          <p className="muted">{t("dash.apiSoon")}</p>
        )}
      </section>
      {/* The figures come last: while they load, nothing below them moves (no layout shift). */}
      <QueryState query={query}>{(data) => <Figures data={data} />}</QueryState>
    </DataPage>
  );
}

function Figures({ data }: { data: DashboardInput }) {
  const { t, formatNumber, formatDate, locale } = useI18n();
  const sample = useContributionSample(data.cities.map((c) => c.cityId));
  const figures = useMemo(() => dashboardFigures(data, sample.data), [data, sample.data]);
  const names = useNames();
  const cityName = names.city;
  // One render with every figure: a table whose cells filled in later would reflow.
  if (sample.data === undefined && !sample.isError) return <Loading />;
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const summaryCsv = toCsv(
    [
      "city",
      "contributions",
      "issued",
      "redeemed",
      "outstanding",
      "capacity",
      "active_residents",
      "redemption_rate",
    ],
    figures.perCity.map((c) => [
      cityName(c.cityId),
      c.contributions,
      c.issued,
      c.redeemed,
      c.outstanding,
      c.capacity,
      c.activeResidents ?? "",
      c.redemptionRate,
    ]),
  );
  return (
    <>
      <section aria-labelledby="summary-title">
        <h2 id="summary-title">{t("dash.summaryTitle")}</h2>
        <p>{t("dash.organizations", { count: formatNumber(figures.organizations) })}</p>
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="summary-title">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("filter.city")}</th>
                <th scope="col">{t("dash.contributions")}</th>
                <th scope="col">{t("dash.issued")}</th>
                <th scope="col">{t("dash.redeemed")}</th>
                <th scope="col">{t("dash.outstanding")}</th>
                <th scope="col">{t("dash.capacity")}</th>
                <th scope="col">{t("dash.activeResidents")}</th>
                <th scope="col">{t("dash.redemptionRate")}</th>
              </tr>
            </thead>
            <tbody>
              {figures.perCity.map((c) => (
                <tr key={c.cityId}>
                  <th scope="row">{cityName(c.cityId)}</th>
                  <td>{formatNumber(c.contributions)}</td>
                  <td>{formatNumber(c.issued)}</td>
                  <td>{formatNumber(c.redeemed)}</td>
                  <td>{formatNumber(c.outstanding)}</td>
                  <td>{formatNumber(c.capacity)}</td>
                  <td>{c.activeResidents === undefined ? "…" : formatNumber(c.activeResidents)}</td>
                  <td>{percent.format(c.redemptionRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="muted">{t("dash.capacityExplain")}</p>
        <p className="muted">{t("dash.window")}</p>
        <CsvLink name="citysync-summary" csv={summaryCsv} label={t("dash.downloadCsv")} />
      </section>
      {figures.series.map((s) => (
        <section key={s.cityId} aria-labelledby={`series-${s.cityId}`}>
          <h2 id={`series-${s.cityId}`}>{t("dash.overTime", { city: cityName(s.cityId) })}</h2>
          <WhenVisible className="chart-slot">
            <Suspense fallback={<Loading />}>
              <TimeChart
                locale={locale}
                label={t("dash.chartLabel", { city: cityName(s.cityId) })}
                days={s.days}
                series={[
                  { label: t("dash.issued"), values: s.issued, color: "#0f5c4d" },
                  { label: t("dash.redeemed"), values: s.redeemed, color: "#b3471d" },
                ]}
              />
            </Suspense>
          </WhenVisible>
          <CsvLink
            name={`citysync-${cityName(s.cityId).toLowerCase().replace(/\W+/g, "-")}-daily`}
            csv={toCsv(
              ["date", "issued", "redeemed"],
              s.days.map((d, i) => [
                new Date(d * 1000).toISOString().slice(0, 10),
                s.issued[i]!,
                s.redeemed[i]!,
              ]),
            )}
            label={t("dash.downloadCsv")}
          />
          <details>
            <summary>{t("dash.showTable")}</summary>
            <ul>
              {s.days.map((d, i) => (
                <li key={d}>
                  {formatDate(d * 1000)}: {t("dash.issued")} {formatNumber(s.issued[i]!)},{" "}
                  {t("dash.redeemed")} {formatNumber(s.redeemed[i]!)}
                </li>
              ))}
            </ul>
          </details>
        </section>
      ))}
      <QueryState query={sample}>{(data) => <SampleFigures sample={data} />}</QueryState>
    </>
  );
}

function SampleFigures({
  sample,
}: {
  sample: NonNullable<ReturnType<typeof useContributionSample>["data"]>;
}) {
  const { t, formatNumber, locale } = useI18n();
  const figures = useMemo(() => sampleFigures(sample), [sample]);
  const opportunities = useOpportunities(NO_FILTER);
  const title = (id: number) => {
    const o = opportunities.data?.find((x) => x.opportunityId === id);
    return (o && localized(metaOf(o).title, locale)) || `#${id}`;
  };
  return (
    <>
      {figures.complete ? null : (
        <p className="muted">{t("dash.sampleNote", { count: formatNumber(figures.count) })}</p>
      )}
      <section aria-labelledby="dist-title">
        <h2 id="dist-title">{t("dash.distributionTitle")}</h2>
        <ul>
          {figures.distribution.map(([n, residents]) => (
            <li key={n}>
              {t("dash.distributionRow", { n: formatNumber(n), residents: formatNumber(residents) })}
            </li>
          ))}
        </ul>
        <CsvLink
          name="citysync-contributions-per-resident"
          csv={toCsv(["contributions", "residents"], figures.distribution)}
          label={t("dash.downloadCsv")}
        />
      </section>
      <section aria-labelledby="top-title">
        <h2 id="top-title">{t("dash.topTitle")}</h2>
        <ol>
          {figures.topOpportunities.map(([id, count]) => (
            <li key={id}>
              {title(id)}: {formatNumber(count)}
            </li>
          ))}
        </ol>
        <CsvLink
          name="citysync-top-opportunities"
          csv={toCsv(["opportunity_id", "contributions"], figures.topOpportunities)}
          label={t("dash.downloadCsv")}
        />
      </section>
    </>
  );
}
