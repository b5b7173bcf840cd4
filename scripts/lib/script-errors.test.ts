import { expect } from "chai";

import { describeScriptError, networkFromArgv } from "./script-errors.ts";

describe("describeScriptError", () => {
  it("names an unreachable local RPC and suggests npm start", () => {
    const error = new Error("fetch failed", {
      cause: Object.assign(new Error("connect"), { code: "ECONNREFUSED" }),
    });
    expect(
      describeScriptError(error, { networkName: "localhost", rpcUrl: "http://127.0.0.1:8545" }),
    ).to.equal(
      "Cannot reach the JSON-RPC endpoint http://127.0.0.1:8545: is the local network running? Start it with: npm start.",
    );
  });

  it("says where to set a missing configuration variable", () => {
    const error = new Error(
      'HHE7: Configuration Variable "DEPLOYER_PRIVATE_KEY" not found.\n\nYou can define it…',
    );
    expect(describeScriptError(error)).to.equal(
      "DEPLOYER_PRIVATE_KEY is not set: add it to .env (see .env.example) or export it, or keep it encrypted: npx hardhat keystore set DEPLOYER_PRIVATE_KEY.",
    );
  });

  it("keeps the first line of anything else", () => {
    expect(describeScriptError(new Error("networkAdmin 0x12 is not a deployed Safe\n  at x"))).to.equal(
      "networkAdmin 0x12 is not a deployed Safe",
    );
  });

  it("reads --network from the command line", () => {
    expect(networkFromArgv(["node", "hardhat", "run", "x.ts", "--network", "opSepolia"])).to.equal(
      "opSepolia",
    );
    expect(networkFromArgv(["node", "hardhat", "run", "x.ts"])).to.equal(undefined);
  });
});
