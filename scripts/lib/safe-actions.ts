/**
 * One Safe transaction, the way owners really make it, with the SDK's Safe helpers
 * (protocol-kit): the first owner proposes (several calls become one MultiSendCallOnly batch),
 * `threshold` owners confirm — off-chain EIP-712 signatures collected into the proposal, or
 * on-chain `approveHash` — and the first owner executes `execTransaction`.
 */
import {
  type SafeCall,
  type SafeConnection,
  type SafeContractAddresses,
  type ProviderLike,
  addProposalSignature,
  approveSafeProposal,
  connectSafe,
  executeSafeProposal,
  proposeSafeTransaction,
  signSafeProposal,
} from "@citysync/sdk";
import { type Address, type Hex, getAddress } from "viem";
import { privateKeyToAddress } from "viem/accounts";

export type { SafeCall };

export interface SafeActors {
  provider: ProviderLike;
  /** Safe contracts on this chain (local chains). */
  safeContracts: SafeContractAddresses;
  /** Open protocol-kit connections, by Safe and owner; filled on first use. */
  connections?: Map<string, SafeConnection>;
}

export interface SafeTransactionRequest {
  safe: string;
  /** Owners' private keys, in the order they act: the first proposes and executes. */
  ownerKeys: readonly Hex[];
  calls: readonly SafeCall[];
  title: string;
  confirm: "signatures" | "approveHash";
}

async function connectionFor(actors: SafeActors, safe: Address, key: Hex): Promise<SafeConnection> {
  actors.connections ??= new Map();
  const id = `${safe}:${privateKeyToAddress(key)}`;
  let connection = actors.connections.get(id);
  if (!connection) {
    connection = await connectSafe({
      provider: actors.provider,
      safe,
      signer: key,
      safeContracts: actors.safeContracts,
    });
    actors.connections.set(id, connection);
  }
  return connection;
}

export async function runSafeTransaction(
  actors: SafeActors,
  request: SafeTransactionRequest,
): Promise<{ transactionHash: Hex; blockNumber: bigint }> {
  const safe = getAddress(request.safe);
  const [proposerKey] = request.ownerKeys;
  if (!proposerKey) throw new Error(`No owner key to act for the Safe ${safe}.`);
  const proposer = await connectionFor(actors, safe, proposerKey);
  const threshold = await proposer.protocolKit.getThreshold();
  const confirmers = request.ownerKeys.slice(0, threshold);
  if (confirmers.length < threshold) {
    throw new Error(
      `The Safe ${safe} needs ${threshold} confirmations; ${confirmers.length} owner key(s) given.`,
    );
  }
  let proposal = await proposeSafeTransaction(proposer, request.calls, { title: request.title });
  if (request.confirm === "signatures") {
    const owners = (await proposer.protocolKit.getOwners()) as Address[];
    for (const key of confirmers) {
      const owner = await connectionFor(actors, safe, key);
      proposal = await addProposalSignature(proposal, await signSafeProposal(owner, proposal), owners);
    }
  } else {
    for (const key of confirmers) await approveSafeProposal(await connectionFor(actors, safe, key), proposal);
  }
  return executeSafeProposal(proposer, proposal);
}
