import { iCivicLedgerAbi } from "@sdk/generated/contracts.ts";
import { RevokeReason } from "@sdk/reads.ts";
import { useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { type Address, encodeFunctionData } from "viem";
import { useSignTypedData } from "wagmi";

import { useChainSource, useOpportunities, useRevocableAttestations } from "../data/hooks.ts";
import { localized } from "../data/metadata.ts";
import type { Organization } from "../data/types.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { REVOCATION_REASONS } from "../data/revocation-reasons.ts";
import { ErrorMessage, Loading } from "../ui/States.tsx";
import { appChain } from "../wallet/chain.ts";
import { shortAddress } from "../wallet/ConnectButton.tsx";
import { CheckpointPrompt } from "./CheckpointPrompt.tsx";
import { checkpointNeededFor, revocationProof } from "./proofs.ts";
import { proposeAndSign } from "./safe.ts";

/** Revoke one of the organization's attestations with a reason, as a Safe proposal. */
export function Revoke({ org, owner }: { org: Organization; owner: Address }) {
  const { t, locale, formatNumber } = useI18n();
  const id = useId();
  const source = useChainSource();
  const queryClient = useQueryClient();
  const attestations = useRevocableAttestations(org.id);
  const opportunities = useOpportunities(org.id);
  const { signTypedDataAsync } = useSignTypedData();
  const [chosen, setChosen] = useState<string>();
  const [reason, setReason] = useState<number>(RevokeReason.DataEntryError);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [checkpointCity, setCheckpointCity] = useState<number>();
  const [proposed, setProposed] = useState(false);

  const titles = new Map((opportunities.data ?? []).map((o) => [o.id, localized(o.meta.title, locale)]));
  const revocable = attestations.data ?? [];
  const selected = revocable.find((c) => String(c.seq) === chosen) ?? revocable[0];

  async function propose() {
    if (!selected) return;
    setBusy(true);
    setError(undefined);
    setCheckpointCity(undefined);
    setProposed(false);
    try {
      const { proof, rowIndex } = await revocationProof(org.id, selected.seq);
      await proposeAndSign({
        client: source.client,
        chainId: appChain.id,
        safe: org.account,
        owner,
        calls: [
          {
            to: source.ledger,
            data: encodeFunctionData({
              abi: iCivicLedgerAbi,
              functionName: "revoke",
              args: [proof, [BigInt(rowIndex)], reason],
            }),
            title: t("org.revokeTitle", {
              seq: String(selected.seq),
              participant: shortAddress(selected.participant),
              reason: t(REVOCATION_REASONS[reason] ?? "reason.other"),
            }),
          },
        ],
        sign: (typedData) => signTypedDataAsync(typedData),
      });
      setProposed(true);
      await queryClient.invalidateQueries({ queryKey: ["proposals"] });
    } catch (e) {
      const cityId = checkpointNeededFor(e);
      if (cityId === undefined) setError(e);
      else setCheckpointCity(cityId);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="revoke-title" className="card">
      <h3 id="revoke-title">{t("org.revokeHeading")}</h3>
      <p className="muted">{t("org.revokeLead")}</p>
      {attestations.isError ? (
        <ErrorMessage error={attestations.error} onRetry={() => void attestations.refetch()} />
      ) : attestations.data === undefined ? (
        <Loading />
      ) : revocable.length === 0 ? (
        <p>{t("org.revokeNone")}</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor={`${id}-attestation`}>{t("org.revokeAttestation")}</label>
            <select
              id={`${id}-attestation`}
              value={selected ? String(selected.seq) : ""}
              onChange={(e) => setChosen(e.target.value)}
            >
              {revocable.map((c) => (
                <option key={String(c.seq)} value={String(c.seq)} data-participant={c.participant}>
                  {t("org.revokeOption", {
                    seq: String(c.seq),
                    participant: shortAddress(c.participant),
                    opportunity: titles.get(c.opportunityId) ?? `#${c.opportunityId}`,
                    units: formatNumber(c.units),
                  })}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-reason`}>{t("org.revokeReason")}</label>
            <select id={`${id}-reason`} value={reason} onChange={(e) => setReason(Number(e.target.value))}>
              {Object.values(RevokeReason).map((code) => (
                <option key={code} value={code}>
                  {t(REVOCATION_REASONS[code] ?? "reason.other")}
                </option>
              ))}
            </select>
          </div>
          <div className="actions">
            <button type="button" className="button" disabled={busy} onClick={() => void propose()}>
              {busy ? t("org.proposing") : t("org.revokePropose")}
            </button>
          </div>
        </>
      )}
      {checkpointCity !== undefined ? (
        <CheckpointPrompt
          cityId={checkpointCity}
          account={owner}
          onStored={() => {
            setCheckpointCity(undefined);
            void propose();
          }}
        />
      ) : null}
      {proposed ? (
        <p role="status" className="badge ok">
          {t("org.revokeProposed")}
        </p>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
