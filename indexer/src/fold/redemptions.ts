/**
 * Redemptions: burn the offer price from the resident's balance in the chosen city, take one unit of
 * stock and append to that city's commitment chain; fulfilment and refunds settle them.
 */
import { redemptionRecord } from "@citysync/sdk";
import type { Hex } from "viem";

import type { Draft } from "./draft.ts";
import { addr, appendRecord, big, bumpDaily, changeAccount } from "./shared.ts";
import type { FoldContext, LedgerEvent } from "./types.ts";

type Handler = (draft: Draft, ctx: FoldContext, e: LedgerEvent) => void;

const PENDING = {
  status: "pending",
  settled_block: null,
  settled_at: null,
  refund_holder: null,
  refund_spendable: null,
  refund_shortfall_covered: null,
};

export const redemptionHandlers: Record<string, Handler> = {
  Redeemed(draft, ctx, e) {
    const offerId = big(e.args.offerId);
    const seq = big(e.args.seq);
    const cityId = big(e.args.cityId);
    const credits = big(e.args.credits);
    const resident = addr(e.args.resident);
    const offer = draft.must("offers", String(offerId), `offer ${offerId}`);
    draft.put("offers", {
      ...offer,
      stock: (offer.stock as bigint) - 1n,
      sold: (offer.sold as bigint) + 1n,
      block_number: e.blockNumber,
    });
    changeAccount(draft, e, {
      cityId,
      resident,
      subIndex: 0,
      kind: "redeemed",
      balanceDelta: -credits,
      lifetimeDelta: 0n,
      ref: `${offerId}:${seq}`,
    });
    draft.insert("redemptions", {
      offer_id: offerId,
      seq,
      org_id: offer.org_id,
      resident,
      city_id: cityId,
      credits,
      ...PENDING,
      block_number: e.blockNumber,
      log_index: e.logIndex,
      block_hash: e.blockHash,
      tx_hash: e.txHash,
      timestamp: e.timestamp,
    });
    bumpDaily(draft, e, cityId, offer.category as string | null, {
      redemptions: 1n,
      credits_burned: credits,
    });
    const record = redemptionRecord({
      offerId,
      seq,
      resident: resident as Hex,
      cityId,
      credits,
      timestamp: e.timestamp,
    });
    appendRecord(draft, ctx, e, cityId, record, -credits, { kind: "redemption", offerId, seq });
  },
  RedemptionFulfilled(draft, _ctx, e) {
    draft.patch(
      "redemptions",
      { offer_id: big(e.args.offerId), seq: big(e.args.seq) },
      { status: "fulfilled", settled_block: e.blockNumber, settled_at: e.timestamp },
      PENDING,
    );
  },
  RedemptionRefunded(draft, _ctx, e) {
    const offerId = big(e.args.offerId);
    const seq = big(e.args.seq);
    const cityId = big(e.args.cityId);
    const credits = big(e.args.credits);
    // The holder (the resident or its recovery successor) gets the part not covering its revocation shortfall.
    const holder = addr(e.args.holder ?? e.args.resident);
    const spendable = e.args.spendable === undefined ? credits : big(e.args.spendable);
    const covered = e.args.shortfallCovered === undefined ? 0n : big(e.args.shortfallCovered);
    changeAccount(draft, e, {
      cityId,
      resident: holder,
      subIndex: 0,
      kind: "refunded",
      balanceDelta: spendable,
      lifetimeDelta: 0n,
      shortfallDelta: -covered,
      ref: `${offerId}:${seq}`,
    });
    const city = draft.must("cities", String(cityId), `city ${cityId}`);
    draft.put("cities", {
      ...city,
      supply: (city.supply as bigint) + spendable,
      block_number: e.blockNumber,
    });
    draft.patch(
      "redemptions",
      { offer_id: offerId, seq },
      {
        status: "refunded",
        settled_block: e.blockNumber,
        settled_at: e.timestamp,
        refund_holder: holder,
        refund_spendable: spendable,
        refund_shortfall_covered: covered,
      },
      PENDING,
    );
    const offer = draft.get("offers", String(offerId));
    bumpDaily(draft, e, cityId, offer?.category as string | null, { refunds: 1n, credits_refunded: credits });
  },
};
