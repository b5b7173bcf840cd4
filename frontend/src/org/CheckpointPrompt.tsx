import { iCivicLedgerAbi } from "@sdk/generated/contracts.ts";
import { useState } from "react";
import type { Address } from "viem";
import { useWriteContract } from "wagmi";

import { useChainSource } from "../data/hooks.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { ErrorMessage } from "../ui/States.tsx";

/**
 * A proof must end at a stored checkpoint of the city; when none covers the record yet, anyone may
 * store one (`checkpoint(cityId)`) from their own wallet, then the action is retried.
 */
export function CheckpointPrompt({
  cityId,
  account,
  onStored,
}: {
  cityId: number;
  account: Address;
  onStored: () => void;
}) {
  const { t } = useI18n();
  const source = useChainSource();
  const { writeContractAsync } = useWriteContract();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  async function send() {
    setBusy(true);
    setError(undefined);
    try {
      const { request } = await source.client.simulateContract({
        account,
        address: source.ledger,
        abi: iCivicLedgerAbi,
        functionName: "checkpoint",
        args: [cityId],
      });
      const hash = await writeContractAsync(request);
      await source.client.waitForTransactionReceipt({ hash });
      onStored();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="state" role="status">
      <p>{t("org.checkpointNeeded")}</p>
      <button type="button" className="button" disabled={busy} onClick={() => void send()}>
        {busy ? t("org.checkpointSending") : t("org.checkpointSend")}
      </button>
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
