/**
 * Reads of a city's ERC-20 view (`CityCreditView`): what wallets and explorers see. Balances
 * and supply are the ledger's, live; credits are non-transferable (every transfer path reverts).
 */
import { type Address, type PublicClient, getAddress } from "viem";

import { CitySyncError } from "./errors.ts";
import { deployments, iCityCreditAbi } from "./generated/contracts.ts";

/** Record name of a city's ERC-20 view in deployments/<chainId>.json, e.g. `CityCreditView_MVD`. */
export function cityCreditRecordName(cityCode: string): string {
  return `CityCreditView_${cityCode}`;
}

export function cityCreditAddress(chainId: number, cityCode: string): Address {
  const record = deployments[chainId]?.[cityCreditRecordName(cityCode)];
  if (!record) {
    throw new CitySyncError(
      "TOKEN_NOT_DEPLOYED",
      `No ERC-20 view of city ${cityCode} is recorded for chain ${chainId}.`,
    );
  }
  return record.address;
}

export interface CityCreditToken {
  address: Address;
  name: string;
  symbol: string;
  decimals: number;
  totalSupply: bigint;
  cityId: number;
  ledger: Address;
}

export async function getCityCreditToken(client: PublicClient, token: Address): Promise<CityCreditToken> {
  const address = getAddress(token);
  const read = <T>(functionName: string) =>
    client.readContract({ address, abi: iCityCreditAbi, functionName: functionName as never }) as Promise<T>;
  const [name, symbol, decimals, totalSupply, cityId, ledger] = await Promise.all([
    read<string>("name"),
    read<string>("symbol"),
    read<number>("decimals"),
    read<bigint>("totalSupply"),
    read<number>("cityId"),
    read<Address>("ledger"),
  ]);
  return { address, name, symbol, decimals, totalSupply, cityId, ledger: getAddress(ledger) };
}

/** ERC-20 `balanceOf` of the view (the resident's spendable credits in that city). */
export function getCityCreditBalance(
  client: PublicClient,
  token: Address,
  account: Address,
): Promise<bigint> {
  return client.readContract({
    address: getAddress(token),
    abi: iCityCreditAbi,
    functionName: "balanceOf",
    args: [getAddress(account)],
  });
}
