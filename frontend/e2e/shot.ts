// Ad-hoc: screenshot one URL (development aid for looking at the page).
import { chromium } from "playwright-core";

const [url, out, width = "1280", locale = "en-US"] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, locale });
page.on("console", (m) => m.type() === "error" && console.log("console:", m.text()));
page.on("pageerror", (e) => console.log("pageerror:", e.message));
await page.goto(url!, { waitUntil: "networkidle" });
await page.waitForTimeout(1500);
await page.screenshot({ path: out!, fullPage: true });
await browser.close();
