import { iCivicLedgerAbi } from "@sdk/generated/contracts.ts";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { Address } from "viem";
import { useWriteContract } from "wagmi";

import { useChainSource } from "../data/hooks.ts";

type RecoveryCall = "executeRecovery" | "contestRecovery";

/**
 * Sends a recovery call straight from the connected wallet (both are open to their caller without
 * a Safe): simulated first, so a refusal is decoded before the wallet is asked to pay for it.
 */
export function useRecoveryWrite(account: Address) {
  const source = useChainSource();
  const queryClient = useQueryClient();
  const { writeContractAsync } = useWriteContract();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  async function send(functionName: RecoveryCall, cityId: number, from: Address): Promise<boolean> {
    setBusy(true);
    setError(undefined);
    try {
      const { request } = await source.client.simulateContract({
        account,
        address: source.ledger,
        abi: iCivicLedgerAbi,
        functionName,
        args: [cityId, from],
      });
      const hash = await writeContractAsync(request);
      await source.client.waitForTransactionReceipt({ hash });
      await queryClient.invalidateQueries();
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { send, busy, error };
}
