import { expect } from "chai";
import { Interface } from "ethers";
import { artifacts } from "hardhat";

// The ledger is one address served by two contracts: the core (hot paths) and the admin module reached by
// delegatecall through the core's fallback. Every function of ICivicLedger must be implemented by exactly
// one of them, or a call would silently fall through to the module and revert without data.
describe("CivicLedger surface", () => {
  it("serves every ICivicLedger function exactly once", async () => {
    const selectors = async (name: string) =>
      new Set(
        new Interface((await artifacts.readArtifact(name)).abi).fragments
          .filter((f) => f.type === "function")
          .map((f) => (f as unknown as { selector: string }).selector),
      );
    const api = await selectors("ICivicLedger");
    const core = await selectors("CivicLedger");
    const admin = await selectors("CivicLedgerAdmin");
    for (const s of api) {
      expect(core.has(s) || admin.has(s), `selector ${s} not implemented`).to.equal(true);
      expect(core.has(s) && admin.has(s), `selector ${s} implemented twice`).to.equal(false);
    }
  });

  // Coverage instrumentation inflates bytecode, so the size check only runs on normal builds.
  const coverage = process.argv.includes("--coverage");
  (coverage ? it.skip : it)("fits every deployable contract under the EIP-170 limit", async () => {
    for (const name of ["CivicLedger", "CivicLedgerAdmin", "CityCreditView"]) {
      const size = ((await artifacts.readArtifact(name)).deployedBytecode.length - 2) / 2;
      expect(size, name).to.be.lessThanOrEqual(24_576);
    }
  });
});
