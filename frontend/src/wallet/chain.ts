/** The chain the dApp runs on: the SDK's definition with the configured RPC URL. */
import { getChain } from "@sdk/chains.ts";
import { type Chain, defineChain } from "viem";

import { chainId, rpcUrl } from "../config.ts";

export const appChain: Chain = defineChain({
  ...getChain(chainId),
  rpcUrls: { default: { http: [rpcUrl] } },
});
