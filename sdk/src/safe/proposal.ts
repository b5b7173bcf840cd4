/**
 * A Safe proposal: one Safe transaction (possibly a MultiSend batch) waiting for its owners'
 * confirmations. Plain JSON (bigints as decimal strings) so it travels through the proposal
 * service, files and the CLI unchanged; its id is the Safe transaction hash, so two people who
 * build the same transaction at the same nonce get the same proposal.
 */
import { type Address, type Hex, getAddress, hashTypedData, isAddress, isHex, zeroAddress } from "viem";

import { CitySyncError } from "../errors.ts";

/** `Enum.Operation` of the Safe: 0 = CALL, 1 = DELEGATECALL (MultiSend batches). */
export type SafeOperation = 0 | 1;

/** The ten fields of a Safe v1.4.1 `SafeTx`, JSON-safe. */
export interface SafeTxData {
  to: Address;
  value: string;
  data: Hex;
  operation: SafeOperation;
  safeTxGas: string;
  baseGas: string;
  gasPrice: string;
  gasToken: Address;
  refundReceiver: Address;
  nonce: string;
}

/** One call inside a proposal (before MultiSend encoding), kept so people can review it. */
export interface ProposedCall {
  to: Address;
  value: string;
  data: Hex;
}

/** An owner's off-chain EIP-712 signature over the Safe transaction hash. */
export interface ProposalSignature {
  signer: Address;
  signature: Hex;
}

export interface SafeProposal {
  /** The Safe transaction hash (EIP-712 `SafeTx` hash). */
  id: Hex;
  chainId: number;
  safe: Address;
  tx: SafeTxData;
  /** The calls the transaction makes (one, or the batch a MultiSend executes). */
  calls: ProposedCall[];
  /** One line saying what it does, e.g. "Attest 12 rows for opportunity 3". */
  title: string;
  proposer?: Address;
  createdAt: string;
  signatures: ProposalSignature[];
}

/** Safe v1.4.1 EIP-712 types (the domain has no name/version, only chainId + verifyingContract). */
export const safeTxTypes = {
  SafeTx: [
    { name: "to", type: "address" },
    { name: "value", type: "uint256" },
    { name: "data", type: "bytes" },
    { name: "operation", type: "uint8" },
    { name: "safeTxGas", type: "uint256" },
    { name: "baseGas", type: "uint256" },
    { name: "gasPrice", type: "uint256" },
    { name: "gasToken", type: "address" },
    { name: "refundReceiver", type: "address" },
    { name: "nonce", type: "uint256" },
  ],
} as const;

export function safeTxTypedData(chainId: number, safe: Address, tx: SafeTxData) {
  return {
    domain: { chainId, verifyingContract: getAddress(safe) },
    types: safeTxTypes,
    primaryType: "SafeTx" as const,
    message: {
      to: getAddress(tx.to),
      value: BigInt(tx.value),
      data: tx.data,
      operation: tx.operation,
      safeTxGas: BigInt(tx.safeTxGas),
      baseGas: BigInt(tx.baseGas),
      gasPrice: BigInt(tx.gasPrice),
      gasToken: getAddress(tx.gasToken),
      refundReceiver: getAddress(tx.refundReceiver),
      nonce: BigInt(tx.nonce),
    },
  };
}

/** The Safe transaction hash owners sign and `approveHash` records. */
export function safeTxHash(chainId: number, safe: Address, tx: SafeTxData): Hex {
  return hashTypedData(safeTxTypedData(chainId, safe, tx));
}

/** A Safe transaction with default gas/refund fields (no refunds: the executor pays gas). */
export function safeTxData(fields: {
  to: Address;
  data: Hex;
  nonce: bigint | number | string;
  value?: bigint | string;
  operation?: SafeOperation;
}): SafeTxData {
  return {
    to: getAddress(fields.to),
    value: (fields.value ?? 0n).toString(),
    data: fields.data,
    operation: fields.operation ?? 0,
    safeTxGas: "0",
    baseGas: "0",
    gasPrice: "0",
    gasToken: zeroAddress,
    refundReceiver: zeroAddress,
    nonce: fields.nonce.toString(),
  };
}

export function createProposal(fields: {
  chainId: number;
  safe: Address;
  tx: SafeTxData;
  calls: ProposedCall[];
  title: string;
  proposer?: Address;
}): SafeProposal {
  const safe = getAddress(fields.safe);
  return {
    id: safeTxHash(fields.chainId, safe, fields.tx),
    chainId: fields.chainId,
    safe,
    tx: fields.tx,
    calls: fields.calls,
    title: fields.title,
    ...(fields.proposer ? { proposer: getAddress(fields.proposer) } : {}),
    createdAt: new Date().toISOString(),
    signatures: [],
  };
}

const UINT = /^\d+$/;

/**
 * Checks an untrusted JSON value (an HTTP body, a file) is a well-formed proposal whose id is
 * the hash of its transaction. Returns it normalised (checksummed addresses).
 */
export function parseProposal(json: unknown): SafeProposal {
  const fail = (why: string): never => {
    throw new CitySyncError("INVALID_PROPOSAL", `Invalid Safe proposal: ${why}.`);
  };
  if (typeof json !== "object" || json === null) return fail("not an object");
  const p = json as Record<string, unknown>;
  const tx = (p.tx ?? {}) as Record<string, unknown>;
  if (typeof p.chainId !== "number" || !Number.isInteger(p.chainId) || p.chainId <= 0) fail("bad chainId");
  if (typeof p.safe !== "string" || !isAddress(p.safe, { strict: false })) fail("bad safe address");
  for (const key of ["to", "gasToken", "refundReceiver"]) {
    if (typeof tx[key] !== "string" || !isAddress(tx[key] as string, { strict: false }))
      fail(`bad tx.${key}`);
  }
  for (const key of ["value", "safeTxGas", "baseGas", "gasPrice", "nonce"]) {
    if (typeof tx[key] !== "string" || !UINT.test(tx[key] as string))
      fail(`tx.${key} must be a decimal string`);
  }
  if (typeof tx.data !== "string" || !isHex(tx.data)) fail("tx.data must be hex");
  if (tx.operation !== 0 && tx.operation !== 1) fail("tx.operation must be 0 or 1");
  const calls = Array.isArray(p.calls) ? p.calls : fail("calls must be an array");
  for (const c of calls as Record<string, unknown>[]) {
    if (typeof c?.to !== "string" || !isAddress(c.to, { strict: false })) fail("bad call target");
    if (typeof c.data !== "string" || !isHex(c.data)) fail("call data must be hex");
    if (typeof c.value !== "string" || !UINT.test(c.value)) fail("call value must be a decimal string");
  }
  const signatures = Array.isArray(p.signatures) ? p.signatures : [];
  const normalisedTx: SafeTxData = {
    to: getAddress(tx.to as string),
    value: tx.value as string,
    data: tx.data as Hex,
    operation: tx.operation as SafeOperation,
    safeTxGas: tx.safeTxGas as string,
    baseGas: tx.baseGas as string,
    gasPrice: tx.gasPrice as string,
    gasToken: getAddress(tx.gasToken as string),
    refundReceiver: getAddress(tx.refundReceiver as string),
    nonce: tx.nonce as string,
  };
  const safe = getAddress(p.safe as string);
  const id = safeTxHash(p.chainId as number, safe, normalisedTx);
  if (p.id !== undefined && typeof p.id === "string" && p.id.toLowerCase() !== id) {
    fail(`id ${p.id} is not the hash of its transaction (${id})`);
  }
  return {
    id,
    chainId: p.chainId as number,
    safe,
    tx: normalisedTx,
    calls: (calls as ProposedCall[]).map((c) => ({ to: getAddress(c.to), value: c.value, data: c.data })),
    title: typeof p.title === "string" ? p.title : "",
    ...(typeof p.proposer === "string" && isAddress(p.proposer, { strict: false })
      ? { proposer: getAddress(p.proposer) }
      : {}),
    createdAt: typeof p.createdAt === "string" ? p.createdAt : new Date().toISOString(),
    signatures: (signatures as ProposalSignature[])
      .filter((s) => typeof s?.signer === "string" && typeof s.signature === "string")
      .map((s) => ({ signer: getAddress(s.signer), signature: s.signature })),
  };
}
