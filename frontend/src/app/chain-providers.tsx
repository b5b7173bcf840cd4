/**
 * wagmi and TanStack Query, in their own chunk: the landing page renders without them, and
 * every other page (and the header's wallet button) loads them on demand. Both providers share
 * one wagmi config and one query client, so they see the same connection and the same cache.
 */
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { WagmiProvider } from "wagmi";

import { wagmiConfig } from "../wallet/wagmi.ts";

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

export function ChainProviders({ children }: { children: ReactNode }) {
  return (
    <WagmiProvider config={wagmiConfig}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </WagmiProvider>
  );
}
