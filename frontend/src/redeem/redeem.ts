/**
 * Redeeming an offer, bound to the price the resident saw: the price is read again right before
 * signing or sending and a change stops the redemption ("price changed"). The request is built
 * by the SDK (`redemptionTypedData`), so a new field of the ledger's typed data reaches the
 * signature through the SDK alone.
 */
import { redemptionTypedData, type SignedRedemptionRequest } from "@sdk/eip712.ts";
import { iCivicLedgerAbi } from "@sdk/generated/contracts.ts";
import { nextFreeNonce } from "@sdk/reads.ts";
import { type Address, type Hex, type PublicClient, parseEventLogs } from "viem";

import { AppError } from "../ui/human-error.ts";

/** How long a signed redemption stays valid: long enough for a relayer, short enough to lapse. */
export const SIGNATURE_LIFETIME_SECONDS = 15 * 60;

export interface RedeemContext {
  client: PublicClient;
  ledger: Address;
  chainId: number;
}

export interface RedeemInput {
  resident: Address;
  offerId: number;
  cityId: number;
  /** The price on screen when the resident chose to redeem. */
  priceSeen: bigint;
}

export interface RedeemResult {
  offerId: number;
  seq: number;
  cityId: number;
  credits: bigint;
  transactionHash: Hex;
  /** The block that recorded it: the lists show it once the API has indexed this block. */
  blockNumber: bigint;
}

export async function assertPriceUnchanged(
  ctx: RedeemContext,
  offerId: number,
  priceSeen: bigint,
): Promise<void> {
  const offer = await ctx.client.readContract({
    address: ctx.ledger,
    abi: iCivicLedgerAbi,
    functionName: "offer",
    args: [offerId],
  });
  if (offer.price !== priceSeen) {
    throw new AppError("error.priceChanged", { seen: priceSeen.toString(), now: offer.price.toString() });
  }
}

/**
 * The EIP-712 request and typed data a resident signs for a gasless redemption. The deadline
 * counts from the chain's clock, which the ledger checks (a local chain may run ahead of ours).
 */
export async function buildSignedRedemption(ctx: RedeemContext, input: RedeemInput) {
  await assertPriceUnchanged(ctx, input.offerId, input.priceSeen);
  const [nonce, block, horizon] = await Promise.all([
    nextFreeNonce({ client: ctx.client, ledger: ctx.ledger }, input.resident),
    // The pending block carries the time the next block will have; the latest one may be old
    // when the chain has been idle (a local chain only mines on demand).
    ctx.client.getBlock({ blockTag: "pending" }).catch(() => ctx.client.getBlock({ blockTag: "latest" })),
    ctx.client.readContract({ address: ctx.ledger, abi: iCivicLedgerAbi, functionName: "signatureHorizon" }),
  ]);
  const now = Math.max(Number(block.timestamp), Math.floor(Date.now() / 1000));
  // The ledger refuses deadlines beyond its signature horizon.
  const lifetime = Math.min(SIGNATURE_LIFETIME_SECONDS, Number(horizon));
  const request: SignedRedemptionRequest = {
    resident: input.resident,
    offerId: input.offerId,
    cityId: input.cityId,
    // Bound to the price on screen: the ledger refuses the redemption if the price went up.
    maxPrice: input.priceSeen,
    nonce,
    deadline: BigInt(now + lifetime),
  };
  return { request, typedData: redemptionTypedData({ chainId: ctx.chainId, ledger: ctx.ledger }, request) };
}

/** The request as JSON (bigints as decimal strings) for the relayer. */
export function serializeRequest(request: SignedRedemptionRequest): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(request).map(([k, v]) => [
      k,
      typeof v === "bigint" ? v.toString() : (v as string | number),
    ]),
  );
}

/** Hands a signed redemption to the relayer; resolves with the submitted transaction. */
export async function relaySignedRedemption(
  relayUrl: string,
  request: SignedRedemptionRequest,
  signature: Hex,
): Promise<Hex> {
  let response: Response;
  try {
    response = await fetch(`${relayUrl}/redemptions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ request: serializeRequest(request), signature }),
    });
  } catch (cause) {
    throw new AppError("error.relayDown", {}, cause);
  }
  const body = (await response.json().catch(() => ({}))) as {
    transactionHash?: Hex;
    error?: { name?: string; data?: Hex };
  };
  if (!response.ok || !body.transactionHash) {
    // The relayer returns the ledger's revert data; decode it here, in the resident's language.
    if (body.error?.data) {
      throw Object.assign(new Error("The relayer's simulation reverted."), {
        name: "RelayRefusedError",
        data: body.error.data,
      });
    }
    throw new AppError("error.relayDown");
  }
  return body.transactionHash;
}

/** The redemption a confirmed transaction recorded. */
export async function redemptionOf(client: PublicClient, hash: Hex): Promise<RedeemResult> {
  const receipt = await client.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success") throw new AppError("error.reverted");
  const [event] = parseEventLogs({ abi: iCivicLedgerAbi, eventName: "Redeemed", logs: receipt.logs });
  if (!event) throw new AppError("error.reverted");
  return {
    offerId: Number(event.args.offerId),
    seq: event.args.seq,
    cityId: event.args.cityId,
    credits: BigInt(event.args.credits),
    transactionHash: hash,
    blockNumber: receipt.blockNumber,
  };
}

/** A short code staff can read aloud or type: offer and sequence. */
export function redemptionCode(offerId: number, seq: number): string {
  return `R-${offerId}-${seq}`;
}

/** What the receipt's QR code carries: enough for the organization to find the redemption. */
export function redemptionQrPayload(chainId: number, offerId: number, seq: number): string {
  return `citysync:redemption:${chainId}:${offerId}:${seq}`;
}
