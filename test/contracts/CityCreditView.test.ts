/**
 * The per-city ERC-20 view: every selector of IERC20, IERC20Metadata and IERC20Permit (plus
 * increase/decreaseAllowance) either reads the ledger or reverts with CityCreditNonTransferable,
 * as documented in ICityCredit.
 */
import { expect } from "chai";
import { MaxUint256, ZeroHash } from "ethers";
import { network } from "hardhat";

import { EVIDENCE, makeWorldFixture, ANY_PRICE } from "./helpers/fixture.ts";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const worldFixture = makeWorldFixture(connection);

async function fixture() {
  const w = await worldFixture();
  await (await w.ledger.connect(w.delegate).attest(w.org1, w.resident.address, w.opp1, 10n, EVIDENCE)).wait();
  await (await w.ledger.connect(w.resident).redeem(w.offer1, w.city1, ANY_PRICE)).wait();
  const token = await ethers.deployContract("CityCreditView", [w.ledgerAddress, w.city1]);
  return { w, token: await ethers.getContractAt("ICityCredit", await token.getAddress()) };
}

/** The ERC-20 + permit surface and what each selector must do. */
const READS = [
  "name",
  "symbol",
  "decimals",
  "totalSupply",
  "balanceOf",
  "allowance",
  "nonces",
  "ledger",
  "cityId",
  "lifetimeEarned",
];
const REVERTS = [
  "transfer",
  "transferFrom",
  "approve",
  "increaseAllowance",
  "decreaseAllowance",
  "permit",
  "DOMAIN_SEPARATOR",
];

describe("CityCreditView (ERC-20 view of one city)", () => {
  it("covers every function of its ABI with a documented behaviour", async () => {
    const { token } = await networkHelpers.loadFixture(fixture);
    const names: string[] = [];
    token.interface.forEachFunction((f) => names.push(f.name));
    expect(names.sort()).to.deep.equal([...READS, ...REVERTS].sort());
  });

  it("reads name, symbol, decimals, supply, balances and lifetime live from the ledger", async () => {
    const { w, token } = await networkHelpers.loadFixture(fixture);
    expect(await token.name()).to.equal("City/Sync Credits Berkeley");
    expect(await token.symbol()).to.equal("BRK");
    expect(await token.decimals()).to.equal(0n);
    expect(await token.totalSupply()).to.equal(await w.ledger.totalSupply(w.city1));
    expect(await token.balanceOf(w.resident.address)).to.equal(30n);
    expect(await token.lifetimeEarned(w.resident.address)).to.equal(50n);
    expect(await token.ledger()).to.equal(w.ledgerAddress);
    expect(await token.cityId()).to.equal(w.city1);
    await (
      await w.ledger.connect(w.delegate).attest(w.org1, w.resident.address, w.opp1, 1n, EVIDENCE)
    ).wait();
    expect(await token.balanceOf(w.resident.address)).to.equal(35n);
  });

  it("allowance and nonces are always 0", async () => {
    const { w, token } = await networkHelpers.loadFixture(fixture);
    expect(await token.allowance(w.resident.address, w.stranger.address)).to.equal(0n);
    expect(await token.nonces(w.resident.address)).to.equal(0n);
  });

  it("transfer, transferFrom, approve, increase/decreaseAllowance, permit and DOMAIN_SEPARATOR revert", async () => {
    const { w, token } = await networkHelpers.loadFixture(fixture);
    const t = token.connect(w.resident);
    const calls = [
      () => t.transfer(w.stranger.address, 1n),
      () => t.transfer(w.stranger.address, 0n),
      () => t.transferFrom(w.resident.address, w.stranger.address, 1n),
      () => t.approve(w.stranger.address, MaxUint256),
      () => t.approve(w.stranger.address, 0n),
      () => t.increaseAllowance(w.stranger.address, 1n),
      () => t.decreaseAllowance(w.stranger.address, 0n),
      () => t.permit(w.resident.address, w.stranger.address, 1n, MaxUint256, 27, ZeroHash, ZeroHash),
      () => t.DOMAIN_SEPARATOR(),
    ];
    for (const c of calls)
      await expect(c()).to.be.revertedWithCustomError(token, "CityCreditNonTransferable");
    expect(await token.balanceOf(w.resident.address)).to.equal(30n);
  });

  it("cannot be deployed for city 0 or a city that does not exist", async () => {
    const { w, token } = await networkHelpers.loadFixture(fixture);
    const factory = await ethers.getContractFactory("CityCreditView");
    for (const id of [0n, 3n]) {
      await expect(factory.deploy(w.ledgerAddress, id))
        .to.be.revertedWithCustomError(token, "CityCreditUnknownCity")
        .withArgs(id);
    }
  });

  it("a second city's view reads only that city", async () => {
    const { w } = await networkHelpers.loadFixture(fixture);
    const t2 = await ethers.deployContract("CityCreditView", [w.ledgerAddress, w.city2]);
    expect(await t2.symbol()).to.equal("OAK");
    expect(await t2.balanceOf(w.resident.address)).to.equal(0n);
    expect(await t2.totalSupply()).to.equal(0n);
  });
});
