import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import type { Address } from "viem";
import { useSignMessage } from "wagmi";

import { useChainSource, useCities } from "../data/hooks.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import type { MessageKey } from "../i18n/messages.ts";
import { FormField } from "../org/FormField.tsx";
import { Page } from "../ui/Page.tsx";
import { QrCode } from "../ui/QrCode.tsx";
import { ErrorMessage, QueryState } from "../ui/States.tsx";
import { appChain } from "../wallet/chain.ts";
import { shortAddress } from "../wallet/ConnectButton.tsx";
import { RequireWallet } from "../wallet/RequireWallet.tsx";
import { formatDuration } from "./duration.ts";
import { readRecovery, recoveryDelay } from "./recovery-state.ts";
import { RecoveryStatusLine } from "./RecoveryStatus.tsx";
import { checkRecoveryRequest, encodeRequestCode, recoveryMessage } from "./request-code.ts";
import { useRecoveryWrite } from "./useLedgerWrite.ts";

const STORAGE_KEY = "citysync.recovery-request";

interface Remembered {
  cityId: number;
  from: Address;
  code: string;
}

function remembered(to: Address): Remembered | undefined {
  try {
    const all = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "{}") as Record<string, Remembered>;
    return all[to];
  } catch {
    return undefined;
  }
}

function remember(to: Address, value: Remembered): void {
  try {
    const all = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "{}") as Record<string, Remembered>;
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...all, [to]: value }));
  } catch {
    // Not remembered when storage is blocked; the code on screen is what matters.
  }
}

export default function RecoveryPage() {
  const { t, locale } = useI18n();
  const source = useChainSource();
  const delay = useQuery({
    queryKey: ["recovery-delay", source.ledger],
    queryFn: () => recoveryDelay(source),
  });
  const wait = delay.data === undefined ? "…" : formatDuration(delay.data, locale);
  return (
    <Page title={t("recovery.title")} lead={t("recovery.lead")}>
      <section className="card steps" aria-labelledby="recovery-steps">
        <h2 id="recovery-steps">{t("recovery.stepsTitle")}</h2>
        <ol>
          <li>{t("recovery.step1")}</li>
          <li>{t("recovery.step2")}</li>
          <li>{t("recovery.step3", { delay: wait })}</li>
          <li>{t("recovery.step4")}</li>
        </ol>
        {delay.isError ? <ErrorMessage error={delay.error} /> : null}
      </section>
      <RequireWallet reason={t("recovery.needWallet")}>
        {(address) => <Resident address={address} />}
      </RequireWallet>
    </Page>
  );
}

function Resident({ address }: { address: Address }) {
  return (
    <>
      <AgainstMe address={address} />
      <RequestForm address={address} />
    </>
  );
}

/** A recovery someone asked for of THIS wallet: it may contest it before the delay ends. */
function AgainstMe({ address }: { address: Address }) {
  const { t, formatDateTime } = useI18n();
  const source = useChainSource();
  const cities = useCities();
  const { send, busy, error } = useRecoveryWrite(address);
  const mine = useQuery({
    queryKey: ["recovery-of", source.ledger, address, cities.dataUpdatedAt],
    queryFn: async () => {
      const views = await Promise.all(cities.data!.map((c) => readRecovery(source, c.id, address)));
      return views.filter(
        (v) => v.status.kind === "pending" && !v.status.contested && v.now < v.status.executableAt,
      );
    },
    enabled: cities.isSuccess,
    refetchInterval: 10_000,
  });
  if (!mine.data || mine.data.length === 0) return null;
  return (
    <section className="card" role="alert" aria-labelledby="against-me">
      <h2 id="against-me">{t("recovery.againstMeTitle")}</h2>
      {mine.data.map((v) =>
        v.status.kind === "pending" ? (
          <div key={v.cityId}>
            <p>
              {t("recovery.againstMe", {
                city: cities.data?.find((c) => c.id === v.cityId)?.name ?? String(v.cityId),
                to: shortAddress(v.status.to),
                date: formatDateTime(v.status.executableAt * 1000),
              })}
            </p>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void send("contestRecovery", v.cityId, address)}
            >
              {t("recovery.contest")}
            </button>
          </div>
        ) : null,
      )}
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}

function RequestForm({ address }: { address: Address }) {
  const { t } = useI18n();
  const id = useId();
  const source = useChainSource();
  const cities = useCities();
  const { signMessageAsync } = useSignMessage();
  const saved = remembered(address);
  const [from, setFrom] = useState<string>(saved?.from ?? "");
  const [cityId, setCityId] = useState<string>(saved ? String(saved.cityId) : "");
  const [errors, setErrors] = useState<{ from?: MessageKey; cityId?: MessageKey }>({});
  const [request, setRequest] = useState<Remembered | undefined>(saved);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkRecoveryRequest({ from, cityId }, address);
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    setBusy(true);
    setError(undefined);
    try {
      const r = { chainId: appChain.id, cityId: checked.cityId, from: checked.from, to: address };
      const signature = await signMessageAsync({ message: recoveryMessage(r) });
      const next = { cityId: r.cityId, from: r.from, code: encodeRequestCode({ ...r, signature }) };
      remember(address, next);
      setRequest(next);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const status = useQuery({
    queryKey: ["recovery", source.ledger, request?.cityId, request?.from],
    queryFn: () => readRecovery(source, request!.cityId, request!.from),
    enabled: Boolean(request),
    refetchInterval: 10_000,
  });
  const cityName = (cid: number) => cities.data?.find((c) => c.id === cid)?.name ?? String(cid);

  return (
    <>
      <form className="card" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>{t("recovery.requestTitle")}</h2>
        <p className="address">{t("recovery.newWallet", { address })}</p>
        <FormField id={`${id}-city`} label={t("recovery.city")} error={errors.cityId}>
          {(control) => (
            <select {...control} value={cityId} onChange={(e) => setCityId(e.target.value)}>
              <option value="">{t("listing.choose")}</option>
              {(cities.data ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id={`${id}-from`}
          label={t("recovery.oldAddress")}
          hint={t("recovery.oldAddressHint")}
          error={errors.from}
        >
          {(control) => (
            <input {...control} spellCheck={false} value={from} onChange={(e) => setFrom(e.target.value)} />
          )}
        </FormField>
        <button type="submit" className="button" disabled={busy}>
          {t("recovery.sign")}
        </button>
        {error ? <ErrorMessage error={error} /> : null}
      </form>
      {request ? (
        <section className="card" aria-labelledby={`${id}-code`}>
          <h2 id={`${id}-code`}>{t("recovery.codeTitle")}</h2>
          <p>{t("recovery.codeLead")}</p>
          <div className="qr-card">
            <QrCode value={request.code} label={t("recovery.codeQr")} />
          </div>
          <p className="code recovery-code" data-testid="recovery-code">
            {request.code}
          </p>
          <h3>{t("recovery.statusTitle")}</h3>
          <QueryState query={status}>
            {(view) => <RecoveryStatusLine view={view} account={address} cityName={cityName(view.cityId)} />}
          </QueryState>
        </section>
      ) : null}
    </>
  );
}
