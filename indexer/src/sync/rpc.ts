/**
 * A small JSON-RPC client for the sync engine that survives a misbehaving provider: timeouts, 429 and
 * 5xx answers, dropped connections and truncated or malformed JSON are retried a bounded number of
 * times with exponential backoff and full jitter (each retry logged and counted); a refused log range
 * surfaces as `RangeTooLargeError` so the caller can shrink it.
 */
import type { Logger } from "pino";

import { metrics } from "./metrics.ts";

export class RpcError extends Error {
  override readonly name = "RpcError";
  readonly code: number | undefined;
  constructor(message: string, options: { code?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.code = options.code;
  }
}

/** The provider refused a log range (too many blocks or results); `suggestedTo` when it proposed one. */
export class RangeTooLargeError extends Error {
  override readonly name = "RangeTooLargeError";
  readonly suggestedTo: bigint | undefined;
  constructor(message: string, suggestedTo: bigint | undefined) {
    super(message);
    this.suggestedTo = suggestedTo;
  }
}

const RANGE_REFUSAL =
  /range|too many|more than \d+ results|response size|limit exceeded|exceed(s|ed)? (the )?max|query timeout/i;

export interface RpcOptions {
  timeoutMs?: number;
  maxRetries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  log?: Logger;
}

interface JsonRpcResponse {
  id?: number;
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
}

export class RpcClient {
  readonly url: string;
  readonly #timeoutMs: number;
  readonly #maxRetries: number;
  readonly #baseDelayMs: number;
  readonly #maxDelayMs: number;
  readonly #log: Logger | undefined;
  #id = 0;

  constructor(url: string, options: RpcOptions = {}) {
    this.url = url;
    this.#timeoutMs = options.timeoutMs ?? 15_000;
    this.#maxRetries = options.maxRetries ?? 8;
    this.#baseDelayMs = options.baseDelayMs ?? 100;
    this.#maxDelayMs = options.maxDelayMs ?? 5_000;
    this.#log = options.log;
  }

  /** One call, retried on transient faults. */
  async call<T>(method: string, params: unknown[] = []): Promise<T> {
    const [result] = await this.batch<T>([{ method, params }]);
    return result as T;
  }

  /** Several calls in one HTTP request (results in order), retried as a whole on transient faults. */
  async batch<T>(calls: { method: string; params: unknown[] }[]): Promise<T[]> {
    if (calls.length === 0) return [];
    const label = calls[0]!.method;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.#send<T>(calls);
      } catch (error) {
        if (error instanceof RangeTooLargeError) throw error;
        const reason = classify(error);
        if (reason === "rpc-error" || attempt >= this.#maxRetries) throw error;
        const delay = Math.random() * Math.min(this.#maxDelayMs, this.#baseDelayMs * 2 ** attempt);
        metrics.rpcRetries.inc({ method: label, reason });
        this.#log?.warn(
          {
            method: label,
            attempt: attempt + 1,
            reason,
            delayMs: Math.round(delay),
            err: (error as Error).message,
          },
          "rpc retry",
        );
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  }

  async #send<T>(calls: { method: string; params: unknown[] }[]): Promise<T[]> {
    const single = calls.length === 1;
    const body = calls.map((c) => ({ jsonrpc: "2.0", id: ++this.#id, method: c.method, params: c.params }));
    for (const c of calls) metrics.rpcRequests.inc({ method: c.method });
    let response: Response;
    try {
      response = await fetch(this.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(single ? body[0] : body),
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
    } catch (cause) {
      throw new RpcError(`request to ${this.url} failed: ${(cause as Error).message}`, { cause });
    }
    const text = await response.text().catch((cause: unknown) => {
      throw new RpcError(`response from ${this.url} was cut: ${(cause as Error).message}`, { cause });
    });
    if (!response.ok) {
      if (response.status === 413) throw new RangeTooLargeError(`HTTP 413 from ${this.url}`, undefined);
      throw new RpcError(`HTTP ${response.status} from ${this.url}`, { code: -response.status });
    }
    let parsed: JsonRpcResponse | JsonRpcResponse[];
    try {
      parsed = JSON.parse(text) as JsonRpcResponse | JsonRpcResponse[];
    } catch (cause) {
      throw new RpcError(`malformed JSON from ${this.url} (${text.length} bytes)`, { code: -32700, cause });
    }
    const answers = Array.isArray(parsed) ? parsed : [parsed];
    const byId = new Map(answers.map((a) => [a.id, a]));
    return body.map((request) => {
      const answer = byId.get(request.id);
      if (!answer) throw new RpcError(`no answer to ${request.method} in the response`, { code: -32700 });
      if (answer.error) {
        const message = `${request.method}: ${answer.error.message}`;
        if (
          request.method === "eth_getLogs" &&
          (answer.error.code === -32005 || RANGE_REFUSAL.test(answer.error.message))
        ) {
          throw new RangeTooLargeError(message, suggestedEnd(answer.error));
        }
        throw new RpcError(message, { code: answer.error.code });
      }
      if (!("result" in answer))
        throw new RpcError(`${request.method}: answer without result`, { code: -32700 });
      return answer.result as T;
    });
  }
}

/** Providers that refuse a range often propose one: "[0x1, 0x2]" in the message or {from,to} in data. */
function suggestedEnd(error: { message: string; data?: unknown }): bigint | undefined {
  const data = error.data as { to?: string } | undefined;
  if (data && typeof data.to === "string") return BigInt(data.to);
  const m = /\[\s*(0x[0-9a-f]+)\s*,\s*(0x[0-9a-f]+)\s*\]/i.exec(error.message);
  return m ? BigInt(m[2]!) : undefined;
}

function classify(error: unknown): string {
  if (!(error instanceof RpcError)) return "unexpected";
  const code = error.code;
  if (code === undefined) return /timeout|aborted/i.test(error.message) ? "timeout" : "connection";
  if (code === -429) return "http-429";
  if (code <= -500 && code > -600) return "http-5xx";
  if (code === -32700) return "malformed";
  // -32603 internal errors and -32000 "header not found" style answers are transient on real nodes.
  if (code === -32603 || code === -32000 || code === -32005) return "server";
  return "rpc-error";
}
