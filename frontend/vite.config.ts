/// <reference types="vitest/config" />
import path from "node:path";

import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The dApp imports SDK modules one by one (`@sdk/eip712.ts`), never the SDK's index, so the
// Safe protocol-kit only reaches the bundle of the consoles that use it, and the API client
// (no viem) reaches public pages without the chain stack.
export default defineConfig({
  plugins: [react()],
  resolve: { alias: { "@sdk": path.resolve(import.meta.dirname, "../sdk/src") } },
  build: {
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // The chain stack is shared by the pages that need a wallet or the ledger: one chunk of its
        // own, so the bundler does not hoist it into the entry or into the public pages' chunks.
        codeSplitting: {
          groups: [
            {
              // React, TanStack Query (the app's one cache) and Vite's preload helper first, so the
              // chain group below does not pull them in as dependencies (the entry would then load
              // the whole chain stack).
              name: "react",
              test: /node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser|@tanstack)[\\/]|preload-helper/,
              priority: 20,
            },
            {
              // The viem-free SDK modules public pages use (API client and its generated types,
              // proofs from the API, metadata categories, error classes), claimed before the chain
              // group: a chain module importing one would otherwise take it, and the public pages
              // would then load the whole chain stack for a class or a list of codes.
              name: "sdk-light",
              test: /sdk[\\/]src[\\/](api-client|api-proofs|metadata|errors|generated[\\/]api)\.ts|node_modules[\\/]openapi-fetch[\\/]/,
              priority: 15,
            },
            {
              name: "chain",
              priority: 10,
              // Every SDK module but the viem-free ones public pages use (API client and its
              // generated types, proofs from the API, metadata categories, error classes). A
              // module in this group brings its imports with it, so a viem-free module the public
              // pages share must stay out, or the whole chain stack follows it into their chunks.
              test: /node_modules[\\/](viem|wagmi|@wagmi|ox|abitype|@noble|@scure|zustand|mipd|eventemitter3)[\\/]|sdk[\\/]src[\\/](?!api-client\.ts|api-proofs\.ts|generated[\\/]api\.ts|metadata\.ts|errors\.ts)/,
            },
          ],
        },
      },
    },
  },
  server: { host: "127.0.0.1", port: 58550, strictPort: true },
  preview: { host: "127.0.0.1", port: 58550, strictPort: true },
  test: {
    environment: "node",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["src/test-setup.ts"],
  },
});
