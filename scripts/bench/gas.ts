/**
 * City/Sync gas bench: ONE Hardhat run on the in-process OP-stack chain. Every
 * figure is a real receipt's gasUsed (21,000 base included); per-attestation figures divide one
 * transaction's gasUsed by its row count. Prints a table with the goals and writes reports/gas.json
 * (flat object, exactly the keys of GAS_REPORT_KEYS).
 *
 * Steady state: every measured call runs after a warm-up of the same kind, so one-off first writes
 * (Safe nonce 0 -> 1, an offer's first sale, an organization's first batch) are not charged to it.
 *
 * Every ledger call is built by the SDK (call builders, packed rows, EIP-712 signatures, the relay,
 * the revocation proof from the ledger's logs); Safe transactions go through protocol-kit as owners
 * make them. The world is scripts/bench/gas-world.ts.
 * Run: npm run bench:gas
 */
import { mkdirSync, writeFileSync } from "node:fs";

import {
  type LedgerCall,
  RevokeReason,
  buildRevocationProof,
  createCitySyncPublicClient,
  createCitySyncWalletClient,
  getMaxBatchRows,
  ledgerCall,
  ledgerCalls,
  logsChainSource,
  packRow,
  readLedger,
  relayAttestation,
  relayRedemption,
  signAttestation,
  signRedemption,
} from "@citysync/sdk";
import { type BaseWallet, id } from "ethers";
import { network } from "hardhat";
import { type Address, type Hex, size, toEventSelector } from "viem";
import { privateKeyToAccount } from "viem/accounts";

import { type SafeActors, runSafeTransaction } from "../lib/safe-actions.ts";
import { deployEas, easRequestData } from "./eas.ts";
import {
  type BenchSafe,
  EPOCH_DURATION,
  EVIDENCE,
  OFFER_PRICE,
  buildGasWorld,
  seededAddress,
} from "./gas-world.ts";
import {
  EAS_RATIO_GOAL,
  GAS_GOALS,
  GAS_REPORT_KEYS,
  GAS_REPORT_PATH,
  type GasReport,
  type GasReportKey,
} from "./gas-keys.ts";

const BATCH = 100;
const EAS_CHUNK = 50;
const step = (name: string) => console.error(`bench: ${name}`);

const connection = await network.create();
const { ethers, networkHelpers } = connection;
// A fixed start, early in a budget epoch, so that no epoch boundary falls inside the bench and every
// run measures the same state (with the seeded wallets and participants of the world).
const START = 3307n * EPOCH_DURATION + 60n;
await networkHelpers.time.increaseTo(START);
const w = await buildGasWorld(connection);
const L = w.ledger;
const publicClient = createCitySyncPublicClient(connection.provider);
const safeActors: SafeActors = { provider: connection.provider, safeContracts: w.safeContracts };
const EXECUTION_SUCCESS = toEventSelector("ExecutionSuccess(bytes32,uint256)");

interface Sent {
  hash: Hex;
  gasUsed: bigint;
  /** Bytes of the transaction's calldata. */
  calldataBytes: number;
}

async function receiptOf(hash: Hex): Promise<Sent> {
  const receipt = await publicClient.getTransactionReceipt({ hash });
  if (receipt.status !== "success") throw new Error(`bench transaction ${hash} failed`);
  const tx = await publicClient.getTransaction({ hash });
  return { hash, gasUsed: receipt.gasUsed, calldataBytes: size(tx.input) };
}

/** Sends an SDK-built call from `from` (an EOA of the world). */
async function send(from: BaseWallet, call: LedgerCall): Promise<Sent> {
  const tx = await from.sendTransaction(call);
  await tx.wait();
  return receiptOf(tx.hash as Hex);
}

/**
 * Executes `calls` through a 2-of-3 Safe the way owners do (protocol-kit, two owners' EIP-712
 * signatures, execTransaction), and checks the inner call succeeded: Safe does not revert when it fails.
 */
async function throughSafe(safe: BenchSafe, calls: LedgerCall[], title: string): Promise<Sent> {
  const { transactionHash } = await runSafeTransaction(safeActors, {
    safe: safe.address,
    ownerKeys: safe.ownerKeys.slice(0, 2),
    calls,
    title,
    confirm: "signatures",
  });
  const receipt = await publicClient.getTransactionReceipt({ hash: transactionHash });
  const ok = receipt.logs.some(
    (log) => log.address.toLowerCase() === safe.address.toLowerCase() && log.topics[0] === EXECUTION_SUCCESS,
  );
  if (!ok) throw new Error(`${title}: the Safe's inner call failed`);
  return receiptOf(transactionHash);
}

const relayContext = {
  publicClient,
  walletClient: await createCitySyncWalletClient(connection.provider, w.stranger.privateKey as Hex),
  ledger: L,
};
const accountOf = (wallet: BaseWallet) => privateKeyToAccount(wallet.privateKey as Hex);
const address = (wallet: BaseWallet) => wallet.address as Address;

let fresh = 0;
const freshAddress = () => seededAddress("bench", fresh++);
const freshRows = (n: number) =>
  Array.from({ length: n }, () =>
    packRow({ participant: freshAddress(), opportunityId: BigInt(w.opp1), units: 1n }),
  );
const row = (participant: Address, units: bigint) =>
  packRow({ participant, opportunityId: BigInt(w.opp1), units });
const attest = (participant: Address, units: bigint) =>
  ledgerCall(L, "attest", [w.org1, participant, w.opp1, Number(units), EVIDENCE]);
const batch = (rows: Hex[]) => ledgerCalls.attestBatch(L, w.org1, rows, id("batch") as Hex);

// Budgets large enough for every measurement; no figure depends on them.
await w.sendAs(w.cityAdmin1, ledgerCalls.setOrganizationBudget(L, w.org1, 1_000_000n));
await w.sendAs(w.org1Safe, ledgerCalls.authorizeDelegate(L, w.org1, address(w.delegate), 1_000_000n));

// ---------------------------------------------------------------- warm-up (steady state)
step("warm-up (steady state)");
await send(w.delegate, attest(address(w.resident), 100n));
await send(w.delegate, attest(address(w.resident2), 100n));
await throughSafe(w.org1Safe, [batch(freshRows(2))], "warm-up batch");

const figures: Partial<GasReport> = {};

/**
 * Where a transaction's gas goes, from the EVM trace: intrinsic (21,000 + calldata), storage reads and
 * writes (count and gas), logs, hashing, everything else. Printed for the figures that have a goal.
 */
const breakdowns: string[] = [];
async function opcodeBreakdown(label: string, sent: Sent): Promise<string> {
  interface StructLog {
    op: string;
    gasCost: number;
    depth: number;
  }
  const trace = (await ethers.provider.send("debug_traceTransaction", [
    sent.hash,
    { disableStack: true, disableMemory: true, disableStorage: true },
  ])) as { gas: number; structLogs: StructLog[] };
  const sum = (f: (l: StructLog) => boolean) => trace.structLogs.filter(f).reduce((n, l) => n + l.gasCost, 0);
  const count = (op: string) => trace.structLogs.filter((l) => l.op === op).length;
  const execution = trace.structLogs.reduce((n, l) => n + l.gasCost, 0);
  const used = Number(sent.gasUsed);
  const sload = sum((l) => l.op === "SLOAD");
  const sstore = sum((l) => l.op === "SSTORE");
  const logs = sum((l) => l.op.startsWith("LOG"));
  const keccak = sum((l) => l.op === "KECCAK256");
  return (
    `${label} ${used}: intrinsic ${used - execution} | SLOAD x${count("SLOAD")} ${sload} | ` +
    `SSTORE x${count("SSTORE")} ${sstore} | LOG ${logs} | KECCAK256 ${keccak} | other ${execution - sload - sstore - logs - keccak}`
  );
}

// ---------------------------------------------------------------- batch of 100 through the org's 2-of-3 Safe
step("batch of 100 through the org's 2-of-3 Safe");
{
  const sent = await throughSafe(w.org1Safe, [batch(freshRows(BATCH))], "batch of 100");
  figures.attestBatch100ViaSafePerAttestation = Math.round(Number(sent.gasUsed) / BATCH);
  figures.calldataBytesPerAttestation = Math.round((100 * sent.calldataBytes) / BATCH) / 100;
}

// ---------------------------------------------------------------- single attestations
step("single attestations");
{
  const sent = await send(w.delegate, attest(address(w.resident), 3n));
  figures.attestSingleDirect = Number(sent.gasUsed);
  breakdowns.push(await opcodeBreakdown("attestSingleDirect", sent));
}
figures.attestSingleDirectFresh = Number((await send(w.delegate, attest(freshAddress(), 3n))).gasUsed);
{
  const now = BigInt(await networkHelpers.time.latest());
  const make = (nonce: bigint) => ({
    orgId: w.org1,
    signer: address(w.delegate),
    rows: [row(address(w.resident), 3n)],
    evidenceRoot: EVIDENCE,
    generation: 0n,
    nonce,
    deadline: now + 3600n,
  });
  const relay = async (nonce: bigint) => {
    const request = make(nonce);
    const signature = await signAttestation(accountOf(w.delegate), w.domain, request);
    return receiptOf((await relayAttestation(relayContext, request, signature)).transactionHash);
  };
  await relay(1n); // the nonce word's first bit is a zero -> nonzero write: warm it up
  figures.attestSignedRelayed = Number((await relay(2n)).gasUsed);
}

// ---------------------------------------------------------------- redemptions
step("redemptions");
const redeem = (offerId: number) => ledgerCalls.redeem(L, offerId, w.city1, OFFER_PRICE);
await send(w.resident2, redeem(w.offer1)); // the offer's first sale
{
  const sent = await send(w.resident, redeem(w.offer1));
  figures.redeemDirect = Number(sent.gasUsed);
  breakdowns.push(await opcodeBreakdown("redeemDirect", sent));
}
await send(w.resident2, redeem(w.offerLimited));
// First redemption of this resident at a limited offer: its counter goes 0 -> 1.
figures.redeemDirectWithLimit = Number((await send(w.resident, redeem(w.offerLimited))).gasUsed);
{
  const now = BigInt(await networkHelpers.time.latest());
  const relay = async (nonce: bigint) => {
    const request = {
      resident: address(w.resident),
      offerId: w.offer1,
      cityId: w.city1,
      maxPrice: OFFER_PRICE,
      nonce,
      deadline: now + 3600n,
    };
    const signature = await signRedemption(accountOf(w.resident), w.domain, request);
    return receiptOf((await relayRedemption(relayContext, request, signature)).transactionHash);
  };
  await relay(1n);
  figures.redeemBySignature = Number((await relay(2n)).gasUsed);
}

// ---------------------------------------------------------------- revoke (org Safe, live head)
step("revoke (org Safe, live head)");
{
  await send(w.delegate, ledgerCalls.attestBatch(L, w.org1, [row(address(w.resident2), 2n)], EVIDENCE));
  const seq = (await readLedger({ client: publicClient, ledger: L }, "organization", [w.org1])).nextSeq - 1;
  // The SDK's proof from the ledger's logs, ending at the live head: nothing is recorded in the city
  // before it lands.
  const source = await logsChainSource(publicClient, L, 0n);
  const { proof } = await buildRevocationProof(source, BigInt(w.org1), BigInt(seq), { liveHead: true });
  const sent = await throughSafe(
    w.org1Safe,
    // The reason is part of the owners' signed SafeTx: another code changes the signatures' bytes and
    // so the calldata's gas; this one keeps the figure comparable with earlier runs.
    [ledgerCalls.revoke(L, proof, [0n], RevokeReason.Fraud)],
    "revoke",
  );
  figures.revoke = Number(sent.gasUsed);
}

// ---------------------------------------------------------------- wallet recovery (execution after the delay)
step("wallet recovery (execution after the delay)");
{
  const ref = { client: publicClient, ledger: L };
  await w.sendAs(w.cityAdmin1, ledgerCalls.requestRecovery(L, w.city1, address(w.resident), freshAddress()));
  await networkHelpers.time.increase(Number(await readLedger(ref, "recoveryDelay")));
  figures.recoverWallet = Number(
    (await send(w.stranger, ledgerCalls.executeRecovery(L, w.city1, address(w.resident)))).gasUsed,
  );
}

// ---------------------------------------------------------------- EAS baseline
step("EAS baseline");
{
  const [deployer] = await ethers.getSigners();
  const eas = await deployEas(deployer!, async (easAddress) => {
    const resolver = await ethers.deployContract("MintingResolver", [easAddress]);
    await resolver.waitForDeployment();
    return resolver as never;
  });
  const easAddress = (await eas.eas.getAddress()) as Address;
  const multi = (n: number): LedgerCall => ({
    to: easAddress,
    data: eas.eas.interface.encodeFunctionData("multiAttest", [
      [
        {
          schema: eas.schemaUid,
          data: Array.from({ length: n }, (_, i) => easRequestData(freshAddress(), BigInt(i), 1n)),
        },
      ],
    ]) as Hex,
  });
  // Warm-up through the same Safe (its nonce is already non-zero), then the measured 100. EAS stores
  // every attestation (~230k gas each with the minting resolver), so 100 in ONE multiAttest need ~23M
  // gas, above the EIP-7825 per-transaction cap (16,777,216). This bench runs on Hardhat's in-process
  // OP-stack chain (its latest OP hardfork, isthmus, follows Prague), which does not enforce that cap;
  // Osaka does on L1 and the ledger is sized for it (test/contracts/LedgerBatchLimit.test.ts runs on an
  // Osaka chain). So the 100 go through the Safe as two multiAttest(50) transactions, gas summed.
  await throughSafe(w.org1Safe, [multi(2)], "EAS warm-up");
  let easGas = 0n;
  for (let done = 0; done < BATCH; done += EAS_CHUNK) {
    easGas += (await throughSafe(w.org1Safe, [multi(EAS_CHUNK)], "EAS multiAttest(50)")).gasUsed;
  }
  figures.easMultiAttest100PerAttestation = Math.round(Number(easGas) / BATCH);

  const single: LedgerCall = {
    to: easAddress,
    data: eas.eas.interface.encodeFunctionData("attest", [
      { schema: eas.schemaUid, data: easRequestData(address(w.resident2), 1n, 5n) },
    ]) as Hex,
  };
  await send(w.delegate, single);
  figures.easAttestSingle = Number((await send(w.delegate, single)).gasUsed);
}

// ---------------------------------------------------------------- report
step("report");
const report = Object.fromEntries(GAS_REPORT_KEYS.map((k) => [k, figures[k]])) as GasReport;
for (const k of GAS_REPORT_KEYS) if (typeof report[k] !== "number") throw new Error(`missing figure ${k}`);
mkdirSync("reports", { recursive: true });
writeFileSync(GAS_REPORT_PATH, `${JSON.stringify(report, null, 2)}\n`);

const ratio = report.easMultiAttest100PerAttestation / report.attestBatch100ViaSafePerAttestation;
const mark = (ok: boolean) => (ok ? "✔" : "✘");
const rows = GAS_REPORT_KEYS.map((key: GasReportKey) => {
  const goal = GAS_GOALS[key];
  return {
    figure: key,
    value: report[key],
    goal: goal === undefined ? "" : `≤ ${goal.toLocaleString("en-US")}`,
    met: goal === undefined ? "" : mark(report[key] <= goal),
  };
});
console.log("\nCity/Sync gas bench (gasUsed of real receipts, incl. 21,000 base)");
console.table(rows);
console.log(
  `EAS multiAttest / City/Sync batch, per attestation: ${ratio.toFixed(2)}x cheaper (goal ≥ ${EAS_RATIO_GOAL}x) ${mark(ratio >= EAS_RATIO_GOAL)}`,
);
const perRow = report.attestBatch100ViaSafePerAttestation;
console.log(
  `A batch of fresh participants fits ~${Math.floor(16_777_216 / perRow)} rows in one transaction under the ` +
    `EIP-7825 cap of 16,777,216 gas; MAX_BATCH_ROWS = ${await getMaxBatchRows({ client: publicClient, ledger: L })} also fits the worst ` +
    "case (every row a fresh resident of its own opportunity): see test/contracts/LedgerBatchLimit.test.ts.",
);
console.log("\nWhere the gas goes (EVM trace; intrinsic = 21,000 base + calldata):");
for (const line of breakdowns) console.log(`  ${line}`);
console.log(`Wrote ${GAS_REPORT_PATH}`);
