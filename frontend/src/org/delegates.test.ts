import { describe, expect, it } from "vitest";

import { checkDelegate } from "./delegates.ts";

const org = { account: "0x00000000000000000000000000000000000000aa" as const, budget: 1000n };

describe("checkDelegate", () => {
  it("accepts an address (any case) with a cap within the budget", () => {
    expect(
      checkDelegate({ address: " 0x70997970c51812dc3a010c7d01b50e0d17dc79c8 ", cap: "1000" }, org),
    ).toEqual({
      ok: true,
      address: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
      cap: 1000n,
    });
  });

  it("refuses a bad address, the Safe itself, and caps of 0 or above the budget", () => {
    expect(checkDelegate({ address: "0x1234", cap: "0" }, org)).toEqual({
      ok: false,
      errors: { address: "delegates.badAddress", cap: "delegates.badCap" },
    });
    expect(checkDelegate({ address: org.account, cap: "1001" }, org)).toEqual({
      ok: false,
      errors: { address: "delegates.isAccount", cap: "delegates.badCap" },
    });
  });
});
