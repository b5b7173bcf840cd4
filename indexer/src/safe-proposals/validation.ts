/**
 * What a proposal service accepts, independent of how it is served (the local HTTP service today,
 * an API route later): a well-formed proposal for this chain, signed by its proposer, who must be
 * a current owner of the Safe — so a stranger can neither store proposals nor take the Safe's next
 * nonce ahead of the owners — and only owners' signatures beside it.
 */
import {
  CitySyncError,
  type ProposalSignature,
  type SafeProposal,
  addProposalSignature,
  parseProposal,
} from "@citysync/sdk";
import type { Address } from "viem";

export interface ProposalChain {
  chainId: number;
  /** The Safe's owners right now, read on chain; throws when the address is not a Safe. */
  owners(safe: Address): Promise<Address[]>;
}

/** Adds one signature, refused unless it recovers to a current owner of the proposal's Safe. */
export async function verifyProposalSignature(
  chain: ProposalChain,
  proposal: SafeProposal,
  signature: ProposalSignature,
): Promise<SafeProposal> {
  return addProposalSignature(proposal, signature, await chain.owners(proposal.safe));
}

/**
 * Checks an untrusted new proposal and returns it with its verified signatures and proposer; the
 * first signature is the proposer's.
 */
export async function validateNewProposal(chain: ProposalChain, body: unknown): Promise<SafeProposal> {
  const incoming = parseProposal(body);
  if (incoming.chainId !== chain.chainId) {
    throw new CitySyncError(
      "WRONG_CHAIN",
      `This service serves chain ${chain.chainId}, not ${incoming.chainId}.`,
      {
        details: { chainId: chain.chainId, got: incoming.chainId },
      },
    );
  }
  const owners = await chain.owners(incoming.safe);
  const [first, ...rest] = incoming.signatures;
  if (!first) {
    throw new CitySyncError(
      "PROPOSER_SIGNATURE_REQUIRED",
      "A proposal must carry its proposer's signature, and the proposer must be an owner of the Safe.",
    );
  }
  let proposal = await addProposalSignature({ ...incoming, signatures: [] }, first, owners);
  const proposer = proposal.signatures[0]!.signer;
  proposal = { ...proposal, proposer };
  for (const signature of rest) proposal = await addProposalSignature(proposal, signature, owners);
  return proposal;
}
