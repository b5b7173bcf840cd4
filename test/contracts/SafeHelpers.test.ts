import { expect } from "chai";
import { Wallet, keccak256, toUtf8Bytes } from "ethers";
import { network } from "hardhat";

import {
  EIP1271_MAGIC_VALUE,
  deploySafeInfrastructure,
  deployTestSafe,
  execSafeTransaction,
  safeIsValidSignature,
  safeSignHash,
} from "./helpers/safe.ts";

const { ethers, networkHelpers } = await network.create();

async function fixture() {
  const [deployer] = await ethers.getSigners();
  const infra = await deploySafeInfrastructure(deployer!);
  const owners = [0, 1, 2].map(() => Wallet.createRandom(ethers.provider));
  const safe = await deployTestSafe(deployer!, infra, owners, 2, 7n);
  const target = await ethers.deployContract("ApprovingWallet");
  const { chainId } = await ethers.provider.getNetwork();
  return { deployer: deployer!, infra, safe, target, chainId };
}

describe("test helpers: Safe signatures and execution", () => {
  it("a 2-of-3 Safe executes a call signed by two owners (EIP-712 SafeTx)", async () => {
    const { deployer, safe, target } = await networkHelpers.loadFixture(fixture);
    const hash = keccak256(toUtf8Bytes("approved by the Safe"));
    const data = target.interface.encodeFunctionData("approve", [hash]);
    const tx = await execSafeTransaction(safe, deployer, await target.getAddress(), data);
    await tx.wait();
    expect(await target.approvedHash()).to.equal(hash);
  });

  it("a 2-of-3 Safe's EIP-1271 signature is valid with two owners, rejected (GS020) with one", async () => {
    const { safe, chainId } = await networkHelpers.loadFixture(fixture);
    const hash = keccak256(toUtf8Bytes("City/Sync"));
    const two = await safeSignHash(safe, safe.owners.slice(0, 2), hash, chainId);
    expect(await safeIsValidSignature(ethers.provider, safe.address, hash, two)).to.equal(
      EIP1271_MAGIC_VALUE,
    );
    const one = await safeSignHash(safe, safe.owners.slice(0, 1), hash, chainId);
    await safeIsValidSignature(ethers.provider, safe.address, hash, one).then(
      () => expect.fail("expected GS020"),
      (error: Error) => expect(error.message).to.contain("GS020"),
    );
  });
});
