import { validateMetadata } from "@sdk/metadata.ts";
import { describe, expect, it } from "vitest";

import {
  type OfferDraft,
  type OpportunityDraft,
  checkOffer,
  checkOpportunity,
  fromLocalInput,
} from "./listing-form.ts";

const texts = {
  titleEn: "Food sorting shift",
  titleEs: "Turno de clasificación",
  descriptionEn: "",
  descriptionEs: "Clasificar donaciones",
  category: "food-security",
  place: "Tepito",
  start: "2026-12-01T09:00",
  end: "2026-12-31T18:00",
};
const opportunity: OpportunityDraft = { ...texts, unit: "hour", creditsPerUnit: "10", capacity: "200" };
const offer: OfferDraft = { ...texts, price: "50", stock: "10", perResidentLimit: "1", acceptedCities: [2] };

describe("checkOpportunity", () => {
  it("turns a good draft into the ledger's arguments and schema-valid metadata in both languages", () => {
    const checked = checkOpportunity(opportunity);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value).toMatchObject({
      creditsPerUnit: 10,
      capacity: 200,
      start: fromLocalInput(texts.start),
      end: fromLocalInput(texts.end),
    });
    const meta = validateMetadata(checked.value.metadata, "opportunity");
    expect(meta.ok).toBe(true);
    expect(meta.metadata).toMatchObject({
      version: 1,
      title: { en: "Food sorting shift", es: "Turno de clasificación" },
      description: { es: "Clasificar donaciones" },
      unit: "hour",
    });
  });

  it("names every bad field, and sends nothing", () => {
    const checked = checkOpportunity({
      ...opportunity,
      titleEs: " ",
      category: "",
      unit: "litre",
      creditsPerUnit: "0",
      capacity: "1.5",
      end: "2026-11-01T00:00",
    });
    expect(checked).toEqual({
      ok: false,
      errors: {
        titleEs: "listing.titleRequired",
        category: "listing.categoryRequired",
        unit: "listing.unitRequired",
        creditsPerUnit: "listing.badRate",
        capacity: "listing.badCapacity",
        end: "listing.endBeforeStart",
      },
    });
  });

  it("when editing, keeps the rate and refuses a capacity below what is already attested", () => {
    const checked = checkOpportunity(
      { ...opportunity, creditsPerUnit: "nonsense", capacity: "5" },
      {
        used: 6n,
        creditsPerUnit: 7,
      },
    );
    expect(checked).toEqual({ ok: false, errors: { capacity: "listing.capacityBelowUsed" } });
    const ok = checkOpportunity({ ...opportunity, capacity: "6" }, { used: 6n, creditsPerUnit: 7 });
    expect(ok.ok && ok.value.creditsPerUnit).toBe(7);
  });

  it("refuses texts that would not fit the ledger's metadata bound", () => {
    const long = "x".repeat(270);
    const checked = checkOpportunity({
      ...opportunity,
      titleEn: long,
      titleEs: long,
      descriptionEn: long,
      descriptionEs: long,
    });
    expect(checked).toEqual({ ok: false, errors: { form: "listing.metadataTooLong" } });
  });
});

describe("checkOffer", () => {
  it("accepts a good offer and sorts its cities", () => {
    const checked = checkOffer({ ...offer, acceptedCities: [2, 1] });
    expect(checked.ok && checked.value).toMatchObject({
      price: 50n,
      stock: 10,
      perResidentLimit: 1,
      acceptedCities: [1, 2],
    });
    expect(checked.ok && validateMetadata(checked.value.metadata, "offer").ok).toBe(true);
  });

  it("needs a price, stock, a limit and a city when publishing", () => {
    expect(
      checkOffer({ ...offer, price: "0", stock: "0", perResidentLimit: "-1", acceptedCities: [] }),
    ).toEqual({
      ok: false,
      errors: {
        price: "listing.badPrice",
        stock: "listing.badStock",
        perResidentLimit: "listing.badLimit",
        acceptedCities: "listing.citiesRequired",
      },
    });
  });

  it("allows a remaining stock of 0 when editing (sold out until restocked)", () => {
    expect(checkOffer({ ...offer, stock: "0", acceptedCities: [] }, true).ok).toBe(true);
    expect(checkOffer({ ...offer, stock: "x" }, true)).toEqual({
      ok: false,
      errors: { stock: "listing.badRemainingStock" },
    });
  });

  it("refuses a price beyond the ledger's 64-bit field", () => {
    expect(checkOffer({ ...offer, price: (2n ** 64n).toString() })).toEqual({
      ok: false,
      errors: { price: "listing.badPrice" },
    });
  });
});
