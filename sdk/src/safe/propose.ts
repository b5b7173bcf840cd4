/**
 * Building a proposal: one call becomes a plain Safe transaction, several become one
 * MultiSendCallOnly batch (a DELEGATECALL that cannot itself delegatecall), all or nothing.
 */
import { type Address, type Hex, getAddress } from "viem";

import { CitySyncError } from "../errors.ts";
import type { SafeConnection } from "./connect.ts";
import { type SafeProposal, type SafeTxData, createProposal } from "./proposal.ts";

export interface SafeCall {
  to: Address;
  data: Hex;
  value?: bigint;
}

export interface ProposeOptions {
  /** One line saying what it does. */
  title: string;
  /** Safe nonce to use; defaults to the Safe's current on-chain nonce. */
  nonce?: bigint;
}

export async function proposeSafeTransaction(
  connection: SafeConnection,
  calls: readonly SafeCall[],
  options: ProposeOptions,
): Promise<SafeProposal> {
  if (calls.length === 0) {
    throw new CitySyncError("SAFE_EMPTY_PROPOSAL", "A proposal needs at least one call.");
  }
  const nonce = options.nonce ?? BigInt(await connection.protocolKit.getNonce());
  let safeTransaction;
  try {
    safeTransaction = await connection.protocolKit.createTransaction({
      transactions: calls.map((c) => ({
        to: getAddress(c.to),
        value: (c.value ?? 0n).toString(),
        data: c.data,
      })),
      onlyCalls: true,
      options: { nonce: Number(nonce) },
    });
  } catch (cause) {
    throw new CitySyncError("SAFE_PROPOSE_FAILED", "Could not build the Safe transaction.", { cause });
  }
  const d = safeTransaction.data;
  const tx: SafeTxData = {
    to: getAddress(d.to),
    value: d.value.toString(),
    data: d.data as Hex,
    operation: Number(d.operation) === 1 ? 1 : 0,
    safeTxGas: d.safeTxGas.toString(),
    baseGas: d.baseGas.toString(),
    gasPrice: d.gasPrice.toString(),
    gasToken: getAddress(d.gasToken),
    refundReceiver: getAddress(d.refundReceiver),
    nonce: d.nonce.toString(),
  };
  return createProposal({
    chainId: connection.chainId,
    safe: connection.safe,
    tx,
    calls: calls.map((c) => ({ to: getAddress(c.to), value: (c.value ?? 0n).toString(), data: c.data })),
    title: options.title,
    ...(connection.signer ? { proposer: connection.signer } : {}),
  });
}

/** Checks a proposal belongs to the Safe and chain a connection is open on. */
export function assertSameSafe(connection: SafeConnection, proposal: SafeProposal): void {
  if (proposal.chainId !== connection.chainId || getAddress(proposal.safe) !== connection.safe) {
    throw new CitySyncError(
      "SAFE_WRONG_SAFE",
      `Proposal ${proposal.id} is for Safe ${proposal.safe} on chain ${proposal.chainId}, not ${connection.safe} on chain ${connection.chainId}.`,
    );
  }
}
