import { QueryClientProvider } from "@tanstack/react-query";
import { Suspense, lazy } from "react";
import { BrowserRouter, Route, Routes } from "react-router";

import { queryClient } from "../data/query-client.ts";
import { I18nProvider } from "../i18n/I18nProvider.tsx";
import { Loading } from "../ui/Loading.tsx";
import Home from "../pages/Home.tsx";
import { Layout } from "./Layout.tsx";

// Public pages (opportunities, offers, the dashboard) read the API with TanStack Query and plain
// fetch; wagmi and viem load only with the first page that needs a wallet or the ledger.
const ChainOutlet = lazy(() => import("./ChainOutlet.tsx"));

// The landing page is part of the shell (no loading flash, no layout shift); every other page
// is its own chunk.
const Record = lazy(() => import("../pages/Record.tsx"));
const MyQr = lazy(() => import("../pages/MyQr.tsx"));
const Opportunities = lazy(() => import("../pages/Opportunities.tsx"));
const OpportunityDetails = lazy(() => import("../pages/OpportunityDetails.tsx"));
const Offers = lazy(() => import("../pages/Offers.tsx"));
const OfferDetails = lazy(() => import("../pages/OfferDetails.tsx"));
const Receipt = lazy(() => import("../pages/Receipt.tsx"));
const Redemptions = lazy(() => import("../pages/Redemptions.tsx"));
const Dashboard = lazy(() => import("../pages/Dashboard.tsx"));
const OrgConsole = lazy(() => import("../org/OrgConsole.tsx"));
const AdminConsole = lazy(() => import("../admin/AdminConsole.tsx"));
const RecoveryPage = lazy(() => import("../recovery/RecoveryPage.tsx"));
const NotFound = lazy(() => import("../pages/NotFound.tsx"));

/** Route paths, shared by the navigation, the tests and the bundle benchmark. */
export const ROUTES = {
  home: "/",
  record: "/record",
  qr: "/qr",
  opportunities: "/opportunities",
  opportunity: "/opportunities/:id",
  offers: "/offers",
  offer: "/offers/:id",
  receipt: "/receipts/:offerId/:seq",
  redemptions: "/redemptions",
  dashboard: "/dashboard",
  org: "/org",
  admin: "/admin",
  recovery: "/recovery",
} as const;

export function App() {
  return (
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <Layout>
            <Suspense fallback={<Loading />}>
              <Routes>
                <Route path={ROUTES.home} element={<Home />} />
                <Route path={ROUTES.opportunities} element={<Opportunities />} />
                <Route path={ROUTES.opportunity} element={<OpportunityDetails />} />
                <Route path={ROUTES.offers} element={<Offers />} />
                <Route path={ROUTES.dashboard} element={<Dashboard />} />
                <Route element={<ChainOutlet />}>
                  <Route path={ROUTES.record} element={<Record />} />
                  <Route path={ROUTES.qr} element={<MyQr />} />
                  <Route path={ROUTES.offer} element={<OfferDetails />} />
                  <Route path={ROUTES.receipt} element={<Receipt />} />
                  <Route path={ROUTES.redemptions} element={<Redemptions />} />
                  <Route path={ROUTES.org} element={<OrgConsole />} />
                  <Route path={ROUTES.admin} element={<AdminConsole />} />
                  <Route path={ROUTES.recovery} element={<RecoveryPage />} />
                </Route>
                <Route path="*" element={<NotFound />} />
              </Routes>
            </Suspense>
          </Layout>
        </BrowserRouter>
      </QueryClientProvider>
    </I18nProvider>
  );
}
