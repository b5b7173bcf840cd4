import { useI18n } from "../i18n/I18nProvider.tsx";
import { ErrorMessage } from "../ui/States.tsx";

/** What became of the last proposal a console form sent: its title once proposed, or why it failed. */
export function ProposalOutcome({ done, error }: { done: string | undefined; error: unknown }) {
  const { t } = useI18n();
  return (
    <>
      {done ? (
        <p role="status" className="badge ok">
          {t("listing.proposed", { title: done })}
        </p>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </>
  );
}
