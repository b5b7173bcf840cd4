import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import type { Address } from "viem";

import { useChainSource, useOrganizations } from "../data/hooks.ts";
import { displayName, localized } from "../data/metadata.ts";
import type { Organization } from "../data/types.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { DataPage } from "../ui/DataPage.tsx";
import { QueryState } from "../ui/States.tsx";
import { RequireWallet } from "../wallet/RequireWallet.tsx";
import { Delegates } from "./Delegates.tsx";
import { Listings } from "./Listings.tsx";
import { OrgRedemptions } from "./OrgRedemptions.tsx";
import { Proposals } from "./Proposals.tsx";
import { Revoke } from "./Revoke.tsx";
import { Roster } from "./Roster.tsx";
import { readSafe } from "./safe.ts";

export default function OrgConsole() {
  const { t } = useI18n();
  return (
    <DataPage title={t("org.title")} lead={t("org.lead")}>
      <RequireWallet reason={t("org.needWallet")}>{(address) => <Console owner={address} />}</RequireWallet>
    </DataPage>
  );
}

/** Organizations whose Safe the connected wallet owns. */
function useOwnedOrganizations(owner: Address) {
  const source = useChainSource();
  const orgs = useOrganizations();
  return useQuery({
    queryKey: ["owned-orgs", owner, orgs.dataUpdatedAt],
    queryFn: async () => {
      const owned: Organization[] = [];
      for (const org of orgs.data!) {
        const safe = await readSafe(source.client, org.account).catch(() => undefined);
        if (safe?.owners.includes(owner)) owned.push(org);
      }
      return owned;
    },
    enabled: orgs.isSuccess,
    // Every refresh of the organizations makes a new key: keep the console (and a roster being
    // prepared in it) on screen while ownership is checked again.
    placeholderData: (previous) => previous,
  });
}

function Console({ owner }: { owner: Address }) {
  const { t, locale } = useI18n();
  const owned = useOwnedOrganizations(owner);
  const [chosen, setChosen] = useState<number>();
  const id = useId();
  return (
    <QueryState query={owned} empty={t("org.notOwner")}>
      {(orgs) => {
        const org = orgs.find((o) => o.id === chosen) ?? orgs[0]!;
        return (
          <>
            {orgs.length > 1 ? (
              <div className="field">
                <label htmlFor={`${id}-org`}>{t("org.choose")}</label>
                <select id={`${id}-org`} value={org.id} onChange={(e) => setChosen(Number(e.target.value))}>
                  {orgs.map((o) => (
                    <option key={o.id} value={o.id}>
                      {localized(displayName(o.meta), locale)}
                    </option>
                  ))}
                </select>
              </div>
            ) : null}
            <h2>{localized(displayName(org.meta), locale)}</h2>
            <Budget org={org} />
            <Roster org={org} owner={owner} />
            <Proposals safe={org.account} owner={owner} />
            <Listings org={org} owner={owner} />
            <Delegates org={org} owner={owner} />
            <Revoke org={org} owner={owner} />
            <OrgRedemptions org={org} owner={owner} />
          </>
        );
      }}
    </QueryState>
  );
}

/** The budget this epoch, as the API has indexed it (refetched after every Safe execution). */
function Budget({ org }: { org: Organization }) {
  const { t, formatNumber } = useI18n();
  return (
    <section aria-labelledby="budget-title" className="card">
      <h3 id="budget-title">{t("org.budgetTitle")}</h3>
      <p>
        {t("org.budgetLine", {
          used: formatNumber(org.usedThisEpoch),
          budget: formatNumber(org.budget),
          remaining: formatNumber(org.remainingThisEpoch),
        })}
      </p>
    </section>
  );
}
