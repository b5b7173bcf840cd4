import { describe, expect, it } from "vitest";

import type { ApiOpportunity } from "./api.ts";
import { NO_FILTER, filterFromParams, opportunityQuery, runningOn } from "./filter.ts";

describe("opportunity filters", () => {
  it("reads the URL's filters and sends the API only those it applies", () => {
    const filter = filterFromParams(
      new URLSearchParams("q=  tree planting &city=2&category=environment&lang=es&date=2026-03-01"),
    );
    expect(filter).toEqual({
      text: "  tree planting ",
      cityId: 2,
      category: "environment",
      date: Date.parse("2026-03-01T00:00:00Z") / 1000,
      language: "es",
    });
    expect(opportunityQuery(filter)).toEqual({
      q: "tree planting",
      city: "2",
      category: "environment",
      lang: "es",
    });
  });

  it("drops values the API would refuse instead of failing the page", () => {
    const filter = filterFromParams(new URLSearchParams("city=abc&category=nope&lang=fr&date=yesterday"));
    expect(filter).toEqual(NO_FILTER);
    expect(opportunityQuery(filter)).toEqual({});
  });

  it("keeps the opportunities running on the chosen day", () => {
    const at = (start: string, end: string) => ({ start, end }) as ApiOpportunity;
    const items = [
      at("2026-03-01T10:00:00Z", "2026-03-01T12:00:00Z"),
      at("2026-02-01T00:00:00Z", "2026-02-28T23:00:00Z"),
      at("2026-03-02T00:00:00Z", "2026-03-05T00:00:00Z"),
    ];
    expect(runningOn(items, Date.parse("2026-03-01T00:00:00Z") / 1000)).toEqual([items[0]]);
    expect(runningOn(items, undefined)).toHaveLength(3);
  });
});
