/**
 * No externally owned account holds a role that requires a Safe, even one that delegates its code through
 * EIP-7702 to a contract answering `getThreshold()` like a Safe. The delegation is made with a real type-4
 * (set-code) transaction on the in-process chain.
 */
import { expect } from "chai";
import { type BaseWallet, getAddress } from "ethers";
import { network } from "hardhat";

import { ORG1_BUDGET, type World, fundedWallet, makeWorldFixture } from "./helpers/fixture.ts";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const worldFixture = makeWorldFixture(connection);

/** An EOA whose code is now `0xef0100 || ThresholdOneDelegate`, set by a type-4 transaction a sponsor sends. */
async function fixture() {
  const w = await worldFixture();
  const target = await ethers.deployContract("ThresholdOneDelegate");
  const eoa: BaseWallet = await fundedWallet(ethers, networkHelpers);
  const authorization = await eoa.authorize({
    address: await target.getAddress(),
    nonce: await ethers.provider.getTransactionCount(eoa.address),
    chainId: w.chainId,
  });
  const [sponsor] = await ethers.getSigners();
  const tx = await sponsor!.sendTransaction({
    type: 4,
    to: eoa.address,
    // Calls the freshly delegated code (it has no fallback): proves the delegation is live in this transaction.
    data: target.interface.encodeFunctionData("getThreshold"),
    authorizationList: [authorization],
    gasLimit: 100_000n,
  });
  const receipt = await tx.wait();
  return { w, eoa, target: await target.getAddress(), receipt };
}

describe("CivicLedger refuses EIP-7702 delegated accounts wherever a Safe is required", () => {
  it("the type-4 transaction gives the EOA a delegation designator, and it answers getThreshold() = 1", async () => {
    const { eoa, target, receipt } = await networkHelpers.loadFixture(fixture);
    expect(receipt!.type).to.equal(4);
    const code = await ethers.provider.getCode(eoa.address);
    expect(code.toLowerCase()).to.equal(`0xef0100${target.slice(2).toLowerCase()}`);
    const asSafe = new ethers.Contract(
      eoa.address,
      ["function getThreshold() view returns (uint256)"],
      ethers.provider,
    );
    expect(await asSafe.getFunction("getThreshold")()).to.equal(1n);
  });

  async function expectRefused(w: World, eoa: BaseWallet, call: Promise<unknown>) {
    await expect(call)
      .to.be.revertedWithCustomError(w.ledger, "CivicLedgerDelegatedAccount")
      .withArgs(getAddress(eoa.address));
  }

  it("as a city admin: createCity and setCityAdmin", async () => {
    const { w, eoa } = await networkHelpers.loadFixture(fixture);
    const admin = w.ledger.connect(await w.as(w.networkAdmin));
    await expectRefused(w, eoa, admin.createCity(eoa.address, "EOA", "One Key"));
    await expectRefused(w, eoa, admin.setCityAdmin(w.city1, eoa.address));
  });

  it("as an organization account: onboardOrganization and setOrganizationAccount", async () => {
    const { w, eoa } = await networkHelpers.loadFixture(fixture);
    const city = w.ledger.connect(await w.as(w.cityAdmin1));
    await expectRefused(w, eoa, city.onboardOrganization(w.city1, eoa.address, ORG1_BUDGET, "{}"));
    const org = w.ledger.connect(await w.as(w.org1Safe));
    await expectRefused(w, eoa, org.setOrganizationAccount(w.org1, eoa.address));
  });

  it("as the network admin: at deployment and in an admin transfer", async () => {
    const { w, eoa } = await networkHelpers.loadFixture(fixture);
    const admin = w.ledger.connect(await w.as(w.networkAdmin));
    await expectRefused(w, eoa, admin.beginNetworkAdminTransfer(eoa.address));
    const module = await ethers.deployContract("CivicLedgerAdmin", [86_400n, 1n, 1n, 1n, 1n]);
    const core = await ethers.getContractFactory("CivicLedger");
    await expectRefused(w, eoa, core.deploy(eoa.address, await module.getAddress()));
  });
});
