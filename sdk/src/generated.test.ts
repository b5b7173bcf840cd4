import { expect } from "chai";

import { abis, deployments } from "./index.ts";

describe("generated bindings", () => {
  it("exports the ABI of every published contract, typed as const", () => {
    expect(Object.keys(abis).length).to.be.greaterThan(0);
    for (const abi of Object.values(abis)) expect(abi).to.be.an("array");
  });

  it("exports deployment records keyed by chain id", () => {
    for (const [chainId, contracts] of Object.entries(deployments)) {
      expect(Number(chainId)).to.be.greaterThan(0);
      for (const c of Object.values(contracts)) expect(c?.address).to.match(/^0x[0-9a-fA-F]{40}$/);
    }
  });
});
