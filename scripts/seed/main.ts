/**
 * `npm run seed` — the pilot network, through real Safe transactions.
 *
 *   npm run seed                          in-process chain: deploys, seeds, checks, reports
 *                                         (writes reports/seed.json with the measured duration)
 *   npm run seed -- --network localhost   seeds the node started by `npm start -- --no-seed` (or
 *                                         any fresh `hardhat node` after `npm run deploy -- --network localhost`);
 *                                         writes .citysync/seed.json
 *
 * CITYSYNC_SEED changes the seed (default "citysync-pilot-v1"); the same seed gives the same data.
 * A failure prints one line (an unreachable node names its URL); --verbose adds the stack.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { network } from "hardhat";
import type { NetworkConnection } from "hardhat/types/network";

import { type CitySyncDeployment, deployCitySync, deploymentFromRecord } from "../lib/deploy-system.ts";
import { generateBindings } from "../generate-bindings.ts";
import { parseDeploymentRecord, writeDeploymentRecord } from "../lib/deployment-records.ts";
import { seedFromEnv } from "../lib/local-accounts.ts";
import { networkFromArgv, rpcUrlOf, runOperatorScript } from "../lib/script-errors.ts";
import { printSeedSummary } from "./report.ts";
import { seedPilot } from "./seed.ts";

const root = path.resolve(import.meta.dirname, "..", "..");

let connection: NetworkConnection | undefined;
await runOperatorScript(
  async () => {
    connection = await network.create();
    await seedNetwork(connection);
  },
  async () => ({
    networkName: connection?.networkName ?? networkFromArgv(),
    ...(connection ? { rpcUrl: await rpcUrlOf(connection) } : {}),
  }),
);
await connection?.close().catch(() => undefined);

async function seedNetwork(connection: NetworkConnection): Promise<void> {
  const started = Date.now();
  const seed = seedFromEnv();
  const inProcess = connection.networkConfig.type === "edr-simulated";
  const deployment = inProcess
    ? await deployCitySync(connection, { seed })
    : await recordedDeployment(connection);

  const summary = await seedPilot(connection, deployment, { seed });
  if (!inProcess) {
    // The cities' ERC-20 views join the deployment record, and so the generated bindings.
    for (const view of summary.creditViews) {
      deployment.record.contracts[view.name] = { address: view.address, blockNumber: view.blockNumber };
    }
    writeDeploymentRecord(path.join(root, "deployments"), deployment.record);
    generateBindings();
  }
  const totalSeconds = Math.round((Date.now() - started) / 100) / 10;
  const report = { ...summary, network: connection.networkName, totalSecondsIncludingDeploy: totalSeconds };
  const out = inProcess ? path.join(root, "reports", "seed.json") : path.join(root, ".citysync", "seed.json");
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(report, null, 2) + "\n");
  printSeedSummary(summary);
  console.log(
    `\nseed written to ${path.relative(root, out)}; ${totalSeconds}s in this process (deploy ${inProcess ? "included" : "excluded"})`,
  );
  if (!summary.verification.ok) {
    console.error("The chain does not match the seed report:");
    for (const m of summary.verification.mismatches) console.error(`  ${m}`);
    process.exitCode = 1;
  }
}

/** The deployment `npm run deploy -- --network <name>` recorded for the node's chain. */
async function recordedDeployment(connection: NetworkConnection): Promise<CitySyncDeployment> {
  const [deployer] = await connection.ethers.getSigners();
  const chainId = Number((await connection.ethers.provider.getNetwork()).chainId);
  const file = path.join(root, "deployments", `${chainId}.json`);
  let record;
  try {
    record = parseDeploymentRecord(JSON.parse(readFileSync(file, "utf8")), file);
  } catch (error) {
    throw new Error(
      `No usable ${path.relative(root, file)}: run 'npm run deploy -- --network ${connection.networkName}' first.`,
      { cause: error },
    );
  }
  return deploymentFromRecord(record, await deployer!.getAddress());
}
