// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import { MemoryRouter, Route, Routes } from "react-router";
import { afterAll, describe, expect, it, vi } from "vitest";

import { I18nProvider } from "../i18n/I18nProvider.tsx";

// A public page must render from the API alone: loading the wallet stack fails the test.
vi.mock("wagmi", () => {
  throw new Error("a public page imported wagmi");
});
vi.mock("viem", () => {
  throw new Error("a public page imported viem");
});
vi.stubEnv("VITE_API_URL", "http://api.test");

const metadata = (title: Record<string, string>, extra: Record<string, string> = {}) => ({
  title: null,
  description: null,
  titles: title,
  place: null,
  raw: JSON.stringify({ title, description: { en: "Sort food.", es: "Clasificar comida." }, ...extra }),
  flags: [],
});
const answers: Record<string, unknown> = {
  "/v1/opportunities/1": {
    opportunityId: 1,
    orgId: 1,
    cityId: 2,
    category: "food-security",
    unit: null,
    creditsPerUnit: "10",
    capacity: "2000",
    used: "39",
    remaining: "1961",
    start: "2026-11-29T20:00:00.000Z",
    end: "2027-11-29T20:00:00.000Z",
    status: "open",
    window: "open",
    metadata: metadata({ en: "Food sorting shift", es: "Turno de clasificación" }, { place: "Bodega" }),
  },
  "/v1/cities": { items: [{ cityId: 2, code: "CDMX", name: "Ciudad de México" }], nextCursor: null },
  "/v1/organizations": {
    items: [{ orgId: 1, cityId: 2, metadata: metadata({ en: "Food Bank", es: "Banco de Alimentos" }) }],
    nextCursor: null,
  },
};
const fetchMock = vi.fn(async (request: Request) => {
  const body = answers[new URL(request.url).pathname];
  return body
    ? Response.json(body)
    : Response.json({ error: { code: "NOT_FOUND", message: "not indexed" } }, { status: 404 });
});
vi.stubGlobal("fetch", fetchMock);
afterAll(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

const { default: OpportunityDetails } = await import("./OpportunityDetails.tsx");

function renderAt(path: string) {
  return render(
    <I18nProvider locale="es-MX">
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <MemoryRouter initialEntries={[path]}>
          <Routes>
            <Route path="/opportunities/:id" element={<OpportunityDetails />} />
          </Routes>
        </MemoryRouter>
      </QueryClientProvider>
    </I18nProvider>,
  );
}

describe("opportunity page (public, from the API)", () => {
  it("shows the opportunity in the reader's language with the city's calendar feed", async () => {
    renderAt("/opportunities/1");
    expect((await screen.findByRole("heading", { level: 1 })).textContent).toBe("Turno de clasificación");
    expect(screen.getByText("Clasificar comida.")).toBeTruthy();
    expect(await screen.findByText("Banco de Alimentos")).toBeTruthy();
    const calendar = screen.getByRole("link", { name: "Agregar al calendario" });
    expect(calendar.getAttribute("href")).toBe("http://api.test/v1/cities/2/calendar.ics?lang=es");
  });

  it("says an opportunity the API does not know does not exist", async () => {
    renderAt("/opportunities/99");
    expect(await screen.findByText("Esta oportunidad no existe.")).toBeTruthy();
  });
});
