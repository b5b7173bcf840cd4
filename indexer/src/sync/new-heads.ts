/**
 * Follow mode's wake-up: a WebSocket `eth_subscribe("newHeads")` subscription (viem's webSocket
 * transport) that ends the engine's wait as soon as the node announces a block, instead of waiting for
 * the next poll. When the endpoint has no WebSocket or the subscription fails, waits simply time out
 * and the engine polls, so a missing or broken subscription costs latency, never correctness.
 */
import type { Logger } from "pino";
import { createPublicClient, webSocket } from "viem";

export class NewHeads {
  readonly url: string;
  readonly #log: Logger;
  #wake: (() => void)[] = [];
  #unwatch: (() => void) | undefined;
  #close: (() => Promise<void>) | undefined;
  /** True from the first announced head until an error. */
  live = false;

  constructor(url: string, log: Logger) {
    this.url = url;
    this.#log = log;
  }

  start(): void {
    if (this.#unwatch) return;
    try {
      const client = createPublicClient({
        transport: webSocket(this.url, { retryCount: 3, timeout: 5_000 }),
      });
      this.#close = () =>
        client.transport
          .getRpcClient()
          .then((c) => c.close())
          .catch(() => {});
      // A webSocket transport subscribes to newHeads (viem polls only over HTTP).
      this.#unwatch = client.watchBlockNumber({
        onBlockNumber: () => {
          this.live = true;
          this.#release();
        },
        onError: (error) => {
          if (this.live)
            this.#log.warn({ err: error.message, url: this.url }, "newHeads subscription failed; polling");
          this.live = false;
        },
      });
    } catch (error) {
      this.#log.warn({ err: (error as Error).message, url: this.url }, "no newHeads subscription; polling");
    }
  }

  #release(): void {
    const waiting = this.#wake;
    this.#wake = [];
    for (const wake of waiting) wake();
  }

  /** Resolves at the next announced head, or after `timeoutMs`. */
  wait(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, timeoutMs);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.#wake.push(done);
    });
  }

  async stop(): Promise<void> {
    this.#unwatch?.();
    this.#unwatch = undefined;
    this.#release();
    await this.#close?.();
    this.#close = undefined;
  }
}

/** The WebSocket URL a node serves beside its HTTP one (same host and port, as hardhat and geth do). */
export function wsUrlOf(httpUrl: string): string | undefined {
  try {
    const url = new URL(httpUrl);
    if (url.protocol === "ws:" || url.protocol === "wss:") return httpUrl;
    if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
    url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
    return url.toString();
  } catch {
    return undefined;
  }
}
