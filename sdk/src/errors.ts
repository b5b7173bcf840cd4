/**
 * The one error type the SDK throws: a short English message for people, a stable `code` for
 * programs, and the underlying error (RPC, protocol-kit, viem) kept as `cause`.
 */
/** Every code a `CitySyncError` may carry (the SDK's, the CLI's and the proposal service's). */
export const CITYSYNC_ERROR_CODES = [
  "CHECKPOINT_NEEDED",
  "CONTEST_REFUSED",
  "CSV_INVALID",
  "EMPTY_BATCH",
  "INVALID_BATCH_LIMIT",
  "CSV_UNTERMINATED_QUOTE",
  "FILE_NOT_JSON",
  "FILE_NOT_REDEMPTION",
  "FILE_UNREADABLE",
  "INVALID_ENVELOPE",
  "INVALID_EVIDENCE",
  "INVALID_KEY",
  "INVALID_LANGUAGE",
  "INVALID_METADATA",
  "INVALID_OPTION",
  "INVALID_PROPOSAL",
  "INVALID_ROW",
  "INVALID_SIGNATURE",
  "INVALID_SIGNER",
  "LEDGER_NOT_DEPLOYED",
  "MISSING_OPTION",
  "NOT_A_SAFE",
  "NO_ADMIN_TRANSFER",
  "NO_FREE_NONCE",
  "NO_KEY",
  "PROPOSAL_AMBIGUOUS",
  "PROPOSAL_NOT_FOUND",
  "PROPOSER_SIGNATURE_REQUIRED",
  "REDEEM_REFUSED",
  "RELAY_REVERTED",
  "SAFE_API_KEY_MISSING",
  "SAFE_APPROVE_FAILED",
  "SAFE_BAD_CONFIG",
  "SAFE_CONNECT_FAILED",
  "SAFE_CREATE_FAILED",
  "SAFE_EMPTY_PROPOSAL",
  "SAFE_EXECUTE_FAILED",
  "SAFE_NONCE_QUEUED",
  "SAFE_NONCE_USED",
  "SAFE_NOT_DEPLOYED",
  "SAFE_NOT_OWNER",
  "SAFE_NO_SIGNER",
  "SAFE_PROPOSE_FAILED",
  "SAFE_READ_FAILED",
  "SAFE_SERVICE_UNSUPPORTED_CHAIN",
  "SAFE_SIGNATURE_INCOMPLETE",
  "SAFE_SIGNER_MISMATCH",
  "SAFE_SIGN_FAILED",
  "SAFE_THRESHOLD_NOT_MET",
  "SAFE_WRONG_SAFE",
  "SERVICE_ERROR",
  "SERVICE_NEEDS_SIGNATURE",
  "SERVICE_UNREACHABLE",
  "SIGNER_MISMATCH",
  "TOKEN_NOT_DEPLOYED",
  "UNKNOWN_CALL",
  "UNKNOWN_COMMAND",
  "UNKNOWN_OPTION",
  "UNKNOWN_ORGANIZATION",
  "UNKNOWN_RECORD",
  "UNSUPPORTED_CHAIN",
  "WRONG_CHAIN",
] as const;

export type CitySyncErrorCode = (typeof CITYSYNC_ERROR_CODES)[number];

export function isCitySyncErrorCode(value: unknown): value is CitySyncErrorCode {
  return (CITYSYNC_ERROR_CODES as readonly unknown[]).includes(value);
}

export class CitySyncError extends Error {
  /** Stable, machine-readable identifier, e.g. `SAFE_NOT_OWNER`. */
  readonly code: CitySyncErrorCode;
  /** Extra structured facts (line numbers, addresses, counts) for callers that want them. */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    code: CitySyncErrorCode,
    message: string,
    options: { cause?: unknown; details?: Record<string, unknown> } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "CitySyncError";
    this.code = code;
    this.details = options.details ?? {};
  }
}

export function isCitySyncError(error: unknown, code?: CitySyncErrorCode): error is CitySyncError {
  return error instanceof CitySyncError && (code === undefined || error.code === code);
}
