import { iCivicLedgerAbi } from "@sdk/generated/contracts.ts";
import { useQuery } from "@tanstack/react-query";
import { Suspense, lazy, useCallback, useState } from "react";

import { useChainSource } from "../data/hooks.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { Loading } from "../ui/States.tsx";

const QrScan = lazy(() => import("./QrScan.tsx"));

export function ScanButton({ onAddress }: { onAddress: (address: string) => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const onText = useCallback(
    (text: string) => onAddress(text.replace(/^ethereum:/, "").split(/[@?]/)[0]!),
    [onAddress],
  );
  const close = useCallback(() => setOpen(false), []);
  return open ? (
    <Suspense fallback={<Loading />}>
      <QrScan onText={onText} onClose={close} />
    </Suspense>
  ) : (
    <button type="button" className="button secondary" onClick={() => setOpen(true)}>
      {t("org.scan")}
    </button>
  );
}

export function useMaxBatchRows() {
  const source = useChainSource();
  return useQuery({
    queryKey: ["max-batch-rows", source.ledger],
    queryFn: async () =>
      Number(
        await source.client.readContract({
          address: source.ledger,
          abi: iCivicLedgerAbi,
          functionName: "MAX_BATCH_ROWS",
        }),
      ),
    staleTime: Infinity,
  });
}
