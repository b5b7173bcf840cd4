/**
 * Ledger calls as `{ to, data }`, ready to put in a Safe proposal (organizations and cities act
 * through their Safes) or to send directly; and the reverse, decoding a call for review.
 */
import {
  type Abi,
  type Address,
  type ContractFunctionArgs,
  type ContractFunctionName,
  type Hex,
  decodeFunctionData,
  encodeFunctionData,
  getAddress,
} from "viem";

import type { AttestationBatchProof, RedemptionProof } from "./commitment-chain.ts";
import { CitySyncError } from "./errors.ts";
import { iCivicLedgerAbi } from "./generated/contracts.ts";
import { OrgStatus } from "./reads.ts";

export interface LedgerCall {
  to: Address;
  data: Hex;
  value?: bigint;
}

type LedgerAbi = typeof iCivicLedgerAbi;
/** Every state-changing ledger function, by name (from the generated ABI). */
export type LedgerWriteFunction = ContractFunctionName<LedgerAbi, "nonpayable">;
/** The arguments of a ledger function, as viem derives them from the ABI. */
export type LedgerArgs<F extends LedgerWriteFunction> = ContractFunctionArgs<LedgerAbi, "nonpayable", F>;

/** Encodes a call of `functionName`; the compiler checks the arguments against the ABI. */
export function ledgerCall<F extends LedgerWriteFunction>(
  ledger: Address,
  functionName: F,
  args: LedgerArgs<F>,
): LedgerCall {
  // The signature above is typed by the ABI; encoding itself only needs the widened ABI.
  const abi: Abi = iCivicLedgerAbi;
  return {
    to: getAddress(ledger),
    data: encodeFunctionData({ abi, functionName: functionName as string, args: args as readonly unknown[] }),
  };
}

/** `publishOpportunity`'s parameters, from the ABI. */
export type OpportunityParams = LedgerArgs<"publishOpportunity">[1];
/** `publishOffer`'s parameters, from the ABI. */
export type OfferParams = LedgerArgs<"publishOffer">[1];

const call = ledgerCall;

export const ledgerCalls = {
  attestBatch: (ledger: Address, orgId: number, rows: readonly Hex[], evidenceRoot: Hex) =>
    call(ledger, "attestBatch", [orgId, rows, evidenceRoot]),
  publishOpportunity: (ledger: Address, orgId: number, params: OpportunityParams) =>
    call(ledger, "publishOpportunity", [orgId, params]),
  updateOpportunity: (
    ledger: Address,
    opportunityId: number,
    p: { capacity: number; start: number; end: number; metadata: string },
  ) => call(ledger, "updateOpportunity", [opportunityId, p.capacity, p.start, p.end, p.metadata]),
  closeOpportunity: (ledger: Address, opportunityId: number) =>
    call(ledger, "closeOpportunity", [opportunityId]),
  publishOffer: (ledger: Address, orgId: number, params: OfferParams) =>
    call(ledger, "publishOffer", [orgId, { ...params, acceptedCities: [...params.acceptedCities] }]),
  updateOffer: (
    ledger: Address,
    offerId: number,
    p: { price: bigint; stock: number; start: number; end: number; metadata: string },
  ) => call(ledger, "updateOffer", [offerId, p.price, p.stock, p.start, p.end, p.metadata]),
  closeOffer: (ledger: Address, offerId: number) => call(ledger, "closeOffer", [offerId]),
  createCity: (ledger: Address, admin: Address, code: string, name: string) =>
    call(ledger, "createCity", [getAddress(admin), code, name]),
  setCityAdmin: (ledger: Address, cityId: number, admin: Address) =>
    call(ledger, "setCityAdmin", [cityId, getAddress(admin)]),
  pause: (ledger: Address) => call(ledger, "pause", []),
  unpause: (ledger: Address) => call(ledger, "unpause", []),
  beginNetworkAdminTransfer: (ledger: Address, newAdmin: Address) =>
    call(ledger, "beginNetworkAdminTransfer", [getAddress(newAdmin)]),
  cancelNetworkAdminTransfer: (ledger: Address) => call(ledger, "cancelNetworkAdminTransfer", []),
  acceptNetworkAdmin: (ledger: Address) => call(ledger, "acceptNetworkAdmin", []),
  onboardOrganization: (
    ledger: Address,
    cityId: number,
    account: Address,
    budget: bigint,
    metadata: string,
  ) => call(ledger, "onboardOrganization", [cityId, getAddress(account), budget, metadata]),
  setOrganizationBudget: (ledger: Address, orgId: number, budget: bigint) =>
    call(ledger, "setOrganizationBudget", [orgId, budget]),
  suspendOrganization: (ledger: Address, orgId: number) =>
    call(ledger, "setOrganizationStatus", [orgId, OrgStatus.Suspended]),
  reactivateOrganization: (ledger: Address, orgId: number) =>
    call(ledger, "setOrganizationStatus", [orgId, OrgStatus.Active]),
  requestRecovery: (ledger: Address, cityId: number, from: Address, to: Address) =>
    call(ledger, "requestRecovery", [cityId, getAddress(from), getAddress(to)]),
  cancelRecovery: (ledger: Address, cityId: number, from: Address) =>
    call(ledger, "cancelRecovery", [cityId, getAddress(from)]),
  executeRecovery: (ledger: Address, cityId: number, from: Address) =>
    call(ledger, "executeRecovery", [cityId, getAddress(from)]),
  authorizeDelegate: (ledger: Address, orgId: number, delegate: Address, cap: bigint) =>
    call(ledger, "authorizeDelegate", [orgId, getAddress(delegate), cap]),
  revokeDelegate: (ledger: Address, orgId: number, delegate: Address) =>
    call(ledger, "revokeDelegate", [orgId, getAddress(delegate)]),
  fulfillRedemption: (ledger: Address, offerId: number, seq: number) =>
    call(ledger, "fulfillRedemption", [offerId, seq]),
  /** A direct redemption that burns at most `maxPrice`: pass the price the resident was shown. */
  redeem: (ledger: Address, offerId: number, cityId: number, maxPrice: bigint) =>
    call(ledger, "redeem", [offerId, cityId, maxPrice]),
  /** The old address contests a pending recovery of its record (then only the network admin decides). */
  contestRecovery: (ledger: Address, cityId: number, from: Address) =>
    call(ledger, "contestRecovery", [cityId, getAddress(from)]),
  /** Revokes rows of one attestation batch, proven by `buildRevocationProof`; `reason` is a `RevokeReason`. */
  revoke: (ledger: Address, proof: AttestationBatchProof, rowIndexes: readonly bigint[], reason: number) =>
    call(ledger, "revoke", [proof, [...rowIndexes], reason]),
  /** Refunds a pending redemption, proven by `buildRefundProof`. */
  refundRedemption: (ledger: Address, offerId: number, seq: number, proof: RedemptionProof) =>
    call(ledger, "refundRedemption", [offerId, seq, proof]),
  /** Stores a city's current head as a checkpoint proofs can end at (anyone may send it). */
  checkpoint: (ledger: Address, cityId: number) => call(ledger, "checkpoint", [cityId]),
  /** The network admin approves (executes) or rejects a contested recovery. */
  resolveRecovery: (ledger: Address, cityId: number, from: Address, approve: boolean) =>
    call(ledger, "resolveRecovery", [cityId, getAddress(from), approve]),
};

export interface DecodedCall {
  functionName: string;
  args: readonly unknown[];
}

/** Decodes ledger calldata (throws a coded error for anything else). */
export function decodeLedgerCall(data: Hex): DecodedCall {
  try {
    const { functionName, args } = decodeFunctionData({ abi: iCivicLedgerAbi, data });
    return { functionName, args: (args ?? []) as readonly unknown[] };
  } catch (cause) {
    throw new CitySyncError("UNKNOWN_CALL", "The call data is not a ledger function call.", { cause });
  }
}

function show(value: unknown): string {
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return `[${value.map(show).join(", ")}]`;
  if (value && typeof value === "object") {
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${show(v)}`)
      .join(", ")} }`;
  }
  return typeof value === "string" ? value : String(value);
}

/** One readable line per call, e.g. `closeOpportunity(3)`; unknown targets show raw data. */
export function describeCall(
  call: { to: Address; data: Hex; value?: bigint | string },
  ledger?: Address,
): string {
  const value = BigInt(call.value ?? 0);
  const suffix = value > 0n ? ` with ${value} wei` : "";
  if (!ledger || getAddress(call.to) === getAddress(ledger)) {
    try {
      const decoded = decodeLedgerCall(call.data);
      if (decoded.functionName === "attestBatch") {
        const [orgId, rows, root] = decoded.args as [number, Hex[], Hex];
        return `attestBatch(org ${orgId}, ${rows.length} row(s), evidenceRoot ${root})${suffix}`;
      }
      return `${decoded.functionName}(${decoded.args.map(show).join(", ")})${suffix}`;
    } catch {
      // not a ledger call
    }
  }
  return `call ${call.to} data ${call.data.length > 74 ? `${call.data.slice(0, 74)}…` : call.data}${suffix}`;
}
