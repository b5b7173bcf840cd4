/**
 * Residents spend their credits: direct redemptions from their own wallets, and gasless ones they
 * sign for the relayer to submit. Organizations later mark what they delivered as fulfilled.
 */
import { ledgerCalls, relayRedemption, signRedemption } from "@citysync/sdk";
import type { Address, Hex, TransactionReceipt } from "viem";
import { privateKeyToAccount } from "viem/accounts";

import { DAY, type CityRuntime, type OrgRuntime, type Resident, type SeedContext } from "../context.ts";
import type { ExpectedState } from "../expected-state.ts";
import type { PilotEvent } from "../pilot-data.ts";

type RedeemEvent = Extract<PilotEvent, { kind: "redeem" }>;
type FulfilEvent = Extract<PilotEvent, { kind: "fulfil" }>;
type Choice = { o: OrgRuntime; offer: OrgRuntime["offers"][number] };

export async function redeemWeek(ctx: SeedContext, state: ExpectedState, week: number, event: RedeemEvent) {
  for (const c of ctx.cities) {
    for (const [i, resident] of c.residents.entries()) {
      const label = `w${week}/${c.plan.key}/redeem/${i}`;
      if (ctx.rand(label, event.skipOneIn) === 0) continue;
      const offers = c.orgs
        .filter((o) => !o.suspended)
        .flatMap((o) => o.offers.map((offer) => ({ o, offer })));
      const choice = offers[ctx.rand(`${label}/offer`, offers.length)]!;
      const { offer } = choice;
      const address = resident.wallet.address;
      if (offer.perResidentLimit > 0 && state.timesRedeemed(offer.id, address) >= offer.perResidentLimit)
        continue;
      if (state.balanceOf(c.id, address) < BigInt(offer.price)) continue;
      const gasless = (state.redemptions + 1) % event.gaslessEvery === 0;
      const receipt = gasless
        ? await redeemBySignature(ctx, c, resident, choice, BigInt(state.redemptions))
        : await ctx.send(
            resident.wallet,
            ledgerCalls.redeem(ctx.ledger, offer.id, c.id, BigInt(offer.price)),
          );
      const [redeemed] = ctx.eventsOf(receipt, "Redeemed");
      if (!redeemed) throw new Error(`No Redeemed event for offer ${offer.id}.`);
      state.redeemed(
        {
          cityId: c.id,
          orgId: choice.o.id,
          offerId: offer.id,
          seq: Number(redeemed.seq),
          resident: address,
          price: BigInt(offer.price),
        },
        gasless,
      );
    }
  }
}

/**
 * The resident signs the redemption, bounded by the price they were shown (a price raised since
 * cannot be charged); the relayer pays. The SDK simulates first, so a bad signature or a used nonce
 * would come back as a decoded ledger error.
 */
async function redeemBySignature(
  ctx: SeedContext,
  c: CityRuntime,
  resident: Resident,
  { offer }: Choice,
  nonce: bigint,
): Promise<TransactionReceipt> {
  const request = {
    resident: resident.wallet.address as Address,
    offerId: offer.id,
    cityId: c.id,
    maxPrice: BigInt(offer.price),
    nonce,
    deadline: BigInt((await ctx.now()) + DAY),
  };
  const signature = await signRedemption(
    privateKeyToAccount(resident.wallet.privateKey as Hex),
    { chainId: ctx.deployment.chainId, ledger: ctx.ledger },
    request,
  );
  const { transactionHash } = await relayRedemption(await ctx.relayContext(), request, signature);
  return ctx.receipt(transactionHash);
}

/** Each organization marks its pending redemptions fulfilled, in one Safe transaction. */
export async function fulfil(ctx: SeedContext, state: ExpectedState, event: FulfilEvent): Promise<void> {
  for (const ref of event.orgs) {
    const o = ctx.org(ref);
    const pending = state.pending.get(o.id) ?? [];
    if (pending.length === 0) continue;
    await ctx.runSafe(
      o.safe,
      pending.map((p) => ledgerCalls.fulfillRedemption(ctx.ledger, p.offerId, p.seq)),
      `Mark ${pending.length} redemptions of ${o.plan.name} fulfilled`,
    );
    state.fulfilledAll(o.id);
  }
}
