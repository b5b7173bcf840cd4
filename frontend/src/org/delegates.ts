/** A delegate to add, checked before it is proposed (the list itself comes from the API). */
import { type Address, getAddress, isAddress } from "viem";

import type { MessageKey } from "../i18n/messages.ts";
import { wholeNumber } from "./listing-form.ts";

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
