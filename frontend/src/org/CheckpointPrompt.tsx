import { iCivicLedgerAbi } from "@sdk/generated/contracts.ts";
import { useState } from "react";
import type { Address } from "viem";
import { useWriteContract } from "wagmi";

import { IndexingTimeoutError, waitUntilIndexed } from "../data/api-sync.ts";
import { useChainSource } from "../data/hooks.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { AppError } from "../ui/human-error.ts";
import { ErrorMessage } from "../ui/States.tsx";

/** How long the console waits for a stored checkpoint to become final before asking to retry later. */
const FINALITY_WAIT_MS = 45 * 60_000;

/**
 * A proof must end at a stored checkpoint of the city that the indexer holds as final; when none
 * covers the record yet, anyone may store one (`checkpoint(cityId)`) from their own wallet. The
 * action is retried once the indexer holds that block as final (minutes on a public OP-stack
 * chain, at once on the local one).
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
  const [waitingFinal, setWaitingFinal] = useState(false);
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
      const receipt = await source.client.waitForTransactionReceipt({ hash });
      setWaitingFinal(true);
      await waitUntilIndexed(receipt.blockNumber, {
        final: true,
        timeoutMs: FINALITY_WAIT_MS,
        intervalMs: 2_000,
      });
      onStored();
    } catch (e) {
      setError(e instanceof IndexingTimeoutError ? new AppError("org.checkpointNotFinal") : e);
    } finally {
      setBusy(false);
      setWaitingFinal(false);
    }
  }

  return (
    <div className="state" role="status">
      <p>{t("org.checkpointNeeded")}</p>
      {waitingFinal ? <p>{t("org.checkpointWaitingFinal")}</p> : null}
      <button type="button" className="button" disabled={busy} onClick={() => void send()}>
        {busy ? t("org.checkpointSending") : t("org.checkpointSend")}
      </button>
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
