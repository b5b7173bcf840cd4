/** Deploying a new Safe (owners + threshold) through the proxy factory with protocol-kit. */
import { type Address, getAddress } from "viem";

import {
  type ProviderLike,
  type SignerLike,
  createCitySyncPublicClient,
  createCitySyncWalletClient,
} from "../clients.ts";
import { CitySyncError } from "../errors.ts";
import type { SafeContractAddresses } from "./connect.ts";
import { ProtocolKit } from "./protocol-kit.ts";

export interface CreateSafeOptions {
  provider: ProviderLike;
  /** Pays for the deployment; need not be an owner. */
  signer: SignerLike;
  owners: readonly Address[];
  threshold: number;
  /** Makes the address deterministic; defaults to the current time. */
  saltNonce?: bigint;
  safeContracts?: SafeContractAddresses;
}

export async function createSafeAccount(options: CreateSafeOptions): Promise<Address> {
  const owners = options.owners.map((o) => getAddress(o));
  if (owners.length === 0) throw new CitySyncError("SAFE_BAD_CONFIG", "A Safe needs at least one owner.");
  if (new Set(owners).size !== owners.length) {
    throw new CitySyncError("SAFE_BAD_CONFIG", "The same owner is listed twice.");
  }
  if (!Number.isInteger(options.threshold) || options.threshold < 1 || options.threshold > owners.length) {
    throw new CitySyncError(
      "SAFE_BAD_CONFIG",
      `Threshold ${options.threshold} is impossible with ${owners.length} owner(s).`,
    );
  }
  const publicClient = createCitySyncPublicClient(options.provider);
  const chainId = await publicClient.getChainId();
  try {
    const kit = await ProtocolKit.init({
      provider: options.provider as never,
      signer: options.signer,
      predictedSafe: {
        safeAccountConfig: { owners, threshold: options.threshold },
        safeDeploymentConfig: { saltNonce: (options.saltNonce ?? BigInt(Date.now())).toString() },
      },
      ...(options.safeContracts ? { contractNetworks: { [chainId.toString()]: options.safeContracts } } : {}),
    });
    const address = getAddress(await kit.getAddress());
    const existing = await publicClient.getCode({ address });
    if (existing && existing !== "0x") {
      throw safeCreateFailed(
        `a Safe already exists at ${address} for these owners, threshold and salt (choose another salt)`,
      );
    }
    const deployment = await kit.createSafeDeploymentTransaction();
    const wallet = await createCitySyncWalletClient(options.provider, options.signer);
    const hash = await wallet.sendTransaction({
      account: wallet.account,
      chain: wallet.chain,
      to: deployment.to as Address,
      data: deployment.data as `0x${string}`,
      value: BigInt(deployment.value),
    });
    const receipt = await publicClient.waitForTransactionReceipt({ hash });
    if (receipt.status !== "success") throw safeCreateFailed(`the deployment transaction ${hash} reverted`);
    return address;
  } catch (cause) {
    if (cause instanceof CitySyncError) throw cause;
    throw safeCreateFailed(reasonOf(cause), cause);
  }
}

function safeCreateFailed(reason: string, cause?: unknown): CitySyncError {
  return new CitySyncError("SAFE_CREATE_FAILED", `Could not create the Safe: ${reason}.`, {
    ...(cause === undefined ? {} : { cause }),
    details: { reason },
  });
}

/** Why a deployment failed, in a few words (the first line of viem's or protocol-kit's message). */
function reasonOf(cause: unknown): string {
  const text = [cause, (cause as { cause?: unknown })?.cause]
    .map((e) => `${(e as { shortMessage?: string })?.shortMessage ?? (e as Error)?.message ?? ""}`)
    .join(" ");
  if (/insufficient funds/i.test(text)) return "the paying account has not enough ETH for gas";
  if (/fetch failed|ECONNREFUSED|HTTP request failed/i.test(text)) return "the chain is not reachable";
  if (/Invalid .*contract|not deployed|No Safe contracts/i.test(text)) {
    return "the Safe contracts are not deployed on this chain";
  }
  const first =
    (cause as { shortMessage?: string })?.shortMessage ?? (cause as Error)?.message ?? String(cause);
  return first.split("\n")[0]!.replace(/\.$/, "");
}
