import { useMemo } from "react";

import { useI18n } from "../i18n/I18nProvider.tsx";
import { useCities, useOrganizations } from "./api-lists.ts";
import { displayName, localized, parseMetadata } from "./metadata.ts";

/** Names of cities and organizations by id, in the reader's language. */
export function useNames() {
  const { locale } = useI18n();
  const cities = useCities();
  const orgs = useOrganizations();
  return useMemo(() => {
    const city = new Map((cities.data ?? []).map((c) => [c.cityId, c.name]));
    const org = new Map(
      (orgs.data ?? []).map((o) => {
        const meta = parseMetadata(o.metadata.raw);
        return [o.orgId, localized(displayName(meta), locale)];
      }),
    );
    return {
      city: (id: number) => city.get(id) ?? `#${id}`,
      org: (id: number) => org.get(id) || `#${id}`,
      cities: cities.data ?? [],
    };
  }, [cities.data, orgs.data, locale]);
}
