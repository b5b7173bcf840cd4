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
              name: "chain",
              priority: 10,
              // Every SDK module but the viem-free ones public pages use (API client and its
              // generated types, metadata categories, error classes).
              test: /node_modules[\\/](viem|wagmi|@wagmi|ox|abitype|@noble|@scure|zustand|mipd|eventemitter3)[\\/]|sdk[\\/]src[\\/](?!api-client\.ts|generated[\\/]api\.ts|metadata\.ts|errors\.ts)/,
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
