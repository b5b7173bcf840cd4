// @vitest-environment jsdom
import { fireEvent, render, screen } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";

import { I18nProvider } from "../i18n/I18nProvider.tsx";
import { LOCALE_STORAGE_KEY } from "../i18n/locale.ts";
import Home from "../pages/Home.tsx";

// The header's wallet button needs wagmi; the language switch and the page do not.
vi.mock("../wallet/ConnectButton.tsx", () => ({
  ConnectButton: () => <button type="button">wallet</button>,
}));
const { Layout } = await import("./Layout.tsx");

function renderHome(locale?: "en" | "es-MX") {
  return render(
    <I18nProvider {...(locale ? { locale } : {})}>
      <MemoryRouter>
        <Layout>
          <Home />
        </Layout>
      </MemoryRouter>
    </I18nProvider>,
  );
}

describe("language switch", () => {
  afterEach(() => localStorage.clear());

  it("translates the page, sets <html lang> and remembers the choice", () => {
    renderHome("en");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Your civic participation counts");
    fireEvent.change(screen.getByLabelText("Language"), { target: { value: "es-MX" } });
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Tu participación cívica cuenta");
    expect(screen.getByRole("link", { name: "Oportunidades" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("es-MX");
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe("es-MX");
  });

  it("labels every control and offers a skip link", () => {
    renderHome("es-MX");
    expect(screen.getByRole("link", { name: "Ir al contenido" }).getAttribute("href")).toBe("#main");
    expect(screen.getByRole("navigation", { name: "Principal" })).toBeTruthy();
    expect(screen.getByLabelText("Idioma")).toBeTruthy();
  });
});
