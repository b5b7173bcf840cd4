/**
 * Gzipped JavaScript per route of a production build, from Vite's manifest: a route loads the
 * entry chunk, the route's lazy page chunk, and every chunk either imports statically.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** Route → the page module App.tsx lazy-loads for it. */
export const ROUTE_MODULES: Readonly<Record<string, string>> = {
  "/": "src/pages/Home.tsx",
  "/opportunities": "src/pages/Opportunities.tsx",
  "/opportunities/:id": "src/pages/OpportunityDetails.tsx",
  "/offers": "src/pages/Offers.tsx",
  "/offers/:id": "src/pages/OfferDetails.tsx",
  "/receipts/:offerId/:seq": "src/pages/Receipt.tsx",
  "/record": "src/pages/Record.tsx",
  "/redemptions": "src/pages/Redemptions.tsx",
  "/qr": "src/pages/MyQr.tsx",
  "/dashboard": "src/pages/Dashboard.tsx",
  "/org": "src/org/OrgConsole.tsx",
  "/admin": "src/admin/AdminConsole.tsx",
  "/recovery": "src/recovery/RecoveryPage.tsx",
};

/** Files a chunk needs before it runs: itself and its static imports, transitively. */
export function staticClosure(manifest: Manifest, key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return seen;
  seen.add(key);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, seen);
  return seen;
}

export function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

export function routeSizes(dist: string) {
  const manifest = JSON.parse(readFileSync(path.join(dist, ".vite", "manifest.json"), "utf8")) as Manifest;
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entry) throw new Error(`No entry chunk in ${dist}/.vite/manifest.json.`);
  const size = (keys: Set<string>) =>
    [...keys]
      .map((k) => manifest[k]!.file)
      .filter((f) => f.endsWith(".js"))
      .reduce((sum, f) => sum + gzipBytes(path.join(dist, f)), 0);
  const entryFiles = staticClosure(manifest, entry);
  const routes: Record<string, number> = {};
  for (const [route, module] of Object.entries(ROUTE_MODULES)) {
    // The landing page is bundled into the entry; every other page must be a lazy chunk.
    if (!manifest[module] && route !== "/") {
      throw new Error(`${module} is not a chunk of the build (is it still lazy-loaded?).`);
    }
    routes[route] = size(
      manifest[module] ? staticClosure(manifest, module, new Set(entryFiles)) : entryFiles,
    );
  }
  // The wallet modal is loaded on demand (the first "Connect wallet" click), on top of a route.
  const modal = Object.keys(manifest).find((k) => k.endsWith("wallet/RainbowConnect.tsx"));
  const walletModal = modal ? size(staticClosure(manifest, modal)) : 0;
  return { entry: size(entryFiles), routes, walletModal };
}
