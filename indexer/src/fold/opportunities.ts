/** Opportunity events. Credits per unit never change after publication. */
import type { Draft } from "./draft.ts";
import { parseMetadata } from "./metadata.ts";
import { big } from "./shared.ts";
import type { FoldContext, LedgerEvent } from "./types.ts";

type Handler = (draft: Draft, ctx: FoldContext, e: LedgerEvent) => void;

function opportunity(draft: Draft, e: LedgerEvent) {
  const id = big(e.args.opportunityId);
  return draft.must("opportunities", String(id), `opportunity ${id}`);
}

function metadataColumns(raw: string) {
  const m = parseMetadata(raw, "opportunity");
  return {
    metadata_raw: m.raw,
    metadata: m.json,
    metadata_flags: m.flags,
    category: m.category,
    unit: m.unit,
  };
}

export const opportunityHandlers: Record<string, Handler> = {
  OpportunityPublished(draft, _ctx, e) {
    const orgId = big(e.args.orgId);
    const org = draft.must("organizations", String(orgId), `organization ${orgId}`);
    draft.put("opportunities", {
      opportunity_id: big(e.args.opportunityId),
      org_id: orgId,
      city_id: org.city_id,
      credits_per_unit: big(e.args.creditsPerUnit),
      capacity: big(e.args.capacity),
      used: 0n,
      start_time: big(e.args.start),
      end_time: big(e.args.end),
      status: "open",
      metadata_hash: String(e.args.metadataHash),
      ...metadataColumns(String(e.args.metadata)),
      created_block: e.blockNumber,
      created_at: e.timestamp,
      block_number: e.blockNumber,
    });
  },
  OpportunityUpdated(draft, _ctx, e) {
    draft.put("opportunities", {
      ...opportunity(draft, e),
      capacity: big(e.args.capacity),
      start_time: big(e.args.start),
      end_time: big(e.args.end),
      metadata_hash: String(e.args.metadataHash),
      ...metadataColumns(String(e.args.metadata)),
      block_number: e.blockNumber,
    });
  },
  OpportunityClosed(draft, _ctx, e) {
    draft.put("opportunities", { ...opportunity(draft, e), status: "closed", block_number: e.blockNumber });
  },
};
