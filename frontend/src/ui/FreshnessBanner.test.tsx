// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

import type { SyncStatus } from "../data/api-sync.ts";
import { I18nProvider } from "../i18n/I18nProvider.tsx";

const health = vi.hoisted(() => ({ read: vi.fn<() => Promise<SyncStatus>>() }));
vi.mock("../data/api-sync.ts", async (original) => ({
  ...(await original<typeof import("../data/api-sync.ts")>()),
  readSyncStatus: health.read,
}));
const { FreshnessBanner } = await import("./FreshnessBanner.tsx");

function renderBanner(locale: "en" | "es-MX" = "en") {
  return render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <I18nProvider locale={locale}>
        <p>page</p>
        <FreshnessBanner />
      </I18nProvider>
    </QueryClientProvider>,
  );
}

describe("FreshnessBanner", () => {
  it("says nothing while the indexer keeps up with the chain", async () => {
    health.read.mockResolvedValue({ indexedBlock: 100n, chainHeadBlock: 102n, finalizedBlock: 100n });
    renderBanner();
    await screen.findByText("page");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByTestId("freshness")).toBeNull();
  });

  it("tells the reader, in their language, that the data may be old when the indexer lags", async () => {
    health.read.mockResolvedValue({ indexedBlock: 80n, chainHeadBlock: 100n, finalizedBlock: 80n });
    renderBanner("es-MX");
    expect((await screen.findByTestId("freshness")).textContent).toMatch(/unos minutos de antigüedad/);
  });

  it("shows the data service's outage message when the API does not answer", async () => {
    health.read.mockRejectedValue(new TypeError("Failed to fetch"));
    renderBanner();
    expect((await screen.findByTestId("freshness")).textContent).toBe(
      "The data service is not answering. Try again later.",
    );
  });
});
