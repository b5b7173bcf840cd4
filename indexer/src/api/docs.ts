/**
 * The browsable reference page (`/docs`), usable offline: Scalar's page loads its standalone browser
 * bundle from this service (read from node_modules) instead of a CDN, with Scalar's web fonts and
 * telemetry off, so the page reaches no host but this one.
 */
import { readFile } from "node:fs/promises";

import type { OpenAPIHono } from "@hono/zod-openapi";
import { Scalar } from "@scalar/hono-api-reference";

import type { ApiEnv } from "./context.ts";

export const DOCS_BUNDLE_PATH = "/docs/api-reference.js";

// The UMD bundle is one self-contained file; the package does not export it, so it is found beside
// the package's entry point.
const bundleFile = new URL("./browser/standalone.js", import.meta.resolve("@scalar/api-reference"));

let bundle: Promise<string> | undefined;

export function docsRoutes(app: OpenAPIHono<ApiEnv>, options: { title: string; specUrl: string }): void {
  app.get(DOCS_BUNDLE_PATH, async (c) => {
    bundle ??= readFile(bundleFile, "utf8").catch((error: unknown) => {
      bundle = undefined;
      throw new Error("the Scalar bundle is missing from node_modules", { cause: error });
    });
    c.header("Content-Type", "text/javascript; charset=utf-8");
    c.header("Cache-Control", "public, max-age=86400");
    return c.body(await bundle);
  });
  app.get(
    "/docs",
    Scalar({
      url: options.specUrl,
      pageTitle: options.title,
      cdn: DOCS_BUNDLE_PATH,
      withDefaultFonts: false,
      telemetry: false,
    }),
  );
}
