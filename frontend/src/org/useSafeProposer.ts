import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { Address, Hex } from "viem";
import { useSignTypedData } from "wagmi";

import { useChainSource } from "../data/hooks.ts";
import { appChain } from "../wallet/chain.ts";
import { proposeAndSign } from "./safe.ts";

export interface ProposedCall {
  to: Address;
  data: Hex;
  title: string;
}

/**
 * Proposes one call to a Safe (an organization's or a city's) signed by this owner, for forms:
 * `propose` builds the call lazily so a builder's error is shown like a wallet's.
 */
export function useSafeProposer(safe: Address, owner: Address) {
  const source = useChainSource();
  const queryClient = useQueryClient();
  const { signTypedDataAsync } = useSignTypedData();
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<string>();
  const [busy, setBusy] = useState(false);
  async function propose(build: () => ProposedCall | Promise<ProposedCall>): Promise<boolean> {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      const call = await build();
      await proposeAndSign({
        client: source.client,
        chainId: appChain.id,
        safe,
        owner,
        calls: [call],
        sign: (typedData) => signTypedDataAsync(typedData),
      });
      setDone(call.title);
      await queryClient.invalidateQueries({ queryKey: ["proposals"] });
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { propose, error, done, busy, ledger: source.ledger, source };
}
