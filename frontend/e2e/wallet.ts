/**
 * A test wallet for end-to-end runs: an EIP-1193 provider injected into the page (announced
 * through EIP-6963, so RainbowKit lists it like any browser wallet) whose accounts and
 * signatures live in Node, signing with a local key through viem. Reads go to the chain.
 */
import type { Page } from "playwright-core";
import { type Hex, createWalletClient, defineChain, http, numberToHex } from "viem";
import { privateKeyToAccount } from "viem/accounts";

export const TEST_WALLET_NAME = "City/Sync Test Wallet";

export interface TestWallet {
  address: Hex;
  /** The chain the wallet says it is on (tests start it elsewhere to see the switch prompt). */
  chainId: number;
}

export async function installTestWallet(
  page: Page,
  options: { privateKey: Hex; rpcUrl: string; chainId: number; startChainId?: number },
): Promise<TestWallet> {
  const account = privateKeyToAccount(options.privateKey);
  const chain = defineChain({
    id: options.chainId,
    name: "local",
    nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    rpcUrls: { default: { http: [options.rpcUrl] } },
  });
  const wallet = createWalletClient({ account, chain, transport: http(options.rpcUrl) });
  const state: TestWallet = { address: account.address, chainId: options.startChainId ?? options.chainId };
  // Like a real wallet, accounts are only revealed once the page asked and the person agreed.
  let authorized = false;

  async function rpc(method: string, params: unknown[]): Promise<unknown> {
    const response = await fetch(options.rpcUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
    });
    const body = (await response.json()) as {
      result?: unknown;
      error?: { code: number; message: string; data?: unknown };
    };
    if (body.error) throw Object.assign(new Error(body.error.message), body.error);
    return body.result;
  }

  await page.exposeFunction("__testWalletRequest", async (method: string, params: unknown[] = []) => {
    try {
      switch (method) {
        case "eth_requestAccounts":
          authorized = true;
          return { result: [account.address] };
        case "eth_accounts":
          return { result: authorized ? [account.address] : [] };
        case "eth_chainId":
          return { result: numberToHex(state.chainId) };
        case "net_version":
          return { result: String(state.chainId) };
        case "wallet_switchEthereumChain": {
          const wanted = Number((params[0] as { chainId: string }).chainId);
          if (wanted !== options.chainId) return { error: { code: 4902, message: "Unrecognized chain" } };
          state.chainId = wanted;
          return { result: null, chainChanged: numberToHex(wanted) };
        }
        case "wallet_requestPermissions":
          authorized = true;
          return { result: [{ parentCapability: "eth_accounts" }] };
        case "wallet_getPermissions":
          return { result: authorized ? [{ parentCapability: "eth_accounts" }] : [] };
        case "wallet_revokePermissions":
          authorized = false;
          return { result: null };
        case "personal_sign":
          return { result: await account.signMessage({ message: { raw: params[0] as Hex } }) };
        case "eth_signTypedData_v4": {
          const typed = JSON.parse(params[1] as string);
          delete typed.types.EIP712Domain;
          return { result: await account.signTypedData(typed) };
        }
        case "eth_sendTransaction": {
          const tx = params[0] as { to: Hex; data?: Hex; value?: Hex; gas?: Hex };
          const hash = await wallet.sendTransaction({
            to: tx.to,
            data: tx.data,
            value: tx.value ? BigInt(tx.value) : 0n,
            ...(tx.gas ? { gas: BigInt(tx.gas) } : {}),
          });
          return { result: hash };
        }
        default:
          return { result: await rpc(method, params) };
      }
    } catch (error) {
      const e = error as { code?: number; message?: string; data?: unknown };
      return { error: { code: e.code ?? -32603, message: e.message ?? String(error), data: e.data } };
    }
  });

  await page.addInitScript(
    ({ name }) => {
      type Listener = (...args: unknown[]) => void;
      const listeners = new Map<string, Set<Listener>>();
      const provider = {
        isCitySyncTestWallet: true,
        async request({ method, params }: { method: string; params?: unknown[] }) {
          const reply = await (
            window as unknown as {
              __testWalletRequest: (
                m: string,
                p?: unknown[],
              ) => Promise<{
                result?: unknown;
                error?: { code: number; message: string; data?: unknown };
                chainChanged?: string;
              }>;
            }
          ).__testWalletRequest(method, params ?? []);
          if (reply.error) throw Object.assign(new Error(reply.error.message), reply.error);
          if (reply.chainChanged) for (const l of listeners.get("chainChanged") ?? []) l(reply.chainChanged);
          return reply.result;
        },
        on(event: string, listener: Listener) {
          if (!listeners.has(event)) listeners.set(event, new Set());
          listeners.get(event)!.add(listener);
          return provider;
        },
        removeListener(event: string, listener: Listener) {
          listeners.get(event)?.delete(listener);
          return provider;
        },
      };
      const info = {
        uuid: "6f1d4c1e-3b0a-4c55-9d8e-0c1c5f1a2b3c",
        name,
        icon: "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 8 8'%3E%3Crect width='8' height='8' fill='%230f5c4d'/%3E%3C/svg%3E",
        rdns: "org.citysync.testwallet",
      };
      const announce = () =>
        window.dispatchEvent(
          new CustomEvent("eip6963:announceProvider", { detail: Object.freeze({ info, provider }) }),
        );
      window.addEventListener("eip6963:requestProvider", announce);
      // Lets a test play the wallet's side: a network change made in the wallet itself.
      (window as unknown as { __testWalletEmit: (event: string, value: unknown) => void }).__testWalletEmit =
        (event, value) => {
          for (const l of listeners.get(event) ?? []) l(value);
        };
      announce();
    },
    { name: TEST_WALLET_NAME },
  );
  return state;
}

/** Moves the wallet to another chain as if the person did it in the wallet. */
export async function switchWalletChain(page: Page, wallet: TestWallet, chainId: number): Promise<void> {
  wallet.chainId = chainId;
  await page.evaluate(
    (hex) =>
      (window as unknown as { __testWalletEmit: (e: string, v: unknown) => void }).__testWalletEmit(
        "chainChanged",
        hex,
      ),
    numberToHex(chainId),
  );
}
