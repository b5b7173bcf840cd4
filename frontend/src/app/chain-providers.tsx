/**
 * wagmi, in its own chunk: public pages render without it, and the pages that need a wallet or
 * the ledger (and the header's wallet button) load it on demand. Every instance shares one wagmi
 * config, and the app's one query cache (provided above, in App), so they see the same
 * connection and the same data.
 */
import type { ReactNode } from "react";
import { WagmiProvider } from "wagmi";

import { wagmiConfig } from "../wallet/wagmi.ts";

export function ChainProviders({ children }: { children: ReactNode }) {
  return <WagmiProvider config={wagmiConfig}>{children}</WagmiProvider>;
}
