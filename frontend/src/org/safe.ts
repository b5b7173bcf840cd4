/**
 * The organization's Safe from the browser, without protocol-kit: reads through viem, proposals
 * built and hashed by the SDK (`safeTxData`, `createProposal`, `safeTxTypedData`), signatures
 * checked and ordered by the SDK, execution through the connected owner's wallet.
 */
import { HttpProposalService } from "@sdk/safe/proposal-service.ts";
import { type SafeProposal, createProposal, safeTxData, safeTxTypedData } from "@sdk/safe/proposal.ts";
import { combineOwnerSignatures, recoverOwnerSignature } from "@sdk/safe/signatures.ts";
import { type Address, type Hex, type PublicClient, getAddress, parseAbi } from "viem";

import { safeProposalsUrl } from "../config.ts";

export const safeAbi = parseAbi([
  "function getOwners() view returns (address[])",
  "function getThreshold() view returns (uint256)",
  "function nonce() view returns (uint256)",
  "function execTransaction(address to, uint256 value, bytes data, uint8 operation, uint256 safeTxGas, uint256 baseGas, uint256 gasPrice, address gasToken, address refundReceiver, bytes signatures) payable returns (bool)",
]);

export const proposalService = new HttpProposalService(safeProposalsUrl);

export interface SafeState {
  owners: Address[];
  threshold: number;
  nonce: bigint;
}

export async function readSafe(client: PublicClient, safe: Address): Promise<SafeState> {
  const [owners, threshold, nonce] = await Promise.all([
    client.readContract({ address: safe, abi: safeAbi, functionName: "getOwners" }),
    client.readContract({ address: safe, abi: safeAbi, functionName: "getThreshold" }),
    client.readContract({ address: safe, abi: safeAbi, functionName: "nonce" }),
  ]);
  return { owners: owners.map((o) => getAddress(o)), threshold: Number(threshold), nonce };
}

/** One proposal per call, at consecutive Safe nonces from `firstNonce`. */
export function proposalsFor(
  chainId: number,
  safe: Address,
  calls: readonly { to: Address; data: Hex; title: string }[],
  firstNonce: bigint,
  proposer: Address,
): SafeProposal[] {
  return calls.map((call, i) =>
    createProposal({
      chainId,
      safe,
      tx: safeTxData({ to: call.to, data: call.data, nonce: firstNonce + BigInt(i) }),
      calls: [{ to: call.to, value: "0", data: call.data }],
      title: call.title,
      proposer,
    }),
  );
}

/** The owners whose signatures on the proposal are valid (current owners only). */
export async function signersOf(proposal: SafeProposal, owners: readonly Address[]): Promise<Address[]> {
  const out: Address[] = [];
  for (const s of proposal.signatures) {
    try {
      const signer = await recoverOwnerSignature(proposal.id, s.signature);
      if (owners.includes(signer) && !out.includes(signer)) out.push(signer);
    } catch {
      // A malformed signature does not count; the service refuses them anyway.
    }
  }
  return out;
}

/** execTransaction arguments with the owners' signatures in the order the Safe requires. */
export function execArgs(proposal: SafeProposal) {
  const tx = proposal.tx;
  return [
    tx.to,
    BigInt(tx.value),
    tx.data,
    tx.operation,
    BigInt(tx.safeTxGas),
    BigInt(tx.baseGas),
    BigInt(tx.gasPrice),
    tx.gasToken,
    tx.refundReceiver,
    combineOwnerSignatures(proposal.signatures),
  ] as const;
}

/**
 * Proposes calls to a Safe (one proposal each, queued after those already waiting so nothing
 * pending is replaced) and adds the proposing owner's signature to each.
 */
export async function proposeAndSign(options: {
  client: PublicClient;
  chainId: number;
  safe: Address;
  owner: Address;
  calls: readonly { to: Address; data: Hex; title: string }[];
  sign: (typedData: ReturnType<typeof safeTxTypedData>) => Promise<Hex>;
}): Promise<SafeProposal[]> {
  const { client, chainId, safe, owner, calls, sign } = options;
  const [state, pending] = await Promise.all([
    readSafe(client, safe),
    proposalService.list({ safe, chainId }),
  ]);
  const next = pending.reduce((n, p) => (BigInt(p.tx.nonce) >= n ? BigInt(p.tx.nonce) + 1n : n), state.nonce);
  const proposals = proposalsFor(chainId, safe, calls, next, owner);
  for (const proposal of proposals) {
    const signature = await sign(safeTxTypedData(proposal.chainId, proposal.safe, proposal.tx));
    // The service only stores a proposal that carries its proposer's (an owner's) signature.
    await proposalService.create({ ...proposal, signatures: [{ signer: owner, signature }] });
  }
  return proposals;
}
