/** Organization events: onboarding, status, budget, account and delegates. */
import type { Draft } from "./draft.ts";
import { parseMetadata } from "./metadata.ts";
import { addr, big, epochOf } from "./shared.ts";
import type { FoldContext, LedgerEvent } from "./types.ts";

type Handler = (draft: Draft, ctx: FoldContext, e: LedgerEvent) => void;

const ORG_STATUS = ["none", "active", "suspended"] as const;

function org(draft: Draft, e: LedgerEvent) {
  const orgId = big(e.args.orgId);
  return draft.must("organizations", String(orgId), `organization ${orgId}`);
}

function accountAttester(orgId: bigint, account: string, e: LedgerEvent) {
  return {
    org_id: orgId,
    address: account,
    is_account: true,
    active: true,
    cap: 0n,
    epoch: 0n,
    epoch_minted: 0n,
    generation: 0n,
    block_number: e.blockNumber,
  };
}

export const organizationHandlers: Record<string, Handler> = {
  OrganizationOnboarded(draft, _ctx, e) {
    const orgId = big(e.args.orgId);
    const metadata = parseMetadata(String(e.args.metadata), "organization");
    const account = addr(e.args.account);
    draft.put("organizations", {
      org_id: orgId,
      city_id: big(e.args.cityId),
      account,
      status: "active",
      budget: big(e.args.budget),
      epoch: epochOf(draft, e.timestamp),
      epoch_minted: 0n,
      next_seq: 0n,
      generation: 0n,
      metadata_hash: String(e.args.metadataHash),
      metadata_raw: metadata.raw,
      metadata: metadata.json,
      metadata_flags: metadata.flags,
      created_block: e.blockNumber,
      created_at: e.timestamp,
      block_number: e.blockNumber,
    });
    draft.put("delegates", accountAttester(orgId, account, e));
  },
  OrganizationStatusChanged(draft, _ctx, e) {
    draft.put("organizations", {
      ...org(draft, e),
      status: ORG_STATUS[Number(e.args.status)] ?? `unknown-${String(e.args.status)}`,
      generation: big(e.args.orgGeneration),
      block_number: e.blockNumber,
    });
  },
  OrganizationBudgetChanged(draft, _ctx, e) {
    draft.put("organizations", { ...org(draft, e), budget: big(e.args.budget), block_number: e.blockNumber });
  },
  OrganizationAccountChanged(draft, _ctx, e) {
    const orgId = big(e.args.orgId);
    const newAccount = addr(e.args.newAccount);
    draft.delete("delegates", { org_id: orgId, address: addr(e.args.previousAccount) });
    draft.put("delegates", accountAttester(orgId, newAccount, e));
    draft.put("organizations", {
      ...org(draft, e),
      account: newAccount,
      generation: big(e.args.orgGeneration),
      block_number: e.blockNumber,
    });
  },
  DelegateAuthorized(draft, _ctx, e) {
    const orgId = big(e.args.orgId);
    const address = addr(e.args.delegate);
    const current = draft.get("delegates", `${orgId}|${address}`);
    draft.put("delegates", {
      org_id: orgId,
      address,
      is_account: false,
      epoch: 0n,
      epoch_minted: 0n,
      ...current,
      active: true,
      cap: big(e.args.cap),
      // The event gives the combined generation (organization << 32 | delegate).
      generation: big(e.args.generation) & 0xffffffffn,
      block_number: e.blockNumber,
    });
  },
  DelegateRevoked(draft, _ctx, e) {
    const orgId = big(e.args.orgId);
    const address = addr(e.args.delegate);
    const current = draft.must(
      "delegates",
      `${orgId}|${address}`,
      `delegate ${address} of organization ${orgId}`,
    );
    draft.put("delegates", {
      ...current,
      active: false,
      generation: big(e.args.delegateGeneration),
      block_number: e.blockNumber,
    });
  },
};
