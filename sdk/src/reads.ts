/**
 * Typed reads of the ledger. Every function takes a viem public client and the ledger address
 * (`ledgerAddress(chainId)` finds it in the generated deployment records); ids follow the ABI
 * (uint32/uint48 ids are numbers), amounts are bigints.
 */
import {
  type Abi,
  type Address,
  type ContractFunctionArgs,
  type ContractFunctionName,
  type ContractFunctionReturnType,
  type PublicClient,
  getAddress,
} from "viem";

import { CitySyncError } from "./errors.ts";
import { deployments, iCivicLedgerAbi } from "./generated/contracts.ts";

export interface LedgerRef {
  client: PublicClient;
  ledger: Address;
}

/** Names the deployment records may use for the ledger, most specific first. */
const LEDGER_NAMES = ["CivicLedger", "CitySyncLedger", "Ledger"];

/** The ledger's address on a chain, from the generated deployment records. */
export function ledgerAddress(chainId: number): Address {
  const records = deployments[chainId] ?? {};
  for (const name of LEDGER_NAMES) {
    const record = records[name];
    if (record) return record.address;
  }
  throw new CitySyncError(
    "LEDGER_NOT_DEPLOYED",
    `No City/Sync ledger is recorded for chain ${chainId}; deploy it or pass its address.`,
  );
}

/**
 * The block the ledger was deployed in (where its logs start), from the deployment records; 0 when
 * `ledger` is not the recorded one (an address given by hand), so nothing is missed.
 */
export function ledgerDeployBlock(chainId: number, ledger: Address): bigint {
  const records = deployments[chainId] ?? {};
  for (const name of LEDGER_NAMES) {
    const record = records[name];
    if (record && record.address.toLowerCase() === ledger.toLowerCase()) return record.blockNumber;
  }
  return 0n;
}

export const OrgStatus = { None: 0, Active: 1, Suspended: 2 } as const;
export const OpportunityStatus = { None: 0, Open: 1, Closed: 2 } as const;
export const OfferStatus = { None: 0, Active: 1, Closed: 2 } as const;
export const RedemptionStatus = { None: 0, Redeemed: 1, Fulfilled: 2, Refunded: 3 } as const;
/** Suggested reason codes of `revoke` (docs/contracts.md); the ledger stores any uint8. */
export const RevokeReason = {
  Other: 0,
  Fraud: 1,
  DataEntryError: 2,
  Duplicate: 3,
  ParticipantRequest: 4,
  OrganizationWithdrawn: 5,
} as const;

type LedgerAbi = typeof iCivicLedgerAbi;
/** Every view of the ledger, by name (from the generated ABI). */
export type LedgerView = ContractFunctionName<LedgerAbi, "view">;
export type LedgerViewArgs<F extends LedgerView> = ContractFunctionArgs<LedgerAbi, "view", F>;
export type LedgerViewResult<F extends LedgerView> = ContractFunctionReturnType<LedgerAbi, "view", F>;

/** Reads a ledger view; the compiler checks its name and arguments and types its result from the ABI. */
export async function readLedger<F extends LedgerView>(
  ref: LedgerRef,
  functionName: F,
  ...[args]: LedgerViewArgs<F> extends readonly [] ? [] : [LedgerViewArgs<F>]
): Promise<LedgerViewResult<F>> {
  // The signature is typed by the ABI; the call itself only needs the widened ABI.
  const abi: Abi = iCivicLedgerAbi;
  const result: unknown = await ref.client.readContract({
    address: ref.ledger,
    abi,
    functionName: functionName as string,
    args: (args ?? []) as readonly unknown[],
  });
  return result as LedgerViewResult<F>;
}

const read = readLedger;

export const getBalance = (ref: LedgerRef, cityId: number, resident: Address) =>
  read(ref, "balanceOf", [cityId, getAddress(resident)]);

export const getLifetimeEarned = (ref: LedgerRef, cityId: number, resident: Address) =>
  read(ref, "lifetimeEarned", [cityId, getAddress(resident)]);

export const getCitySupply = (ref: LedgerRef, cityId: number) => read(ref, "totalSupply", [cityId]);

/** Balance and lifetime credits of a resident in one city. */
export async function getCredits(ref: LedgerRef, cityId: number, resident: Address) {
  const [balance, lifetime] = await Promise.all([
    getBalance(ref, cityId, resident),
    getLifetimeEarned(ref, cityId, resident),
  ]);
  return { cityId, resident: getAddress(resident), balance, lifetime };
}

// The decoded tuple types as viem infers them from the generated ABI.
export type CityInfo = LedgerViewResult<"city">;
export type OrganizationInfo = LedgerViewResult<"organization">;
export type OpportunityInfo = LedgerViewResult<"opportunity">;
export type OfferInfo = LedgerViewResult<"offer">;
export type DelegateInfo = LedgerViewResult<"delegateOf">;

export const getCity = (ref: LedgerRef, cityId: number) => read(ref, "city", [cityId]);
export const getOrganization = (ref: LedgerRef, orgId: number) => read(ref, "organization", [orgId]);
export const getOpportunity = (ref: LedgerRef, opportunityId: number) =>
  read(ref, "opportunity", [opportunityId]);
export const getOffer = (ref: LedgerRef, offerId: number) => read(ref, "offer", [offerId]);
export const getDelegate = (ref: LedgerRef, orgId: number, delegate: Address) =>
  read(ref, "delegateOf", [orgId, getAddress(delegate)]);
export const isNonceUsed = (ref: LedgerRef, signer: Address, nonce: bigint) =>
  read(ref, "isNonceUsed", [getAddress(signer), nonce]);
export const getMaxBatchRows = (ref: LedgerRef) => read(ref, "MAX_BATCH_ROWS");
export const getCityCount = (ref: LedgerRef) => read(ref, "cityCount");
export const getOpportunityCount = (ref: LedgerRef) => read(ref, "opportunityCount");
export const getOfferCount = (ref: LedgerRef) => read(ref, "offerCount");
export const offerAcceptsCity = (ref: LedgerRef, offerId: number, cityId: number) =>
  read(ref, "offerAcceptsCity", [offerId, cityId]);
export const getNetworkAdmin = (ref: LedgerRef) => read(ref, "networkAdmin");
export const getPendingNetworkAdmin = async (ref: LedgerRef) => {
  const [admin, executableAt] = await read(ref, "pendingNetworkAdmin");
  return { admin, executableAt };
};
export const getPendingRecovery = (ref: LedgerRef, cityId: number, from: Address) =>
  read(ref, "pendingRecovery", [cityId, getAddress(from)]);
export const isPaused = (ref: LedgerRef) => read(ref, "paused");
/** The generation a signer of the organization must put in a signed attestation now. */
export const getAuthorizationGeneration = (ref: LedgerRef, orgId: number, signer: Address) =>
  read(ref, "authorizationGeneration", [orgId, getAddress(signer)]);
/** Longest validity of a signed attestation or redemption, in seconds from the block that runs it. */
export const getSignatureHorizon = (ref: LedgerRef) => read(ref, "signatureHorizon");
/** Spent credits of revoked attestations that refunds to the resident must cover first. */
export const getRevocationShortfall = (ref: LedgerRef, cityId: number, resident: Address) =>
  read(ref, "revocationShortfall", [cityId, getAddress(resident)]);
/** Whether the resident cannot redeem in the city (a recovery of it is pending or was executed). */
export const isFrozen = (ref: LedgerRef, cityId: number, resident: Address) =>
  read(ref, "isFrozen", [cityId, getAddress(resident)]);

/** An organization's budget in the current epoch: what it may still mint. */
export async function getBudgetStatus(ref: LedgerRef, orgId: number) {
  const [org, epoch] = await Promise.all([getOrganization(ref, orgId), read(ref, "currentEpoch")]);
  const minted = org.epoch === epoch ? org.epochMinted : 0n;
  const remaining = org.budget > minted ? org.budget - minted : 0n;
  return { orgId, epoch, budget: org.budget, minted, remaining };
}

/** The lowest nonce of `signer` that is neither used nor invalidated (unordered nonces). */
export async function nextFreeNonce(ref: LedgerRef, signer: Address, fromWord = 0n): Promise<bigint> {
  for (let word = fromWord; word < fromWord + 1024n; word++) {
    const bitmap = await read(ref, "nonceBitmap", [getAddress(signer), word]);
    if (bitmap === (1n << 256n) - 1n) continue;
    for (let bit = 0n; bit < 256n; bit++) if ((bitmap & (1n << bit)) === 0n) return (word << 8n) | bit;
  }
  throw new CitySyncError("NO_FREE_NONCE", `No free nonce found for ${signer} in 1024 words.`);
}

/** Finds the organization whose account is `account` (scans ids; fine for a city's scale). */
export async function findOrganizationByAccount(ref: LedgerRef, account: Address) {
  const count = await read(ref, "organizationCount");
  const wanted = getAddress(account);
  for (let orgId = count; orgId >= 1; orgId--) {
    const org = await getOrganization(ref, orgId);
    if (getAddress(org.account) === wanted) return { orgId, ...org };
  }
  throw new CitySyncError("UNKNOWN_ORGANIZATION", `No organization has the account ${wanted}.`);
}

/** `loadOpportunity` for CSV validation, reading the chain. */
export function opportunityLoader(ref: LedgerRef) {
  return async (opportunityId: bigint) => {
    const o = await getOpportunity(ref, Number(opportunityId));
    return o.status === OpportunityStatus.None
      ? undefined
      : { orgId: o.orgId, status: o.status, start: o.start, end: o.end };
  };
}
