/** Offer events. `OfferUpdated` sets the stock absolutely. */
import type { Draft } from "./draft.ts";
import { parseMetadata } from "./metadata.ts";
import { big } from "./shared.ts";
import type { FoldContext, LedgerEvent } from "./types.ts";

type Handler = (draft: Draft, ctx: FoldContext, e: LedgerEvent) => void;

function offer(draft: Draft, e: LedgerEvent) {
  const id = big(e.args.offerId);
  return draft.must("offers", String(id), `offer ${id}`);
}

function metadataColumns(raw: string) {
  const m = parseMetadata(raw, "offer");
  return { metadata_raw: m.raw, metadata: m.json, metadata_flags: m.flags, category: m.category };
}

export const offerHandlers: Record<string, Handler> = {
  OfferPublished(draft, _ctx, e) {
    const orgId = big(e.args.orgId);
    const org = draft.must("organizations", String(orgId), `organization ${orgId}`);
    draft.put("offers", {
      offer_id: big(e.args.offerId),
      org_id: orgId,
      city_id: org.city_id,
      price: big(e.args.price),
      stock: big(e.args.stock),
      sold: 0n,
      per_resident_limit: big(e.args.perResidentLimit),
      start_time: big(e.args.start),
      end_time: big(e.args.end),
      status: "active",
      accepted_cities: (e.args.acceptedCities as unknown[]).map(big),
      metadata_hash: String(e.args.metadataHash),
      ...metadataColumns(String(e.args.metadata)),
      created_block: e.blockNumber,
      created_at: e.timestamp,
      block_number: e.blockNumber,
    });
  },
  OfferUpdated(draft, _ctx, e) {
    draft.put("offers", {
      ...offer(draft, e),
      price: big(e.args.price),
      stock: big(e.args.stock),
      start_time: big(e.args.start),
      end_time: big(e.args.end),
      metadata_hash: String(e.args.metadataHash),
      ...metadataColumns(String(e.args.metadata)),
      block_number: e.blockNumber,
    });
  },
  OfferClosed(draft, _ctx, e) {
    draft.put("offers", { ...offer(draft, e), status: "closed", block_number: e.blockNumber });
  },
};
