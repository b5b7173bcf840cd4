/**
 * EIP-712 typed data for the ledger's signed attestations and redemptions: builders, hashes,
 * signing with a viem account, and off-chain verification (ECDSA, or EIP-1271 through the
 * signer contract when it has code). Types mirror `ATTESTATION_TYPEHASH` and
 * `REDEMPTION_TYPEHASH` in contracts/types/CivicTypes.sol.
 */
import {
  type Address,
  type Hex,
  type LocalAccount,
  type PublicClient,
  getAddress,
  hashTypedData,
  parseAbi,
  recoverAddress,
  recoverTypedDataAddress,
} from "viem";

import { CitySyncError } from "./errors.ts";

export const LEDGER_EIP712_NAME = "City/Sync Civic Ledger";
export const LEDGER_EIP712_VERSION = "1";

export interface LedgerDomain {
  chainId: number;
  ledger: Address;
}

export function ledgerDomain({ chainId, ledger }: LedgerDomain) {
  return {
    name: LEDGER_EIP712_NAME,
    version: LEDGER_EIP712_VERSION,
    chainId,
    verifyingContract: getAddress(ledger),
  } as const;
}

export const attestationTypes = {
  Attestation: [
    { name: "orgId", type: "uint32" },
    { name: "signer", type: "address" },
    { name: "rows", type: "bytes32[]" },
    { name: "evidenceRoot", type: "bytes32" },
    { name: "generation", type: "uint64" },
    { name: "nonce", type: "uint256" },
    { name: "deadline", type: "uint256" },
  ],
} as const;

export const redemptionTypes = {
  Redemption: [
    { name: "resident", type: "address" },
    { name: "offerId", type: "uint48" },
    { name: "cityId", type: "uint32" },
    { name: "maxPrice", type: "uint64" },
    { name: "nonce", type: "uint256" },
    { name: "deadline", type: "uint256" },
  ],
} as const;

/** `SignedAttestation` as the contract takes it. */
export interface SignedAttestationRequest {
  orgId: number;
  signer: Address;
  rows: readonly Hex[];
  evidenceRoot: Hex;
  /** The signer's `authorizationGeneration(orgId, signer)` when signing; a later loss of authority kills it. */
  generation: bigint;
  nonce: bigint;
  /** At most `signatureHorizon()` seconds after the block that executes it. */
  deadline: bigint;
}

/** `SignedRedemption` as the contract takes it. */
export interface SignedRedemptionRequest {
  resident: Address;
  offerId: number;
  cityId: number;
  /** The most credits the resident agrees to pay: the price the resident was shown. */
  maxPrice: bigint;
  nonce: bigint;
  /** At most `signatureHorizon()` seconds after the block that executes it. */
  deadline: bigint;
}

export function attestationTypedData(domain: LedgerDomain, request: SignedAttestationRequest) {
  return {
    domain: ledgerDomain(domain),
    types: attestationTypes,
    primaryType: "Attestation" as const,
    message: {
      orgId: request.orgId,
      signer: getAddress(request.signer),
      rows: [...request.rows],
      evidenceRoot: request.evidenceRoot,
      generation: request.generation,
      nonce: request.nonce,
      deadline: request.deadline,
    },
  };
}

export function redemptionTypedData(domain: LedgerDomain, request: SignedRedemptionRequest) {
  return {
    domain: ledgerDomain(domain),
    types: redemptionTypes,
    primaryType: "Redemption" as const,
    message: {
      resident: getAddress(request.resident),
      offerId: request.offerId,
      cityId: request.cityId,
      maxPrice: request.maxPrice,
      nonce: request.nonce,
      deadline: request.deadline,
    },
  };
}

export function hashAttestation(domain: LedgerDomain, request: SignedAttestationRequest): Hex {
  return hashTypedData(attestationTypedData(domain, request));
}

export function hashRedemption(domain: LedgerDomain, request: SignedRedemptionRequest): Hex {
  return hashTypedData(redemptionTypedData(domain, request));
}

/** Signs as an EOA (a delegate key, or a resident). For a Safe use `signTypedDataAsSafeOwner`. */
export async function signAttestation(
  account: LocalAccount,
  domain: LedgerDomain,
  request: SignedAttestationRequest,
): Promise<Hex> {
  if (getAddress(account.address) !== getAddress(request.signer)) {
    throw new CitySyncError(
      "SIGNER_MISMATCH",
      `The request names ${request.signer} as signer, not ${account.address}.`,
    );
  }
  return account.signTypedData(attestationTypedData(domain, request));
}

export async function signRedemption(
  account: LocalAccount,
  domain: LedgerDomain,
  request: SignedRedemptionRequest,
): Promise<Hex> {
  if (getAddress(account.address) !== getAddress(request.resident)) {
    throw new CitySyncError(
      "SIGNER_MISMATCH",
      `The redemption is for ${request.resident}, not ${account.address}.`,
    );
  }
  return account.signTypedData(redemptionTypedData(domain, request));
}

const eip1271Abi = parseAbi([
  "function isValidSignature(bytes32 hash, bytes signature) view returns (bytes4)",
]);

/**
 * Whether `signature` is `signer`'s valid signature of `hash`, as the ledger will judge it:
 * EIP-1271 when the signer has code (a Safe), ECDSA otherwise. Needs a client for contracts.
 */
export async function verifyTypedSignature(
  signer: Address,
  hash: Hex,
  signature: Hex,
  publicClient?: PublicClient,
): Promise<boolean> {
  if (publicClient) {
    const code = await publicClient.getCode({ address: signer });
    if (code && code !== "0x") {
      try {
        const magic = await publicClient.readContract({
          address: signer,
          abi: eip1271Abi,
          functionName: "isValidSignature",
          args: [hash, signature],
        });
        return magic === "0x1626ba7e";
      } catch {
        return false;
      }
    }
  }
  try {
    return getAddress(await recoverAddress({ hash, signature })) === getAddress(signer);
  } catch {
    return false;
  }
}

export async function verifyAttestationSignature(
  domain: LedgerDomain,
  request: SignedAttestationRequest,
  signature: Hex,
  publicClient?: PublicClient,
): Promise<boolean> {
  return verifyTypedSignature(request.signer, hashAttestation(domain, request), signature, publicClient);
}

export async function verifyRedemptionSignature(
  domain: LedgerDomain,
  request: SignedRedemptionRequest,
  signature: Hex,
  publicClient?: PublicClient,
): Promise<boolean> {
  return verifyTypedSignature(request.resident, hashRedemption(domain, request), signature, publicClient);
}

/** Who signed an ECDSA attestation signature (for error messages and the service). */
export async function recoverAttestationSigner(
  domain: LedgerDomain,
  request: SignedAttestationRequest,
  signature: Hex,
): Promise<Address> {
  return recoverTypedDataAddress({ ...attestationTypedData(domain, request), signature });
}
