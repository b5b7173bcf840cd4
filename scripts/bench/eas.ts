/**
 * EAS baseline for the gas bench: SchemaRegistry and EAS deployed from the bytecode the
 * `@ethereum-attestation-service/eas-contracts` package publishes (they pin solc 0.8.29, which this
 * project does not compile), plus `MintingResolver` (contracts/test/bench/EasBench.sol) that credits
 * the recipient on every attestation, the cheapest fair equivalent of a City/Sync credit.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

import { AbiCoder, Contract, ContractFactory, type Signer, ZeroHash } from "ethers";

const require = createRequire(import.meta.url);

function easArtifact(name: "EAS" | "SchemaRegistry"): { abi: unknown[]; bytecode: string } {
  const file = require.resolve(
    `@ethereum-attestation-service/eas-contracts/artifacts/contracts/${name}.sol/${name}.json`,
  );
  return JSON.parse(readFileSync(file, "utf8")) as { abi: unknown[]; bytecode: string };
}

export const EAS_SCHEMA = "uint64 activityId,uint64 amount";

export interface EasDeployment {
  eas: Contract;
  registry: Contract;
  resolver: Contract;
  schemaUid: string;
}

/** Deploys EAS + registry + minting resolver and registers the contribution schema. */
export async function deployEas(
  deployer: Signer,
  deployResolver: (easAddress: string) => Promise<Contract>,
): Promise<EasDeployment> {
  const reg = easArtifact("SchemaRegistry");
  const registry = (await new ContractFactory(reg.abi as never, reg.bytecode, deployer).deploy()) as Contract;
  await registry.waitForDeployment();
  const e = easArtifact("EAS");
  const eas = (await new ContractFactory(e.abi as never, e.bytecode, deployer).deploy(
    await registry.getAddress(),
  )) as Contract;
  await eas.waitForDeployment();
  const resolver = await deployResolver(await eas.getAddress());
  const tx = await registry.getFunction("register")(EAS_SCHEMA, await resolver.getAddress(), true);
  const receipt = await tx.wait();
  let schemaUid = ZeroHash;
  for (const log of receipt!.logs) {
    const parsed = registry.interface.parseLog(log);
    if (parsed?.name === "Registered") schemaUid = parsed.args[0] as string;
  }
  if (schemaUid === ZeroHash) throw new Error("SchemaRegistry emitted no Registered event");
  return { eas, registry, resolver, schemaUid };
}

/** One EAS AttestationRequestData for a contribution worth `amount` credits. */
export function easRequestData(recipient: string, activityId: bigint, amount: bigint) {
  return {
    recipient,
    expirationTime: 0n,
    revocable: true,
    refUID: ZeroHash,
    data: AbiCoder.defaultAbiCoder().encode(["uint64", "uint64"], [activityId, amount]),
    value: 0n,
  };
}
