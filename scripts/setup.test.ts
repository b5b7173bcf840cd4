/**
 * A set-up that fails midway (scripts/setup.sh, run by `npm run setup` or by the launcher's automatic
 * set-up): npm's own output goes to a log file, and the person reads one line naming the failed step,
 * the log and what to run. npm is replaced by a fake on PATH that fails noisily.
 */
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";

import { expect } from "chai";

const root = path.resolve(import.meta.dirname, "..");
const NPM_NOISE = "npm error code E404\nnpm error 404 Not Found - GET https://registry.npmjs.org/nothing";

/** A copy of the set-up files in an empty clone, and a bin folder whose `npm` always fails. */
function brokenClone(): { clone: string; env: NodeJS.ProcessEnv } {
  const clone = mkdtempSync(path.join(os.tmpdir(), "citysync-setup-"));
  for (const file of [
    "scripts/setup.sh",
    "scripts/ensure-postgres.sh",
    "scripts/launch.mjs",
    "scripts/lib/install-state.mjs",
    "scripts/lib/dotenv.mjs",
  ]) {
    mkdirSync(path.dirname(path.join(clone, file)), { recursive: true });
    copyFileSync(path.join(root, file), path.join(clone, file));
  }
  writeFileSync(path.join(clone, "package.json"), "{}\n");
  writeFileSync(path.join(clone, "package-lock.json"), "{}\n");
  const bin = path.join(clone, "fake-bin");
  mkdirSync(bin);
  writeFileSync(path.join(bin, "npm"), `#!/bin/sh\ncat >&2 <<'NOISE'\n${NPM_NOISE}\nNOISE\nexit 1\n`);
  chmodSync(path.join(bin, "npm"), 0o755);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: [bin, path.dirname(process.execPath), process.env.PATH].join(path.delimiter),
    CITYSYNC_SKIP_CHROMIUM: "1",
    FORCE_COLOR: "0",
  };
  delete env.CITYSYNC_SETUP_LOG;
  return { clone, env };
}

const FAILURE_LINE =
  /^Set-up failed at "npm install on Node v\d+\.\d+\.\d+": its output is in \.citysync\/setup\.log\. Fix the cause, then run: npm run setup$/;

describe("a set-up failing midway (scripts/setup.sh)", function () {
  this.timeout(60_000);
  const clones: string[] = [];
  after(() => clones.forEach((c) => rmSync(c, { recursive: true, force: true })));

  it("npm run setup: one line naming the step, the log and what to run; npm's output only in the log", () => {
    const { clone, env } = brokenClone();
    clones.push(clone);
    const run = spawnSync("bash", ["scripts/setup.sh"], { cwd: clone, env, encoding: "utf8" });
    expect(run.status).to.equal(1);
    expect(run.stderr.trim()).to.match(FAILURE_LINE);
    expect(run.stdout + run.stderr).to.not.contain("E404");
    const log = readFileSync(path.join(clone, ".citysync", "setup.log"), "utf8");
    expect(log).to.contain(NPM_NOISE);
    expect(log).to.contain("$ npm install --no-audit --no-fund");
  });

  it("the launcher's automatic set-up says the same, without npm's raw output", () => {
    const { clone, env } = brokenClone();
    clones.push(clone);
    const run = spawnSync(process.execPath, ["scripts/launch.mjs", "--setup", "scripts/dev.ts"], {
      cwd: clone,
      env,
      encoding: "utf8",
    });
    expect(run.status).to.equal(1);
    const lines = run.stderr.trim().split("\n");
    expect(lines).to.have.length(2);
    expect(lines[0]).to.match(/^City\/Sync is not set up here yet .*: running the set-up first/);
    expect(lines[1]).to.match(FAILURE_LINE);
    expect(run.stdout + run.stderr).to.not.contain("E404");
  });
});
