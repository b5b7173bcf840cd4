import { useQuery } from "@tanstack/react-query";

import { freshnessOf, readSyncStatus } from "../data/api-sync.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";

/** How often the data pages ask the API how far its indexer has got. */
const CHECK_EVERY_MS = 15_000;

/**
 * Tells a reader of a data page that what they see may be old: the indexer trails the chain, or
 * the API does not answer. Says nothing otherwise.
 */
export function FreshnessBanner() {
  const { t } = useI18n();
  const health = useQuery({
    queryKey: ["health"],
    queryFn: ({ signal }) => readSyncStatus(signal),
    refetchInterval: CHECK_EVERY_MS,
  });
  const freshness = freshnessOf({ status: health.data, error: health.error ?? undefined });
  if (freshness === "fresh") return null;
  return (
    <p className={freshness === "down" ? "state state-error" : "state"} role="status" data-testid="freshness">
      {t(freshness === "down" ? "error.apiDown" : "freshness.behind")}
    </p>
  );
}
