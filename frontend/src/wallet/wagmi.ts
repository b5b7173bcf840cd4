/**
 * wagmi configuration. Wallets are found through EIP-6963 announcements (RainbowKit lists them)
 * plus the legacy injected `window.ethereum`; RainbowKit itself is only loaded when the wallet
 * modal opens, so the landing page does not pay for it.
 */
import { http, createConfig } from "wagmi";
import { injected } from "wagmi/connectors";

import { appChain } from "./chain.ts";

export const wagmiConfig = createConfig({
  chains: [appChain],
  connectors: [injected({ shimDisconnect: true })],
  multiInjectedProviderDiscovery: true,
  // One HTTP request per burst of reads (lists read many views and block timestamps at once).
  transports: { [appChain.id]: http(undefined, { batch: { batchSize: 200, wait: 16 } }) },
});

declare module "wagmi" {
  interface Register {
    config: typeof wagmiConfig;
  }
}
