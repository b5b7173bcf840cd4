import { spawn } from "node:child_process";
import lighthouse from "lighthouse";
import { throttling } from "lighthouse/core/config/constants.js";
import { DAPP_URL, startStack } from "../e2e/stack.ts";

const PORT = 40452;
const stack = await startStack();
const chrome = spawn("/usr/bin/chromium", ["--headless", "--no-sandbox", "--disable-gpu", `--remote-debugging-port=${PORT}`, "--user-data-dir=/tmp/dd/prof", "about:blank"], { stdio: "ignore", detached: true });
await new Promise((r) => setTimeout(r, 3000));
try {
  for (const route of (process.env.ROUTES ?? "/dashboard").split(",")) {
    const result = await lighthouse(`${DAPP_URL}${route}`, { port: PORT, output: "json", logLevel: "error", onlyCategories: ["performance", "best-practices"] }, { extends: "lighthouse:default", settings: { throttling: { ...throttling.mobileSlow4G, cpuSlowdownMultiplier: 4 } } });
    const lhr = result!.lhr;
    console.log(route, lhr.categories.performance?.score, lhr.categories["best-practices"]?.score);
    for (const [id, a] of Object.entries(lhr.audits)) {
      if (a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative") console.log("  ", id, a.score, a.displayValue ?? "", JSON.stringify((a.details as { items?: unknown[] })?.items?.slice(0, 4) ?? "").slice(0, 600));
    }
    for (const id of ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"]) console.log("  ", id, lhr.audits[id]?.displayValue);
  }
} finally {
  process.kill(-chrome.pid!, "SIGTERM");
  await stack.stop();
}
