import { spawnSync } from "node:child_process";
import path from "node:path";

import { expect } from "chai";

import { describeScriptError, networkFromArgv, wantsStack } from "./script-errors.ts";

const root = path.resolve(import.meta.dirname, "..", "..");
/** A port of this machine where nothing listens. */
const DEAD_PORT = "40150";

/** `npm run seed -- <args>` (the launcher, then `hardhat run`) against a node that is not running. */
function seedAgainstNothing(args: string[]) {
  return spawnSync(
    process.execPath,
    ["scripts/launch.mjs", "hardhat", "run", "scripts/seed/main.ts", "--network", "localhost", ...args],
    { cwd: root, encoding: "utf8", env: { ...process.env, CITYSYNC_NODE_PORT: DEAD_PORT } },
  );
}

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

describe("npm run seed errors", function () {
  this.timeout(120_000);

  it("an unreachable RPC is one line naming the URL and suggesting npm start", () => {
    const run = seedAgainstNothing([]);
    expect(run.status).to.equal(1);
    expect(run.stderr.trim()).to.equal(
      `Cannot reach the JSON-RPC endpoint http://127.0.0.1:${DEAD_PORT}: is the local network running? Start it with: npm start.`,
    );
  });

  it("prints the stack only with --verbose", () => {
    const run = seedAgainstNothing(["--verbose"]);
    expect(run.status).to.equal(1);
    const lines = run.stderr.trim().split("\n");
    expect(lines[0]).to.contain(`http://127.0.0.1:${DEAD_PORT}`);
    expect(lines.slice(1).join("\n")).to.match(/\n?\s+at /);
  });

  it("counts --verbose, --show-stack-traces and CITYSYNC_VERBOSE=1 as asking for the stack", () => {
    expect(wantsStack(["node", "x", "--verbose"], {})).to.equal(true);
    expect(wantsStack(["node", "hardhat", "--show-stack-traces"], {})).to.equal(true);
    expect(wantsStack(["node", "x"], { CITYSYNC_VERBOSE: "1" })).to.equal(true);
    expect(wantsStack(["node", "x"], {})).to.equal(false);
  });
});
