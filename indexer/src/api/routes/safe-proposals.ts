/**
 * The local chain's Safe proposal service as routes of the API (what Safe's Transaction Service
 * is on public chains). The zod schemas check the shape and name the bad field; the service
 * (safe-proposals/server.ts) then checks what the shape cannot: the id is the hash of the
 * transaction, the chain is ours, and every signature recovers to a current owner of the Safe.
 */
import { type Hook, createRoute, z } from "@hono/zod-openapi";

import type { SafeProposalService } from "../../safe-proposals/server.ts";
import type { RouteModule } from "../app.ts";
import type { ApiEnv } from "../context.ts";
import { ApiError, ErrorSchema, toResponse, validationError } from "../errors.ts";

const Hex = z
  .string()
  .max(2_000_000)
  .regex(/^0x[0-9a-fA-F]*$/, "must be 0x-prefixed hex");
const Hash = z.string().regex(/^0x[0-9a-fA-F]{64}$/, "must be a 0x-prefixed 32-byte hash");
const Address = z.string().regex(/^0x[0-9a-fA-F]{40}$/, "must be a 0x-prefixed 20-byte address");
const Uint = z
  .string()
  .max(78)
  .regex(/^(0|[1-9][0-9]*)$/, "must be a decimal string");

export const SafeTxSchema = z
  .strictObject({
    to: Address,
    value: Uint,
    data: Hex,
    operation: z.union([z.literal(0), z.literal(1)]),
    safeTxGas: Uint,
    baseGas: Uint,
    gasPrice: Uint,
    gasToken: Address,
    refundReceiver: Address,
    nonce: Uint,
  })
  .openapi("SafeTx");

export const ProposalSignatureSchema = z
  .strictObject({ signer: Address, signature: Hex.max(2 + 65 * 2 * 10) })
  .openapi("ProposalSignature");

export const SafeProposalSchema = z
  .strictObject({
    id: Hash,
    chainId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    safe: Address,
    tx: SafeTxSchema,
    calls: z.array(z.strictObject({ to: Address, value: Uint, data: Hex })).max(500),
    title: z.string().max(500),
    proposer: Address.optional(),
    createdAt: z.string().max(40),
    signatures: z.array(ProposalSignatureSchema).max(100),
  })
  .openapi("SafeProposal");

/** Incoming proposals may omit their signatures and creation time. */
const NewProposalSchema = SafeProposalSchema.extend({
  createdAt: z.string().max(40).optional(),
  signatures: z.array(ProposalSignatureSchema).max(100).optional(),
});

const errors = {
  400: {
    description: "Malformed proposal or signature",
    content: { "application/json": { schema: ErrorSchema } },
  },
  403: {
    description: "Signer is not a current owner of the Safe",
    content: { "application/json": { schema: ErrorSchema } },
  },
  404: { description: "Unknown proposal", content: { "application/json": { schema: ErrorSchema } } },
  409: {
    description: "Proposal for another chain",
    content: { "application/json": { schema: ErrorSchema } },
  },
};
const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

/** Shape errors keep the codes the service has always answered with. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- shared by routes of different inputs
function hookWithCode(code: string): Hook<any, ApiEnv, any, any> {
  return (result, c) => {
    if (result.success) return;
    const error = validationError(result.error, result.target);
    return toResponse(
      c,
      new ApiError(400, code, error.message, error.parameter ? { parameter: error.parameter } : {}),
    );
  };
}

const list = createRoute({
  method: "get",
  path: "/proposals",
  tags: ["safe proposals"],
  summary: "Pending proposals, ordered by nonce",
  request: {
    query: z.strictObject({
      safe: Address.optional(),
      chainId: z
        .string()
        .regex(/^[1-9][0-9]{0,15}$/, "must be a positive integer")
        .optional(),
    }),
  },
  responses: {
    200: json(z.object({ proposals: z.array(SafeProposalSchema) }), "Proposals"),
    400: errors[400],
  },
});

const IdParam = z.strictObject({ id: Hash.openapi({ param: { name: "id", in: "path" } }) });

const get = createRoute({
  method: "get",
  path: "/proposals/{id}",
  tags: ["safe proposals"],
  summary: "One proposal by its Safe transaction hash",
  request: { params: IdParam, query: z.strictObject({}) },
  responses: { 200: json(SafeProposalSchema, "The proposal"), 400: errors[400], 404: errors[404] },
});

const create = createRoute({
  method: "post",
  path: "/proposals",
  tags: ["safe proposals"],
  summary: "Store a proposal (its signatures are verified against the Safe's current owners)",
  request: {
    query: z.strictObject({}),
    body: { required: true, content: { "application/json": { schema: NewProposalSchema } } },
  },
  responses: {
    201: json(SafeProposalSchema, "Stored (merged with a known proposal's signatures)"),
    ...errors,
  },
});

const sign = createRoute({
  method: "post",
  path: "/proposals/{id}/signatures",
  tags: ["safe proposals"],
  summary: "Add an owner's signature (refused unless it recovers to a current owner)",
  request: {
    params: IdParam,
    query: z.strictObject({}),
    body: { required: true, content: { "application/json": { schema: ProposalSignatureSchema } } },
  },
  responses: { 200: json(SafeProposalSchema, "The proposal with the signature"), ...errors },
});

export function safeProposalRoutes(service: SafeProposalService): RouteModule {
  return (app) => {
    app.openapi(list, (c) => {
      const { safe, chainId } = c.req.valid("query");
      const proposals = service.store.list({
        ...(safe ? { safe } : {}),
        ...(chainId ? { chainId: Number(chainId) } : {}),
      });
      c.header("Cache-Control", "no-store");
      return c.json({ proposals }, 200);
    });
    app.openapi(get, (c) => {
      const { id } = c.req.valid("param");
      const proposal = service.store.get(id);
      if (!proposal) throw new ApiError(404, "PROPOSAL_NOT_FOUND", `No proposal ${id}.`, { parameter: "id" });
      c.header("Cache-Control", "no-store");
      return c.json(proposal, 200);
    });
    app.openapi(
      create,
      async (c) => c.json(await service.create(c.req.valid("json")), 201),
      hookWithCode("INVALID_PROPOSAL"),
    );
    app.openapi(
      sign,
      async (c) => {
        const { id } = c.req.valid("param") as { id: `0x${string}` };
        return c.json(await service.addSignature(id, c.req.valid("json")), 200);
      },
      hookWithCode("INVALID_SIGNATURE"),
    );
  };
}

const proposalHealth = createRoute({
  method: "get",
  path: "/health",
  tags: ["service"],
  summary: "The proposal service answers, and for which chain",
  request: { query: z.strictObject({}) },
  responses: { 200: json(z.object({ ok: z.boolean(), chainId: z.number().int() }), "Serving") },
});

/** `/health` of the proposal service when it runs alone (the API's own /health replaces it). */
export function proposalHealthRoutes(service: SafeProposalService): RouteModule {
  return (app) => {
    app.openapi(proposalHealth, async (c) => c.json({ ok: true, chainId: await service.chain() }, 200));
  };
}
