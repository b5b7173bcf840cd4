import { useI18n } from "../i18n/I18nProvider.tsx";

/** A polite "loading" status (its own module: the shell shows it without the error decoder). */
export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t("state.loading")}
    </p>
  );
}
