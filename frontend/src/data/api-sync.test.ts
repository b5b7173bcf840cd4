import { describe, expect, it } from "vitest";

import { IndexingTimeoutError, freshnessOf, waitUntilIndexed } from "./api-sync.ts";

const status = (
  indexedBlock: bigint | null,
  chainHeadBlock: bigint | null,
  finalizedBlock: bigint | null = indexedBlock,
) => ({ indexedBlock, chainHeadBlock, finalizedBlock });

describe("waitUntilIndexed", () => {
  it("resolves once the API reflects the block, reading until it does", async () => {
    const seen = [8n, 9n, 10n];
    let reads = 0;
    await waitUntilIndexed(10n, {
      intervalMs: 1,
      read: async () => status(seen[reads++] ?? 10n, 12n),
    });
    expect(reads).toBe(3);
  });

  it("with final, waits until the indexer holds the block as final", async () => {
    const finalized = [8n, 9n, 10n];
    let reads = 0;
    await waitUntilIndexed(10n, {
      intervalMs: 1,
      final: true,
      read: async () => status(12n, 12n, finalized[reads++] ?? 10n),
    });
    expect(reads).toBe(3);
  });

  it("keeps waiting through a failing API and gives up with IndexingTimeoutError", async () => {
    const failure = new TypeError("fetch failed");
    const wait = waitUntilIndexed(10n, {
      intervalMs: 1,
      timeoutMs: 20,
      read: async () => {
        throw failure;
      },
    });
    await expect(wait).rejects.toBeInstanceOf(IndexingTimeoutError);
    await expect(wait).rejects.toHaveProperty("cause", failure);
  });
});

describe("freshnessOf", () => {
  it("is fresh while the indexer is within the tolerance of the chain head", () => {
    expect(freshnessOf({ status: status(100n, 100n) })).toBe("fresh");
    expect(freshnessOf({ status: status(95n, 100n) })).toBe("fresh");
  });

  it("is behind when the indexer trails the head by more than the tolerance", () => {
    expect(freshnessOf({ status: status(94n, 100n) })).toBe("behind");
    expect(freshnessOf({ status: status(90n, 100n) }, 10n)).toBe("fresh");
    expect(freshnessOf({ status: status(null, 100n) })).toBe("behind");
  });

  it("says nothing when the indexer cannot see the chain head (no lag to measure)", () => {
    expect(freshnessOf({ status: status(100n, null) })).toBe("fresh");
    expect(freshnessOf({})).toBe("fresh");
  });

  it("is down when the API does not answer or answers with a server error", () => {
    expect(freshnessOf({ error: new TypeError("Failed to fetch") })).toBe("down");
    expect(
      freshnessOf({ error: Object.assign(new Error("x"), { name: "ApiRequestError", status: 503 }) }),
    ).toBe("down");
  });

  it("is not down for a build without a data service or a request the API refused", () => {
    expect(freshnessOf({ error: Object.assign(new Error("x"), { name: "ApiNotConfiguredError" }) })).toBe(
      "fresh",
    );
    expect(
      freshnessOf({ error: Object.assign(new Error("x"), { name: "ApiRequestError", status: 404 }) }),
    ).toBe("fresh");
  });
});
