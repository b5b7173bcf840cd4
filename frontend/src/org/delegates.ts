/**
 * An organization's delegates (staff keys that attest up to a per-epoch cap): every address the
 * organization ever authorized, from its `DelegateAuthorized` logs, with the ledger's current
 * state of each; only the active ones are returned.
 */
import { iCivicLedgerAbi } from "@sdk/generated/contracts.ts";
import { getDelegate } from "@sdk/reads.ts";
import { type Address, getAddress, isAddress } from "viem";

import type { ChainSource } from "../data/chain-source.ts";
import type { MessageKey } from "../i18n/messages.ts";
import { wholeNumber } from "./listing-form.ts";

export interface DelegateRow {
  address: Address;
  cap: bigint;
  /** Credits attested by this delegate in the current epoch. */
  usedThisEpoch: bigint;
}

export async function fetchDelegates(source: ChainSource, orgId: number): Promise<DelegateRow[]> {
  const ref = { client: source.client, ledger: source.ledger };
  const [logs, epoch] = await Promise.all([
    source.client.getContractEvents({
      address: source.ledger,
      abi: iCivicLedgerAbi,
      eventName: "DelegateAuthorized",
      args: { orgId },
      fromBlock: source.fromBlock,
      toBlock: "latest",
    }),
    source.client.readContract({
      address: source.ledger,
      abi: iCivicLedgerAbi,
      functionName: "currentEpoch",
    }),
  ]);
  const addresses = [...new Set(logs.map((l) => getAddress(l.args.delegate!)))];
  const states = await Promise.all(addresses.map((a) => getDelegate(ref, orgId, a)));
  return addresses.flatMap((address, i) => {
    const d = states[i]!;
    if (!d.active || d.isAccount) return [];
    // The ledger resets a delegate's count lazily, on its first attestation of a new epoch.
    return [{ address, cap: d.cap, usedThisEpoch: d.epoch === epoch ? d.epochMinted : 0n }];
  });
}

/** Checks a delegate to add: an address that is not the Safe itself, a cap within the budget. */
export function checkDelegate(
  input: { address: string; cap: string },
  org: { account: Address; budget: bigint },
):
  | { ok: true; address: Address; cap: bigint }
  | { ok: false; errors: { address?: MessageKey; cap?: MessageKey } } {
  const errors: { address?: MessageKey; cap?: MessageKey } = {};
  const text = input.address.trim();
  if (!isAddress(text, { strict: false })) errors.address = "delegates.badAddress";
  else if (getAddress(text) === getAddress(org.account)) errors.address = "delegates.isAccount";
  const cap = wholeNumber(input.cap, 1n, org.budget);
  if (cap === undefined) errors.cap = "delegates.badCap";
  if (errors.address || errors.cap) return { ok: false, errors };
  return { ok: true, address: getAddress(text), cap: cap! };
}
