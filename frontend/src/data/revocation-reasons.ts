import type { MessageKey } from "../i18n/messages.ts";

/** Revocation reason codes (docs/contracts.md, "Reason codes"). */
export const REVOCATION_REASONS: Readonly<Record<number, MessageKey>> = {
  0: "reason.other",
  1: "reason.fraud",
  2: "reason.dataEntry",
  3: "reason.duplicate",
  4: "reason.participantRequest",
  5: "reason.orgWithdrawn",
};
