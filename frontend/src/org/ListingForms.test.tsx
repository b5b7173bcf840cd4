// @vitest-environment jsdom
import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

import { validateMetadata } from "@sdk/metadata.ts";
import { I18nProvider } from "../i18n/I18nProvider.tsx";
import type { OfferDraft, OpportunityDraft } from "./listing-form.ts";
import { OfferForm, OpportunityForm } from "./ListingForms.tsx";

const blank = {
  titleEn: "",
  titleEs: "",
  descriptionEn: "",
  descriptionEs: "",
  category: "",
  place: "",
  start: "2026-12-01T09:00",
  end: "2026-12-31T18:00",
};

describe("OpportunityForm", () => {
  it("shows each problem next to its field, in Spanish, and does not submit", () => {
    const onSubmit = vi.fn();
    render(
      <I18nProvider locale="es-MX">
        <OpportunityForm
          initial={{ ...blank, unit: "", creditsPerUnit: "0", capacity: "10" } as OpportunityDraft}
          busy={false}
          onSubmit={onSubmit}
        />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Proponer la publicación a la Safe y firmar" }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole("alert").textContent).toContain("Corrige 5 campo(s)");
    const titleEs = screen.getByLabelText("Título en español");
    expect(titleEs.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(titleEs.getAttribute("aria-describedby")!)?.textContent).toBe(
      "Escribe un título (hasta 280 caracteres).",
    );
    expect(screen.getByText("Los créditos por unidad son un número entero de al menos 1.")).toBeTruthy();
  });

  it("submits the ledger's arguments once the fields are fixed", () => {
    const onSubmit = vi.fn();
    render(
      <I18nProvider locale="en">
        <OpportunityForm
          initial={{ ...blank, unit: "", creditsPerUnit: "5", capacity: "10" } as OpportunityDraft}
          busy={false}
          onSubmit={onSubmit}
        />
      </I18nProvider>,
    );
    fireEvent.change(screen.getByLabelText("Title in English"), { target: { value: "Beach clean-up" } });
    fireEvent.change(screen.getByLabelText("Title in Spanish"), { target: { value: "Limpieza de playa" } });
    fireEvent.change(screen.getByLabelText("Category"), { target: { value: "environment" } });
    fireEvent.change(screen.getByLabelText("What a unit counts"), { target: { value: "hour" } });
    fireEvent.click(screen.getByRole("button", { name: "Propose publishing to the Safe and sign" }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const value = onSubmit.mock.calls[0]![0] as {
      creditsPerUnit: number;
      capacity: number;
      metadata: string;
    };
    expect(value.creditsPerUnit).toBe(5);
    expect(value.capacity).toBe(10);
    expect(validateMetadata(value.metadata, "opportunity").metadata.title).toEqual({
      en: "Beach clean-up",
      es: "Limpieza de playa",
    });
  });

  it("when editing, shows the fixed rate read-only and the used units", () => {
    render(
      <I18nProvider locale="en">
        <OpportunityForm
          initial={{
            ...blank,
            titleEn: "A",
            titleEs: "B",
            category: "care",
            unit: "visit",
            creditsPerUnit: "3",
            capacity: "2",
          }}
          editing={{ id: 4, used: 3n, creditsPerUnit: 3 }}
          busy={false}
          onSubmit={vi.fn()}
        />
      </I18nProvider>,
    );
    expect(screen.getByRole("heading", { name: "Edit opportunity #4" })).toBeTruthy();
    expect((screen.getByLabelText("Credits per unit") as HTMLInputElement).readOnly).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Propose the changes to the Safe and sign" }));
    expect(screen.getByText("The capacity cannot be below the units already attested.")).toBeTruthy();
  });
});

describe("OfferForm", () => {
  it("needs at least one accepted city and a positive price", () => {
    const onSubmit = vi.fn();
    render(
      <I18nProvider locale="en">
        <OfferForm
          initial={
            {
              ...blank,
              titleEn: "Meal",
              titleEs: "Comida",
              category: "food-security",
              price: "0",
              stock: "3",
              perResidentLimit: "0",
              acceptedCities: [1],
            } as OfferDraft
          }
          cities={[
            { id: 1, name: "Berkeley" },
            { id: 2, name: "Ciudad de México" },
          ]}
          busy={false}
          onSubmit={onSubmit}
        />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByLabelText("Berkeley"));
    fireEvent.click(screen.getByRole("button", { name: "Propose publishing to the Safe and sign" }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText("Accept the credits of at least one city.")).toBeTruthy();
    expect(screen.getByText("The price is a whole number of credits, at least 1.")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Price in credits"), { target: { value: "25" } });
    fireEvent.click(screen.getByLabelText("Ciudad de México"));
    fireEvent.click(screen.getByRole("button", { name: "Propose publishing to the Safe and sign" }));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ price: 25n, acceptedCities: [2], stock: 3 }),
    );
  });
});
