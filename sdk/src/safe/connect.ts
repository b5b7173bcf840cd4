/**
 * Opening a Safe with protocol-kit. On the local chain the Safe contracts are not at their
 * canonical addresses, so callers pass the addresses deployed there (`safeContracts`).
 */
import type { ContractNetworksConfig } from "@safe-global/protocol-kit";
import { type Address, type PublicClient, getAddress } from "viem";

import { type ProviderLike, type SignerLike, createCitySyncPublicClient, signerAddress } from "../clients.ts";
import { CitySyncError } from "../errors.ts";
import { ProtocolKit } from "./protocol-kit.ts";

/** Safe v1.4.1 contract addresses on one chain (protocol-kit's `ContractNetworkConfig`). */
export interface SafeContractAddresses {
  safeSingletonAddress: string;
  safeProxyFactoryAddress: string;
  multiSendAddress: string;
  multiSendCallOnlyAddress: string;
  fallbackHandlerAddress: string;
  signMessageLibAddress: string;
  createCallAddress: string;
  simulateTxAccessorAddress: string;
}

export interface SafeConnectionOptions {
  provider: ProviderLike;
  safe: Address;
  /** Private key or address of the acting owner; omit for read-only use. */
  signer?: SignerLike;
  /** Safe contract addresses on this chain (local chains); canonical ones are used otherwise. */
  safeContracts?: SafeContractAddresses;
}

/** A Safe opened for one (optional) signer: protocol-kit for Safe logic, viem for reads. */
export interface SafeConnection {
  protocolKit: ProtocolKit;
  publicClient: PublicClient;
  provider: ProviderLike;
  chainId: number;
  safe: Address;
  signer?: Address;
  signerKey?: SignerLike;
  contractNetworks?: ContractNetworksConfig;
}

export async function connectSafe(options: SafeConnectionOptions): Promise<SafeConnection> {
  const publicClient = createCitySyncPublicClient(options.provider);
  const chainId = await publicClient.getChainId();
  const safe = getAddress(options.safe);
  const code = await publicClient.getCode({ address: safe });
  if (!code || code === "0x") {
    throw new CitySyncError("SAFE_NOT_DEPLOYED", `No Safe is deployed at ${safe} on chain ${chainId}.`);
  }
  const contractNetworks = options.safeContracts
    ? { [chainId.toString()]: options.safeContracts }
    : undefined;
  let protocolKit: ProtocolKit;
  try {
    protocolKit = await ProtocolKit.init({
      provider: options.provider as never,
      ...(options.signer ? { signer: options.signer } : {}),
      safeAddress: safe,
      ...(contractNetworks ? { contractNetworks } : {}),
    });
  } catch (cause) {
    throw new CitySyncError("SAFE_CONNECT_FAILED", `Could not open the Safe ${safe}.`, { cause });
  }
  return {
    protocolKit,
    publicClient,
    provider: options.provider,
    chainId,
    safe,
    ...(options.signer ? { signer: signerAddress(options.signer), signerKey: options.signer } : {}),
    ...(contractNetworks ? { contractNetworks } : {}),
  };
}

/** Fails with a clear message unless the connection's signer owns the Safe. */
export async function requireOwner(connection: SafeConnection): Promise<Address> {
  if (!connection.signer) {
    throw new CitySyncError("SAFE_NO_SIGNER", "This action needs a signer (an owner's key).");
  }
  const isOwner = await connection.protocolKit.isOwner(connection.signer);
  if (!isOwner) {
    throw new CitySyncError(
      "SAFE_NOT_OWNER",
      `${connection.signer} is not an owner of the Safe ${connection.safe}.`,
      { details: { signer: connection.signer, safe: connection.safe } },
    );
  }
  return connection.signer;
}
