/**
 * Turns the HTTP API's OpenAPI document into TypeScript types (`sdk/src/generated/api.ts`) that
 * the SDK's typed client, the dApp and the scripts import: every request and response shape comes
 * from the API's zod route definitions, and nothing is declared a second time by hand.
 *
 * The document is built in-process from the same route modules the API serves (no store, no
 * server, no chain), so `npm run build` can run it on a fresh clone.
 *
 *   node scripts/generate-api-types.ts          write the file
 *   node scripts/generate-api-types.ts --check  exit 1 when the file is not current
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

import openapiTS, { astToString } from "openapi-typescript";
import pino from "pino";
import * as prettier from "prettier";

import { createApi } from "../indexer/src/api/server.ts";

const root = path.resolve(import.meta.dirname, "..");
export const API_TYPES_FILE = path.join(root, "sdk", "src", "generated", "api.ts");

const HEADER = [
  "// GENERATED FILE — DO NOT EDIT.",
  "// Written by scripts/generate-api-types.ts from the API's OpenAPI document (npm run build).",
  "/* eslint-disable */",
  "",
].join("\n");

/** The OpenAPI document exactly as the running API serves it at /openapi.json. */
export async function apiDocument(): Promise<unknown> {
  const unused = (): never => {
    throw new Error("The OpenAPI document needs no store.");
  };
  const { app } = createApi({
    store: { kind: "pglite", query: unused },
    logger: pino({ level: "silent" }),
    rateLimit: false,
  });
  const response = await app.request("/openapi.json");
  if (!response.ok) throw new Error(`The API answered ${response.status} for /openapi.json.`);
  return response.json();
}

/** The generated module's text, formatted with the repository's Prettier settings. */
export async function renderApiTypes(): Promise<string> {
  const ast = await openapiTS((await apiDocument()) as Parameters<typeof openapiTS>[0]);
  const source = HEADER + astToString(ast);
  const options = (await prettier.resolveConfig(API_TYPES_FILE)) ?? {};
  return prettier.format(source, { ...options, filepath: API_TYPES_FILE });
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { check: { type: "boolean", default: false } } });
  const text = await renderApiTypes();
  if (values.check) {
    let current = "";
    try {
      current = readFileSync(API_TYPES_FILE, "utf8");
    } catch {
      // Missing counts as stale.
    }
    if (current !== text) {
      console.error(
        `${path.relative(root, API_TYPES_FILE)} is stale: run node scripts/generate-api-types.ts`,
      );
      process.exit(1);
    }
    console.log(`${path.relative(root, API_TYPES_FILE)} is current.`);
  } else {
    writeFileSync(API_TYPES_FILE, text);
    console.log(`wrote ${path.relative(root, API_TYPES_FILE)}`);
  }
}
