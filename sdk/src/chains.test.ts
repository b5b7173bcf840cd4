import { expect } from "chai";

import { LOCAL_CHAIN_ID, getChain, isLocalChain, supportedChains } from "./chains.ts";
import { isCitySyncError } from "./errors.ts";

describe("chains", () => {
  it("knows the local chain and the four public OP-stack chains", () => {
    expect(
      Object.keys(supportedChains)
        .map(Number)
        .sort((a, b) => a - b),
    ).to.deep.equal([10, 8453, 31337, 84532, 11155420]);
    expect(getChain(11155420).name).to.equal("OP Sepolia");
    expect(isLocalChain(LOCAL_CHAIN_ID)).to.be.true;
  });

  it("refuses an unknown chain with a coded error", () => {
    try {
      getChain(1);
      expect.fail("expected an error");
    } catch (error) {
      expect(isCitySyncError(error, "UNSUPPORTED_CHAIN")).to.be.true;
    }
  });
});
