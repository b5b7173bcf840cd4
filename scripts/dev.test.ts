/**
 * `npm start` behaves like a service: a signal to npm or to the script stops every child, and a
 * taken port is named with its holder. Runs the real command with `--no-deploy` (chain and
 * proposal service, no deployment) on free ports and a temporary state directory.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

import { expect } from "chai";

import { descendants, isAlive } from "./lib/process-tree.ts";

const root = path.resolve(import.meta.dirname, "..");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

async function startNetwork(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Started> {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env, FORCE_COLOR: "0" } });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(
  condition: () => boolean,
  timeoutMs: number,
  what: string,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; output:\n${output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("npm start (scripts/dev.ts)", function () {
  this.timeout(180_000);
  let stateDir: string;
  let env: NodeJS.ProcessEnv;

  beforeEach(async () => {
    stateDir = mkdtempSync(path.join(os.tmpdir(), "citysync-dev-test-"));
    env = {
      CITYSYNC_STATE_DIR: stateDir,
      CITYSYNC_NODE_PORT: String(await freePort()),
      SAFE_PROPOSALS_PORT: String(await freePort()),
    };
  });
  afterEach(() => rmSync(stateDir, { recursive: true, force: true }));

  for (const target of ["npm", "the script"] as const) {
    it(`stops the chain and the proposal service when ${target} receives SIGTERM`, async () => {
      const run = await startNetwork("npm", ["start", "--", "--no-deploy"], env);
      try {
        await waitFor(
          () => run.output().includes("local network is ready"),
          120_000,
          "the ready banner",
          run.output,
        );
        const tree = descendants(run.child.pid!);
        const node = tree.find((p) => p.command.includes("hardhat node"));
        const service = tree.find((p) => p.command.includes("safe-proposals/main.ts"));
        const script = tree.find((p) => p.command.includes("scripts/dev.ts"));
        expect(node, "hardhat node is running").to.not.equal(undefined);
        expect(service, "the proposal service is running").to.not.equal(undefined);

        process.kill(target === "npm" ? run.child.pid! : script!.pid, "SIGTERM");
        await waitFor(() => tree.every((p) => !isAlive(p.pid)), 15_000, "every child to exit", run.output);
        await run.exited;
        expect(run.output()).to.include("stopped (2 process group(s))");
      } finally {
        for (const p of descendants(run.child.pid!)) process.kill(p.pid, "SIGKILL");
        run.child.kill("SIGKILL");
      }
    });
  }

  it("names the process holding a taken port and starts nothing", async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(Number(env.CITYSYNC_NODE_PORT), "127.0.0.1", resolve));
    try {
      const run = await startNetwork(process.execPath, ["scripts/dev.ts", "--no-deploy"], env);
      const code = await run.exited;
      expect(code).to.equal(1);
      const lines = run.output().trim().split("\n");
      expect(lines).to.have.length(1);
      expect(lines[0]).to.match(
        new RegExp(
          `^Port ${env.CITYSYNC_NODE_PORT} on 127\\.0\\.0\\.1 is already in use by process ${process.pid} \\(.*mocha.*\\); stop it with: kill ${process.pid}$`,
        ),
      );
    } finally {
      holder.close();
    }
  });

  it("lists the valid options for an unknown one", async () => {
    const run = await startNetwork(process.execPath, ["scripts/dev.ts", "--seed-less"], env);
    expect(await run.exited).to.equal(2);
    expect(run.output().trim()).to.equal(
      "Unknown option(s): --seed-less. Valid options: --no-seed, --no-deploy, --verbose, --help, -h.",
    );
  });
});
