/**
 * The response cache answers a repeated read without touching the data, and never serves an
 * answer computed at another indexed block.
 */
import { expect } from "chai";
import pino from "pino";

import type { Store } from "../store/store.ts";
import { createApi } from "./server.ts";
import { RESIDENTS, appendAttestations, openTestStore, seedWorld } from "./testing/fixture.ts";

describe("response cache", () => {
  let store: Store;
  let dataQueries = 0;
  let app: ReturnType<typeof createApi>["app"];

  before(async () => {
    store = await openTestStore("pglite");
    await seedWorld(store);
    const counting = {
      kind: store.kind,
      query: ((sql: string, params?: readonly unknown[]) => {
        if (!sql.includes("FROM sync_state")) dataQueries++;
        return store.query(sql, params);
      }) as Store["query"],
    };
    app = createApi({ store: counting, logger: pino({ level: "silent" }), rateLimit: false }).app;
  });
  after(async () => {
    await store?.close();
  });

  it("reuses an answer at the same block and recomputes it once the head moves", async () => {
    const path = `/v1/residents/${RESIDENTS[0]}/history?limit=5`;
    const first = await app.request(path);
    const before = dataQueries;
    const second = await app.request(path);
    expect(dataQueries, "no data query for a cached answer").to.equal(before);
    expect(await second.text()).to.equal(await first.text());
    for (const header of ["etag", "x-block-number", "x-block-final", "cache-control", "content-type"]) {
      expect(second.headers.get(header), header).to.equal(first.headers.get(header));
    }
    expect(second.headers.get("x-request-id")).to.not.equal(first.headers.get("x-request-id"));
    expect(
      (await app.request(path, { headers: { "If-None-Match": first.headers.get("etag")! } })).status,
    ).to.equal(304);

    await appendAttestations(store, 1, 1);
    const third = await app.request(path);
    expect(dataQueries).to.be.greaterThan(before);
    expect(Number(third.headers.get("x-block-number"))).to.be.greaterThan(
      Number(first.headers.get("x-block-number")),
    );
  });

  it("keeps neither errors nor other query strings", async () => {
    const before = dataQueries;
    expect((await app.request("/v1/opportunities?limit=0")).status).to.equal(400);
    await app.request("/v1/opportunities?limit=2");
    await app.request("/v1/opportunities?limit=3");
    expect(dataQueries - before).to.equal(2);
  });
});

describe("response cache with a head read reused for a few ms", () => {
  const AGE_MS = 400;
  let store: Store;
  let statusReads = 0;
  let app: ReturnType<typeof createApi>["app"];

  before(async () => {
    store = await openTestStore("pglite");
    await seedWorld(store);
    const counting = {
      kind: store.kind,
      query: ((sql: string, params?: readonly unknown[]) => {
        if (sql.includes("FROM sync_state")) statusReads++;
        return store.query(sql, params);
      }) as Store["query"],
    };
    app = createApi({
      store: counting,
      logger: pino({ level: "silent" }),
      rateLimit: false,
      responseCache: { headMaxAgeMs: AGE_MS },
    }).app;
  });
  after(async () => {
    await store?.close();
  });

  it("reads the head at most once per interval and never names a block ahead of the data", async () => {
    const path = "/v1/opportunities?limit=2";
    const first = await app.request(path);
    const reads = statusReads;
    const second = await app.request(path);
    expect(await second.text()).to.equal(await first.text());
    await appendAttestations(store, 1, 1);
    const page = await app.request("/v1/attestations?org=1&limit=200");
    expect(statusReads, "no head read within the interval").to.equal(reads);
    // The data already holds the new block; the header may only lag behind it.
    const blocks = ((await page.json()) as { items: { blockNumber: string }[] }).items.map((a) =>
      Number(a.blockNumber),
    );
    const newest = Math.max(...blocks);
    expect(page.headers.get("x-block-number")).to.equal(first.headers.get("x-block-number"));
    expect(Number(page.headers.get("x-block-number"))).to.be.below(newest);

    await new Promise((r) => setTimeout(r, AGE_MS + 50));
    const third = await app.request(path);
    expect(statusReads).to.equal(reads + 1);
    expect(Number(third.headers.get("x-block-number"))).to.equal(newest);
  });
});
