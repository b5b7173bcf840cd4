/**
 * What a resident does: read their credits per city, browse open opportunities and offers, and
 * redeem — paying gas themselves (`redeem`) or signing a redemption anyone relays (gasless).
 */
import {
  type CitySyncErrorCode,
  type LedgerCall,
  type LedgerRef,
  type SignedRedemptionRequest,
  CitySyncError,
  OfferStatus,
  OpportunityStatus,
  createCitySyncWalletClient,
  getCity,
  getCityCount,
  getCredits,
  getOffer,
  getOfferCount,
  getOpportunity,
  getOpportunityCount,
  getOrganization,
  getSignatureHorizon,
  ledgerCalls,
  nextFreeNonce,
  offerAcceptsCity,
  relayRedemption,
  signRedemption,
} from "@citysync/sdk";
import { writeFileSync } from "node:fs";
import { type Address, type Hex, getAddress, isHex } from "viem";
import { privateKeyToAccount } from "viem/accounts";

import { type CliContext, chainId, chainNow, ledgerOf, publicClient, requireKey } from "./context.ts";
import { address, big, integer, readJsonFile, time } from "./parse.ts";

export async function ledgerRef(ctx: CliContext): Promise<LedgerRef> {
  return { client: publicClient(ctx), ledger: await ledgerOf(ctx) };
}

/** The resident named by --resident, or the holder of --key. */
function residentOf(ctx: CliContext, resident: string | undefined): Address {
  return resident ? address(resident, "resident") : privateKeyToAccount(requireKey(ctx)).address;
}

const day = (unix: number) => new Date(unix * 1000).toISOString().slice(0, 10);

export async function balanceCommand(ctx: CliContext, options: { resident?: string; city?: string }) {
  const ref = await ledgerRef(ctx);
  const resident = residentOf(ctx, options.resident);
  const cities = options.city
    ? [integer(options.city, "city", { min: 1 })]
    : Array.from({ length: Number(await getCityCount(ref)) }, (_, i) => i + 1);
  const rows = [];
  for (const cityId of cities) {
    const [city, credits] = await Promise.all([getCity(ref, cityId), getCredits(ref, cityId, resident)]);
    rows.push({ ...credits, code: city.code });
    ctx.out(`${city.code} (city ${cityId}): balance ${credits.balance}, earned in total ${credits.lifetime}`);
  }
  if (rows.length === 0) ctx.out("No cities yet.");
  return rows;
}

export async function opportunitiesCommand(ctx: CliContext, options: { city?: string; all?: boolean }) {
  const ref = await ledgerRef(ctx);
  const cityId = options.city ? integer(options.city, "city", { min: 1 }) : undefined;
  const now = Number(await chainNow(ctx));
  const found = [];
  for (let id = 1; id <= Number(await getOpportunityCount(ref)); id++) {
    const o = await getOpportunity(ref, id);
    const org = await getOrganization(ref, o.orgId);
    if (cityId !== undefined && org.cityId !== cityId) continue;
    const open = o.status === OpportunityStatus.Open && o.start <= now && now <= o.end;
    if (!open && !options.all) continue;
    found.push({ id, ...o, cityId: org.cityId });
    ctx.out(
      `opportunity ${id}: organization ${o.orgId} (city ${org.cityId}), ${o.creditsPerUnit} credit(s) per unit, ${o.used}/${o.capacity} units used, ${day(o.start)} → ${day(o.end)}${open ? "" : " (not open)"}`,
    );
  }
  if (found.length === 0) ctx.out("No open opportunities.");
  return found;
}

export async function offersCommand(ctx: CliContext, options: { city?: string; all?: boolean }) {
  const ref = await ledgerRef(ctx);
  const cityId = options.city ? integer(options.city, "city", { min: 1 }) : undefined;
  const now = Number(await chainNow(ctx));
  const found = [];
  for (let id = 1; id <= Number(await getOfferCount(ref)); id++) {
    const o = await getOffer(ref, id);
    if (cityId !== undefined && !(await offerAcceptsCity(ref, id, cityId))) continue;
    const open = o.status === OfferStatus.Active && o.start <= now && now <= o.end && o.sold < o.stock;
    if (!open && !options.all) continue;
    found.push({ id, ...o });
    const limit = o.perResidentLimit > 0 ? `, ${o.perResidentLimit} per resident` : "";
    ctx.out(
      `offer ${id}: organization ${o.orgId}, price ${o.price} credit(s), ${o.stock - o.sold} left${limit}, ${day(o.start)} → ${day(o.end)}${open ? "" : " (not open)"}`,
    );
  }
  if (found.length === 0) ctx.out("No open offers.");
  return found;
}

/** Sends a ledger call from the --key account after simulating it, so a refusal names the ledger's reason. */
export async function sendDirect(
  ctx: CliContext,
  ref: LedgerRef,
  call: LedgerCall,
  code: CitySyncErrorCode,
  refusal: string,
): Promise<Hex> {
  const wallet = await createCitySyncWalletClient(ctx.provider, requireKey(ctx));
  await ref.client
    .call({ account: wallet.account.address, to: call.to, data: call.data })
    .catch((cause: unknown) => {
      throw new CitySyncError(code, refusal, { cause });
    });
  const hash = await wallet.sendTransaction({
    account: wallet.account,
    chain: wallet.chain,
    to: call.to,
    data: call.data,
  });
  const receipt = await ref.client.waitForTransactionReceipt({ hash });
  if (receipt.status !== "success") throw new CitySyncError(code, `${refusal} (${hash} reverted)`);
  return hash;
}

/** The old wallet (--key) contests a recovery of its credits; then only the network admin decides. */
export async function contestRecoveryCommand(ctx: CliContext, options: { city: string }): Promise<Hex> {
  const ref = await ledgerRef(ctx);
  const cityId = integer(options.city, "city", { min: 1 });
  const from = privateKeyToAccount(requireKey(ctx)).address;
  const call = ledgerCalls.contestRecovery(ref.ledger, cityId, from);
  const hash = await sendDirect(ctx, ref, call, "CONTEST_REFUSED", "The ledger refuses this contest.");
  ctx.out(`Contested the recovery of ${from} in city ${cityId} (${hash}); the network admin now decides.`);
  return hash;
}

/**
 * The most the resident agrees to pay: --max-price, or the offer's price now, shown to them, so
 * a price raised before the transaction lands cannot be charged.
 */
async function maxPriceOf(ctx: CliContext, ref: LedgerRef, offerId: number, maxPrice: string | undefined) {
  if (maxPrice !== undefined) return big(maxPrice, "max-price");
  const { price } = await getOffer(ref, offerId);
  ctx.out(`Offer ${offerId} costs ${price} credit(s); paying at most that.`);
  return price;
}

/** The resident (--key) redeems and pays gas. */
export async function redeemCommand(
  ctx: CliContext,
  options: { offer: string; city: string; maxPrice?: string },
): Promise<Hex> {
  const ref = await ledgerRef(ctx);
  const offerId = integer(options.offer, "offer", { min: 1 });
  const call = ledgerCalls.redeem(
    ref.ledger,
    offerId,
    integer(options.city, "city", { min: 1 }),
    await maxPriceOf(ctx, ref, offerId, options.maxPrice),
  );
  const hash = await sendDirect(ctx, ref, call, "REDEEM_REFUSED", "The ledger refuses this redemption.");
  ctx.out(`Redeemed offer ${options.offer} with city ${options.city} credits in ${hash}.`);
  return hash;
}

export interface SignedRedemptionFile {
  chainId: number;
  ledger: Address;
  request: {
    resident: Address;
    offerId: number;
    cityId: number;
    maxPrice: string;
    nonce: string;
    deadline: string;
  };
  signature: Hex;
}

/** The resident (--key) signs a redemption; anyone relays the file, paying gas (gasless for the resident). */
export async function signRedemptionCommand(
  ctx: CliContext,
  options: { offer: string; city: string; out: string; deadline?: string; maxPrice?: string },
): Promise<SignedRedemptionFile> {
  const ref = await ledgerRef(ctx);
  const account = privateKeyToAccount(requireKey(ctx));
  const offerId = integer(options.offer, "offer", { min: 1 });
  // The deadline counts from the chain's clock, which may run far from this computer's.
  const horizon = await getSignatureHorizon(ref);
  const deadline = options.deadline
    ? BigInt(time(options.deadline, "deadline"))
    : (await chainNow(ctx)) + (horizon < 3_600n ? horizon : 3_600n);
  const request: SignedRedemptionRequest = {
    resident: account.address,
    offerId,
    cityId: integer(options.city, "city", { min: 1 }),
    maxPrice: await maxPriceOf(ctx, ref, offerId, options.maxPrice),
    nonce: await nextFreeNonce(ref, account.address),
    deadline,
  };
  const domain = { chainId: await chainId(ctx), ledger: ref.ledger };
  const signature = await signRedemption(account, domain, request);
  const file: SignedRedemptionFile = {
    ...domain,
    request: {
      ...request,
      maxPrice: String(request.maxPrice),
      nonce: String(request.nonce),
      deadline: String(request.deadline),
    },
    signature,
  };
  writeFileSync(options.out, JSON.stringify(file, null, 2) + "\n");
  ctx.out(
    `Signed a redemption of offer ${request.offerId} into ${options.out}; anyone can relay it until ${new Date(Number(deadline) * 1000).toISOString()}.`,
  );
  return file;
}

function parseRedemptionFile(path: string): SignedRedemptionFile {
  const json = readJsonFile(path) as Partial<SignedRedemptionFile>;
  const r = json.request;
  if (!json.ledger || !r || !isHex(json.signature) || typeof json.chainId !== "number") {
    throw new CitySyncError("FILE_NOT_REDEMPTION", `The file ${path} is not a signed redemption.`, {
      details: { path },
    });
  }
  return { chainId: json.chainId, ledger: getAddress(json.ledger), request: r, signature: json.signature };
}

/** Anyone (--key pays gas) relays a resident's signed redemption. */
export async function relayRedemptionCommand(ctx: CliContext, options: { file: string }): Promise<Hex> {
  const file = parseRedemptionFile(options.file);
  const walletClient = await createCitySyncWalletClient(ctx.provider, requireKey(ctx));
  const request: SignedRedemptionRequest = {
    resident: getAddress(file.request.resident),
    offerId: file.request.offerId,
    cityId: file.request.cityId,
    maxPrice: BigInt(file.request.maxPrice),
    nonce: BigInt(file.request.nonce),
    deadline: BigInt(file.request.deadline),
  };
  const result = await relayRedemption(
    { publicClient: publicClient(ctx), walletClient, ledger: file.ledger },
    request,
    file.signature,
  );
  ctx.out(
    `Relayed the redemption of offer ${request.offerId} for ${request.resident} in ${result.transactionHash}.`,
  );
  return result.transactionHash;
}
