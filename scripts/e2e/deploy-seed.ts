/**
 * Deploys and seeds City/Sync on a `hardhat node` at E2E_RPC_URL (any port, so end-to-end runs
 * do not collide with `npm start` on 8545), and writes the deployment and seed summary to
 * E2E_OUT as JSON. Run from the repository root:
 *
 *   E2E_RPC_URL=http://127.0.0.1:58545 E2E_OUT=/tmp/stack.json npx hardhat run scripts/e2e/deploy-seed.ts
 */
import { writeFileSync } from "node:fs";

import { network } from "hardhat";

import { deployCitySync } from "../lib/deploy-system.ts";
import { seedFromEnv } from "../lib/local-accounts.ts";
import { seedPilot } from "../seed/seed.ts";

const url = process.env.E2E_RPC_URL;
const out = process.env.E2E_OUT;
if (!url || !out) throw new Error("Set E2E_RPC_URL and E2E_OUT.");

const connection = await network.create({ network: "localhost", override: { url } });
const seed = seedFromEnv();
const deployment = await deployCitySync(connection, { seed });
const summary = await seedPilot(connection, deployment, { seed });
writeFileSync(out, JSON.stringify({ record: deployment.record, summary }, null, 2));
console.log(`deployed and seeded on ${url}: ledger ${deployment.contracts.CivicLedger}`);
await connection.close();
if (!summary.verification.ok) process.exitCode = 1;
