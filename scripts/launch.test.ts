/**
 * The launcher and its checks: what a fresh or broken install is, npm's own Node, and .env
 * loading under the exported environment (Hardhat's configuration variables included).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { expect } from "chai";

import { loadDotEnv } from "./lib/dotenv.mjs";
import { inspectInstall, nodeSatisfies, npmNodeVersion } from "./lib/install-state.mjs";

const root = path.resolve(import.meta.dirname, "..");
const SYSTEM_NODE = "/usr/bin/node";

function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

function write(file: string, text = "{}"): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** A fake clone: manifests, an install with or without EDR's native package, a build. */
function fakeTree(options: { edr: boolean; built: boolean }): string {
  const tree = tempDir("citysync-tree-");
  write(path.join(tree, "package.json"));
  write(path.join(tree, "package-lock.json"));
  write(path.join(tree, "node_modules", "hardhat", "package.json"));
  if (options.edr)
    write(path.join(tree, "node_modules", "@nomicfoundation", "edr-linux-x64-gnu", "package.json"));
  if (options.built) {
    mkdirSync(path.join(tree, "artifacts", "contracts"), { recursive: true });
    write(path.join(tree, "sdk", "src", "generated", "contracts.ts"), "");
  }
  const past = new Date(Date.now() - 60_000);
  for (const f of ["package.json", "package-lock.json"]) utimesSync(path.join(tree, f), past, past);
  write(path.join(tree, "node_modules", ".citysync-install"), "");
  return tree;
}

describe("install checks (scripts/lib/install-state.mjs)", () => {
  const trees: string[] = [];
  const tree = (options: { edr: boolean; built: boolean }) => {
    const t = fakeTree(options);
    trees.push(t);
    return t;
  };
  after(() => trees.forEach((t) => rmSync(t, { recursive: true, force: true })));

  it("accepts a complete, built install", () => {
    expect(inspectInstall(tree({ edr: true, built: true }), { platform: "linux", arch: "x64" })).to.equal(
      undefined,
    );
  });

  it("sends a clone without node_modules to the set-up", () => {
    const t = tempDir("citysync-empty-");
    trees.push(t);
    expect(inspectInstall(t)).to.include({ kind: "no-install", fix: "npm run setup" });
  });

  it("detects a tree installed without EDR's native package and says how to repair it", () => {
    const problem = inspectInstall(tree({ edr: false, built: true }), { platform: "linux", arch: "x64" });
    expect(problem?.kind).to.equal("no-edr");
    expect(problem?.message).to.include("@nomicfoundation/edr-linux-x64-*");
    expect(problem?.message).to.include("Keep package-lock.json");
    expect(problem?.fix).to.equal("rm -rf node_modules && npm run setup");
  });

  it("calls an install stale when package.json or the lockfile changed after it", () => {
    const t = tree({ edr: true, built: true });
    const future = new Date(Date.now() + 60_000);
    utimesSync(path.join(t, "package-lock.json"), future, future);
    expect(inspectInstall(t, { platform: "linux", arch: "x64" })).to.deep.include({
      kind: "stale",
      message: "package-lock.json changed after the last install",
    });
  });

  it("asks for a build when the bindings are missing, unless only the install matters", () => {
    const t = tree({ edr: true, built: false });
    expect(inspectInstall(t, { platform: "linux", arch: "x64" })?.kind).to.equal("not-built");
    expect(inspectInstall(t, { platform: "linux", arch: "x64", needBuild: false })).to.equal(undefined);
  });

  it("reads npm's own Node from npm_node_execpath, else from the user agent", () => {
    expect(npmNodeVersion({ npm_node_execpath: "/x/node" }, () => "v20.19.0\n")).to.equal("20.19.0");
    expect(
      npmNodeVersion(
        { npm_config_user_agent: "npm/11.6.0 node/v20.20.2 linux x64 workspaces/false" },
        () => undefined,
      ),
    ).to.equal("20.20.2");
    expect(nodeSatisfies("20.20.2")).to.equal(false);
    expect(nodeSatisfies("v22.13.0")).to.equal(true);
    expect(nodeSatisfies("24.9.0")).to.equal(true);
  });
});

describe("the pre-install guard (scripts/check-node.mjs)", () => {
  const guard = path.join(root, "scripts", "check-node.mjs");
  const run = (npmNode: string) =>
    spawnSync(process.execPath, [guard], {
      encoding: "utf8",
      env: { ...process.env, npm_node_execpath: npmNode, npm_config_user_agent: "" },
    });

  it("fails when npm itself runs on an old Node, even though the script runs on Node 24", function () {
    const old = spawnSync(SYSTEM_NODE, ["--version"], { encoding: "utf8" }).stdout?.trim();
    if (!old || nodeSatisfies(old)) this.skip(); // needs an old system Node to play npm's
    const result = run(SYSTEM_NODE);
    expect(result.status).to.equal(1);
    expect(result.stderr).to.include(`npm runs on Node ${old.replace(/^v/, "")} here`);
    expect(result.stderr).to.include("rm -rf node_modules && npm run setup");
  });

  it("passes when npm runs on a recent Node", () => {
    expect(run(process.execPath).status).to.equal(0);
  });
});

describe(".env loading (scripts/lib/dotenv.mjs)", () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = tempDir("citysync-env-");
    file = path.join(dir, ".env");
    writeFileSync(file, 'OP_SEPOLIA_RPC_URL=http://from-file\nEXPORTED=from-file\nBLANK=\nQUOTED="a b"\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("fills unset variables, never overrides exported ones and skips blanks", () => {
    const env: NodeJS.ProcessEnv = { EXPORTED: "from-shell" };
    expect(loadDotEnv(env, file)).to.deep.equal(["OP_SEPOLIA_RPC_URL", "QUOTED"]);
    expect(env).to.deep.equal({
      EXPORTED: "from-shell",
      OP_SEPOLIA_RPC_URL: "http://from-file",
      QUOTED: "a b",
    });
  });

  it("ignores a missing default file but names a missing CITYSYNC_ENV_FILE", () => {
    expect(() => loadDotEnv({}, path.join(dir, "nope.env"))).to.throw(
      `Cannot read ${path.join(dir, "nope.env")}`,
    );
  });

  describe("reaches Hardhat's configuration variables (npm run deploy)", function () {
    this.timeout(120_000);
    const deploy = (extra: NodeJS.ProcessEnv) => {
      const env: NodeJS.ProcessEnv = { ...process.env, CITYSYNC_ENV_FILE: file, FORCE_COLOR: "0", ...extra };
      delete env.OP_SEPOLIA_RPC_URL;
      delete env.DEPLOYER_PRIVATE_KEY;
      Object.assign(env, extra);
      return spawnSync("npm", ["run", "--silent", "deploy", "--", "--network", "opSepolia"], {
        cwd: root,
        encoding: "utf8",
        env,
      });
    };
    beforeEach(() => {
      // Nothing listens on port 9 (discard): the deploy stops at the first request, naming the URL.
      writeFileSync(
        file,
        `OP_SEPOLIA_RPC_URL=http://127.0.0.1:9\nDEPLOYER_PRIVATE_KEY=0x${"11".repeat(32)}\n`,
      );
    });

    it("uses the value from .env, in one line without Hardhat's bug banner", () => {
      const result = deploy({});
      expect(result.status).to.equal(1);
      expect(result.stderr.trim()).to.equal(
        "Cannot reach the JSON-RPC endpoint http://127.0.0.1:9: check the URL and your connection.",
      );
      expect(result.stdout + result.stderr).to.not.match(/report|bug| {4}at /i);
    });

    it("lets an exported variable override .env", () => {
      const result = deploy({ OP_SEPOLIA_RPC_URL: "http://127.0.0.1:7" });
      expect(result.stderr.trim()).to.equal(
        "Cannot reach the JSON-RPC endpoint http://127.0.0.1:7: check the URL and your connection.",
      );
    });

    it("names a variable that is set nowhere", () => {
      writeFileSync(file, `DEPLOYER_PRIVATE_KEY=0x${"11".repeat(32)}\n`);
      const result = deploy({});
      expect(result.status).to.equal(1);
      expect(result.stderr.trim()).to.equal(
        "OP_SEPOLIA_RPC_URL is not set: add it to .env (see .env.example) or export it.",
      );
    });
  });
});

describe("the launcher (scripts/launch.mjs)", () => {
  it("runs TypeScript on Node >= 22.13 even when started by an old Node", function () {
    if (!existsSync(SYSTEM_NODE)) this.skip();
    const result = spawnSync(SYSTEM_NODE, ["scripts/launch.mjs", "scripts/dev.ts", "--help"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(result.status, result.stderr).to.equal(0);
    expect(result.stdout).to.match(/^Usage: npm start/);
  });

  it("names a missing script in one line", () => {
    const result = spawnSync(process.execPath, ["scripts/launch.mjs", "scripts/nope.ts"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(result.status).to.equal(1);
    expect(result.stderr.trim()).to.equal(`No such file: ${path.join(root, "scripts", "nope.ts")}`);
  });
});
