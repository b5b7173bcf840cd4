import { describe, expect, it } from "vitest";

import { dashboardFigures, toCsv } from "./dashboard.ts";
import type { Contribution, Offer, Redemption } from "./types.ts";

const A = "0x00000000000000000000000000000000000000a1" as const;
const B = "0x00000000000000000000000000000000000000b2" as const;
const DAY = 86_400;
const contribution = (
  participant: `0x${string}`,
  credits: bigint,
  day: number,
  revoked = false,
): Contribution & { timestamp: number } => ({
  participant,
  orgId: 1,
  seq: BigInt(day),
  cityId: 1,
  opportunityId: 7,
  units: 1n,
  credits,
  blockNumber: 1n,
  transactionHash: "0x01",
  timestamp: day * DAY + 100,
  ...(revoked ? { revoked: { reason: 3, credits } } : {}),
});
const redemption = (
  credits: bigint,
  day: number,
  state: Redemption["state"] = "pending",
): Redemption & { timestamp: number } => ({
  offerId: 1,
  seq: day,
  resident: A,
  cityId: 1,
  credits,
  state,
  blockNumber: 1n,
  transactionHash: "0x02",
  timestamp: day * DAY,
});
const offer: Offer = {
  id: 1,
  orgId: 1,
  price: 15n,
  stock: 10,
  sold: 0,
  perResidentLimit: 0,
  start: 0,
  end: 0,
  status: 1,
  acceptedCities: [1],
  meta: {},
};

describe("dashboardFigures", () => {
  const figures = dashboardFigures({
    cities: [{ id: 1, code: "BRK", name: "Berkeley", admin: A, supply: 65n }],
    contributions: [
      contribution(A, 40n, 1),
      contribution(B, 60n, 1),
      contribution(A, 30n, 2),
      contribution(B, 99n, 2, true),
    ],
    redemptions: [redemption(15n, 2), redemption(20n, 2, "refunded")],
    offers: [offer, { ...offer, id: 2, status: 2 }],
    organizations: 3,
  });

  it("counts issued credits without revoked ones and redemptions without refunds", () => {
    const city = figures.perCity[0]!;
    expect(city.contributions).toBe(3);
    expect(city.issued).toBe(130n);
    expect(city.redeemed).toBe(15n);
    expect(city.activeResidents).toBe(2);
    expect(city.capacity).toBe(150n);
    expect(city.redemptionRate).toBeCloseTo(15 / 130, 3);
  });

  it("buckets by day and counts contributions per resident", () => {
    expect(figures.series[0]!.days).toEqual([DAY, 2 * DAY]);
    expect(figures.series[0]!.issued).toEqual([100, 30]);
    expect(figures.distribution).toEqual([
      [1, 1],
      [2, 1],
    ]);
  });
});

describe("toCsv", () => {
  it("quotes what needs quoting", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          ["x,y", 'say "hi"'],
          [1n, 2],
        ],
      ),
    ).toBe('a,b\n"x,y","say ""hi"""\n1,2\n');
  });
});
