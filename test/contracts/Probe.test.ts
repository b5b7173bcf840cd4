import { expect } from "chai";
import { network } from "hardhat";

const { ethers } = await network.create();

describe("Probe", () => {
  it("stores", async () => {
    const p = await ethers.deployContract("Probe");
    await p.set(5n);
    expect(await p.x()).to.equal(5n);
  });
});
