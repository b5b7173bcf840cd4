/// <reference types="vitest/config" />
import path from "node:path";

import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The dApp imports SDK modules one by one (`@sdk/eip712.ts`), never the SDK's index, so the
// Safe protocol-kit only reaches the bundle of the consoles that use it.
export default defineConfig({
  plugins: [react()],
  resolve: { alias: { "@sdk": path.resolve(import.meta.dirname, "../sdk/src") } },
  build: {
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // The chain stack is shared by every page but the landing one: one chunk of its own,
        // so the bundler does not hoist it into the entry the landing page loads.
        codeSplitting: {
          groups: [
            {
              // React and Vite's preload helper first, so the chain group below does not pull them
              // in as dependencies (the entry would then load the whole chain stack).
              name: "react",
              test: /node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser)[\\/]|preload-helper/,
              priority: 20,
            },
            {
              name: "chain",
              priority: 10,
              test: /node_modules[\\/](viem|wagmi|@wagmi|ox|abitype|@noble|@scure|@tanstack|zustand|mipd|eventemitter3)[\\/]|sdk[\\/]src[\\/]/,
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
