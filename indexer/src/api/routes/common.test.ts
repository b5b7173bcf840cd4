/**
 * "Now" for windows and epochs follows the chain when its clock runs ahead of the computer's (the
 * seeded local chain is weeks ahead), and the computer's clock otherwise.
 */
import { expect } from "chai";

import type { SyncStatus } from "../context.ts";
import { chainNow } from "./common.ts";

const statusAt = (chainTime: bigint | null): SyncStatus => ({
  chainId: 31337,
  indexedBlock: 10n,
  indexedHash: null,
  finalizedBlock: 10n,
  chainHeadBlock: 10n,
  chainTime,
});

describe("chainNow", () => {
  const wall = () => BigInt(Math.floor(Date.now() / 1000));

  it("reads the chain's clock when it runs ahead of the computer's", async () => {
    const ahead = wall() + 30n * 86_400n;
    expect(chainNow(statusAt(ahead))).to.equal(ahead);
  });

  it("reads the computer's clock when the chain is behind it or has no indexed event yet", async () => {
    for (const chainTime of [wall() - 3_600n, null]) {
      const now = chainNow(statusAt(chainTime));
      expect(Number(now - wall())).to.be.within(-1, 1);
    }
  });
});
