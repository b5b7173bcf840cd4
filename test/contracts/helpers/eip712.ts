/** EIP-712 payloads of the City/Sync ledger (see contracts/types/CivicTypes.sol). */
import { LEDGER_EIP712_NAME, LEDGER_EIP712_VERSION, attestationTypes, redemptionTypes } from "@citysync/sdk";
import { type BaseWallet, TypedDataEncoder, getAddress, toBeHex, zeroPadValue } from "ethers";

// The SDK's EIP-712 name, version and types (one source of truth), in the mutable shape ethers expects.
// The tests still prove them against the contract: signatures made here must be accepted on chain.
export const LEDGER_DOMAIN_NAME = LEDGER_EIP712_NAME;
export const LEDGER_DOMAIN_VERSION = LEDGER_EIP712_VERSION;
export const ATTESTATION_TYPES = { Attestation: [...attestationTypes.Attestation] };
export const REDEMPTION_TYPES = { Redemption: [...redemptionTypes.Redemption] };

export interface SignedAttestationRequest {
  orgId: bigint;
  signer: string;
  rows: string[];
  evidenceRoot: string;
  generation: bigint;
  nonce: bigint;
  deadline: bigint;
}

export interface SignedRedemptionRequest {
  resident: string;
  offerId: bigint;
  cityId: bigint;
  maxPrice: bigint;
  nonce: bigint;
  deadline: bigint;
}

export interface LedgerDomain {
  name: string;
  version: string;
  chainId: bigint;
  verifyingContract: string;
}

export function ledgerDomain(ledger: string, chainId: bigint): LedgerDomain {
  return {
    name: LEDGER_DOMAIN_NAME,
    version: LEDGER_DOMAIN_VERSION,
    chainId,
    verifyingContract: getAddress(ledger),
  };
}

export function attestationDigest(domain: LedgerDomain, request: SignedAttestationRequest): string {
  return TypedDataEncoder.hash(domain, ATTESTATION_TYPES, request);
}

export function redemptionDigest(domain: LedgerDomain, request: SignedRedemptionRequest): string {
  return TypedDataEncoder.hash(domain, REDEMPTION_TYPES, request);
}

export function signAttestation(
  wallet: BaseWallet,
  domain: LedgerDomain,
  request: SignedAttestationRequest,
): Promise<string> {
  return wallet.signTypedData(domain, ATTESTATION_TYPES, request);
}

export function signRedemption(
  wallet: BaseWallet,
  domain: LedgerDomain,
  request: SignedRedemptionRequest,
): Promise<string> {
  return wallet.signTypedData(domain, REDEMPTION_TYPES, request);
}

/** `participant << 96 | opportunityId << 48 | units` (CivicRows.pack). */
export function packRow(participant: string, opportunityId: bigint, units: bigint): string {
  const value = (BigInt(participant) << 96n) | (opportunityId << 48n) | units;
  return zeroPadValue(toBeHex(value), 32);
}

export function unpackRow(row: string): { participant: string; opportunityId: bigint; units: bigint } {
  const v = BigInt(row);
  return {
    participant: getAddress(toBeHex(v >> 96n, 20)),
    opportunityId: (v >> 48n) & ((1n << 48n) - 1n),
    units: v & ((1n << 48n) - 1n),
  };
}
