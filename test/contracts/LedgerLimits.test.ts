/** MAX_CITIES (and pause at that size), ERC-5267 domain, and no ERC-20 events from the ledger. */
import { expect } from "chai";
import { TypedDataEncoder, id } from "ethers";
import { network } from "hardhat";

import { EVIDENCE, makeWorldFixture, ANY_PRICE } from "./helpers/fixture.ts";
import { LEDGER_DOMAIN_NAME, LEDGER_DOMAIN_VERSION } from "./helpers/eip712.ts";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const worldFixture = makeWorldFixture(connection);

/** EIP-7825 per-transaction gas cap of Hardhat's default hardfork (osaka). */
const TX_GAS_CAP = 16_777_216n;

describe("CivicLedger limits and standards", () => {
  async function createCitiesUpTo(w: Awaited<ReturnType<typeof worldFixture>>, n: bigint) {
    const admin = w.ledger.connect(await w.as(w.networkAdmin));
    const sent = [];
    for (let i = (await w.ledger.cityCount()) + 1n; i <= n; i++) {
      sent.push(await admin.createCity(w.spareSafe.address, `C${i}`, `City ${i}`));
    }
    if (sent.length > 0) await sent.at(-1)!.wait();
    return admin;
  }

  it("creates cities up to MAX_CITIES, then refuses", async function () {
    this.timeout(120_000);
    const w = await networkHelpers.loadFixture(worldFixture);
    const max = await w.ledger.MAX_CITIES();
    expect(max).to.equal(500n);
    const admin = await createCitiesUpTo(w, max);
    expect(await w.ledger.cityCount()).to.equal(max);
    await expect(admin.createCity(w.spareSafe.address, "ONEMORE", "One more")).to.be.revertedWithCustomError(
      w.ledger,
      "CivicLedgerTooManyCities",
    );
  });

  // pause() writes the flag into every city's hot slot. A city with no activity yet has an all-zero slot,
  // so the write is zero -> non-zero (22,100 gas plus the loop): MAX_CITIES is sized so that pausing every
  // city, all idle (the worst case), still fits under the EIP-7825 per-transaction cap (16,777,216).
  it("pause() fits in one transaction with MAX_CITIES cities", async function () {
    this.timeout(120_000);
    const w = await networkHelpers.loadFixture(worldFixture);
    let admin = await createCitiesUpTo(w, 102n);
    const sample = await (await admin.pause()).wait();
    await (await admin.unpause()).wait();
    const perIdleCity = (sample!.gasUsed - 30_000n) / 100n;
    console.log(
      `      pause() with 102 cities (100 idle): ${sample!.gasUsed} gas, ~${perIdleCity} per idle city`,
    );
    admin = await createCitiesUpTo(w, await w.ledger.MAX_CITIES());
    await expect(admin.pause({ gasLimit: TX_GAS_CAP })).to.emit(w.ledger, "LedgerPaused");
  });

  it("publishes its EIP-712 domain (ERC-5267) consistent with DOMAIN_SEPARATOR", async () => {
    const w = await networkHelpers.loadFixture(worldFixture);
    const d = await w.ledger.eip712Domain();
    expect(d.fields).to.equal("0x0f");
    expect([d.name, d.version, d.chainId, d.verifyingContract]).to.deep.equal([
      LEDGER_DOMAIN_NAME,
      LEDGER_DOMAIN_VERSION,
      w.chainId,
      w.ledgerAddress,
    ]);
    expect(await w.ledger.DOMAIN_SEPARATOR()).to.equal(TypedDataEncoder.hashDomain(w.domain));
  });

  it("emits no ERC-20 Transfer or Approval events when minting or burning", async () => {
    const w = await networkHelpers.loadFixture(worldFixture);
    const mint = await (
      await w.ledger.connect(w.delegate).attest(w.org1, w.resident.address, w.opp1, 10n, EVIDENCE)
    ).wait();
    const burn = await (await w.ledger.connect(w.resident).redeem(w.offer1, w.city1, ANY_PRICE)).wait();
    const erc20Topics = [id("Transfer(address,address,uint256)"), id("Approval(address,address,uint256)")];
    for (const log of [...mint!.logs, ...burn!.logs]) expect(erc20Topics).to.not.include(log.topics[0]);
    expect(ethers.provider).to.exist;
  });
});
