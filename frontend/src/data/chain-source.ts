/**
 * The chain as the consoles reach it: the public client, the ledger and the block it was deployed
 * at. What must be current when an owner signs (a Safe's owners and nonce, the ledger's views a
 * proof is checked against) and what the indexer's API does not serve (wallet recoveries) is read
 * through it; every list comes from the API (`hooks.ts`).
 */
import type { Address, PublicClient } from "viem";

export interface ChainSource {
  client: PublicClient;
  ledger: Address;
  fromBlock: bigint;
}
