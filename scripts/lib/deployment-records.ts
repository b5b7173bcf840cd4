/**
 * Deployment records: one JSON file per chain id under deployments/, the single source of
 * addresses and start blocks for the generated bindings.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface DeploymentRecord {
  chainId: number;
  contracts: Record<string, { address: `0x${string}`; blockNumber: number }>;
}

const ADDRESS = /^0x[0-9a-fA-F]{40}$/;

export function parseDeploymentRecord(json: unknown, source: string): DeploymentRecord {
  const fail = (why: string): never => {
    throw new Error(`Invalid deployment record ${source}: ${why}`);
  };
  if (typeof json !== "object" || json === null) return fail("not an object");
  const { chainId, contracts } = json as Record<string, unknown>;
  if (typeof chainId !== "number" || !Number.isInteger(chainId) || chainId <= 0)
    return fail("chainId must be a positive integer");
  if (typeof contracts !== "object" || contracts === null) return fail("contracts must be an object");
  for (const [name, entry] of Object.entries(contracts)) {
    const { address, blockNumber } = (entry ?? {}) as Record<string, unknown>;
    if (typeof address !== "string" || !ADDRESS.test(address)) fail(`${name}.address is not an address`);
    if (typeof blockNumber !== "number" || !Number.isInteger(blockNumber) || blockNumber < 0)
      fail(`${name}.blockNumber must be a block number`);
  }
  return { chainId, contracts: contracts as DeploymentRecord["contracts"] };
}

export function readDeploymentRecords(dir: string): DeploymentRecord[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^\d+\.json$/.test(f))
    .map((f) => parseDeploymentRecord(JSON.parse(readFileSync(path.join(dir, f), "utf8")), f))
    .sort((a, b) => a.chainId - b.chainId);
}

export function writeDeploymentRecord(dir: string, record: DeploymentRecord): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${record.chainId}.json`);
  writeFileSync(file, JSON.stringify(record, null, 2) + "\n");
  return file;
}
