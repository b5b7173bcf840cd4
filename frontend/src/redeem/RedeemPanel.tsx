import { iCivicLedgerAbi } from "@sdk/generated/contracts.ts";
import { useState } from "react";
import { useNavigate } from "react-router";
import type { Address } from "viem";
import { useAccount, useBalance, usePublicClient, useSignTypedData, useWriteContract } from "wagmi";

import { ledger, relayUrl } from "../config.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { TxProgress, type TxStep } from "../tx/TxProgress.tsx";
import { useIndexedAfter } from "../tx/useIndexedAfter.ts";
import { ErrorMessage } from "../ui/States.tsx";
import { appChain } from "../wallet/chain.ts";
import {
  buildSignedRedemption,
  assertPriceUnchanged,
  redemptionOf,
  relaySignedRedemption,
} from "./redeem.ts";

type Step = "idle" | TxStep;

export function RedeemPanel({
  offer,
  resident,
  cityId,
  balance,
}: {
  /** The offer and the price the resident was shown (the signature is bound to it). */
  offer: { id: number; price: bigint };
  resident: Address;
  cityId: number;
  balance: bigint | undefined;
}) {
  const { t, formatNumber } = useI18n();
  const client = usePublicClient();
  const navigate = useNavigate();
  // The lists, the balance and "my redemptions" read the API: refetched once it has the block.
  const indexedAfter = useIndexedAfter([["api"], ["balances"]], 30_000);
  const { chainId } = useAccount();
  const gas = useBalance({ address: resident });
  const { signTypedDataAsync } = useSignTypedData();
  const { writeContractAsync } = useWriteContract();
  const [step, setStep] = useState<Step>("idle");
  const [error, setError] = useState<unknown>();
  const [late, setLate] = useState(false);
  const busy = step !== "idle";
  const ctx = { client: client!, ledger: ledger!, chainId: appChain.id };
  const priceSeen = offer.price;
  const hasGas = (gas.data?.value ?? 0n) > 0n;
  const enough = balance === undefined || balance >= priceSeen;

  async function run(submit: () => Promise<`0x${string}`>) {
    setError(undefined);
    setLate(false);
    try {
      const hash = await submit();
      setStep("submitted");
      const result = await redemptionOf(ctx.client, hash);
      setStep("confirmed");
      // A cached list from before this redemption would leave it out of "my redemptions" and
      // the balance: wait until the API has the block, then refetch.
      const outcome = await indexedAfter(result.blockNumber);
      setLate(outcome === "late");
      setStep("indexed");
      navigate(`/receipts/${result.offerId}/${result.seq}?tx=${hash}`);
    } catch (e) {
      setError(e);
      setStep("idle");
    }
  }

  const redeemSigned = () =>
    run(async () => {
      setStep("signing");
      const { request, typedData } = await buildSignedRedemption(ctx, {
        resident,
        offerId: offer.id,
        cityId,
        priceSeen,
      });
      const signature = await signTypedDataAsync(typedData);
      return relaySignedRedemption(relayUrl, request, signature);
    });

  const redeemDirect = () =>
    run(async () => {
      setStep("signing");
      await assertPriceUnchanged(ctx, offer.id, priceSeen);
      const { request } = await ctx.client.simulateContract({
        account: resident,
        address: ctx.ledger,
        abi: iCivicLedgerAbi,
        functionName: "redeem",
        args: [offer.id, cityId, priceSeen],
      });
      return writeContractAsync(request);
    });

  return (
    <section className="card redeem" aria-labelledby="redeem-title">
      <h2 id="redeem-title">{t("redeem.title")}</h2>
      <p className="big">{t("redeem.price", { price: formatNumber(priceSeen) })}</p>
      {balance !== undefined ? <p>{t("redeem.yourBalance", { credits: formatNumber(balance) })}</p> : null}
      {!enough ? (
        <p className="state state-error" role="alert">
          {t("error.insufficientCredits")}
        </p>
      ) : null}
      <p className="muted">{t("redeem.signExplain")}</p>
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={busy || !enough || chainId !== appChain.id}
          onClick={redeemSigned}
        >
          {t("redeem.withSignature")}
        </button>
        <button
          type="button"
          className="button secondary"
          disabled={busy || !enough || !hasGas || chainId !== appChain.id}
          onClick={redeemDirect}
          title={hasGas ? undefined : t("redeem.noGas")}
        >
          {t("redeem.direct")}
        </button>
      </div>
      {!hasGas ? <p className="muted">{t("redeem.noGas")}</p> : null}
      {step !== "idle" ? <TxProgress step={step} late={late} /> : null}
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
