/**
 * Every failure becomes a sentence in the reader's language: contract errors through the SDK's
 * decoder, wallet and network failures through the catalogue. Never a hex blob or a stack.
 */
import { decodeError } from "@sdk/error-decoder.ts";

import type { I18n } from "../i18n/I18nProvider.tsx";
import type { MessageKey } from "../i18n/messages.ts";
import { AppError, causes, knownError } from "./known-error.ts";

export { AppError };

/** Ledger errors whose catalogue wording is friendlier than the generic decoded one. */
const FRIENDLY: Readonly<Record<string, MessageKey>> = {
  CivicLedgerInsufficientBalance: "error.insufficientCredits",
  CivicLedgerOutOfStock: "error.soldOut",
  CivicLedgerSignatureExpired: "error.expired",
  CivicLedgerBudgetExceeded: "error.budgetExhausted",
  CivicLedgerOfferNotActive: "error.offerClosed",
};

function hasName(error: unknown, names: readonly string[]): boolean {
  return causes(error).some((e) => names.includes((e as { name?: string }).name ?? ""));
}

export function humanError(error: unknown, i18n: Pick<I18n, "t" | "errorLanguage">): string {
  const { t } = i18n;
  const known = knownError(error, t);
  if (known !== undefined) return known;
  if (
    hasName(error, ["UserRejectedRequestError"]) ||
    causes(error).some((e) => (e as { code?: unknown }).code === 4001)
  ) {
    return t("error.rejected");
  }
  if (hasName(error, ["LedgerMissingError"])) return t("error.ledgerMissing");
  if (hasName(error, ["ChainMismatchError", "ChainNotConfiguredError", "SwitchChainNotSupportedError"])) {
    return t("error.wrongNetwork");
  }
  if (hasName(error, ["ConnectorNotConnectedError", "ConnectorAccountNotFoundError"])) {
    return t("error.notConnected");
  }
  const decoded = decodeError(error, i18n.errorLanguage);
  if (decoded.name === "CivicLedgerPriceAboveBound") {
    return t("error.priceChanged", { seen: String(decoded.args.maxPrice), now: String(decoded.args.price) });
  }
  if (decoded.name !== "Unknown") {
    const friendly = FRIENDLY[decoded.name];
    return friendly ? t(friendly) : decoded.message;
  }
  if (hasName(error, ["HttpRequestError", "TimeoutError", "TypeError"])) return t("error.network");
  return t("error.unknown");
}
