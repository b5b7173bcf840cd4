/**
 * The one error type the SDK throws: a short English message for people, a stable `code` for
 * programs, and the underlying error (RPC, protocol-kit, viem) kept as `cause`.
 */
export class CitySyncError extends Error {
  /** Stable, machine-readable identifier, e.g. `SAFE_NOT_OWNER`. */
  readonly code: string;
  /** Extra structured facts (line numbers, addresses, counts) for callers that want them. */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    code: string,
    message: string,
    options: { cause?: unknown; details?: Record<string, unknown> } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "CitySyncError";
    this.code = code;
    this.details = options.details ?? {};
  }
}

export function isCitySyncError(error: unknown, code?: string): error is CitySyncError {
  return error instanceof CitySyncError && (code === undefined || error.code === code);
}
