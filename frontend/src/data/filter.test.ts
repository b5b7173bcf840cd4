import { describe, expect, it } from "vitest";

import { categoriesOf, filterOpportunities } from "./filter.ts";
import type { Opportunity } from "./types.ts";

const base: Omit<Opportunity, "id" | "cityId" | "meta"> = {
  orgId: 1,
  creditsPerUnit: 10,
  capacity: 100n,
  used: 0n,
  start: 1_000_000,
  end: 2_000_000,
  status: 1,
};
const items: Opportunity[] = [
  { ...base, id: 1, cityId: 1, meta: { title: "Food sorting shift", category: "food", language: "en" } },
  {
    ...base,
    id: 2,
    cityId: 2,
    meta: { title: "Reforestación en Xochimilco", category: "parks", language: "es" },
  },
  {
    ...base,
    id: 3,
    cityId: 1,
    start: 3_000_000,
    end: 4_000_000,
    meta: { title: "Tree planting", category: "parks", language: "en" },
  },
];
const none = { text: "", cityId: undefined, category: "", date: undefined, language: "" };

describe("filterOpportunities", () => {
  it("filters by city, category, language, date and words", () => {
    expect(filterOpportunities(items, { ...none, cityId: 1 }, "en").map((o) => o.id)).toEqual([1, 3]);
    expect(filterOpportunities(items, { ...none, category: "parks" }, "en").map((o) => o.id)).toEqual([2, 3]);
    expect(filterOpportunities(items, { ...none, language: "es" }, "en").map((o) => o.id)).toEqual([2]);
    expect(filterOpportunities(items, { ...none, date: 3_500_000 }, "en").map((o) => o.id)).toEqual([3]);
    expect(filterOpportunities(items, { ...none, text: "TREE plant" }, "en").map((o) => o.id)).toEqual([3]);
  });

  it("lists categories once, sorted", () => {
    expect(categoriesOf(items)).toEqual(["food", "parks"]);
  });
});
