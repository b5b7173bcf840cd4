/** The reference page works offline: everything it loads comes from this service. */
import { expect } from "chai";
import pino from "pino";

import { createApiApp } from "./app.ts";
import { DOCS_BUNDLE_PATH } from "./docs.ts";

describe("/docs reference page", () => {
  const { app } = createApiApp({ logger: pino({ level: "silent" }), rateLimit: false }, []);

  it("references no external host", async () => {
    const response = await app.request("/docs");
    expect(response.status).to.equal(200);
    const html = await response.text();
    expect(html.match(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'`<>)]*/gi) ?? [], "absolute URLs").to.deep.equal([]);
    expect(html.match(/(?:src|href)\s*=\s*["']?\/\//gi) ?? [], "protocol-relative URLs").to.deep.equal([]);
    const sources = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
    expect(sources).to.deep.equal([DOCS_BUNDLE_PATH]);
    expect(html).to.include('"/openapi.json"');
  });

  it("serves Scalar's standalone bundle from node_modules", async () => {
    const response = await app.request(DOCS_BUNDLE_PATH);
    expect(response.status).to.equal(200);
    expect(response.headers.get("content-type")).to.match(/^text\/javascript/);
    const script = await response.text();
    expect(script.length).to.be.greaterThan(1_000_000);
    expect(script).to.include("createApiReference");
  });
});
