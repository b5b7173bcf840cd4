import { ledgerCalls } from "@sdk/ledger-calls.ts";
import { METADATA_VERSION, encodeMetadata } from "@sdk/metadata.ts";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { type Address, isAddress } from "viem";
import { useSignTypedData } from "wagmi";

import { useChainSource, useCities, useOrganizations } from "../data/hooks.ts";
import { displayName, localized } from "../data/metadata.ts";
import type { City } from "../data/types.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { Proposals } from "../org/Proposals.tsx";
import { proposeAndSign, readSafe } from "../org/safe.ts";
import { AppError } from "../ui/human-error.ts";
import { DataPage } from "../ui/DataPage.tsx";
import { ErrorMessage, QueryState } from "../ui/States.tsx";
import { appChain } from "../wallet/chain.ts";
import { RequireWallet } from "../wallet/RequireWallet.tsx";
import { NetworkRecoveries } from "./NetworkRecoveries.tsx";
import { Recoveries } from "./Recoveries.tsx";

export default function AdminConsole() {
  const { t } = useI18n();
  return (
    <DataPage title={t("admin.title")} lead={t("admin.lead")}>
      <RequireWallet reason={t("admin.needWallet")}>{(address) => <Console owner={address} />}</RequireWallet>
    </DataPage>
  );
}

/** Cities whose admin Safe the connected wallet owns. */
function useOwnedCities(owner: Address) {
  const source = useChainSource();
  const cities = useCities();
  return useQuery({
    queryKey: ["owned-cities", owner, cities.dataUpdatedAt],
    queryFn: async () => {
      const owned: City[] = [];
      for (const city of cities.data!) {
        const safe = await readSafe(source.client, city.admin).catch(() => undefined);
        if (safe?.owners.includes(owner)) owned.push(city);
      }
      return owned;
    },
    enabled: cities.isSuccess,
    // A refresh of the cities makes a new key: keep the forms on screen while ownership is rechecked.
    placeholderData: (previous) => previous,
  });
}

function Console({ owner }: { owner: Address }) {
  const { t } = useI18n();
  const owned = useOwnedCities(owner);
  return (
    <>
      <QueryState query={owned} empty={t("admin.notOwner")}>
        {(cities) => (
          <>
            {cities.map((city) => (
              <section key={city.id} aria-labelledby={`city-${city.id}`}>
                <h2 id={`city-${city.id}`}>{city.name}</h2>
                <Onboard city={city} owner={owner} />
                <Organizations city={city} owner={owner} />
                <Recoveries city={city} owner={owner} />
                <Proposals safe={city.admin} owner={owner} />
              </section>
            ))}
          </>
        )}
      </QueryState>
      <NetworkRecoveries owner={owner} />
    </>
  );
}

/** Proposes calls to the city's Safe, signed by this owner; returns a callback for forms. */
function useCityProposer(city: City, owner: Address) {
  const source = useChainSource();
  const queryClient = useQueryClient();
  const { signTypedDataAsync } = useSignTypedData();
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  async function propose(build: () => { to: Address; data: `0x${string}`; title: string }) {
    setBusy(true);
    setError(undefined);
    setDone(false);
    try {
      await proposeAndSign({
        client: source.client,
        chainId: appChain.id,
        safe: city.admin,
        owner,
        calls: [build()],
        sign: (typedData) => signTypedDataAsync(typedData),
      });
      setDone(true);
      await queryClient.invalidateQueries({ queryKey: ["proposals"] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  return { propose, error, done, busy, ledger: source.ledger };
}

function Onboard({ city, owner }: { city: City; owner: Address }) {
  const { t } = useI18n();
  const id = useId();
  const { propose, error, done, busy, ledger } = useCityProposer(city, owner);
  const [safe, setSafe] = useState("");
  const [budget, setBudget] = useState("1000");
  const [nameEn, setNameEn] = useState("");
  const [nameEs, setNameEs] = useState("");
  return (
    <form
      className="card"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void propose(() => {
          if (!isAddress(safe.trim())) throw new AppError("admin.badSafe");
          if (!/^[0-9]+$/.test(budget.trim())) throw new AppError("admin.badBudget");
          if (!nameEn.trim() || !nameEs.trim()) throw new AppError("admin.namesRequired");
          const call = ledgerCalls.onboardOrganization(
            ledger,
            city.id,
            safe.trim() as Address,
            BigInt(budget.trim()),
            encodeMetadata(
              { version: METADATA_VERSION, title: { en: nameEn.trim(), es: nameEs.trim() } },
              "organization",
            ),
          );
          return { ...call, title: t("admin.onboardTitle", { name: nameEn.trim() }) };
        });
      }}
    >
      <h3 id={`${id}-title`}>{t("admin.onboard")}</h3>
      <div className="field">
        <label htmlFor={`${id}-safe`}>{t("admin.safe")}</label>
        <input id={`${id}-safe`} value={safe} onChange={(e) => setSafe(e.target.value)} spellCheck={false} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-budget`}>{t("admin.budget")}</label>
        <input
          id={`${id}-budget`}
          inputMode="numeric"
          value={budget}
          onChange={(e) => setBudget(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-en`}>{t("admin.nameEn")}</label>
        <input id={`${id}-en`} lang="en" value={nameEn} onChange={(e) => setNameEn(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-es`}>{t("admin.nameEs")}</label>
        <input id={`${id}-es`} lang="es" value={nameEs} onChange={(e) => setNameEs(e.target.value)} />
      </div>
      <button type="submit" className="button" disabled={busy}>
        {t("admin.propose")}
      </button>
      {done ? (
        <p role="status" className="badge ok">
          {t("admin.proposed")}
        </p>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </form>
  );
}

function Organizations({ city, owner }: { city: City; owner: Address }) {
  const { t, locale, formatNumber } = useI18n();
  const orgs = useOrganizations();
  const { propose, error, done, busy, ledger } = useCityProposer(city, owner);
  const [budgets, setBudgets] = useState<Record<number, string>>({});
  const mine = (orgs.data ?? []).filter((o) => o.cityId === city.id);
  return (
    <section className="card" aria-labelledby={`orgs-${city.id}`}>
      <h3 id={`orgs-${city.id}`}>{t("admin.organizations")}</h3>
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={`orgs-${city.id}`}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("admin.name")}</th>
              <th scope="col">{t("admin.status")}</th>
              <th scope="col">{t("admin.budget")}</th>
              <th scope="col">{t("admin.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {mine.map((o) => {
              const name = localized(displayName(o.meta), locale) || `#${o.id}`;
              return (
                <tr key={o.id}>
                  <th scope="row">{name}</th>
                  <td>{o.status === 2 ? t("admin.suspended") : t("admin.active")}</td>
                  <td>
                    <label>
                      <span className="visually-hidden">{t("admin.newBudgetFor", { name })}</span>
                      <input
                        inputMode="numeric"
                        size={8}
                        value={budgets[o.id] ?? o.budget.toString()}
                        onChange={(e) => setBudgets({ ...budgets, [o.id]: e.target.value })}
                      />
                    </label>
                    <button
                      type="button"
                      className="button small secondary"
                      disabled={busy}
                      onClick={() =>
                        void propose(() => {
                          const value = (budgets[o.id] ?? o.budget.toString()).trim();
                          if (!/^[0-9]+$/.test(value)) throw new AppError("admin.badBudget");
                          return {
                            ...ledgerCalls.setOrganizationBudget(ledger, o.id, BigInt(value)),
                            title: t("admin.budgetTitle", { name, budget: formatNumber(BigInt(value)) }),
                          };
                        })
                      }
                    >
                      {t("admin.setBudget")}
                    </button>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button small secondary"
                      disabled={busy}
                      onClick={() =>
                        void propose(() =>
                          o.status === 2
                            ? {
                                ...ledgerCalls.reactivateOrganization(ledger, o.id),
                                title: t("admin.reinstateTitle", { name }),
                              }
                            : {
                                ...ledgerCalls.suspendOrganization(ledger, o.id),
                                title: t("admin.suspendTitle", { name }),
                              },
                        )
                      }
                    >
                      {o.status === 2 ? t("admin.reinstate") : t("admin.suspend")}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {done ? (
        <p role="status" className="badge ok">
          {t("admin.proposed")}
        </p>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
