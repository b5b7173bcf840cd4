/**
 * Stateless API processes: two `api/main.ts` processes over one PostgreSQL database answer the
 * same, byte for byte (ETags equal), and a row written by the indexer is seen by both.
 */
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

import { expect } from "chai";

import type { Store } from "../store/store.ts";
import { RESIDENTS, appendAttestations, openTestStore, seedWorld } from "./testing/fixture.ts";
import { createTestDatabase, postgresAvailable, type TestDatabase } from "./testing/postgres.ts";

const PORTS = [48550, 48551];

describe("two API processes over one PostgreSQL", function () {
  this.timeout(120_000);
  let database: TestDatabase;
  let store: Store;
  const children: ChildProcess[] = [];

  before(async function () {
    if (!(await postgresAvailable())) this.skip();
    database = await createTestDatabase("procs");
    store = await openTestStore("postgres", database.url);
    await seedWorld(store);
    for (const port of PORTS) {
      const child = spawn(
        process.execPath,
        [path.join(import.meta.dirname, "main.ts"), "--port", String(port)],
        {
          // Every request reads the head, so both processes name the same block right after a write.
          env: { ...process.env, DATABASE_URL: database.url, LOG_LEVEL: "warn", API_HEAD_MAX_AGE_MS: "0" },
          stdio: ["ignore", "pipe", "inherit"],
        },
      );
      children.push(child);
      await new Promise<void>((resolve, reject) => {
        child.stdout!.on("data", (d: Buffer) =>
          d.toString().includes("City/Sync API on") ? resolve() : undefined,
        );
        child.once("exit", (code) => reject(new Error(`API process exited with ${code}`)));
      });
    }
  });
  after(async () => {
    for (const child of children) child.kill("SIGTERM");
    await Promise.all(
      children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once("exit", r)))),
    );
    await store?.close();
    await database?.drop();
  });

  const paths = [
    "/v1/cities",
    "/v1/organizations/1",
    "/v1/opportunities?city=1&lang=es",
    `/v1/residents/${RESIDENTS[0]}/history?limit=5`,
    "/v1/redemptions?org=1&status=pending",
    "/v1/stats/series?city=1&from=2020-01-01&to=2021-12-31",
    "/v1/attestations?org=1&limit=10",
  ];

  async function both(p: string) {
    return Promise.all(
      PORTS.map(async (port) => {
        const response = await fetch(`http://127.0.0.1:${port}${p}`);
        return {
          status: response.status,
          etag: response.headers.get("etag"),
          block: response.headers.get("x-block-number"),
          body: await response.text(),
        };
      }),
    );
  }

  it("answer the same", async () => {
    for (const p of paths) {
      const [a, b] = await both(p);
      expect(a!.status, p).to.equal(200);
      expect(b, p).to.deep.equal(a);
    }
  });

  it("both see what the indexer writes", async () => {
    await appendAttestations(store, 3, 2);
    const [a, b] = await both("/v1/attestations?org=3&limit=200");
    expect(JSON.parse(a!.body).items).to.have.length(42);
    expect(b).to.deep.equal(a);
  });
});
