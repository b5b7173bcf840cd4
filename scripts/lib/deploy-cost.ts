/**
 * What deploying City/Sync will cost, said before anything is sent, and a refusal when the
 * deployer cannot pay: a half-finished deployment on a public chain wastes funds and leaves an
 * Ignition journal to clean up.
 */
import { ContractFactory, formatEther, formatUnits, type Provider } from "ethers";
import { artifacts } from "hardhat";
import type { NetworkConnection } from "hardhat/types/network";

import { DEFAULT_TIMING } from "../../ignition/modules/CitySync.ts";

export interface DeploymentEstimate {
  deployer: string;
  balance: bigint;
  /** Gas per contract; the ledger's is computed from its code size (its constructor reads the module). */
  gas: Record<string, bigint>;
  totalGas: bigint;
  /** Price per gas used for the estimate (EIP-1559 max fee when the chain reports one). */
  gasPrice: bigint;
  /** totalGas × gasPrice, plus 20% for price moves between now and inclusion. */
  cost: bigint;
}

/** Creation gas from the code alone: intrinsic + calldata + code deposit + a constructor allowance. */
function creationGas(initCode: string, runtimeBytes: number): bigint {
  const bytes = Buffer.from(initCode.slice(2), "hex");
  const calldata = bytes.reduce((n, b) => n + (b === 0 ? 4n : 16n), 0n);
  return 53_000n + calldata + 200n * BigInt(runtimeBytes) + 200_000n;
}

async function runtimeSize(name: string): Promise<number> {
  const artifact = await artifacts.readArtifact(name);
  return (artifact.deployedBytecode.length - 2) / 2;
}

export async function estimateDeployment(connection: NetworkConnection): Promise<DeploymentEstimate> {
  const { ethers } = connection;
  const provider: Provider = ethers.provider;
  const [signer] = await ethers.getSigners();
  if (!signer) throw new Error(`No deployer account on network ${connection.networkName}.`);
  const deployer = await signer.getAddress();
  const admin = (await ethers.getContractFactory("CivicLedgerAdmin")) as unknown as ContractFactory;
  const adminTx = await admin.getDeployTransaction(
    DEFAULT_TIMING.epochDuration,
    DEFAULT_TIMING.disputeWindow,
    DEFAULT_TIMING.recoveryDelay,
    DEFAULT_TIMING.adminTransferDelay,
    DEFAULT_TIMING.signatureHorizon,
  );
  const ledger = (await ethers.getContractFactory("CivicLedger")) as unknown as ContractFactory;
  const gas: Record<string, bigint> = {
    CivicLedgerAdmin: await provider.estimateGas({ ...adminTx, from: deployer }),
    CivicLedger: creationGas(ledger.bytecode, await runtimeSize("CivicLedger")),
  };
  const totalGas = Object.values(gas).reduce((a, b) => a + b, 0n);
  const fees = await provider.getFeeData();
  const gasPrice = fees.maxFeePerGas ?? fees.gasPrice ?? 0n;
  const cost = (totalGas * gasPrice * 12n) / 10n;
  return { deployer, balance: await provider.getBalance(deployer), gas, totalGas, gasPrice, cost };
}

export function describeEstimate(e: DeploymentEstimate): string {
  const parts = Object.entries(e.gas)
    .map(([name, gas]) => `${name} ${gas}`)
    .join(", ");
  return `Deployment estimate: ${e.totalGas} gas (${parts}) at ${formatUnits(e.gasPrice, "gwei")} gwei ≈ ${formatEther(e.cost)} ETH with a 20% margin; deployer ${e.deployer} holds ${formatEther(e.balance)} ETH.`;
}

/** Refuses, in one line, when the deployer holds less than the estimate. */
export function assertAffordable(e: DeploymentEstimate): void {
  if (e.balance < e.cost) {
    throw new Error(
      `The deployer ${e.deployer} holds ${formatEther(e.balance)} ETH; deploying needs about ${formatEther(e.cost)} ETH: fund it first (docs/deployment.md, "Funding the deployer"). Nothing was sent.`,
    );
  }
}
