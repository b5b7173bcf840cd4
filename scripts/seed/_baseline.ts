import { writeFileSync } from "node:fs";
import { network } from "hardhat";
import { deployCitySync } from "../lib/deploy-system.ts";
import { DEFAULT_SEED } from "../lib/local-accounts.ts";
import { seedPilot } from "./seed.ts";
const connection = await network.create();
const deployment = await deployCitySync(connection, { seed: DEFAULT_SEED });
const summary = await seedPilot(connection, deployment, { seed: DEFAULT_SEED });
const { durationSeconds: _d, ...rest } = summary;
// all ledger logs, to compare the chain's content too
const logs = await connection.provider.request({
  method: "eth_getLogs",
  params: [{ fromBlock: "0x0", toBlock: "latest" }],
});
writeFileSync(process.env.OUT!, JSON.stringify({ summary: rest, logs }, null, 1));
await connection.close();
