// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { I18nProvider } from "../i18n/I18nProvider.tsx";
import { TxProgress } from "./TxProgress.tsx";

function steps() {
  return screen.getAllByRole("listitem").map((li) => li.className);
}

describe("TxProgress", () => {
  it("marks the steps before the current one done and the rest to do", () => {
    render(
      <I18nProvider locale="en">
        <TxProgress step="confirmed" />
      </I18nProvider>,
    );
    expect(steps()).toEqual(["done", "done", "current", "todo"]);
    expect(screen.getByText("Confirmed, updating the lists").getAttribute("aria-current")).toBe("step");
  });

  it("shows every step done once indexed, and says so when the data service was slow", () => {
    render(
      <I18nProvider locale="es-MX">
        <TxProgress step="indexed" late />
      </I18nProvider>,
    );
    expect(steps()).toEqual(["done", "done", "done", "done"]);
    expect(screen.getByText(/tarda en mostrarlo/)).toBeTruthy();
  });
});
