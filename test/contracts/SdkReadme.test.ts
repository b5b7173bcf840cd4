/**
 * sdk/README.md's code blocks, run in order against a local chain (served over HTTP like
 * `npm start`'s), so the documentation cannot drift from the SDK: the TypeScript blocks as one
 * module (their imports merged), the shell block through the CLI. The chain's clock is moved a
 * month ahead of the computer's first, as on the seeded local chain.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

import { expect } from "chai";
import { network } from "hardhat";
import type { Hex } from "viem";
import { privateKeyToAccount } from "viem/accounts";

import {
  type DeployedContract,
  SAFE_RECORD_NAMES,
  createCitySyncPublicClient,
  deployments,
  getCredits,
  ledgerCalls,
} from "@citysync/sdk";

import { SafeProposalService } from "../../indexer/src/safe-proposals/server.ts";
import { runCli } from "../../scripts/safe/cli.ts";
import { KEYS, deployCitySyncWorld } from "../helpers/citysync-fixture.ts";
import { serveJsonRpc } from "../helpers/json-rpc-bridge.ts";

const root = path.resolve(import.meta.dirname, "..", "..");
const readme = readFileSync(path.join(root, "sdk", "README.md"), "utf8");

/** The fenced blocks of a language, in order. */
function blocks(language: string): string[] {
  return [...readme.matchAll(new RegExp("```" + language + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1]!);
}

/** Joins TypeScript blocks into one module: every import hoisted and merged per module. */
export function joinBlocks(sources: readonly string[]): string {
  const imports = new Map<string, Set<string>>();
  const bodies = sources.map((source) =>
    source.replace(
      /^import\s+(type\s+)?\{([^}]*)\}\s+from\s+"([^"]+)";\n?/gm,
      (_m, typeOnly, names: string, from: string) => {
        const set = imports.get(from) ?? new Set<string>();
        for (const name of names
          .split(",")
          .map((n) => n.trim())
          .filter(Boolean)) {
          set.add(typeOnly && !name.startsWith("type ") ? `type ${name}` : name);
        }
        imports.set(from, set);
        return "";
      },
    ),
  );
  const head = [...imports].map(([from, names]) => `import { ${[...names].join(", ")} } from "${from}";`);
  return `${head.join("\n")}\n${bodies.join("\n")}\nexport {};\n`;
}

describe("sdk/README.md examples", function () {
  this.timeout(120_000);
  const work = path.join(root, "cache", "sdk-readme");
  const closers: (() => void)[] = [];
  const env: Record<string, string> = {};

  before(async () => {
    const connection = await network.create();
    const world = await deployCitySyncWorld(connection);
    // What `npm start` records and the SDK reads back (deployments/31337.json → generated bindings).
    const record = (address: string): DeployedContract => ({ address: address as Hex, blockNumber: 0n });
    (deployments as Record<number, Record<string, DeployedContract>>)[world.chainId] = {
      CivicLedger: record(world.ledger),
      ...Object.fromEntries(
        Object.entries(SAFE_RECORD_NAMES).map(([key, name]) => [
          name,
          record(world.safeContracts[key as keyof typeof SAFE_RECORD_NAMES]),
        ]),
      ),
    };
    const delegate = privateKeyToAccount(KEYS[5]!);
    await world.runAsSafe(
      world.orgSafe,
      [KEYS[1]!, KEYS[2]!],
      [ledgerCalls.authorizeDelegate(world.ledger, world.orgId, delegate.address, 10_000n)],
      "authorize the README's delegate",
    );
    // The seeded local chain runs about a month ahead of the computer.
    await world.provider.request({ method: "evm_increaseTime", params: [30 * 86_400] });
    await world.provider.request({ method: "evm_mine", params: [] });

    const chain = await serveJsonRpc(world.provider, 28545);
    closers.push(() => chain.server.close());
    const proposals = await new SafeProposalService({
      provider: world.provider,
      dataFile: path.join(work, "proposals.json"),
    }).listen(28550);
    closers.push(() => proposals.server.close());
    Object.assign(env, {
      CITYSYNC_RPC_URL: chain.url,
      CITYSYNC_SAFE_SERVICE: proposals.url,
      RESIDENT: "0x00000000000000000000000000000000000000b7",
      ORG_SAFE: world.orgSafe,
      OWNER_A_KEY: KEYS[1]!,
      OWNER_B_KEY: KEYS[2]!,
      DELEGATE_KEY: KEYS[5]!,
      RELAYER_KEY: KEYS[6]!,
    });
    Object.assign(process.env, env);
  });

  after(() => {
    closers.forEach((close) => close());
    for (const name of Object.keys(env)) Reflect.deleteProperty(process.env, name);
    rmSync(work, { recursive: true, force: true });
  });

  it("runs every TypeScript block, in order, as one program", async () => {
    mkdirSync(work, { recursive: true });
    const file = path.join(work, "examples.ts");
    writeFileSync(file, joinBlocks(blocks("ts")));
    const printed: unknown[] = [];
    const log = console.log;
    console.log = (...args: unknown[]) => printed.push(...args);
    try {
      await import(pathToFileURL(file).href);
    } finally {
      console.log = log;
    }
    const client = createCitySyncPublicClient(env.CITYSYNC_RPC_URL!);
    const ledger = deployments[await client.getChainId()]!.CivicLedger!.address;
    // 3 units by the delegate, 2 through the Safe's proposal, 3 signed as the Safe: 10 credits each.
    expect(await getCredits({ client, ledger }, 1, env.RESIDENT as Hex)).to.deep.include({ balance: 80n });
    expect(printed[0]).to.equal("city 1: balance 0, earned 0");
    expect(printed[1]).to.deep.include({ threshold: 2, executable: true });
    expect(String(printed[2])).to.contain("already used");
    expect(String(printed[3])).to.contain("ya se usó");
  });

  it("runs the shell block through the CLI", async () => {
    const hours = path.join(work, "hours.csv");
    writeFileSync(hours, `participant,opportunity,units,evidence\n${env.RESIDENT},1,1,hours sheet\n`);
    const vars: Record<string, string> = { ...env };
    const out: string[] = [];
    for (const line of blocks("sh")[0]!.trim().split("\n")) {
      const args = line
        .replace(/^npm run safe -- /, "")
        .split(/\s+/)
        .map((word) =>
          word === "hours.csv" ? hours : word.replace(/^\$(\w+)$/, (_m, name: string) => vars[name]!),
        );
      const err: string[] = [];
      const printed: string[] = [];
      expect(
        await runCli(
          args,
          (l) => printed.push(l),
          (l) => err.push(l),
        ),
        `${line}: ${err.join("")}`,
      ).to.equal(0);
      out.push(...printed);
      const id = /^Proposal (0x[0-9a-f]{64})/m.exec(printed.join("\n"))?.[1];
      if (id) vars.PROPOSAL = id.slice(0, 12);
    }
    expect(out.join("\n")).to.contain("MVD (city 1): balance 90, earned in total 90");
  });
});
