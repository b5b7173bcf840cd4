import { type ReactNode, useEffect, useState } from "react";

import { useI18n } from "../i18n/I18nProvider.tsx";
import { knownError } from "./known-error.ts";
import { Loading } from "./Loading.tsx";

export { Loading };

export function Empty({ children }: { children: ReactNode }) {
  return <p className="state state-empty">{children}</p>;
}

export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const i18n = useI18n();
  const known = knownError(error, i18n.t);
  // Contract and wallet errors need the SDK's decoder (every ABI, viem): loaded only for them,
  // so public pages never pay for it.
  const [decoded, setDecoded] = useState<{ error: unknown; text: string }>();
  useEffect(() => {
    if (known !== undefined) return;
    let current = true;
    void import("./human-error.ts").then(({ humanError }) => {
      if (current) setDecoded({ error, text: humanError(error, i18n) });
    });
    return () => {
      current = false;
    };
  }, [error, known, i18n]);
  const text = known ?? (decoded && decoded.error === error ? decoded.text : "…");
  return (
    <div className="state state-error" role="alert">
      <p>{text}</p>
      {onRetry ? (
        <button type="button" className="button secondary" onClick={onRetry}>
          {i18n.t("state.retry")}
        </button>
      ) : null}
    </div>
  );
}

/** Renders a query's loading, error, empty or loaded state. */
export function QueryState<T>({
  query,
  empty,
  isEmpty,
  children,
}: {
  query: { data: T | undefined; error: unknown; isError: boolean; refetch?: () => unknown };
  empty?: ReactNode;
  isEmpty?: (data: T) => boolean;
  children: (data: T) => ReactNode;
}) {
  if (query.isError)
    return (
      <ErrorMessage error={query.error} onRetry={query.refetch ? () => void query.refetch!() : undefined} />
    );
  if (query.data === undefined) return <Loading />;
  if (
    empty !== undefined &&
    (isEmpty ? isEmpty(query.data) : Array.isArray(query.data) && query.data.length === 0)
  ) {
    return <Empty>{empty}</Empty>;
  }
  return <>{children(query.data)}</>;
}
