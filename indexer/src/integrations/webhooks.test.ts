/**
 * Webhooks end to end over a real HTTP receiver that verifies Standard Webhooks signatures:
 * 500 then 200 (retried, deduplicated by id), receiver gone (dead-lettered, replayed from a
 * cursor through the operator API), a reorganisation (retraction), operator auth and scopes.
 */
import { type Server, createServer } from "node:http";

import { expect } from "chai";
import pino from "pino";
import { Webhook } from "standardwebhooks";

import { createApi } from "../api/server.ts";
import { appendAttestations, openTestStore, seedWorld } from "../api/testing/fixture.ts";
import type { Store } from "../store/store.ts";
import { createOperatorKey, deliverDue, fanOut } from "./webhooks.ts";

interface Received {
  id: string;
  type: string;
  data: Record<string, unknown>;
}

describe("webhooks (outbox, Standard Webhooks signatures, retries, dead letters, retractions)", function () {
  this.timeout(60_000);
  let store: Store;
  let app: ReturnType<typeof createApi>["app"];
  let server: Server | undefined;
  let port = 0;
  let secret = "";
  let subscriptionId = "";
  let key = "";
  const received: Received[] = [];
  const seenIds = new Set<string>();
  let failNext = 0;
  let badSignatures = 0;

  function listen(): Promise<void> {
    return new Promise((resolve) => {
      server = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on("data", (c: Buffer) => chunks.push(c));
        req.on("end", () => {
          const body = Buffer.concat(chunks).toString("utf8");
          try {
            new Webhook(secret).verify(body, req.headers as Record<string, string>);
          } catch {
            badSignatures++;
            res.writeHead(401).end();
            return;
          }
          if (failNext > 0) {
            failNext--;
            res.writeHead(500).end();
            return;
          }
          const id = String(req.headers["webhook-id"]);
          // Deduplicate by webhook-id, as the specification asks receivers to.
          if (!seenIds.has(id)) {
            seenIds.add(id);
            const parsed = JSON.parse(body) as { type: string; data: Record<string, unknown> };
            received.push({ id, type: parsed.type, data: parsed.data });
          }
          res.writeHead(204).end();
        });
      }).listen(port, "127.0.0.1", () => {
        port = (server!.address() as { port: number }).port;
        resolve();
      });
    });
  }
  const close = () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  const deliver = () => deliverDue(store, { baseDelayMs: 0, maxAttempts: 3, timeoutMs: 2_000 });
  const api = (path: string, init: RequestInit = {}, auth = key) =>
    app.request(path, {
      ...init,
      headers: { "content-type": "application/json", ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
    });

  before(async () => {
    store = await openTestStore("pglite");
    await seedWorld(store);
    app = createApi({ store, logger: pino({ level: "silent" }), rateLimit: false }).app;
    key = await createOperatorKey(store, "berkeley-it", [1n]);
    await listen();
  });
  after(async () => {
    await close();
    await store?.close();
  });

  it("lets only an operator key manage subscriptions, within its cities", async () => {
    const body = JSON.stringify({
      url: `http://127.0.0.1:${port}/hook`,
      cityId: "1",
      eventTypes: ["AttestationsRecorded"],
    });
    expect((await api("/v1/webhooks/subscriptions", { method: "POST", body }, "")).status).to.equal(401);
    expect(
      (await api("/v1/webhooks/subscriptions", { method: "POST", body }, "csk_not_a_real_key_at_all")).status,
    ).to.equal(401);
    const other = JSON.stringify({ url: `http://127.0.0.1:${port}/hook`, cityId: "2" });
    expect((await api("/v1/webhooks/subscriptions", { method: "POST", body: other })).status).to.equal(403);
    const bad = JSON.stringify({ url: "file:///etc/passwd", cityId: "1" });
    const badResponse = await api("/v1/webhooks/subscriptions", { method: "POST", body: bad });
    expect(badResponse.status).to.equal(400);
    expect(((await badResponse.json()) as { error: { parameter: string } }).error.parameter).to.equal("url");
    const created = await api("/v1/webhooks/subscriptions", { method: "POST", body });
    expect(created.status).to.equal(201);
    const sub = (await created.json()) as { id: string; secret: string };
    expect(sub.secret).to.match(/^whsec_/);
    secret = sub.secret;
    subscriptionId = sub.id;
    const list = (await (await api("/v1/webhooks/subscriptions")).json()) as {
      subscriptions: { id: string; secret?: string }[];
    };
    expect(list.subscriptions.map((s) => s.id)).to.deep.equal([subscriptionId]);
    expect(list.subscriptions[0]).not.to.have.property("secret");
  });

  it("delivers new events signed, retries a 500, and the receiver deduplicates by id", async () => {
    await fanOut(store); // starts at the head: earlier events are not sent
    await appendAttestations(store, 1, 3); // city 1: matches
    await appendAttestations(store, 3, 2); // city 2: does not
    expect((await fanOut(store)).queued).to.equal(1);
    failNext = 1;
    expect(await deliver()).to.equal(1); // 500: scheduled again (no delay in the test)
    expect(received).to.have.length(0);
    expect(await deliver()).to.equal(1); // 200
    expect(received).to.have.length(1);
    expect(received[0]!.type).to.equal("AttestationsRecorded");
    expect(received[0]!.data).to.include({ cityId: "1", orgId: "1", retraction: false });
    expect(received[0]!.data.final).to.be.a("boolean");
    expect(badSignatures).to.equal(0);
    // Redelivering the same message (at-least-once) is absorbed by the receiver's dedupe.
    const [row] = await store.query<{ id: bigint }>(
      "SELECT id FROM integrations.webhook_outbox ORDER BY id LIMIT 1",
    );
    await api(`/v1/webhooks/subscriptions/${subscriptionId}/replay`, {
      method: "POST",
      body: JSON.stringify({ from: String(row!.id), redeliver: true }),
    });
    expect(await deliver()).to.equal(1);
    expect(received).to.have.length(1);
  });

  it("dead-letters deliveries to a receiver that is gone, and replays them from a cursor", async () => {
    await close();
    await appendAttestations(store, 1, 1);
    await appendAttestations(store, 2, 1);
    expect((await fanOut(store)).queued).to.equal(2);
    for (let i = 0; i < 3; i++) await deliver();
    const dead = (await (
      await api(`/v1/webhooks/subscriptions/${subscriptionId}/deliveries?status=dead`)
    ).json()) as { items: { id: string; attempts: number; lastError: string }[] };
    expect(dead.items).to.have.length(2);
    expect(dead.items[0]!.attempts).to.equal(3);
    await listen();
    const replayed = (await (
      await api(`/v1/webhooks/subscriptions/${subscriptionId}/replay`, {
        method: "POST",
        body: JSON.stringify({ from: dead.items[0]!.id }),
      })
    ).json()) as { queued: number };
    expect(replayed.queued).to.equal(2);
    expect(await deliver()).to.equal(2);
    expect(received).to.have.length(3);
  });

  it("sends a retraction when a reorganisation removes a delivered event", async () => {
    const [last] = await store.query<{ block_number: bigint; log_index: number; block_hash: string }>(
      "SELECT block_number, log_index, block_hash FROM integrations.webhook_outbox WHERE status = 'delivered' ORDER BY block_number DESC LIMIT 1",
    );
    // What the indexer's rollback does to the newest block: its event is gone, and the new branch
    // has another block (another hash) at that height.
    await store.query("UPDATE sync_state SET finalized_block = $1 - 1", [String(last!.block_number)]);
    await store.query("DELETE FROM events WHERE block_number = $1", [String(last!.block_number)]);
    await store.query(
      "INSERT INTO events (block_number, log_index, block_hash, tx_hash, timestamp, name, args) VALUES ($1, 0, $2, $3, 0, 'AttestationsRecorded', $4)",
      [
        String(last!.block_number),
        `0x${"7".repeat(64)}`,
        `0x${"8".repeat(64)}`,
        JSON.stringify({ orgId: "1", firstSeq: "999" }),
      ],
    );
    const result = await fanOut(store);
    expect(result.retracted).to.equal(1);
    expect(result.queued).to.equal(1);
    await deliver();
    const retraction = received.find((r) => r.type === "AttestationsRecorded.retracted");
    expect(retraction, JSON.stringify(received.map((r) => r.type))).to.not.equal(undefined);
    expect(retraction!.data.retraction).to.equal(true);
    expect(retraction!.data.blockHash).to.equal(last!.block_hash);
    // The event of the new branch is delivered too.
    expect(received.some((r) => r.data.blockHash === `0x${"7".repeat(64)}` && r.data.retraction === false)).to
      .be.true;
    expect(badSignatures).to.equal(0);
  });
});
