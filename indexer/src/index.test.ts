import { expect } from "chai";

import { knownContracts } from "./index.ts";

describe("bindings import", () => {
  it("sees the contracts compiled from contracts/", () => {
    expect(knownContracts.length).to.be.greaterThan(0);
  });
});
