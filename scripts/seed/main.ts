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
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { network } from "hardhat";

import { deployCitySync, deploymentFromRecord } from "../lib/deploy-system.ts";
import { generateBindings } from "../generate-bindings.ts";
import { parseDeploymentRecord, writeDeploymentRecord } from "../lib/deployment-records.ts";
import { seedFromEnv } from "../lib/local-accounts.ts";
import { printSeedSummary } from "./report.ts";
import { seedPilot } from "./seed.ts";

const root = path.resolve(import.meta.dirname, "..", "..");
const started = Date.now();
const connection = await network.create();
const seed = seedFromEnv();
const inProcess = connection.networkConfig.type === "edr-simulated";
const [deployer] = await connection.ethers.getSigners();

let deployment;
if (inProcess) {
  deployment = await deployCitySync(connection, { seed });
} else {
  const chainId = Number((await connection.ethers.provider.getNetwork()).chainId);
  const file = path.join(root, "deployments", `${chainId}.json`);
  let record;
  try {
    record = parseDeploymentRecord(JSON.parse(readFileSync(file, "utf8")), file);
  } catch (error) {
    throw new Error(
      `No usable ${path.relative(root, file)}: run 'npm run deploy -- --network ${connection.networkName}' first.`,
      {
        cause: error,
      },
    );
  }
  deployment = deploymentFromRecord(record, await deployer!.getAddress());
}

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
await connection.close();
if (!summary.verification.ok) {
  console.error("The chain does not match the seed report:");
  for (const m of summary.verification.mismatches) console.error(`  ${m}`);
  process.exitCode = 1;
}
