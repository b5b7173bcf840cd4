/**
 * Turns compiled artifacts plus deployment records into one generated, typed module
 * (`sdk/src/generated/contracts.ts`) that the SDK re-exports and the indexer, the dApp and
 * the scripts import. Nothing else in the repository may copy an ABI or an address.
 *
 * Inputs:
 *   - artifacts/contracts/**.json  (Hardhat build output; test doubles under contracts/test/ are skipped)
 *   - deployments/<chainId>.json   (written by scripts/deploy.ts after an Ignition deployment)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

import { readDeploymentRecords } from "./lib/deployment-records.ts";

const root = path.resolve(import.meta.dirname, "..");
const artifactsDir = path.join(root, "artifacts", "contracts");
const outFile = path.join(root, "sdk", "src", "generated", "contracts.ts");

interface Artifact {
  contractName: string;
  sourceName: string;
  abi: unknown[];
}

function listArtifactFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return listArtifactFiles(full);
    return entry.endsWith(".json") && !entry.endsWith(".dbg.json") ? [full] : [];
  });
}

function isPublishedSource(sourceName: string): boolean {
  // Test doubles and mocks live under contracts/test and never reach the SDK.
  return sourceName.startsWith("contracts/") && !sourceName.startsWith("contracts/test/");
}

export function generateBindings(): { contracts: string[]; chains: number[] } {
  const artifacts = listArtifactFiles(artifactsDir)
    .map((file) => JSON.parse(readFileSync(file, "utf8")) as Artifact)
    .filter((a) => isPublishedSource(a.sourceName) && a.abi.length > 0)
    .sort((a, b) => a.contractName.localeCompare(b.contractName));

  const seen = new Set<string>();
  for (const a of artifacts) {
    if (seen.has(a.contractName)) {
      throw new Error(`Two published contracts are named ${a.contractName}; rename one.`);
    }
    seen.add(a.contractName);
  }

  const records = readDeploymentRecords(path.join(root, "deployments"));
  const lines: string[] = [
    "// GENERATED FILE — DO NOT EDIT.",
    "// Written by scripts/generate-bindings.ts from artifacts/ and deployments/ (npm run build).",
    "/* eslint-disable */",
    "",
  ];
  for (const a of artifacts) {
    lines.push(
      `export const ${lowerFirst(a.contractName)}Abi = ${JSON.stringify(a.abi, null, 2)} as const;`,
      "",
    );
  }
  lines.push(
    "/** Every published contract's ABI, by contract name. */",
    "export const abis = {",
    ...artifacts.map((a) => `  ${a.contractName}: ${lowerFirst(a.contractName)}Abi,`),
    "} as const;",
    "",
    "export type ContractName = keyof typeof abis;",
    "",
    "/** Where a contract lives on one chain and the block to start indexing from. */",
    "export interface DeployedContract {",
    "  readonly address: `0x${string}`;",
    "  readonly blockNumber: bigint;",
    "}",
    "",
    "/** Deployment records by chain id, then by contract name. */",
    "export const deployments: Readonly<Record<number, Readonly<Partial<Record<ContractName | (string & {}), DeployedContract>>>>> = {",
  );
  for (const record of records) {
    lines.push(`  ${record.chainId}: {`);
    for (const [name, c] of Object.entries(record.contracts).sort(([x], [y]) => x.localeCompare(y))) {
      lines.push(
        `    ${JSON.stringify(name)}: { address: ${JSON.stringify(c.address)}, blockNumber: ${c.blockNumber}n },`,
      );
    }
    lines.push("  },");
  }
  lines.push("};", "");

  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, lines.join("\n"));
  return { contracts: artifacts.map((a) => a.contractName), chains: records.map((r) => r.chainId) };
}

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

if (import.meta.main) {
  const { contracts, chains } = generateBindings();
  console.log(
    `bindings: ${contracts.length} contracts (${contracts.join(", ") || "none"}), deployments for chains [${chains.join(", ")}] → ${path.relative(root, outFile)}`,
  );
}
