/**
 * Shared request and response schemas. Every query parameter schema is strict (unknown
 * parameters are refused), numbers are bounded, strings are length-capped, and amounts
 * leave as decimal strings.
 */
import { z } from "@hono/zod-openapi";
import { getAddress, isAddress } from "viem";

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

/** A decimal string of a non-negative integer (uint256 amounts, ids, block numbers). */
export const Decimal = z
  .string()
  .regex(/^(0|[1-9][0-9]*)$/)
  .openapi({ example: "1500" });

/** An unsigned integer given as a query string: digits only, at most `max`. */
export function uintParam(name: string, max: bigint | number = BigInt(2) ** BigInt(64) - BigInt(1)) {
  return (
    z
      .string()
      .max(80)
      .regex(/^(0|[1-9][0-9]*)$/, "must be a non-negative integer in decimal")
      // zod runs refinements after a failed regex too: only compare what the regex accepted.
      .refine((v) => !/^[0-9]+$/.test(v) || BigInt(v) <= BigInt(max), `must be at most ${max}`)
      .openapi({ param: { name, in: "query" }, example: "1" })
  );
}

export const Address = z
  .string()
  .max(42)
  .refine((v) => isAddress(v, { strict: false }), "must be a 0x-prefixed 20-byte hex address")
  .transform((v) => getAddress(v));

export const TxHash = z
  .string()
  .regex(/^0x[0-9a-fA-F]{64}$/, "must be a 0x-prefixed 32-byte hex hash")
  .transform((v) => v.toLowerCase());

export const Limit = z
  .string()
  .max(10)
  .regex(/^[1-9][0-9]*$/, "must be a positive integer")
  .transform(Number)
  .refine((n) => n <= MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`)
  .optional()
  .openapi({ param: { name: "limit", in: "query" }, example: "50" });

export const Cursor = z
  .string()
  .min(1)
  .max(1024)
  .optional()
  .openapi({
    param: { name: "cursor", in: "query" },
    description: "Opaque; the `nextCursor` of the previous page.",
  });

export const Language = z.enum(["en", "es"]);

export const pageOf = <T extends z.ZodType>(item: T, name: string) =>
  z
    .object({
      items: z.array(item),
      nextCursor: z
        .string()
        .nullable()
        .openapi({ description: "Pass as `cursor` for the next page; null on the last page." }),
    })
    .openapi(name);

export const NoQuery = z.strictObject({});
