import { ChainProviders } from "../app/chain-providers.tsx";
import { ConnectButton } from "./ConnectButton.tsx";

/** The header's wallet button with the chain providers it needs (a lazily loaded chunk). */
export default function HeaderWallet({ openNow }: { openNow: boolean }) {
  return (
    <ChainProviders>
      <ConnectButton initiallyOpen={openNow} />
    </ChainProviders>
  );
}
