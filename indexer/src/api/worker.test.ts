/**
 * The webhook worker inside the served API, as `npm start` runs it in the PGlite indexer's
 * process (WEBHOOK_WORKER=1): a new event reaches a subscriber, signed, with no other process.
 */
import { type Server, createServer } from "node:http";

import { expect } from "chai";
import pino from "pino";
import { Webhook } from "standardwebhooks";

import { createOperatorKey } from "../integrations/webhooks.ts";
import type { Store } from "../store/store.ts";
import { type RunningApi, serveApi } from "./server.ts";
import { appendAttestations, openTestStore, seedWorld } from "./testing/fixture.ts";

describe("webhook worker in the API process (PGlite)", function () {
  this.timeout(30_000);
  let store: Store;
  let api: RunningApi | undefined;
  let receiver: Server | undefined;
  const received: { type: string; verified: boolean }[] = [];
  let secret = "";

  before(async () => {
    store = await openTestStore("pglite");
    await seedWorld(store);
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        const body = Buffer.concat(chunks).toString("utf8");
        let verified = true;
        try {
          new Webhook(secret).verify(body, req.headers as Record<string, string>);
        } catch {
          verified = false;
        }
        received.push({ type: (JSON.parse(body) as { type: string }).type, verified });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver!.listen(0, "127.0.0.1", resolve));
  });
  after(async () => {
    await api?.close();
    await new Promise((resolve) => receiver?.close(resolve));
    await store?.close();
  });

  it("fans out and delivers new events while serving the API, and stops with it", async () => {
    api = await serveApi(store, {
      port: 0,
      logger: pino({ level: "silent" }),
      rateLimit: false,
      webhookWorker: { intervalMs: 50, baseDelayMs: 0 },
    });
    const key = await createOperatorKey(store, "berkeley-it", [1n]);
    const { port } = receiver!.address() as { port: number };
    const created = await fetch(`${api.url}/v1/webhooks/subscriptions`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
      body: JSON.stringify({ url: `http://127.0.0.1:${port}/hook`, cityId: "1" }),
    });
    expect(created.status).to.equal(201);
    secret = ((await created.json()) as { secret: string }).secret;
    // Let the worker place its cursor at the head, so only what follows is sent.
    await new Promise((r) => setTimeout(r, 300));
    await appendAttestations(store, 1, 2);
    const deadline = Date.now() + 10_000;
    while (received.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(received).to.deep.equal([{ type: "AttestationsRecorded", verified: true }]);

    await api.close();
    api = undefined;
    await appendAttestations(store, 1, 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(received).to.have.length(1);
  });
});
