/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_CHAIN_ID?: string;
  readonly VITE_RPC_URL?: string;
  readonly VITE_LEDGER_ADDRESS?: string;
  readonly VITE_LEDGER_FROM_BLOCK?: string;
  readonly VITE_RELAY_URL?: string;
  readonly VITE_SAFE_PROPOSALS_URL?: string;
  readonly VITE_API_URL?: string;
}
