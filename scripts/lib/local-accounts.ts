/**
 * Deterministic local accounts. Every key City/Sync uses on a local chain (Safe owners, residents,
 * relayers) is derived from one seed string and a label naming its role, so the same seed always
 * gives the same accounts, Safes and data, and adding a role never shifts another one's key.
 *
 *   privateKey(label) = keccak256(utf8("<seed>/<label>"))
 *
 * These keys are public by construction: local chains only, never a public network.
 */
import { Wallet, keccak256, toUtf8Bytes, type Provider } from "ethers";

import { LOCAL_CHAIN_ID } from "../../sdk/src/local-network.ts";

/** The seed `npm start` and `npm run seed` use unless CITYSYNC_SEED says otherwise. */
export const DEFAULT_SEED = "citysync-pilot-v1";

/** Chain ids on which the deterministic keys may be used. */
export const LOCAL_CHAIN_IDS: readonly number[] = [LOCAL_CHAIN_ID];

export function seedFromEnv(): string {
  return process.env.CITYSYNC_SEED?.trim() || DEFAULT_SEED;
}

export interface LocalAccount {
  label: string;
  address: `0x${string}`;
  privateKey: `0x${string}`;
}

export function localAccount(seed: string, label: string): LocalAccount {
  const privateKey = keccak256(toUtf8Bytes(`${seed}/${label}`)) as `0x${string}`;
  const address = new Wallet(privateKey).address as `0x${string}`;
  return { label, address, privateKey };
}

export function localWallet(seed: string, label: string, provider?: Provider): Wallet {
  return new Wallet(localAccount(seed, label).privateKey, provider ?? null);
}

/** The three owners (2-of-3) of a Safe whose role is `role` (for example "network-admin"). */
export function safeOwnerAccounts(seed: string, role: string): [LocalAccount, LocalAccount, LocalAccount] {
  return [1, 2, 3].map((i) => localAccount(seed, `${role}/owner-${i}`)) as [
    LocalAccount,
    LocalAccount,
    LocalAccount,
  ];
}

/** Fixed CREATE2 salt for a role's Safe, so its address depends only on the seed and the role. */
export function safeSalt(seed: string, role: string): bigint {
  return BigInt(keccak256(toUtf8Bytes(`${seed}/${role}/safe-salt`)));
}

export const NETWORK_ADMIN_ROLE = "network-admin";

export function assertLocalChain(chainId: number, what: string): void {
  if (!LOCAL_CHAIN_IDS.includes(chainId)) {
    throw new Error(`${what} uses publicly known keys and runs on local chains only (chain ${chainId}).`);
  }
}
