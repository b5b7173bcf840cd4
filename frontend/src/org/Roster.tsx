import { iCivicLedgerAbi } from "@sdk/generated/contracts.ts";
import { opportunityLoader } from "@sdk/reads.ts";
import { useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { type Address, encodeFunctionData } from "viem";
import { useSignTypedData } from "wagmi";

import { useChainSource, useOpportunities } from "../data/hooks.ts";
import { localized } from "../data/metadata.ts";
import type { Organization } from "../data/types.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { ErrorMessage } from "../ui/States.tsx";
import { appChain } from "../wallet/chain.ts";
import { ScanButton, useMaxBatchRows } from "./roster-tools.tsx";
import { type RosterPreview, addressesIn, previewRoster, problemText, rosterCsv } from "./roster.ts";
import { proposeAndSign } from "./safe.ts";

/** Check-in roster → validated preview → one Safe proposal per batch, signed by this owner. */
export function Roster({ org, owner }: { org: Organization; owner: Address }) {
  const { t, locale, formatNumber, errorLanguage } = useI18n();
  const id = useId();
  const source = useChainSource();
  const queryClient = useQueryClient();
  const opportunities = useOpportunities(org.id);
  const maxRows = useMaxBatchRows();
  const { signTypedDataAsync } = useSignTypedData();
  const mine = (opportunities.data ?? []).filter((o) => o.orgId === org.id && o.status === 1);
  const [opportunityId, setOpportunityId] = useState<number>();
  const [pasted, setPasted] = useState("");
  const [units, setUnits] = useState("1");
  const [note, setNote] = useState("");
  const [csv, setCsv] = useState<string>();
  const [preview, setPreview] = useState<RosterPreview>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [proposed, setProposed] = useState<number>();
  const chosen = opportunityId ?? mine[0]?.id;

  async function check(text: string) {
    setError(undefined);
    setProposed(undefined);
    setCsv(text);
    try {
      setPreview(
        await previewRoster(text, {
          orgId: org.id,
          loadOpportunity: opportunityLoader({ client: source.client, ledger: source.ledger }),
          maxRows: maxRows.data ?? 100,
        }),
      );
    } catch (e) {
      setError(e);
    }
  }

  async function propose() {
    if (!preview) return;
    setBusy(true);
    setError(undefined);
    try {
      const calls = preview.batches.map((b) => ({
        to: source.ledger,
        data: encodeFunctionData({
          abi: iCivicLedgerAbi,
          functionName: "attestBatch",
          args: [org.id, b.packedRows, b.evidenceRoot],
        }),
        title: t("org.batchTitle", { n: b.part, of: b.parts, rows: b.rows.length }),
      }));
      await proposeAndSign({
        client: source.client,
        chainId: appChain.id,
        safe: org.account,
        owner,
        calls,
        sign: (typedData) => signTypedDataAsync(typedData),
      });
      setProposed(calls.length);
      await queryClient.invalidateQueries({ queryKey: ["proposals"] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="roster-title" className="card">
      <h3 id="roster-title">{t("org.rosterTitle")}</h3>
      <p className="muted">{t("org.rosterLead")}</p>
      <div className="field">
        <label htmlFor={`${id}-opp`}>{t("org.opportunity")}</label>
        <select
          id={`${id}-opp`}
          value={chosen ?? ""}
          onChange={(e) => setOpportunityId(Number(e.target.value))}
        >
          {mine.map((o) => (
            <option key={o.id} value={o.id}>
              {localized(o.meta.title, locale)} (#{o.id})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-addresses`}>{t("org.addresses")}</label>
        <textarea id={`${id}-addresses`} value={pasted} onChange={(e) => setPasted(e.target.value)} />
      </div>
      <div className="actions">
        <ScanButton onAddress={(a) => setPasted((p) => (p.includes(a) ? p : `${p.trim()}\n${a}`.trim()))} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-units`}>{t("org.units")}</label>
        <input
          id={`${id}-units`}
          inputMode="numeric"
          value={units}
          onChange={(e) => setUnits(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t("org.evidence")}</label>
        <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={!chosen || addressesIn(pasted).length === 0}
          onClick={() => void check(rosterCsv(addressesIn(pasted), chosen!, units.trim(), note.trim()))}
        >
          {t("org.check")}
        </button>
      </div>
      <div className="field">
        <label htmlFor={`${id}-csv`}>{t("org.csvUpload")}</label>
        <input
          id={`${id}-csv`}
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void file.text().then(check);
          }}
        />
        <p className="muted">{t("org.csvHelp")}</p>
      </div>
      {preview && csv ? (
        <div aria-live="polite">
          <h4>{t("org.previewTitle")}</h4>
          <p data-testid="roster-summary">
            {t("org.previewSummary", {
              good: formatNumber(preview.good.length),
              bad: formatNumber(preview.bad.size),
            })}
          </p>
          {preview.bad.size > 0 ? (
            <>
              <h5>{t("org.badRows")}</h5>
              <ul className="problems" data-testid="bad-rows">
                {[...preview.bad.entries()].map(([line, problems]) => (
                  <li key={line}>
                    {t("org.line", { line })}: {problems.map((p) => problemText(p, errorLanguage)).join("; ")}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {preview.batches.length > 0 ? (
            <>
              <p data-testid="batches">
                {t("org.split", {
                  batches: formatNumber(preview.batches.length),
                  max: formatNumber(maxRows.data ?? 100),
                })}
              </p>
              <ol>
                {preview.batches.map((b) => (
                  <li key={b.part}>
                    {t("org.batchTitle", { n: b.part, of: b.parts, rows: b.rows.length })} ·{" "}
                    {t("org.batchLines", { first: b.firstLine, last: b.lastLine })}
                  </li>
                ))}
              </ol>
              <button type="button" className="button" disabled={busy} onClick={() => void propose()}>
                {busy ? t("org.proposing") : t("org.propose")}
              </button>
            </>
          ) : null}
          {proposed ? (
            <p role="status" className="badge ok">
              {t("org.proposed", { count: formatNumber(proposed) })}
            </p>
          ) : null}
        </div>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
