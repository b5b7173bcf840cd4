import { iCivicLedgerAbi } from "@sdk/generated/contracts.ts";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { type Address, type Hex, encodeFunctionData } from "viem";
import { useSignTypedData } from "wagmi";

import { useChainSource, useOffers, usePendingRedemptions } from "../data/hooks.ts";
import { localized } from "../data/metadata.ts";
import type { Organization, Redemption } from "../data/types.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { redemptionCode } from "../redeem/redeem.ts";
import { ErrorMessage, QueryState } from "../ui/States.tsx";
import { appChain } from "../wallet/chain.ts";
import { shortAddress } from "../wallet/ConnectButton.tsx";
import { CheckpointPrompt } from "./CheckpointPrompt.tsx";
import { checkpointNeededFor, refundProof } from "./proofs.ts";
import { proposeAndSign } from "./safe.ts";

type Action = "fulfil" | "refund";

/** The organization's pending redemptions, each fulfilled or refunded through a Safe proposal. */
export function OrgRedemptions({ org, owner }: { org: Organization; owner: Address }) {
  const { t, locale, formatNumber } = useI18n();
  const source = useChainSource();
  const queryClient = useQueryClient();
  const pending = usePendingRedemptions(org.id);
  const offers = useOffers(org.id);
  const { signTypedDataAsync } = useSignTypedData();
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [retry, setRetry] = useState<{ cityId: number; redemption: Redemption; action: Action }>();
  const [proposed, setProposed] = useState<string>();

  const titles = new Map((offers.data ?? []).map((o) => [o.id, localized(o.meta.title, locale)]));

  async function callOf(r: Redemption, action: Action): Promise<Hex> {
    if (action === "fulfil") {
      return encodeFunctionData({
        abi: iCivicLedgerAbi,
        functionName: "fulfillRedemption",
        args: [r.offerId, r.seq],
      });
    }
    const proof = await refundProof(r.offerId, r.seq);
    return encodeFunctionData({
      abi: iCivicLedgerAbi,
      functionName: "refundRedemption",
      args: [r.offerId, r.seq, proof],
    });
  }

  async function propose(r: Redemption, action: Action) {
    const code = redemptionCode(r.offerId, r.seq);
    setBusy(code);
    setError(undefined);
    setRetry(undefined);
    setProposed(undefined);
    try {
      const data = await callOf(r, action);
      await proposeAndSign({
        client: source.client,
        chainId: appChain.id,
        safe: org.account,
        owner,
        calls: [
          {
            to: source.ledger,
            data,
            title: t(action === "fulfil" ? "org.fulfilTitle" : "org.refundTitle", { code }),
          },
        ],
        sign: (typedData) => signTypedDataAsync(typedData),
      });
      setProposed(code);
      await queryClient.invalidateQueries({ queryKey: ["proposals"] });
    } catch (e) {
      const cityId = checkpointNeededFor(e);
      if (cityId === undefined) setError(e);
      else setRetry({ cityId, redemption: r, action });
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <section aria-labelledby="org-redemptions-title" className="card">
      <h3 id="org-redemptions-title">{t("org.redemptionsTitle")}</h3>
      <QueryState query={pending} empty={t("org.redemptionsNone")} isEmpty={(list) => list.length === 0}>
        {(list) => (
          <ul className="cards">
            {list.map((r) => {
              const code = redemptionCode(r.offerId, r.seq);
              return (
                <li key={code} className="card" data-testid="org-redemption">
                  <h4 className="card-title">
                    <code>{code}</code> · {titles.get(r.offerId) ?? `#${r.offerId}`}
                  </h4>
                  <p>
                    {t("org.redemptionLine", {
                      credits: formatNumber(r.credits),
                      resident: shortAddress(r.resident),
                    })}
                  </p>
                  <div className="actions">
                    <button
                      type="button"
                      className="button"
                      disabled={busy !== undefined}
                      onClick={() => void propose(r, "fulfil")}
                    >
                      {t("org.fulfil")}
                    </button>
                    <button
                      type="button"
                      className="button secondary"
                      disabled={busy !== undefined}
                      onClick={() => void propose(r, "refund")}
                    >
                      {t("org.refund")}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </QueryState>
      {retry ? (
        <CheckpointPrompt
          cityId={retry.cityId}
          account={owner}
          onStored={() => void propose(retry.redemption, retry.action)}
        />
      ) : null}
      {proposed ? (
        <p role="status" className="badge ok">
          {t("org.redemptionProposed", { code: proposed })}
        </p>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
