import { Outlet } from "react-router";

import { ChainProviders } from "./chain-providers.tsx";

/** The routes that read the chain or a wallet render inside the chain providers. */
export default function ChainOutlet() {
  return (
    <ChainProviders>
      <Outlet />
    </ChainProviders>
  );
}
