/**
 * Dry-running a proposal's calls as the Safe (eth_call with `from` = the Safe), so a failing
 * call shows the ledger's own custom error instead of the Safe's opaque GS013. Each call is
 * simulated against the current state on its own: a later call that depends on an earlier one
 * in the same batch may be reported as failing when it would succeed.
 */
import type { PublicClient } from "viem";

import { type DecodedError, decodeError } from "../error-decoder.ts";
import type { Language } from "../error-messages.ts";
import type { SafeProposal } from "./proposal.ts";

export interface CallSimulation {
  index: number;
  ok: boolean;
  error?: DecodedError;
}

export async function simulateProposal(
  publicClient: PublicClient,
  proposal: SafeProposal,
  language: Language = "en",
): Promise<CallSimulation[]> {
  const results: CallSimulation[] = [];
  for (const [index, call] of proposal.calls.entries()) {
    try {
      await publicClient.call({
        account: proposal.safe,
        to: call.to,
        data: call.data,
        value: BigInt(call.value),
      });
      results.push({ index, ok: true });
    } catch (error) {
      results.push({ index, ok: false, error: decodeError(error, language) });
    }
  }
  return results;
}
