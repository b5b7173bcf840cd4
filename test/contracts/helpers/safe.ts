/**
 * Safe v1.4.1 helpers for tests and the gas bench: 2-of-3 Safes whose owners are plain ethers
 * wallets, execTransaction with EIP-712 SafeTx signatures, and EIP-1271 message signatures that
 * the Safe's CompatibilityFallbackHandler accepts.
 */
import { safeTxTypes } from "@citysync/sdk";
import {
  AbiCoder,
  Contract,
  type ContractTransactionResponse,
  type BaseWallet,
  type Provider,
  type Signer,
  ZeroAddress,
  concat,
  getAddress,
} from "ethers";

import {
  type SafeInfrastructure,
  createSafe,
  deploySafeInfrastructure,
  safeL2Abi,
} from "../../../scripts/lib/safe-infrastructure.ts";

export { createSafe, deploySafeInfrastructure, safeL2Abi, type SafeInfrastructure };

export const EIP1271_MAGIC_VALUE = "0x1626ba7e";

// The SDK's SafeTx type definition (one source of truth), in the mutable shape ethers expects.
const SAFE_TX_TYPES = { SafeTx: [...safeTxTypes.SafeTx] };

const SAFE_MESSAGE_TYPES = { SafeMessage: [{ name: "message", type: "bytes" }] };

/** A deployed Safe with its owners' keys (sorted ascending by address, as Safe wants signatures). */
export interface TestSafe {
  address: string;
  owners: BaseWallet[];
  threshold: number;
  contract: Contract;
}

/** Owners sorted by address, ascending. */
export function sortOwners<T extends { address: string }>(owners: readonly T[]): T[] {
  return [...owners].sort((a, b) => (BigInt(a.address) < BigInt(b.address) ? -1 : 1));
}

export async function deployTestSafe(
  deployer: Signer,
  infrastructure: SafeInfrastructure,
  owners: readonly BaseWallet[],
  threshold: number,
  saltNonce: bigint,
): Promise<TestSafe> {
  const address = await createSafe(
    deployer,
    infrastructure,
    owners.map((o) => o.address),
    threshold,
    saltNonce,
  );
  const provider = deployer.provider!;
  return {
    address,
    owners: sortOwners(owners),
    threshold,
    contract: new Contract(address, safeL2Abi as never, provider),
  };
}

/** Concatenated 65-byte ECDSA signatures of `signers` (sorted by address) over an EIP-712 payload. */
async function signSorted(
  signers: readonly BaseWallet[],
  domain: { chainId: bigint; verifyingContract: string },
  types: Record<string, { name: string; type: string }[]>,
  value: Record<string, unknown>,
): Promise<string> {
  const sigs: string[] = [];
  for (const s of sortOwners(signers)) sigs.push(await s.signTypedData(domain, types, value));
  return sigs.length === 0 ? "0x" : concat(sigs);
}

/**
 * EIP-1271 signature of `hash` by the Safe: `signers` (owners) sign the SafeMessage that the
 * CompatibilityFallbackHandler checks, i.e. SafeMessage(bytes message = abi.encode(hash)).
 */
export async function safeSignHash(
  safe: { address: string },
  signers: readonly BaseWallet[],
  hash: string,
  chainId: bigint,
): Promise<string> {
  return signSorted(signers, { chainId, verifyingContract: safe.address }, SAFE_MESSAGE_TYPES, {
    message: AbiCoder.defaultAbiCoder().encode(["bytes32"], [hash]),
  });
}

/** Calls the Safe's `isValidSignature(bytes32,bytes)` through a one-item ABI (see protocol-kit trap). */
export async function safeIsValidSignature(
  provider: Provider,
  safe: string,
  hash: string,
  signature: string,
): Promise<string> {
  const c = new Contract(safe, ["function isValidSignature(bytes32,bytes) view returns (bytes4)"], provider);
  return (await c.getFunction("isValidSignature")(hash, signature)) as string;
}

/**
 * Executes `to.call(data)` from the Safe: owners sign the EIP-712 SafeTx for the current nonce,
 * `relayer` sends execTransaction. Returns the transaction (its receipt's gasUsed is the real cost).
 */
export async function execSafeTransaction(
  safe: TestSafe,
  relayer: Signer,
  to: string,
  data: string,
  options: { signers?: readonly BaseWallet[]; value?: bigint; gasLimit?: bigint } = {},
): Promise<ContractTransactionResponse> {
  const provider = relayer.provider!;
  const { chainId } = await provider.getNetwork();
  const contract = safe.contract.connect(relayer) as Contract;
  const nonce = (await contract.getFunction("nonce")()) as bigint;
  const tx = {
    to: getAddress(to),
    value: options.value ?? 0n,
    data,
    operation: 0,
    safeTxGas: 0n,
    baseGas: 0n,
    gasPrice: 0n,
    gasToken: ZeroAddress,
    refundReceiver: ZeroAddress,
    nonce,
  };
  const signers = options.signers ?? safe.owners.slice(0, safe.threshold);
  const signatures = await signSorted(
    signers,
    { chainId, verifyingContract: safe.address },
    SAFE_TX_TYPES,
    tx,
  );
  const overrides = options.gasLimit === undefined ? {} : { gasLimit: options.gasLimit };
  return (await contract.getFunction("execTransaction")(
    tx.to,
    tx.value,
    tx.data,
    tx.operation,
    tx.safeTxGas,
    tx.baseGas,
    tx.gasPrice,
    tx.gasToken,
    tx.refundReceiver,
    signatures,
    overrides,
  )) as ContractTransactionResponse;
}

/**
 * Safe's execTransaction does not revert when the inner call fails (safeTxGas = 0 makes it
 * revert with GS013 instead). Helper: decodes the ExecutionFailure/ExecutionSuccess outcome.
 */
export async function safeExecutionSucceeded(
  safe: TestSafe,
  tx: ContractTransactionResponse,
): Promise<boolean> {
  const receipt = await tx.wait();
  for (const log of receipt?.logs ?? []) {
    if (getAddress(log.address) !== getAddress(safe.address)) continue;
    const parsed = safe.contract.interface.parseLog(log);
    if (parsed?.name === "ExecutionSuccess") return true;
    if (parsed?.name === "ExecutionFailure") return false;
  }
  throw new Error("execTransaction emitted neither ExecutionSuccess nor ExecutionFailure");
}
