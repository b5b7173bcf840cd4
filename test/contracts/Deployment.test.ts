import { expect } from "chai";
import { Contract, ZeroAddress } from "ethers";
import { network } from "hardhat";

import {
  type CitySyncDeployment,
  assertIsSafe,
  deployBlock,
  deployCitySync,
  readNetworkAdminParameter,
} from "../../scripts/lib/deploy-system.ts";
import { DEFAULT_SEED, NETWORK_ADMIN_ROLE, safeOwnerAccounts } from "../../scripts/lib/local-accounts.ts";
import { createSafe, deploySafeInfrastructure, safeL2Abi } from "../../scripts/lib/safe-infrastructure.ts";
import { runSafeTransaction } from "../../scripts/lib/safe-actions.ts";

const connection = await network.create();
const { ethers } = connection;

describe("deployment (Ignition module + scripts/deploy.ts logic)", () => {
  let deployment: CitySyncDeployment;
  let ledger: Contract;

  before(async () => {
    deployment = await deployCitySync(connection, { seed: DEFAULT_SEED });
    ledger = (await ethers.getContractAt(
      "ICivicLedger",
      deployment.contracts.CivicLedger!,
    )) as unknown as Contract;
  });

  it("gives the network admin role to the Safe and none to the deployer EOA", async () => {
    const [deployer] = await ethers.getSigners();
    expect(deployment.deployer).to.equal(deployer!.address);
    expect(await ledger.getFunction("networkAdmin")()).to.equal(deployment.networkAdminSafe);
    const [pending, executableAt] = (await ledger.getFunction("pendingNetworkAdmin")()) as [string, bigint];
    expect(pending).to.equal(ZeroAddress);
    expect(executableAt).to.equal(0n);

    const safe = new Contract(deployment.networkAdminSafe, safeL2Abi as never, ethers.provider);
    expect(await safe.getFunction("getThreshold")()).to.equal(2n);
    const owners = (await safe.getFunction("getOwners")()) as string[];
    expect(owners).to.have.length(3);
    expect(owners).to.not.include(deployer!.address);
  });

  it("lets the deployer EOA do nothing an admin can do", async () => {
    const [deployer] = await ethers.getSigners();
    const asDeployer = ledger.connect(deployer!) as Contract;
    const notAdmin = (promise: Promise<unknown>) =>
      expect(promise).to.be.revertedWithCustomError(ledger, "CivicLedgerNotNetworkAdmin");
    await notAdmin(asDeployer.getFunction("pause")());
    await notAdmin(asDeployer.getFunction("createCity")(deployment.networkAdminSafe, "XYZ", "Nowhere"));
    await notAdmin(asDeployer.getFunction("beginNetworkAdminTransfer")(deployer!.address));
    await notAdmin(asDeployer.getFunction("unpause")());
    await notAdmin(asDeployer.getFunction("cancelNetworkAdminTransfer")());
    // No transfer is pending, so nobody (the deployer included) can accept one.
    await expect(asDeployer.getFunction("acceptNetworkAdmin")()).to.be.revertedWithCustomError(
      ledger,
      "CivicLedgerNoAdminTransfer",
    );
    expect(await ledger.getFunction("paused")()).to.equal(false);
  });

  it("keeps no admin in the delegatecalled module itself", async () => {
    const module = (await ethers.getContractAt(
      "ICivicLedger",
      deployment.contracts.CivicLedgerAdmin!,
    )) as unknown as Contract;
    expect(await module.getFunction("networkAdmin")()).to.equal(ZeroAddress);
  });

  it("lets the network admin Safe act, through a 2-of-3 Safe transaction", async () => {
    const actors = { provider: connection.provider, safeContracts: deployment.safeInfrastructure! };
    const ownerKeys = safeOwnerAccounts(DEFAULT_SEED, NETWORK_ADMIN_ROLE).map((a) => a.privateKey);
    const to = deployment.contracts.CivicLedger! as `0x${string}`;
    const asNetworkAdmin = (fn: "pause" | "unpause", confirm: "signatures" | "approveHash") =>
      runSafeTransaction(actors, {
        safe: deployment.networkAdminSafe,
        ownerKeys,
        calls: [{ to, data: ledger.interface.encodeFunctionData(fn, []) as `0x${string}` }],
        title: fn,
        confirm,
      });
    await asNetworkAdmin("pause", "signatures");
    expect(await ledger.getFunction("paused")()).to.equal(true);
    await asNetworkAdmin("unpause", "approveHash");
    expect(await ledger.getFunction("paused")()).to.equal(false);
  });

  it("records every contract with the block that deployed it", async () => {
    const names = Object.keys(deployment.record.contracts);
    expect(names).to.include.members([
      "CivicLedger",
      "CivicLedgerAdmin",
      "NetworkAdminSafe",
      "SafeL2",
      "MultiSendCallOnly",
    ]);
    for (const [name, entry] of Object.entries(deployment.record.contracts)) {
      expect(await ethers.provider.getCode(entry.address, entry.blockNumber), name).to.not.equal("0x");
      expect(await ethers.provider.getCode(entry.address, entry.blockNumber - 1), name).to.equal("0x");
    }
    const ledgerEntry = deployment.record.contracts.CivicLedger!;
    expect(
      await deployBlock(ethers.provider, ledgerEntry.address, 0, await ethers.provider.getBlockNumber()),
    ).to.equal(ledgerEntry.blockNumber);
  });

  it("refuses a network admin that is not a deployed Safe", async () => {
    const [, eoa] = await ethers.getSigners();
    await assertIsSafe(ethers.provider, eoa!.address, "test").then(
      () => expect.fail("an EOA was accepted"),
      (error: Error) => expect(error.message).to.contain("must be a deployed Safe"),
    );
    await assertIsSafe(ethers.provider, deployment.contracts.CivicLedger!, "test").then(
      () => expect.fail("a non-Safe contract was accepted"),
      (error: Error) => expect(error.message).to.contain("does not answer as a Safe"),
    );
    await assertIsSafe(ethers.provider, deployment.networkAdminSafe, "test");
  });

  it("refuses the public networks' placeholder parameters with a clear message", () => {
    for (const name of ["opSepolia", "baseSepolia", "optimism", "base"]) {
      expect(() => readNetworkAdminParameter(name)).to.throw(
        /CitySync\.networkAdmin must be the address of the network admin Safe/,
      );
    }
    expect(() => readNetworkAdminParameter("nowhere")).to.throw(/No network admin Safe for nowhere/);
  });

  it("on a public chain id, deploys with a given network admin Safe and records no local Safe contracts", async () => {
    // An in-process chain that answers with OP Sepolia's chain id takes the public-network path.
    const publicLike = await network.create({ override: { chainId: 11155420 } });
    const [deployer, a, b, c] = await publicLike.ethers.getSigners();
    const infra = await deploySafeInfrastructure(deployer!);
    const safe = await createSafe(deployer!, infra, [a!.address, b!.address, c!.address], 2, 1n);
    await deployCitySync(publicLike, { networkAdminSafe: deployer!.address }).then(
      () => expect.fail("an EOA network admin was accepted"),
      (error: Error) => expect(error.message).to.contain("must be a deployed Safe"),
    );
    const deployed = await deployCitySync(publicLike, { networkAdminSafe: safe });
    expect(deployed.chainId).to.equal(11155420);
    expect(deployed.safeInfrastructure).to.equal(undefined);
    expect(Object.keys(deployed.record.contracts).sort()).to.deep.equal([
      "CivicLedger",
      "CivicLedgerAdmin",
      "NetworkAdminSafe",
    ]);
    const deployedLedger = await publicLike.ethers.getContractAt(
      "ICivicLedger",
      deployed.contracts.CivicLedger!,
    );
    expect(await deployedLedger.getFunction("networkAdmin")()).to.equal(safe);
  });
});
