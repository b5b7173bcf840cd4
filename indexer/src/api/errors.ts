/**
 * One error shape for every route: `{ "error": { "code", "message", "parameter"? } }`. Client
 * mistakes are 4xx with a one-line message naming the parameter; only our own faults are 5xx,
 * and those never echo internals.
 */
import { z } from "@hono/zod-openapi";
import { isCitySyncError } from "@citysync/sdk";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";

export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: string;
  readonly parameter: string | undefined;
  readonly headers: Record<string, string>;
  readonly details: Record<string, string> | undefined;

  constructor(
    status: ContentfulStatusCode,
    code: string,
    message: string,
    options: {
      parameter?: string;
      cause?: unknown;
      headers?: Record<string, string>;
      details?: Record<string, string>;
    } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.parameter = options.parameter;
    this.headers = options.headers ?? {};
    this.details = options.details;
  }
}

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: "INVALID_PARAMETER" }),
      message: z.string().openapi({ example: "limit: must be at most 200 (got 1000)." }),
      parameter: z.string().optional().openapi({ example: "limit" }),
      details: z
        .record(z.string(), z.string())
        .optional()
        .openapi({
          description: "Facts a client acts on, e.g. the `cityId` whose checkpoint a proof waits for.",
          example: { cityId: "1" },
        }),
    }),
  })
  .openapi("Error");

export function errorBody(
  code: string,
  message: string,
  parameter?: string,
  details?: Record<string, string>,
) {
  return {
    error: {
      code,
      message,
      ...(parameter === undefined ? {} : { parameter }),
      ...(details === undefined ? {} : { details }),
    },
  };
}

/** Where a validated value came from, as a client would name it. */
const targetNames: Record<string, string> = {
  query: "query parameter",
  param: "path parameter",
  json: "body field",
  header: "header",
  form: "form field",
  cookie: "cookie",
};

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "unrecognized_keys":
      return `unknown ${issue.keys.length === 1 ? "parameter" : "parameters"} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
    case "invalid_type":
      return `expected ${issue.expected}`;
    default:
      return issue.message;
  }
}

/** Turns a zod failure into one line that names the parameter and says what was wrong. */
export function validationError(error: z.ZodError, target: string): ApiError {
  const issue = error.issues[0];
  if (!issue) return new ApiError(400, "INVALID_REQUEST", "The request is invalid.");
  const where = targetNames[target] ?? target;
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((k) => `"${k}"`).join(", ");
    const prefix = issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
    return new ApiError(
      400,
      "UNKNOWN_PARAMETER",
      `${prefix}unknown ${where}${issue.keys.length > 1 ? "s" : ""} ${keys}.`,
      {
        parameter: [...issue.path.map(String), issue.keys[0] ?? ""].filter(Boolean).join("."),
      },
    );
  }
  const name = issue.path.map(String).join(".");
  const message = name ? `${where} ${name}: ${describeIssue(issue)}.` : `${where}s: ${describeIssue(issue)}.`;
  return new ApiError(
    400,
    "INVALID_PARAMETER",
    message.replace(/\.\.$/, "."),
    name ? { parameter: name } : {},
  );
}

/** Maps any thrown value to a response. Unknown errors are logged by the caller, not shown. */
export function toResponse(c: Context, error: unknown): Response {
  if (error instanceof ApiError) {
    for (const [k, v] of Object.entries(error.headers)) c.header(k, v);
    return c.json(errorBody(error.code, error.message, error.parameter, error.details), error.status);
  }
  if (isCitySyncError(error)) {
    const status = error.code === "SAFE_NOT_OWNER" || error.code === "SAFE_SIGNER_MISMATCH" ? 403 : 400;
    return c.json(errorBody(error.code, error.message), status);
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    const code =
      status === 413
        ? "BODY_TOO_LARGE"
        : status === 415
          ? "UNSUPPORTED_MEDIA_TYPE"
          : status === 503
            ? "TIMEOUT"
            : "HTTP_ERROR";
    return c.json(errorBody(code, error.message || "Request refused."), status);
  }
  if (error instanceof SyntaxError) {
    // JSON.parse of a malformed body inside a validator.
    return c.json(errorBody("INVALID_JSON", "The request body is not valid JSON."), 400);
  }
  return c.json(errorBody("INTERNAL", "Internal error."), 500);
}
