import { describe, expect, it } from "vitest";

import type { ApiSeriesBucket } from "./api.ts";
import { dashboardFigures, sampleFigures, toCsv } from "./dashboard.ts";

const A = "0x00000000000000000000000000000000000000a1";
const B = "0x00000000000000000000000000000000000000b2";

const bucket = (start: string, cityId: number, category: string, values: Partial<ApiSeriesBucket>) =>
  ({
    start,
    cityId,
    category,
    attestations: "0",
    units: "0",
    creditsMinted: "0",
    creditsRevoked: "0",
    creditsNet: "0",
    redemptions: "0",
    creditsBurned: "0",
    refunds: "0",
    creditsRefunded: "0",
    redemptionRate: null,
    ...values,
  }) satisfies ApiSeriesBucket;

describe("dashboardFigures", () => {
  const buckets = [
    bucket("2026-01-01", 1, "care", { attestations: "2", creditsMinted: "60", creditsNet: "60" }),
    bucket("2026-01-01", 1, "civic", {
      attestations: "1",
      creditsMinted: "20",
      creditsRevoked: "20",
      creditsNet: "0",
    }),
    bucket("2026-01-03", 1, "care", {
      redemptions: "2",
      creditsBurned: "30",
      refunds: "1",
      creditsRefunded: "15",
    }),
    bucket("2026-01-02", 2, "care", { attestations: "1", creditsMinted: "5", creditsNet: "5" }),
  ];
  const input = {
    cities: [
      { cityId: 1, supply: "45" },
      { cityId: 2, supply: "5" },
    ],
    capacity: new Map([[1, 150n]]),
    buckets,
    organizations: 3,
  };

  it("sums each city's buckets: contributions, net credits issued, credits kept redeemed", () => {
    const figures = dashboardFigures(input);
    expect(figures.perCity[0]).toEqual({
      cityId: 1,
      contributions: 3n,
      issued: 60n,
      redeemed: 15n,
      outstanding: 45n,
      capacity: 150n,
      activeResidents: undefined,
      redemptionRate: 0.25,
    });
    expect(figures.perCity[1]!.capacity).toBe(0n);
    expect(figures.organizations).toBe(3);
  });

  it("builds a daily series per city: every day in order, categories summed, empty days zero", () => {
    const [brk] = dashboardFigures(input).series;
    const day = (d: string) => Date.parse(d) / 1000;
    expect(brk!.days).toEqual([day("2026-01-01"), day("2026-01-02"), day("2026-01-03")]);
    expect(brk!.issued).toEqual([60, 0, 0]);
    expect(brk!.redeemed).toEqual([0, 0, 15]);
  });

  it("counts distinct active residents per city once the sample is read", () => {
    const sample = {
      attestations: [
        { cityId: 1, resident: A, opportunityId: 7 },
        { cityId: 1, resident: A, opportunityId: 8 },
        { cityId: 1, resident: B, opportunityId: 7 },
        { cityId: 2, resident: B, opportunityId: 9 },
      ],
      complete: true,
    };
    const figures = dashboardFigures(input, sample);
    expect(figures.perCity.map((c) => c.activeResidents)).toEqual([2, 1]);
    const { distribution, topOpportunities, complete } = sampleFigures(sample);
    // A and B each have two valid contributions.
    expect(distribution).toEqual([[2, 2]]);
    expect(topOpportunities[0]).toEqual([7, 2]);
    expect(complete).toBe(true);
  });

  it("gives a single day its neighbours so a chart has a range", () => {
    const [, cdmx] = dashboardFigures(input).series;
    expect(cdmx!.days).toEqual([
      Date.parse("2026-01-01") / 1000,
      Date.parse("2026-01-02") / 1000,
      Date.parse("2026-01-03") / 1000,
    ]);
    expect(cdmx!.issued).toEqual([0, 5, 0]);
  });
});

describe("toCsv", () => {
  it("quotes cells with commas, quotes and newlines", () => {
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
