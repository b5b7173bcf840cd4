import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { Address, Hex } from "viem";
import { useSignTypedData, useWriteContract } from "wagmi";

import { safeTxTypedData } from "@sdk/safe/proposal.ts";
import { useChainSource } from "../data/hooks.ts";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { TxProgress, type TxStep } from "../tx/TxProgress.tsx";
import { AppError } from "../ui/known-error.ts";
import { useIndexedAfter } from "../tx/useIndexedAfter.ts";
import { ErrorMessage, QueryState } from "../ui/States.tsx";
import { appChain } from "../wallet/chain.ts";
import { shortAddress } from "../wallet/ConnectButton.tsx";
import { execArgs, proposalService, readSafe, safeAbi, signersOf } from "./safe.ts";

/** Pending proposals of a Safe (an organization's or a city's): who signed, sign, execute. */
export function Proposals({ safe: safeAddress, owner }: { safe: Address; owner: Address }) {
  const { t, formatNumber } = useI18n();
  const source = useChainSource();
  const queryClient = useQueryClient();
  const { signTypedDataAsync } = useSignTypedData();
  const { writeContractAsync } = useWriteContract();
  const [busy, setBusy] = useState<Hex>();
  const [error, setError] = useState<unknown>();
  // The execution in progress (or just finished): its proposal, step, and whether indexing was slow.
  const [execution, setExecution] = useState<{ id: Hex; step: TxStep; late: boolean }>();
  // Every console list may show what a Safe transaction changed: all are refetched once indexed.
  const indexedAfter = useIndexedAfter();
  const query = useQuery({
    queryKey: ["proposals", safeAddress],
    queryFn: async () => {
      const [safe, proposals] = await Promise.all([
        readSafe(source.client, safeAddress),
        proposalService.list({ safe: safeAddress, chainId: appChain.id }),
      ]);
      const open = proposals.filter((p) => BigInt(p.tx.nonce) >= safe.nonce);
      open.sort((a, b) => Number(BigInt(a.tx.nonce) - BigInt(b.tx.nonce)));
      return {
        safe,
        proposals: await Promise.all(
          open.map(async (p) => ({ p, signers: await signersOf(p, safe.owners) })),
        ),
      };
    },
    refetchInterval: 5_000,
  });

  async function act(id: Hex, action: () => Promise<void>) {
    setBusy(id);
    setError(undefined);
    setExecution(undefined);
    try {
      await action();
      await queryClient.invalidateQueries();
    } catch (e) {
      setError(e);
      setExecution(undefined);
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <section aria-labelledby="proposals-title" className="card">
      <h3 id="proposals-title">{t("org.proposalsTitle")}</h3>
      <QueryState query={query} empty={t("org.noProposals")} isEmpty={(d) => d.proposals.length === 0}>
        {({ safe, proposals }) => (
          <ul className="cards">
            {proposals.map(({ p, signers }) => {
              const signed = signers.includes(owner);
              const executable = signers.length >= safe.threshold && BigInt(p.tx.nonce) === safe.nonce;
              return (
                <li key={p.id} className="card" data-testid="proposal">
                  <h4 className="card-title">{p.title}</h4>
                  <p className="muted">{t("org.nonce", { nonce: p.tx.nonce })}</p>
                  <p>
                    {t("org.signatures", {
                      count: formatNumber(signers.length),
                      threshold: formatNumber(safe.threshold),
                    })}
                  </p>
                  <ul aria-label={t("org.signedBy")}>
                    {signers.map((s) => (
                      <li key={s}>
                        <code title={s}>{shortAddress(s)}</code>
                        {s === owner ? ` (${t("org.you")})` : ""}
                      </li>
                    ))}
                  </ul>
                  <div className="actions">
                    {!signed ? (
                      <button
                        type="button"
                        className="button"
                        disabled={busy !== undefined}
                        onClick={() =>
                          void act(p.id, async () => {
                            const signature = await signTypedDataAsync(
                              safeTxTypedData(p.chainId, p.safe, p.tx),
                            );
                            await proposalService.addSignature(p.id, { signer: owner, signature });
                          })
                        }
                      >
                        {t("org.sign")}
                      </button>
                    ) : null}
                    {executable ? (
                      <button
                        type="button"
                        className="button"
                        disabled={busy !== undefined}
                        onClick={() =>
                          void act(p.id, async () => {
                            const progress = (step: TxStep, late = false) =>
                              setExecution({ id: p.id, step, late });
                            progress("signing");
                            const latest = await proposalService.get(p.id);
                            const { request } = await source.client.simulateContract({
                              account: owner,
                              address: p.safe,
                              abi: safeAbi,
                              functionName: "execTransaction",
                              args: execArgs(latest),
                            });
                            const hash = await writeContractAsync(request);
                            progress("submitted");
                            const receipt = await source.client.waitForTransactionReceipt({ hash });
                            if (receipt.status !== "success") throw new AppError("error.reverted");
                            progress("confirmed");
                            const outcome = await indexedAfter(receipt.blockNumber);
                            progress("indexed", outcome === "late");
                          })
                        }
                      >
                        {t("org.execute")}
                      </button>
                    ) : !signed ? null : (
                      <p className="muted">{t("org.waiting")}</p>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </QueryState>
      {execution ? <TxProgress step={execution.step} late={execution.late} /> : null}
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
