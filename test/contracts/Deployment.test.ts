/**
 * Deployment through the Ignition module (ignition/modules/CivicLedger.ts) and the hand-over of every
 * admin role to Safes, executed through the Safes' own execTransaction.
 */
import { expect } from "chai";
import { Contract } from "ethers";
import { network } from "hardhat";

import CivicLedgerModule from "../../ignition/modules/CivicLedger.ts";
import { seededWallet } from "./helpers/fixture.ts";
import {
  deploySafeInfrastructure,
  deployTestSafe,
  execSafeTransaction,
  safeExecutionSucceeded,
} from "./helpers/safe.ts";

const connection = await network.create();
const { ethers, ignition, networkHelpers } = connection;

const DAY = 86_400n;
const PARAMETERS = {
  epochDuration: 7n * DAY,
  disputeWindow: 10n * DAY,
  recoveryDelay: 2n * DAY,
  adminTransferDelay: 1n * DAY,
};

async function isSafe(address: string): Promise<boolean> {
  if ((await ethers.provider.getCode(address)) === "0x") return false;
  const safe = new Contract(address, ["function getThreshold() view returns (uint256)"], ethers.provider);
  try {
    return ((await safe.getFunction("getThreshold")()) as bigint) > 0n;
  } catch {
    return false;
  }
}

async function fixture() {
  const [deployer] = await ethers.getSigners();
  const infra = await deploySafeInfrastructure(deployer!);
  const owners = () => [0, 1, 2].map(() => seededWallet(ethers, "deploy"));
  const networkSafe = await deployTestSafe(deployer!, infra, owners(), 2, 1n);
  const citySafe = await deployTestSafe(deployer!, infra, owners(), 2, 2n);
  const orgSafe = await deployTestSafe(deployer!, infra, owners(), 2, 3n);
  const { civicLedger } = await ignition.deploy(CivicLedgerModule, {
    parameters: { CivicLedger: PARAMETERS },
  });
  const ledger = await ethers.getContractAt("ICivicLedger", await civicLedger.getAddress());
  return { deployer: deployer!, infra, networkSafe, citySafe, orgSafe, ledger };
}

describe("deployment (Ignition module) and admin roles", () => {
  it("deploys module + core with the given parameters", async () => {
    const { ledger } = await networkHelpers.loadFixture(fixture);
    expect(await ledger.epochDuration()).to.equal(PARAMETERS.epochDuration);
    expect(await ledger.disputeWindow()).to.equal(PARAMETERS.disputeWindow);
    expect(await ledger.recoveryDelay()).to.equal(PARAMETERS.recoveryDelay);
    expect(await ledger.adminTransferDelay()).to.equal(PARAMETERS.adminTransferDelay);
  });

  it("hands the network admin to a 2-of-3 Safe, which then creates a city with a Safe admin, which onboards a Safe organization", async () => {
    const { deployer, networkSafe, citySafe, orgSafe, ledger } = await networkHelpers.loadFixture(fixture);
    const address = await ledger.getAddress();
    await (await ledger.connect(deployer).beginNetworkAdminTransfer(networkSafe.address)).wait();
    await networkHelpers.time.increase(Number(PARAMETERS.adminTransferDelay));
    const accept = await execSafeTransaction(
      networkSafe,
      deployer,
      address,
      ledger.interface.encodeFunctionData("acceptNetworkAdmin"),
    );
    expect(await safeExecutionSucceeded(networkSafe, accept)).to.equal(true);
    expect(await ledger.networkAdmin()).to.equal(networkSafe.address);

    const create = await execSafeTransaction(
      networkSafe,
      deployer,
      address,
      ledger.interface.encodeFunctionData("createCity", [citySafe.address, "BRK", "Berkeley"]),
    );
    expect(await safeExecutionSucceeded(networkSafe, create)).to.equal(true);
    const onboard = await execSafeTransaction(
      citySafe,
      deployer,
      address,
      ledger.interface.encodeFunctionData("onboardOrganization", [
        1n,
        orgSafe.address,
        100n,
        '{"name":"Org"}',
      ]),
    );
    expect(await safeExecutionSucceeded(citySafe, onboard)).to.equal(true);

    for (const admin of [
      await ledger.networkAdmin(),
      (await ledger.city(1n)).admin,
      (await ledger.organization(1n)).account,
    ]) {
      expect(await isSafe(admin), admin).to.equal(true);
    }
    // the deployer kept nothing
    await expect(ledger.connect(deployer).pause())
      .to.be.revertedWithCustomError(ledger, "CivicLedgerNotNetworkAdmin")
      .withArgs(deployer.address);
  });

  // Contract/deployment finding: the Ignition module makes the deployer account (an EOA) the network admin
  // (`m.getAccount(0)`); the hand-over to the network Safe is a separate manual step, so the deployment as
  // shipped does not give every admin role to a Safe. Fails until the module takes the network Safe as a
  // parameter (or the ledger refuses non-Safe network admins).
  it("the deployment itself gives the network admin role to a Safe", async () => {
    const { ledger } = await networkHelpers.loadFixture(fixture);
    const admin = await ledger.networkAdmin();
    expect(await isSafe(admin), `network admin ${admin} is not a Safe`).to.equal(true);
  });
});
