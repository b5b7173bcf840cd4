/**
 * Deploys City/Sync and records it:  npm run deploy -- --network <name>
 *
 *   hardhat (in-process) / localhost: Safe v1.4.1 + a 2-of-3 network admin Safe (deterministic
 *       owner keys, CITYSYNC_SEED) first, then the Ignition module;
 *   opSepolia / baseSepolia / optimism / base: the Ignition module with the network admin Safe
 *       from ignition/parameters/<network>.json (or NETWORK_ADMIN_SAFE).
 *
 * Then writes deployments/<chainId>.json (address and deploy block of every contract, plus the
 * local Safe infrastructure) and regenerates sdk/src/generated/contracts.ts.
 */
import path from "node:path";

import { network } from "hardhat";

import type { NetworkConnection } from "hardhat/types/network";

import { generateBindings } from "./generate-bindings.ts";
import { deployCitySync } from "./lib/deploy-system.ts";
import { writeDeploymentRecord } from "./lib/deployment-records.ts";
import { networkFromArgv, rpcUrlOf, runOperatorScript } from "./lib/script-errors.ts";

const root = path.resolve(import.meta.dirname, "..");

let connection: NetworkConnection | undefined;
await runOperatorScript(
  async () => {
    connection = await network.create();
    await deploy(connection);
  },
  async () => ({
    networkName: connection?.networkName ?? networkFromArgv(),
    ...(connection ? { rpcUrl: await rpcUrlOf(connection) } : {}),
  }),
);
await connection?.close();

async function deploy(connection: NetworkConnection): Promise<void> {
  const started = Date.now();
  const deployment = await deployCitySync(connection, {
    ...(process.env.NETWORK_ADMIN_SAFE ? { networkAdminSafe: process.env.NETWORK_ADMIN_SAFE } : {}),
    // Ignition's progress UI on public networks, where each transaction takes seconds.
    displayUi: connection.networkConfig.type === "http" && connection.networkName !== "localhost",
  });
  // The in-process chain disappears with this process: recording it would only overwrite the
  // record of a running `npm start` node (same chain id).
  const inProcess = connection.networkConfig.type === "edr-simulated";
  const file = inProcess
    ? undefined
    : writeDeploymentRecord(path.join(root, "deployments"), deployment.record);
  const bindings = inProcess ? undefined : generateBindings();

  console.log(
    `City/Sync deployed on ${connection.networkName} (chain ${deployment.chainId}) in ${((Date.now() - started) / 1000).toFixed(1)}s`,
  );
  console.log(`  deployer (no role kept)  ${deployment.deployer}`);
  console.log(`  network admin Safe       ${deployment.networkAdminSafe}`);
  for (const [name, entry] of Object.entries(deployment.record.contracts)) {
    console.log(`  ${name.padEnd(24)} ${entry.address}  (block ${entry.blockNumber})`);
  }
  if (file && bindings) {
    console.log(
      `  record → ${path.relative(root, file)}; bindings: ${bindings.contracts.length} contracts, chains [${bindings.chains.join(", ")}]`,
    );
  } else {
    console.log(
      "  in-process chain: no deployment record written (use --network localhost with `npm start`).",
    );
  }
}
