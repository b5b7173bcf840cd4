import { ledgerCalls } from "@sdk/ledger-calls.ts";
import { getNetworkAdmin } from "@sdk/reads.ts";
import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import type { Address } from "viem";

import { useChainSource, useCities } from "../data/hooks.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { Proposals } from "../org/Proposals.tsx";
import { readSafe } from "../org/safe.ts";
import { useSafeProposer } from "../org/useSafeProposer.ts";
import { cityRecoveries } from "../recovery/recovery-state.ts";
import { RecoveryStatusLine } from "../recovery/RecoveryStatus.tsx";
import { QueryState } from "../ui/States.tsx";
import { ProposalOutcome } from "../org/ProposalOutcome.tsx";

/**
 * For owners of the network admin's Safe: recoveries the old address contested, which only the
 * network admin may approve (the record moves) or reject (it stays), through that Safe.
 */
export function NetworkRecoveries({ owner }: { owner: Address }) {
  const source = useChainSource();
  const admin = useQuery({
    queryKey: ["network-admin", source.ledger, owner],
    queryFn: async () => {
      const safe = await getNetworkAdmin({ client: source.client, ledger: source.ledger });
      const state = await readSafe(source.client, safe).catch(() => undefined);
      return state?.owners.includes(owner) ? safe : null;
    },
  });
  if (!admin.data) return null;
  return <Contested safe={admin.data} owner={owner} />;
}

function Contested({ safe, owner }: { safe: Address; owner: Address }) {
  const { t } = useI18n();
  const id = useId();
  const source = useChainSource();
  const cities = useCities();
  const { propose, error, done, busy, ledger } = useSafeProposer(safe, owner);
  const contested = useQuery({
    queryKey: ["contested-recoveries", source.ledger, cities.dataUpdatedAt],
    queryFn: async () => {
      const all = await Promise.all(cities.data!.map((c) => cityRecoveries(source, c.id)));
      return all.flat().filter((v) => v.status.kind === "pending" && v.status.contested);
    },
    enabled: cities.isSuccess,
    refetchInterval: 10_000,
  });
  const cityName = (cityId: number) => cities.data?.find((c) => c.id === cityId)?.name ?? String(cityId);
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("recovery.networkTitle")}</h2>
      <div className="card">
        <p className="muted">{t("recovery.networkLead")}</p>
        <QueryState query={contested} empty={t("recovery.noneContested")}>
          {(views) => (
            <ul className="cards">
              {views.map((view) => (
                <li key={`${view.cityId}-${view.from}`} className="card" data-testid="contested-recovery">
                  <RecoveryStatusLine view={view} account={owner} cityName={cityName(view.cityId)}>
                    <div className="actions">
                      {([true, false] as const).map((approve) => (
                        <button
                          key={String(approve)}
                          type="button"
                          className="button small secondary"
                          disabled={busy}
                          onClick={() =>
                            void propose(() => ({
                              ...ledgerCalls.resolveRecovery(ledger, view.cityId, view.from, approve),
                              title: t(approve ? "recovery.approveTitle" : "recovery.rejectTitle", {
                                from: view.from,
                              }),
                            }))
                          }
                        >
                          {t(approve ? "recovery.approve" : "recovery.reject")}
                        </button>
                      ))}
                    </div>
                  </RecoveryStatusLine>
                </li>
              ))}
            </ul>
          )}
        </QueryState>
        <ProposalOutcome done={done} error={error} />
      </div>
      <Proposals safe={safe} owner={owner} />
    </section>
  );
}
