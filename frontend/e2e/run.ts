/**
 * End-to-end suite in headless Chromium against the real local stack (see stack.ts), with a
 * test wallet driven by the seed's local accounts:
 *
 *   npm run test:e2e -w frontend        (E2E_REUSE=1 keeps the chain between runs)
 *
 * Screenshots (desktop and 360 px, English and Spanish) go to frontend/e2e/artifacts/.
 */
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, it } from "node:test";

import AxeBuilder from "@axe-core/playwright";
import { type Browser, type BrowserContext, type Page, chromium } from "playwright-core";
import { type Hex, createPublicClient, createWalletClient, http } from "viem";
import { generatePrivateKey, privateKeyToAccount } from "viem/accounts";

import { iCivicLedgerAbi } from "../../sdk/src/generated/contracts.ts";
import { ledgerCalls } from "../../sdk/src/ledger-calls.ts";
import { CHAIN_ID, DAPP_URL, RPC_URL, type Stack, stackFile, startStack } from "./stack.ts";
import { TEST_WALLET_NAME, installTestWallet, switchWalletChain } from "./wallet.ts";

const ARTIFACTS = path.resolve(import.meta.dirname, "artifacts");
mkdirSync(ARTIFACTS, { recursive: true });

const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 740 } } as const;
const LOCALES = { en: "en-US", es: "es-MX" } as const;

let stack: Stack;
let browser: Browser;
const contexts: BrowserContext[] = [];

async function newPage(options: {
  viewport: keyof typeof VIEWPORTS;
  locale: keyof typeof LOCALES;
  wallet?: Hex;
  startChainId?: number;
}) {
  const context = await browser.newContext({
    viewport: VIEWPORTS[options.viewport],
    locale: LOCALES[options.locale],
    reducedMotion: "reduce",
  });
  contexts.push(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const wallet = options.wallet
    ? await installTestWallet(page, {
        privateKey: options.wallet,
        rpcUrl: RPC_URL,
        chainId: CHAIN_ID,
        ...(options.startChainId ? { startChainId: options.startChainId } : {}),
      })
    : undefined;
  return { page, wallet, errors };
}

async function connect(page: Page, buttonName: RegExp): Promise<void> {
  await page
    .getByRole("main")
    .getByRole("button", { name: buttonName })
    .click({ timeout: 15_000 })
    .catch(async (error: unknown) => {
      await page.screenshot({ path: path.join(ARTIFACTS, "failure-connect.png"), fullPage: true });
      throw error;
    });
  await page.getByRole("dialog").getByRole("button", { name: TEST_WALLET_NAME }).click();
  await page.getByRole("dialog").waitFor({ state: "detached" });
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  await page
    .locator(".state-loading")
    .first()
    .waitFor({ state: "detached", timeout: 30_000 })
    .catch(() => {});
  await page.waitForTimeout(300);
}

async function axe(page: Page, label: string): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  assert.deepEqual(summary, [], `axe violations on ${label}`);
}

const ledgerClient = createPublicClient({ transport: http(RPC_URL) });
const readOf = (ref: { ledger: Hex }) => ({ address: ref.ledger, abi: iCivicLedgerAbi });
async function balance(cityId: number, resident: Hex): Promise<bigint> {
  return ledgerClient.readContract({
    address: stack.ledger,
    abi: iCivicLedgerAbi,
    functionName: "balanceOf",
    args: [cityId, resident],
  });
}

before(async () => {
  stack = await startStack();
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
});

after(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await stack?.stop();
});

describe("resident", () => {
  it("browses in Spanish at 360 px, redeems with a signature (no gas) and sees the receipt", async () => {
    const resident = stack.account("CDMX resident 1");
    const { page, errors } = await newPage({ viewport: "phone", locale: "es", wallet: resident.privateKey });
    const before = await balance(2, resident.address);
    await page.goto(`${DAPP_URL}/offers?city=2`);
    await settle(page);
    await page.getByRole("heading", { level: 1, name: "Ofertas" }).waitFor();
    await page.getByRole("link", { name: "Comida completa" }).click();
    await settle(page);
    await connect(page, /Conectar billetera/);
    const redeem = page.getByRole("button", { name: "Canjear con firma (sin comisión)" });
    await redeem.waitFor();
    const priceText = await page.locator(".redeem .big").textContent();
    const price = BigInt(/(\d+)/.exec(priceText ?? "")![1]!);
    await redeem.click();
    await page.waitForURL(/\/receipts\/\d+\/\d+/, { timeout: 60_000 }).catch(async (error: unknown) => {
      await page.screenshot({ path: path.join(ARTIFACTS, "failure-redeem.png"), fullPage: true });
      throw error;
    });
    const code = await page.locator(".receipt .code").textContent();
    assert.match(code ?? "", /^R-\d+-\d+$/);
    await page.getByRole("img", { name: /Código QR del canje/ }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, "receipt-es-360.png"), fullPage: true });
    assert.equal(await balance(2, resident.address), before - price, "the price shown was burned");
    await page.getByRole("link", { name: "Todos mis canjes" }).click();
    await settle(page);
    await page.getByText(code!).waitFor();
    await page.getByText("Pendiente").first().waitFor();
    assert.deepEqual(errors, []);
  });

  it("is asked to switch when the wallet is on another network, and the button switches it", async () => {
    const resident = stack.account("BRK resident 2");
    const { page, wallet } = await newPage({
      viewport: "desktop",
      locale: "en",
      wallet: resident.privateKey,
    });
    await page.goto(`${DAPP_URL}/record`);
    await settle(page);
    await connect(page, /Connect wallet/);
    await page.getByRole("heading", { name: "Credits by city" }).waitFor();
    await switchWalletChain(page, wallet!, 10);
    await page.getByRole("heading", { name: "Your wallet is on another network" }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, "wrong-network-en-desktop.png") });
    await page.getByRole("button", { name: /Switch to/ }).click();
    await page.getByRole("heading", { name: "Credits by city" }).waitFor();
    assert.equal(wallet!.chainId, CHAIN_ID);
  });
});

describe("organization", () => {
  it("two owners of a 2-of-3 Safe propose, sign and execute a CSV check-in with one bad row; the resident's balance rises", async () => {
    const org = stack.summary.cities[1]!.organizations.find((o) => o.name === "Comedor Comunitario Tepito")!;
    const [first, second] = [
      stack.account(`CDMX ${org.name} Safe owner 1/3`),
      stack.account(`CDMX ${org.name} Safe owner 2/3`),
    ];
    const residentA = stack.account("CDMX resident 3");
    const residentB = stack.account("CDMX resident 4");
    const before = await balance(2, residentA.address);

    const one = await newPage({ viewport: "desktop", locale: "en", wallet: first.privateKey });
    await one.page.goto(`${DAPP_URL}/org`);
    await settle(one.page);
    await connect(one.page, /Connect wallet/);
    await one.page.getByRole("heading", { name: "Check-in roster" }).waitFor({ timeout: 30_000 });
    // The heading renders before the organization's opportunities load: wait for the choices.
    const opportunity = one.page.getByLabel("Opportunity");
    await opportunity.locator("option").first().waitFor({ state: "attached", timeout: 30_000 });
    const opportunityId = await opportunity.inputValue();
    const csv = [
      "participant,opportunity,units,evidence",
      `${residentA.address},${opportunityId},2,kitchen shift`,
      `0x12345,${opportunityId},2,kitchen shift`,
      `${residentB.address},${opportunityId},1,kitchen shift`,
    ].join("\n");
    await one.page
      .getByLabel("Or upload a CSV")
      .setInputFiles({ name: "roster.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await one.page
      .getByTestId("roster-summary")
      .getByText("2 rows ready, 1 rows with problems.")
      .waitFor()
      .catch(async (error: unknown) => {
        await one.page.screenshot({ path: path.join(ARTIFACTS, "failure-roster.png"), fullPage: true });
        throw error;
      });
    const bad = await one.page.getByTestId("bad-rows").textContent();
    assert.match(bad ?? "", /Line 3: .*0x12345.*address/);
    await one.page.getByTestId("batches").waitFor();
    await one.page.screenshot({
      path: path.join(ARTIFACTS, "org-roster-preview-en-desktop.png"),
      fullPage: true,
    });
    await one.page.getByRole("button", { name: "Propose to the Safe and sign" }).click();
    await one.page.getByText(/1 proposal\(s\) created and signed by you/).waitFor({ timeout: 30_000 });
    await one.page.getByTestId("proposal").getByText("1 of 2 signatures").waitFor({ timeout: 15_000 });

    const two = await newPage({ viewport: "phone", locale: "es", wallet: second.privateKey });
    await two.page.goto(`${DAPP_URL}/org`);
    await settle(two.page);
    await connect(two.page, /Conectar billetera/);
    const proposal = two.page.getByTestId("proposal");
    await proposal.getByText("1 de 2 firmas").waitFor({ timeout: 30_000 });
    await proposal.getByRole("button", { name: "Firmar" }).click();
    await proposal.getByText("2 de 2 firmas").waitFor({ timeout: 30_000 });
    await two.page.screenshot({
      path: path.join(ARTIFACTS, "org-proposal-signed-es-360.png"),
      fullPage: true,
    });
    await proposal.getByRole("button", { name: "Ejecutar" }).click();
    await two.page.getByText("Ninguna propuesta está esperando.").waitFor({ timeout: 60_000 });

    const after = await balance(2, residentA.address);
    assert.ok(after > before, `resident balance rose (${before} → ${after})`);
    const resident = await newPage({ viewport: "phone", locale: "es", wallet: residentA.privateKey });
    await resident.page.goto(`${DAPP_URL}/record`);
    await settle(resident.page);
    await connect(resident.page, /Conectar billetera/);
    const shown = await resident.page.getByTestId("credits-CDMX").locator(".value").textContent();
    assert.equal(shown?.replace(/[^0-9]/g, ""), after.toString());
  });
  it("an organization revokes an attestation with a reason (through its 2-of-3 Safe) and the resident sees it", async () => {
    const org = stack.summary.cities[1]!.organizations.find((o) => o.name === "Comedor Comunitario Tepito")!;
    const [first, second] = [
      stack.account(`CDMX ${org.name} Safe owner 1/3`),
      stack.account(`CDMX ${org.name} Safe owner 2/3`),
    ];
    const one = await newPage({ viewport: "desktop", locale: "en", wallet: first.privateKey });
    await one.page.goto(`${DAPP_URL}/org`);
    await settle(one.page);
    await connect(one.page, /Connect wallet/);
    await one.page.getByRole("heading", { name: "Revoke an attestation" }).waitFor({ timeout: 30_000 });
    // The newest attestation comes first.
    const option = one.page.getByLabel("Attestation").locator("option").first();
    const seq = await option.getAttribute("value");
    const participant = (await option.getAttribute("data-participant"))!.toLowerCase();
    await one.page.getByLabel("Reason").selectOption({ label: "duplicate" });
    await one.page.getByRole("button", { name: "Propose the revocation to the Safe and sign" }).click();
    // No checkpoint covers a fresh record: the console says so and offers to store one.
    const seal = one.page.getByRole("button", { name: "Seal the city's record (checkpoint)" });
    const proposed = one.page.getByText("Revocation proposed and signed by you.");
    await seal.or(proposed).waitFor({ timeout: 30_000 });
    if (await seal.isVisible()) {
      await one.page.screenshot({ path: path.join(ARTIFACTS, "org-revoke-checkpoint-en-desktop.png") });
      await seal.click();
    }
    await proposed.waitFor({ timeout: 30_000 });

    const two = await newPage({ viewport: "phone", locale: "es", wallet: second.privateKey });
    await two.page.goto(`${DAPP_URL}/org`);
    await settle(two.page);
    await connect(two.page, /Conectar billetera/);
    const proposal = two.page.getByTestId("proposal").filter({ hasText: `Revoke attestation #${seq} ` });
    await proposal.getByRole("button", { name: "Firmar" }).click({ timeout: 30_000 });
    await proposal.getByRole("button", { name: "Ejecutar" }).click({ timeout: 30_000 });
    await proposal.waitFor({ state: "detached", timeout: 60_000 });

    const resident = stack.accounts.find((a) => a.address.toLowerCase() === participant)!;
    assert.ok(resident, `the participant ${participant} is a seeded account`);
    const record = await newPage({ viewport: "phone", locale: "es", wallet: resident.privateKey });
    await record.page.goto(`${DAPP_URL}/record`);
    await settle(record.page);
    await connect(record.page, /Conectar billetera/);
    await record.page.getByText("Revocada: duplicada").first().waitFor({ timeout: 30_000 });
    await record.page.screenshot({ path: path.join(ARTIFACTS, "record-revoked-es-360.png"), fullPage: true });
  });
  it("an organization refunds one redemption and fulfils another through its Safe", async () => {
    const org = stack.summary.cities[1]!.organizations.find((o) => o.name === "Comedor Comunitario Tepito")!;
    const [first, second] = [
      stack.account(`CDMX ${org.name} Safe owner 1/3`),
      stack.account(`CDMX ${org.name} Safe owner 2/3`),
    ];
    const one = await newPage({ viewport: "desktop", locale: "en", wallet: first.privateKey });
    await one.page.goto(`${DAPP_URL}/org`);
    await settle(one.page);
    await connect(one.page, /Connect wallet/);
    // Two residents redeem the organization's offer from their own wallets (they have gas).
    const offerCount = await ledgerClient.readContract({
      address: stack.ledger,
      abi: iCivicLedgerAbi,
      functionName: "offerCount",
    });
    let offerId = 0;
    let price = 0n;
    for (let id = 1; id <= Number(offerCount) && offerId === 0; id++) {
      const offer = await ledgerClient.readContract({
        address: stack.ledger,
        abi: iCivicLedgerAbi,
        functionName: "offer",
        args: [id],
      });
      if (offer.orgId === org.id && offer.status === 1) [offerId, price] = [id, offer.price];
    }
    for (const role of ["CDMX resident 5", "CDMX resident 6"]) {
      const wallet = createWalletClient({
        account: privateKeyToAccount(stack.account(role).privateKey),
        transport: http(RPC_URL),
      });
      const hash = await wallet.sendTransaction({
        ...ledgerCalls.redeem(stack.ledger, offerId, 2, price),
        chain: null,
      });
      await ledgerClient.waitForTransactionReceipt({ hash });
    }
    await one.page.reload();
    await settle(one.page);
    const cards = one.page.getByTestId("org-redemption");
    await cards.nth(1).waitFor({ timeout: 30_000 });
    const codes = (await cards.locator("code").allTextContents()).slice(0, 2);
    const [refunded, fulfilled] = codes.map((c) => c.split("-").slice(1).map(Number) as [number, number]);

    await cards.filter({ hasText: codes[0]! }).getByRole("button", { name: "Refund the credits" }).click();
    const seal = one.page.getByRole("button", { name: "Seal the city's record (checkpoint)" });
    const proposed = (code: string) => one.page.getByText(`Proposal for ${code} created and signed by you.`);
    await seal.or(proposed(codes[0]!)).waitFor({ timeout: 30_000 });
    if (await seal.isVisible()) await seal.click();
    await proposed(codes[0]!).waitFor({ timeout: 30_000 });
    await cards.filter({ hasText: codes[1]! }).getByRole("button", { name: "Mark as handed over" }).click();
    await proposed(codes[1]!).waitFor({ timeout: 30_000 });
    await one.page.screenshot({
      path: path.join(ARTIFACTS, "org-redemptions-en-desktop.png"),
      fullPage: true,
    });
    await axe(one.page, "/org as an owner, with proposals, revocation and redemptions");

    const two = await newPage({ viewport: "phone", locale: "es", wallet: second.privateKey });
    await two.page.goto(`${DAPP_URL}/org`);
    await settle(two.page);
    await connect(two.page, /Conectar billetera/);
    for (const title of [`Refund redemption ${codes[0]}`, `Fulfil redemption ${codes[1]}`]) {
      const proposal = two.page.getByTestId("proposal").filter({ hasText: title });
      await proposal.getByRole("button", { name: "Firmar" }).click({ timeout: 30_000 });
      await proposal.getByRole("button", { name: "Ejecutar" }).click({ timeout: 30_000 });
      await proposal.waitFor({ state: "detached", timeout: 60_000 });
    }
    const status = ([offerId, seq]: [number, number]) =>
      ledgerClient.readContract({
        address: stack.ledger,
        abi: iCivicLedgerAbi,
        functionName: "redemptionStatus",
        args: [offerId, seq],
      });
    assert.equal(await status(refunded!), 3, `${codes[0]} is refunded`);
    assert.equal(await status(fulfilled!), 2, `${codes[1]} is fulfilled`);
  });
});

describe("city admin", () => {
  it("onboards an organization through the city's 2-of-3 Safe (propose, co-sign, execute)", async () => {
    const [first, second] = [
      stack.account("BRK city admin Safe owner 1/3"),
      stack.account("BRK city admin Safe owner 2/3"),
    ];
    const read = (functionName: "organizationCount") =>
      ledgerClient.readContract({ address: stack.ledger, abi: iCivicLedgerAbi, functionName });
    const before = await read("organizationCount");
    // Any deployed Safe will do for the new organization's account: the network admin's.
    const safe = (
      JSON.parse(readFileSync(stackFile(), "utf8")) as {
        record: { contracts: Record<string, { address: string }> };
      }
    ).record.contracts.NetworkAdminSafe!.address;

    const one = await newPage({ viewport: "desktop", locale: "en", wallet: first.privateKey });
    await one.page.goto(`${DAPP_URL}/admin`);
    await settle(one.page);
    await connect(one.page, /Connect wallet/);
    await one.page.getByRole("heading", { name: "Onboard an organization" }).waitFor({ timeout: 30_000 });
    await one.page.getByLabel("The organization's Safe address").fill(safe);
    await one.page.getByLabel("Credits per period").fill("500");
    await one.page.getByLabel("Name in English").fill("Berkeley Tool Library");
    await one.page.getByLabel("Name in Spanish").fill("Biblioteca de Herramientas de Berkeley");
    await one.page.getByRole("button", { name: "Propose to the city's Safe and sign" }).click();
    await one.page.getByText("Proposed and signed by you.").first().waitFor({ timeout: 30_000 });

    const two = await newPage({ viewport: "phone", locale: "es", wallet: second.privateKey });
    await two.page.goto(`${DAPP_URL}/admin`);
    await settle(two.page);
    await connect(two.page, /Conectar billetera/);
    const proposal = two.page.getByTestId("proposal").filter({ hasText: "Berkeley Tool Library" });
    await proposal.getByRole("button", { name: "Firmar" }).click({ timeout: 30_000 });
    await proposal.getByRole("button", { name: "Ejecutar" }).click({ timeout: 30_000 });
    await proposal.waitFor({ state: "detached", timeout: 60_000 });
    assert.equal(await read("organizationCount"), before + 1);
    // The wallet stays connected across the reload (wagmi reconnects the authorized wallet).
    await two.page.reload();
    await settle(two.page);
    await two.page
      .getByRole("rowheader", { name: "Biblioteca de Herramientas de Berkeley" })
      .first()
      .waitFor({ timeout: 30_000 });
    await two.page.screenshot({ path: path.join(ARTIFACTS, "admin-onboarded-es-360.png"), fullPage: true });
  });
});

describe("organization listings", () => {
  let published: { id: number; titleEn: string; titleEs: string } | undefined;

  it("two owners of a 2-of-3 Safe publish an opportunity (propose, sign, execute) and residents see it in both languages", async () => {
    const org = stack.summary.cities[1]!.organizations.find((o) => o.name === "Comedor Comunitario Tepito")!;
    const [first, second] = [
      stack.account(`CDMX ${org.name} Safe owner 1/3`),
      stack.account(`CDMX ${org.name} Safe owner 2/3`),
    ];
    const count = () =>
      ledgerClient.readContract({
        address: stack.ledger,
        abi: iCivicLedgerAbi,
        functionName: "opportunityCount",
      });
    const before = await count();
    const stamp = Date.now().toString(36);
    const [titleEn, titleEs] = [`Market clean-up ${stamp}`, `Limpieza del mercado ${stamp}`];

    const one = await newPage({ viewport: "desktop", locale: "en", wallet: first.privateKey });
    await one.page.goto(`${DAPP_URL}/org`);
    await settle(one.page);
    await connect(one.page, /Connect wallet/);
    await one.page.getByRole("heading", { name: "Opportunities and offers" }).waitFor({ timeout: 30_000 });
    await one.page.getByRole("button", { name: "Publish a new opportunity" }).click();
    const form = one.page.locator("form.listing-form");
    // An empty form is refused field by field, in the reader's language, before anything is signed.
    await form.getByRole("button", { name: "Propose publishing to the Safe and sign" }).click();
    await form.getByText("Fix 3 field(s) marked below.").waitFor();
    assert.equal(await form.getByLabel("Title in Spanish").getAttribute("aria-invalid"), "true");
    await axe(one.page, "/org publish form with errors (en, desktop)");
    await one.page.screenshot({
      path: path.join(ARTIFACTS, "org-publish-errors-en-desktop.png"),
      fullPage: true,
    });
    await form.getByLabel("Title in English").fill(titleEn);
    await form.getByLabel("Title in Spanish").fill(titleEs);
    await form.getByLabel("Description in Spanish (optional)").fill("Recoger basura del mercado");
    await form.getByLabel("Category").selectOption("environment");
    await form.getByLabel("What a unit counts").selectOption("hour");
    await form.getByLabel("Credits per unit").fill("12");
    await form.getByLabel("Capacity (units)").fill("80");
    await form.getByRole("button", { name: "Propose publishing to the Safe and sign" }).click();
    await one.page
      .getByText(`Proposed and signed by you: Publish opportunity: ${titleEn}.`)
      .waitFor({ timeout: 30_000 });
    const proposalOne = one.page.getByTestId("proposal").filter({ hasText: titleEn });
    await proposalOne.getByText("1 of 2 signatures").waitFor({ timeout: 15_000 });

    const two = await newPage({ viewport: "phone", locale: "es", wallet: second.privateKey });
    await two.page.goto(`${DAPP_URL}/org`);
    await settle(two.page);
    await connect(two.page, /Conectar billetera/);
    const proposal = two.page.getByTestId("proposal").filter({ hasText: titleEn });
    await proposal.getByRole("button", { name: "Firmar" }).click({ timeout: 30_000 });
    await proposal.getByText("2 de 2 firmas").waitFor({ timeout: 30_000 });
    await proposal.getByRole("button", { name: "Ejecutar" }).click({ timeout: 30_000 });
    await proposal.waitFor({ state: "detached", timeout: 60_000 });
    assert.equal(await count(), before + 1, "one opportunity was published");
    const onChain = await ledgerClient.readContract({
      address: stack.ledger,
      abi: iCivicLedgerAbi,
      functionName: "opportunity",
      args: [before + 1],
    });
    assert.equal(onChain.orgId, org.id);
    assert.equal(onChain.creditsPerUnit, 12);
    assert.equal(onChain.capacity, 80);
    published = { id: before + 1, titleEn, titleEs };
    // The organization's own list shows it, in Spanish, to the second owner.
    await two.page.getByTestId("my-opportunity").filter({ hasText: titleEs }).waitFor({ timeout: 30_000 });
    await axe(two.page, "/org listings after publishing (es, 360)");
    await two.page.screenshot({ path: path.join(ARTIFACTS, "org-listings-es-360.png"), fullPage: true });

    const resident = await newPage({ viewport: "phone", locale: "es" });
    await resident.page.goto(`${DAPP_URL}/opportunities`);
    await settle(resident.page);
    await resident.page.getByRole("link", { name: titleEs }).waitFor({ timeout: 30_000 });
  });
  it("a second owner edits and closes that opportunity and restocks an offer; the first signs and executes", async () => {
    assert.ok(published, "the previous test published an opportunity");
    const org = stack.summary.cities[1]!.organizations.find((o) => o.name === "Comedor Comunitario Tepito")!;
    const [first, second] = [
      stack.account(`CDMX ${org.name} Safe owner 1/3`),
      stack.account(`CDMX ${org.name} Safe owner 2/3`),
    ];
    const two = await newPage({ viewport: "phone", locale: "es", wallet: second.privateKey });
    await two.page.goto(`${DAPP_URL}/org`);
    await settle(two.page);
    await connect(two.page, /Conectar billetera/);
    const proposed = (title: string) =>
      two.page.getByText(`Propuesta creada y firmada por ti: ${title}`).waitFor({ timeout: 30_000 });
    const card = two.page.getByTestId("my-opportunity").filter({ hasText: published.titleEs });
    await card.getByRole("button", { name: /^Editar/ }).click({ timeout: 30_000 });
    const form = two.page.locator("form.listing-form");
    assert.equal(await form.getByLabel("Título en español").inputValue(), published.titleEs);
    await form.getByLabel("Capacidad (unidades)").fill("120");
    await form.getByRole("button", { name: "Proponer los cambios a la Safe y firmar" }).click();
    await proposed(`Actualizar la oportunidad #${published.id}`);
    await card.getByRole("button", { name: /^Proponer cierre/ }).click();
    await proposed(`Cerrar la oportunidad #${published.id}`);

    // A seeded offer has its title in one language only and a free-text category: editing asks
    // for the other language and a category code.
    const offerCard = two.page.getByTestId("my-offer").filter({ hasText: "Comida completa" });
    await offerCard.getByRole("button", { name: /^Editar/ }).click();
    await form.getByRole("button", { name: "Proponer los cambios a la Safe y firmar" }).click();
    await form.getByText("Escribe un título (hasta 280 caracteres).").waitFor();
    await axe(two.page, "/org editing an offer, with an error (es, 360)");
    await two.page.screenshot({ path: path.join(ARTIFACTS, "org-edit-offer-es-360.png"), fullPage: true });
    await form.getByLabel("Título en inglés").fill("Full meal");
    // Its category was free text before the metadata schema: the owner picks a code now.
    await form.getByLabel("Categoría").selectOption("food-security");
    await form.getByLabel("Existencias restantes").fill("500");
    await form.getByRole("button", { name: "Proponer los cambios a la Safe y firmar" }).click();
    await proposed("Actualizar la oferta #");

    const one = await newPage({ viewport: "desktop", locale: "en", wallet: first.privateKey });
    await one.page.goto(`${DAPP_URL}/org`);
    await settle(one.page);
    await connect(one.page, /Connect wallet/);
    for (const title of [
      `Actualizar la oportunidad #${published.id}`,
      `Cerrar la oportunidad #${published.id}`,
      "Actualizar la oferta #",
    ]) {
      const proposal = one.page.getByTestId("proposal").filter({ hasText: title });
      await proposal.getByRole("button", { name: "Sign" }).click({ timeout: 30_000 });
      await proposal.getByRole("button", { name: "Execute" }).click({ timeout: 30_000 });
      await proposal.waitFor({ state: "detached", timeout: 60_000 });
    }
    const opportunity = await ledgerClient.readContract({
      ...readOf(stack),
      functionName: "opportunity",
      args: [published.id],
    });
    assert.equal(opportunity.capacity, 120);
    assert.equal(opportunity.status, 2, "closed");
    await one.page
      .getByTestId("my-opportunity")
      .filter({ hasText: published.titleEn })
      .getByText("Closed")
      .waitFor({ timeout: 30_000 });
    const offerCount = await ledgerClient.readContract({ ...readOf(stack), functionName: "offerCount" });
    const stocks: number[] = [];
    for (let id = 1; id <= Number(offerCount); id++) {
      const offer = await ledgerClient.readContract({ ...readOf(stack), functionName: "offer", args: [id] });
      if (offer.orgId === org.id) stocks.push(offer.stock);
    }
    assert.ok(stocks.includes(500), `an offer of ${org.name} was restocked to 500 (${stocks.join(", ")})`);
  });

  it("adds a delegate with a per-period limit and removes it, each through the 2-of-3 Safe", async () => {
    const org = stack.summary.cities[1]!.organizations.find((o) => o.name === "Comedor Comunitario Tepito")!;
    const [first, second] = [
      stack.account(`CDMX ${org.name} Safe owner 1/3`),
      stack.account(`CDMX ${org.name} Safe owner 2/3`),
    ];
    const delegate = privateKeyToAccount(generatePrivateKey()).address;
    const state = () =>
      ledgerClient.readContract({
        address: stack.ledger,
        abi: iCivicLedgerAbi,
        functionName: "delegateOf",
        args: [org.id, delegate],
      });

    const one = await newPage({ viewport: "desktop", locale: "en", wallet: first.privateKey });
    await one.page.goto(`${DAPP_URL}/org`);
    await settle(one.page);
    await connect(one.page, /Connect wallet/);
    await one.page.getByRole("heading", { name: "Delegates" }).waitFor({ timeout: 30_000 });
    await one.page.getByLabel("Delegate address").fill("0x1234");
    await one.page.getByLabel("Limit per period (credits)").fill("0");
    await one.page.getByRole("button", { name: "Propose the delegate change to the Safe and sign" }).click();
    await one.page
      .getByText("Enter the delegate's address (0x followed by 40 hexadecimal characters).")
      .waitFor();
    await one.page
      .getByText("The limit is a whole number of credits between 1 and the organization's budget.")
      .waitFor();
    await one.page.getByLabel("Delegate address").fill(delegate);
    await one.page.getByLabel("Limit per period (credits)").fill("100");
    await one.page.getByRole("button", { name: "Propose the delegate change to the Safe and sign" }).click();
    await one.page
      .getByText(`Proposed and signed by you: Authorize delegate ${delegate} (limit 100).`)
      .waitFor({ timeout: 30_000 });

    const two = await newPage({ viewport: "phone", locale: "es", wallet: second.privateKey });
    await two.page.goto(`${DAPP_URL}/org`);
    await settle(two.page);
    await connect(two.page, /Conectar billetera/);
    const add = two.page.getByTestId("proposal").filter({ hasText: `Authorize delegate ${delegate}` });
    await add.getByRole("button", { name: "Firmar" }).click({ timeout: 30_000 });
    await add.getByRole("button", { name: "Ejecutar" }).click({ timeout: 30_000 });
    await add.waitFor({ state: "detached", timeout: 60_000 });
    assert.equal((await state()).active, true);
    assert.equal((await state()).cap, 100n);
    const row = two.page
      .getByTestId("delegate")
      .filter({ has: two.page.locator(`code[title="${delegate}"]`) });
    await row.getByText("0 usados, quedan 100").waitFor({ timeout: 30_000 });
    await axe(two.page, "/org with a delegate (es, 360)");
    await two.page.screenshot({ path: path.join(ARTIFACTS, "org-delegates-es-360.png"), fullPage: true });
    await row.getByRole("button", { name: /Proponer baja/ }).click();
    await two.page
      .getByText(`Propuesta creada y firmada por ti: Dar de baja al delegado ${delegate}`)
      .waitFor({
        timeout: 30_000,
      });

    await one.page.reload();
    await settle(one.page);
    const remove = one.page.getByTestId("proposal").filter({ hasText: delegate });
    await remove.getByRole("button", { name: "Sign" }).click({ timeout: 30_000 });
    await remove.getByRole("button", { name: "Execute" }).click({ timeout: 30_000 });
    await remove.waitFor({ state: "detached", timeout: 60_000 });
    assert.equal((await state()).active, false);
    await one.page
      .getByTestId("delegate")
      .filter({ has: one.page.locator(`code[title="${delegate}"]`) })
      .waitFor({ state: "detached", timeout: 30_000 });
  });
});

/** A Berkeley resident with credits whose record no recovery has touched (runs may reuse a chain). */
async function untouchedResident(cityId: number) {
  for (const a of [...stack.accounts].reverse()) {
    if (!/^BRK resident \d+$/.test(a.role)) continue;
    const [frozen, credits] = await Promise.all([
      ledgerClient.readContract({ ...readOf(stack), functionName: "isFrozen", args: [cityId, a.address] }),
      balance(cityId, a.address),
    ]);
    if (!frozen && credits > 0n) return a;
  }
  return undefined;
}

describe("wallet recovery", () => {
  it("a resident signs a request with a new wallet; the city's 2-of-3 Safe proposes it; after the delay the resident completes it", async () => {
    const berkeley = stack.summary.cities[0]!;
    const ref = { client: ledgerClient, ledger: stack.ledger };
    const old = await untouchedResident(berkeley.id);
    assert.ok(old, "a Berkeley resident with credits to recover");
    const oldBalance = await balance(berkeley.id, old.address);
    const newKey = generatePrivateKey();
    const newAddress = privateKeyToAccount(newKey).address;

    const resident = await newPage({ viewport: "phone", locale: "es", wallet: newKey });
    await resident.page.goto(`${DAPP_URL}/recovery`);
    await settle(resident.page);
    await resident.page.getByRole("heading", { name: "Cómo funciona" }).waitFor();
    await resident.page
      .getByText(/periodo de espera de \d+ (días|día|horas|minutos)/)
      .waitFor({ timeout: 15_000 });
    await connect(resident.page, /Conectar billetera/);
    await resident.page.getByRole("button", { name: "Firmar la solicitud" }).click();
    await resident.page.getByText("Elige la ciudad donde están tus créditos.").waitFor();
    await resident.page.getByLabel("Ciudad").selectOption(String(berkeley.id));
    await resident.page.getByLabel("Dirección anterior").fill(old.address);
    await resident.page.getByRole("button", { name: "Firmar la solicitud" }).click();
    const code = (await resident.page.getByTestId("recovery-code").textContent({ timeout: 15_000 }))!.trim();
    assert.match(code, /^citysync-recovery:1:31337:/);
    await resident.page.getByText("La ciudad aún no la ha solicitado.").waitFor({ timeout: 15_000 });
    await axe(resident.page, "/recovery with a request code (es, 360)");
    await resident.page.screenshot({
      path: path.join(ARTIFACTS, "recovery-request-es-360.png"),
      fullPage: true,
    });

    const [first, second] = [
      stack.account("BRK city admin Safe owner 1/3"),
      stack.account("BRK city admin Safe owner 2/3"),
    ];
    const one = await newPage({ viewport: "desktop", locale: "en", wallet: first.privateKey });
    await one.page.goto(`${DAPP_URL}/admin`);
    await settle(one.page);
    await connect(one.page, /Connect wallet/);
    await one.page.getByRole("heading", { name: "Wallet recoveries" }).waitFor({ timeout: 30_000 });
    // A garbled code is refused with a sentence, not a stack.
    await one.page.getByLabel("Request code").fill(code.slice(0, 40));
    await one.page.getByRole("button", { name: "Check the request" }).click();
    await one.page
      .getByText("This is not a City/Sync recovery request code; copy it again in full.")
      .waitFor();
    await one.page.getByLabel("Request code").fill(code);
    await one.page.getByRole("button", { name: "Check the request" }).click();
    await one.page.getByText("The new wallet signed this request.").waitFor({ timeout: 15_000 });
    await axe(one.page, "/admin with a checked recovery request (en, desktop)");
    await one.page.screenshot({
      path: path.join(ARTIFACTS, "admin-recovery-check-en-desktop.png"),
      fullPage: true,
    });
    await one.page.getByRole("button", { name: "Propose the recovery to the city's Safe and sign" }).click();
    await one.page
      .getByText(`Proposed and signed by you: Recover ${old.address}`)
      .waitFor({ timeout: 30_000 });

    const two = await newPage({ viewport: "phone", locale: "es", wallet: second.privateKey });
    await two.page.goto(`${DAPP_URL}/admin`);
    await settle(two.page);
    await connect(two.page, /Conectar billetera/);
    const proposal = two.page.getByTestId("proposal").filter({ hasText: `Recover ${old.address}` });
    await proposal.getByRole("button", { name: "Firmar" }).click({ timeout: 30_000 });
    await proposal.getByRole("button", { name: "Ejecutar" }).click({ timeout: 30_000 });
    await proposal.waitFor({ state: "detached", timeout: 60_000 });
    const pending = await ledgerClient.readContract({
      ...readOf(ref),
      functionName: "pendingRecovery",
      args: [berkeley.id, old.address],
    });
    assert.equal(pending.to, newAddress);

    await resident.page.reload();
    await settle(resident.page);
    await resident.page.getByText(/Solicitada por la ciudad/).waitFor({ timeout: 30_000 });
    await resident.page.getByText(/Se puede completar a partir del/).waitFor();
    await resident.page.screenshot({
      path: path.join(ARTIFACTS, "recovery-pending-es-360.png"),
      fullPage: true,
    });

    // The delay passes on the chain's clock; the new wallet gets gas to complete it itself.
    const delay = await ledgerClient.readContract({ ...readOf(ref), functionName: "recoveryDelay" });
    await ledgerClient.request({ method: "evm_increaseTime" as never, params: [Number(delay) + 1] as never });
    await ledgerClient.request({ method: "evm_mine" as never, params: [] as never });
    await ledgerClient.request({
      method: "hardhat_setBalance" as never,
      params: [newAddress, "0xde0b6b3a7640000"] as never,
    });
    await resident.page.reload();
    await settle(resident.page);
    await resident.page.getByRole("button", { name: "Completar la recuperación" }).click({ timeout: 30_000 });
    await resident.page.getByText(/Completada: el historial ahora está en/).waitFor({ timeout: 60_000 });
    await resident.page.screenshot({
      path: path.join(ARTIFACTS, "recovery-done-es-360.png"),
      fullPage: true,
    });
    assert.equal(await balance(berkeley.id, newAddress), oldBalance, "the credits moved to the new wallet");
    assert.equal(await balance(berkeley.id, old.address), 0n);
  });

  it("the old wallet contests a recovery it did not ask for; the network admin's 2-of-3 Safe rejects it", async () => {
    const berkeley = stack.summary.cities[0]!;
    const old = await untouchedResident(berkeley.id);
    assert.ok(old, "a Berkeley resident with credits");
    const before = await balance(berkeley.id, old.address);
    const pending = () =>
      ledgerClient.readContract({
        ...readOf(stack),
        functionName: "pendingRecovery",
        args: [berkeley.id, old.address],
      });

    // Someone else asks for the record, and the city's Safe proposes it.
    const intruder = await newPage({ viewport: "desktop", locale: "en", wallet: generatePrivateKey() });
    await intruder.page.goto(`${DAPP_URL}/recovery`);
    await settle(intruder.page);
    await connect(intruder.page, /Connect wallet/);
    await intruder.page.getByLabel("City").selectOption(String(berkeley.id));
    await intruder.page.getByLabel("Old address").fill(old.address);
    await intruder.page.getByRole("button", { name: "Sign the request" }).click();
    const code = (await intruder.page.getByTestId("recovery-code").textContent({ timeout: 15_000 }))!.trim();
    for (const [i, role] of ["BRK city admin Safe owner 1/3", "BRK city admin Safe owner 2/3"].entries()) {
      const { page } = await newPage({
        viewport: "desktop",
        locale: "en",
        wallet: stack.account(role).privateKey,
      });
      await page.goto(`${DAPP_URL}/admin`);
      await settle(page);
      await connect(page, /Connect wallet/);
      if (i === 0) {
        await page.getByLabel("Request code").fill(code);
        await page.getByRole("button", { name: "Check the request" }).click();
        await page.getByRole("button", { name: "Propose the recovery to the city's Safe and sign" }).click();
        await page
          .getByText(`Proposed and signed by you: Recover ${old.address}`)
          .waitFor({ timeout: 30_000 });
      } else {
        const proposal = page.getByTestId("proposal").filter({ hasText: `Recover ${old.address}` });
        await proposal.getByRole("button", { name: "Sign" }).click({ timeout: 30_000 });
        await proposal.getByRole("button", { name: "Execute" }).click({ timeout: 30_000 });
        await proposal.waitFor({ state: "detached", timeout: 60_000 });
      }
    }
    assert.equal((await pending()).contested, false);

    // The resident still holds the old wallet: the page warns them and they contest it.
    const resident = await newPage({ viewport: "phone", locale: "es", wallet: old.privateKey });
    await resident.page.goto(`${DAPP_URL}/recovery`);
    await settle(resident.page);
    await connect(resident.page, /Conectar billetera/);
    await resident.page
      .getByRole("heading", { name: "Se solicitó la recuperación de esta billetera" })
      .waitFor({ timeout: 30_000 });
    await axe(resident.page, "/recovery warning the old wallet (es, 360)");
    await resident.page.screenshot({
      path: path.join(ARTIFACTS, "recovery-contest-es-360.png"),
      fullPage: true,
    });
    await resident.page.getByRole("button", { name: "No fui yo: impugnar" }).click();
    await resident.page
      .getByRole("heading", { name: "Se solicitó la recuperación de esta billetera" })
      .waitFor({ state: "detached", timeout: 60_000 });
    assert.equal((await pending()).contested, true);

    // Only the network admin decides now, through its own 2-of-3 Safe.
    const one = await newPage({
      viewport: "desktop",
      locale: "en",
      wallet: stack.account("network admin Safe owner 1/3").privateKey,
    });
    await one.page.goto(`${DAPP_URL}/admin`);
    await settle(one.page);
    await connect(one.page, /Connect wallet/);
    const card = one.page
      .getByTestId("contested-recovery")
      .filter({ has: one.page.locator(`code[title="${old.address}"]`) });
    await card.getByRole("button", { name: "Propose rejection" }).click({ timeout: 30_000 });
    await one.page
      .getByText(`Proposed and signed by you: Reject the contested recovery of ${old.address}`)
      .waitFor({ timeout: 30_000 });
    await axe(one.page, "/admin as a network admin owner (en, desktop)");
    await one.page.screenshot({
      path: path.join(ARTIFACTS, "admin-network-contested-en-desktop.png"),
      fullPage: true,
    });

    const two = await newPage({
      viewport: "phone",
      locale: "es",
      wallet: stack.account("network admin Safe owner 2/3").privateKey,
    });
    await two.page.goto(`${DAPP_URL}/admin`);
    await settle(two.page);
    await connect(two.page, /Conectar billetera/);
    const proposal = two.page.getByTestId("proposal").filter({ hasText: old.address });
    await proposal.getByRole("button", { name: "Firmar" }).click({ timeout: 30_000 });
    await proposal.getByRole("button", { name: "Ejecutar" }).click({ timeout: 30_000 });
    await proposal.waitFor({ state: "detached", timeout: 60_000 });
    const after = await pending();
    assert.equal(after.to, "0x0000000000000000000000000000000000000000", "the recovery is gone");
    assert.equal(
      await ledgerClient.readContract({
        ...readOf(stack),
        functionName: "isFrozen",
        args: [berkeley.id, old.address],
      }),
      false,
      "the old wallet may redeem again",
    );
    assert.equal(await balance(berkeley.id, old.address), before, "the record stayed");
  });
});

describe("language", () => {
  it("switches English to Spanish, translates the page and remembers the choice", async () => {
    const { page } = await newPage({ viewport: "desktop", locale: "en" });
    await page.goto(`${DAPP_URL}/opportunities`);
    await settle(page);
    await page.getByRole("heading", { level: 1, name: "Opportunities" }).waitFor();
    await page.getByRole("banner").getByLabel("Language").selectOption("es-MX");
    await page.getByRole("heading", { level: 1, name: "Oportunidades" }).waitFor();
    assert.equal(await page.getAttribute("html", "lang"), "es-MX");
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Oportunidades" }).waitFor();
  });
});

describe("every page: no axe violations; screenshots desktop and 360 px, English and Spanish", () => {
  const pages = [
    ["home", "/"],
    ["opportunities", "/opportunities"],
    ["opportunity", "/opportunities/1"],
    ["offers", "/offers"],
    ["offer", "/offers/1"],
    ["record", "/record"],
    ["redemptions", "/redemptions"],
    ["qr", "/qr"],
    ["receipt", "/receipts/1/0"],
    ["dashboard", "/dashboard"],
    ["org", "/org"],
    ["admin", "/admin"],
    ["recovery", "/recovery"],
    ["not-found", "/nowhere"],
  ] as const;
  for (const locale of ["en", "es"] as const) {
    for (const viewport of ["desktop", "phone"] as const) {
      it(`${locale} ${viewport}`, async () => {
        const resident = stack.account(locale === "es" ? "CDMX resident 2" : "BRK resident 1");
        const { page, errors } = await newPage({ viewport, locale, wallet: resident.privateKey });
        await page.goto(`${DAPP_URL}/record`);
        await settle(page);
        await connect(page, locale === "es" ? /Conectar billetera/ : /Connect wallet/);
        for (const [name, route] of pages) {
          await page.goto(`${DAPP_URL}${route}`);
          await settle(page);
          await axe(page, `${route} (${locale}, ${viewport})`);
          await page.screenshot({
            path: path.join(ARTIFACTS, `${name}-${locale}-${viewport}.png`),
            fullPage: true,
          });
        }
        assert.deepEqual(errors, []);
      });
    }
  }
});
