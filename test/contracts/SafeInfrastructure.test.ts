import { expect } from "chai";
import { Contract } from "ethers";
import { network } from "hardhat";

import { createSafe, deploySafeInfrastructure, safeL2Abi } from "../../scripts/lib/safe-infrastructure.ts";

const { ethers } = await network.create();

describe("local Safe v1.4.1 infrastructure", () => {
  it("deploys the Safe contracts and creates a 2-of-3 Safe through the factory", async () => {
    const [deployer, a, b, c] = await ethers.getSigners();
    const infrastructure = await deploySafeInfrastructure(deployer!);
    for (const address of Object.values(infrastructure)) {
      expect(await ethers.provider.getCode(address)).to.not.equal("0x");
    }
    const safeAddress = await createSafe(
      deployer!,
      infrastructure,
      [a!.address, b!.address, c!.address],
      2,
      1n,
    );
    const safe = new Contract(safeAddress, safeL2Abi as never, ethers.provider);
    expect(await safe.getFunction("getThreshold")()).to.equal(2n);
    expect(await safe.getFunction("getOwners")()).to.deep.equal([a!.address, b!.address, c!.address]);
    expect(await safe.getFunction("VERSION")()).to.equal("1.4.1");
  });

  it("refuses an impossible threshold before sending anything", async () => {
    const [deployer, a] = await ethers.getSigners();
    const infrastructure = await deploySafeInfrastructure(deployer!);
    await createSafe(deployer!, infrastructure, [a!.address], 2).then(
      () => expect.fail("expected a rejection"),
      (error: Error) => expect(error.message).to.contain("Threshold 2 is impossible"),
    );
  });
});
