/**
 * Runs the local Safe proposal service:
 *   node indexer/src/safe-proposals/main.ts [--rpc http://127.0.0.1:8545] [--port 8547] [--data .citysync/safe-proposals.json]
 * Environment: CITYSYNC_RPC_URL, SAFE_PROPOSALS_PORT, SAFE_PROPOSALS_FILE.
 */
import path from "node:path";
import { parseArgs } from "node:util";

import { SafeProposalService } from "./server.ts";

export const DEFAULT_PROPOSAL_SERVICE_PORT = 8547;

if (import.meta.main) {
  const { values } = parseArgs({
    options: { rpc: { type: "string" }, port: { type: "string" }, data: { type: "string" } },
  });
  const rpc = values.rpc ?? process.env.CITYSYNC_RPC_URL ?? "http://127.0.0.1:8545";
  const port = Number(values.port ?? process.env.SAFE_PROPOSALS_PORT ?? DEFAULT_PROPOSAL_SERVICE_PORT);
  const dataFile = path.resolve(
    values.data ?? process.env.SAFE_PROPOSALS_FILE ?? ".citysync/safe-proposals.json",
  );
  const service = new SafeProposalService({ provider: rpc, dataFile });
  const { url } = await service.listen(port);
  console.log(`Safe proposal service on ${url} (chain RPC ${rpc}, data ${dataFile})`);
}
