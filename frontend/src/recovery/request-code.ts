/**
 * A resident's recovery request: signed with the NEW wallet (free, no transaction), carried to the
 * city's office as a code or QR. The code proves the new wallet asked; the city admins check the
 * person's identity for the old address themselves, then propose `requestRecovery` through the
 * city's Safe. Nothing is stored anywhere until they do.
 */
import { type Address, type Hex, getAddress, isAddress, isHex, verifyMessage } from "viem";

import type { MessageKey } from "../i18n/messages.ts";
import { AppError } from "../ui/human-error.ts";

export interface RecoveryRequest {
  chainId: number;
  cityId: number;
  from: Address;
  to: Address;
}

export interface SignedRecoveryRequest extends RecoveryRequest {
  signature: Hex;
}

const PREFIX = "citysync-recovery";
const VERSION = "1";

/** The text the new wallet signs (readable in the wallet's prompt). */
export function recoveryMessage(r: RecoveryRequest): string {
  return [
    "City/Sync wallet recovery request",
    `Chain: ${r.chainId}`,
    `City: ${r.cityId}`,
    `Old address: ${getAddress(r.from)}`,
    `New address: ${getAddress(r.to)}`,
  ].join("\n");
}

export function encodeRequestCode(r: SignedRecoveryRequest): string {
  return [PREFIX, VERSION, r.chainId, r.cityId, getAddress(r.from), getAddress(r.to), r.signature].join(":");
}

/** Parses and verifies a code; a catalogue error when it is malformed, for another chain or forged. */
export async function readRequestCode(code: string, chainId: number): Promise<SignedRecoveryRequest> {
  const parts = code.trim().split(":");
  const [prefix, version, chain, city, from, to, signature] = parts;
  if (
    parts.length !== 7 ||
    prefix !== PREFIX ||
    version !== VERSION ||
    !/^[0-9]{1,10}$/.test(chain ?? "") ||
    !/^[0-9]{1,10}$/.test(city ?? "") ||
    !isAddress(from ?? "", { strict: false }) ||
    !isAddress(to ?? "", { strict: false }) ||
    !isHex(signature)
  ) {
    throw new AppError("recovery.badCode");
  }
  if (Number(chain) !== chainId) throw new AppError("recovery.wrongChain");
  const request = {
    chainId,
    cityId: Number(city),
    from: getAddress(from!),
    to: getAddress(to!),
    signature: signature as Hex,
  };
  let valid = false;
  try {
    valid = await verifyMessage({
      address: request.to,
      message: recoveryMessage(request),
      signature: request.signature,
    });
  } catch {
    valid = false;
  }
  if (!valid) throw new AppError("recovery.badSignature");
  return request;
}

/** Checks the request form: a valid old address that is not the connected (new) wallet, a city. */
export function checkRecoveryRequest(
  input: { from: string; cityId: string },
  to: Address,
):
  | { ok: true; from: Address; cityId: number }
  | { ok: false; errors: { from?: MessageKey; cityId?: MessageKey } } {
  const errors: { from?: MessageKey; cityId?: MessageKey } = {};
  const text = input.from.trim();
  if (!isAddress(text, { strict: false })) errors.from = "recovery.badOldAddress";
  else if (getAddress(text) === getAddress(to)) errors.from = "recovery.sameAddress";
  if (!/^[1-9][0-9]*$/.test(input.cityId)) errors.cityId = "recovery.cityRequired";
  if (errors.from || errors.cityId) return { ok: false, errors };
  return { ok: true, from: getAddress(text), cityId: Number(input.cityId) };
}
