/**
 * Runs the local Safe proposal service:
 *   npm run safe-proposals -- [--rpc http://127.0.0.1:8545] [--port 8547] [--data .citysync/safe-proposals.json]
 * Environment: CITYSYNC_RPC_URL, SAFE_PROPOSALS_PORT, SAFE_PROPOSALS_FILE.
 */
import path from "node:path";
import { parseArgs } from "node:util";

import { LOCAL_PROPOSAL_SERVICE_PORT, LOCAL_RPC_URL } from "@citysync/sdk";

import { SafeProposalService } from "./server.ts";

export const DEFAULT_PROPOSAL_SERVICE_PORT = LOCAL_PROPOSAL_SERVICE_PORT;

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      rpc: { type: "string" },
      port: { type: "string" },
      data: { type: "string" },
      verbose: { type: "boolean" },
    },
  });
  const rpc = values.rpc ?? process.env.CITYSYNC_RPC_URL ?? LOCAL_RPC_URL;
  const port = Number(values.port ?? process.env.SAFE_PROPOSALS_PORT ?? DEFAULT_PROPOSAL_SERVICE_PORT);
  const dataFile = path.resolve(
    values.data ?? process.env.SAFE_PROPOSALS_FILE ?? ".citysync/safe-proposals.json",
  );
  const service = new SafeProposalService({ provider: rpc, dataFile });
  try {
    const { url } = await service.listen(port);
    console.log(`Safe proposal service on ${url} (chain RPC ${rpc}, data ${dataFile})`);
  } catch (error) {
    // One line a person can act on (say, the port is taken); the stack only with --verbose.
    const verbose = process.argv.includes("--verbose");
    console.error(
      `Safe proposal service: ${verbose && error instanceof Error ? error.stack : String(error)}`,
    );
    process.exit(1);
  }
}
