/**
 * Finds a ledger mapping entry's storage slot by scanning the ERC-7201 namespace (the mappings are
 * fields of one Layout struct at LAYOUT_SLOT), so tests can reach counters (sequence numbers, sold
 * units) that would take billions of transactions to reach honestly.
 */
import { AbiCoder, type Provider, keccak256, toBeHex } from "ethers";

/** keccak256(abi.encode(uint256(keccak256("citysync.storage.CivicLedger")) - 1)) & ~0xff */
export const LAYOUT_SLOT = 0x83698b7399696d327b93fed16b0965b064ffcc8a6ae7f60edc5cea97c7c93e00n;

export function mappingSlot(key: bigint, mappingBase: bigint): bigint {
  return BigInt(keccak256(AbiCoder.defaultAbiCoder().encode(["uint256", "uint256"], [key, mappingBase])));
}

/** The slot of `mapping[key]` whose current word equals `expected`, searching the first 40 Layout fields. */
export async function findEntrySlot(
  provider: Provider,
  contract: string,
  key: bigint,
  expected: bigint,
): Promise<bigint> {
  for (let field = 0n; field < 40n; field++) {
    const slot = mappingSlot(key, LAYOUT_SLOT + field);
    if (BigInt(await provider.getStorage(contract, slot)) === expected) return slot;
  }
  throw new Error(`no mapping entry for key ${key} holds ${toBeHex(expected)}`);
}
