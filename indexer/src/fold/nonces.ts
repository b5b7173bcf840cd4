/** Signature nonces: each consumed nonce, and invalidated nonce words. */
import type { Draft } from "./draft.ts";
import { addr, big } from "./shared.ts";
import type { FoldContext, LedgerEvent } from "./types.ts";

type Handler = (draft: Draft, ctx: FoldContext, e: LedgerEvent) => void;

export const nonceHandlers: Record<string, Handler> = {
  NonceUsed(draft, _ctx, e) {
    draft.insert("nonces", {
      signer: addr(e.args.signer),
      nonce: big(e.args.nonce),
      block_number: e.blockNumber,
      log_index: e.logIndex,
      tx_hash: e.txHash,
    });
  },
  NoncesInvalidated(draft, _ctx, e) {
    draft.insert("nonce_invalidations", {
      block_number: e.blockNumber,
      log_index: e.logIndex,
      signer: addr(e.args.signer),
      word_pos: big(e.args.wordPos),
      mask: big(e.args.mask),
    });
  },
};
