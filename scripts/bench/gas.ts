/**
 * City/Sync gas bench (issue #4, "Gas"): ONE Hardhat run on the in-process OP-stack chain. Every
 * figure is a real receipt's gasUsed (21,000 base included); per-attestation figures divide one
 * transaction's gasUsed by its row count. Prints a table with the goals and writes reports/gas.json
 * (flat object, exactly the keys of GAS_REPORT_KEYS).
 *
 * Steady state: every measured call runs after a warm-up of the same kind, so one-off first writes
 * (Safe nonce 0 -> 1, an offer's first sale, an organization's first batch) are not charged to it.
 * Run: npm run bench:gas
 */
import { mkdirSync, writeFileSync } from "node:fs";

import { type ContractTransactionResponse, getBytes, id } from "ethers";
import { network } from "hardhat";

import {
  EPOCH_DURATION,
  EVIDENCE,
  makeWorldFixture,
  seededAddress,
  OFFER_PRICE,
} from "../../test/contracts/helpers/fixture.ts";
import { packRow, signAttestation, signRedemption } from "../../test/contracts/helpers/eip712.ts";
import { execSafeTransaction, safeExecutionSucceeded } from "../../test/contracts/helpers/safe.ts";
import { deployEas, easRequestData } from "./eas.ts";
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
// run measures the same state (with the seeded wallets and participants of the fixture).
const START = 3307n * EPOCH_DURATION + 60n;
await networkHelpers.time.increaseTo(START);
const w = await makeWorldFixture(connection)();
const { ledger } = w;
const [relayer] = await ethers.getSigners();

async function gasOf(
  tx: Promise<ContractTransactionResponse> | ContractTransactionResponse,
): Promise<bigint> {
  const receipt = await (await tx).wait();
  if (!receipt || receipt.status !== 1) throw new Error("bench transaction failed");
  return receipt.gasUsed;
}

const org = ledger.connect(await w.as(w.org1Safe));
const delegateLedger = ledger.connect(w.delegate);
let fresh = 0;
const freshAddress = () => seededAddress("bench", fresh++);
const freshRows = (n: number) => Array.from({ length: n }, () => packRow(freshAddress(), w.opp1, 1n));

// Budgets large enough for every measurement; no figure depends on them.
const cityAdmin = ledger.connect(await w.as(w.cityAdmin1));
await (await cityAdmin.setOrganizationBudget(w.org1, 1_000_000n)).wait();
await (await org.authorizeDelegate(w.org1, w.delegate.address, 1_000_000n)).wait();

// ---------------------------------------------------------------- warm-up (steady state)
step("warm-up (steady state)");
await (await delegateLedger.attest(w.org1, w.resident.address, w.opp1, 100n, EVIDENCE)).wait();
await (await delegateLedger.attest(w.org1, w.resident2.address, w.opp1, 100n, EVIDENCE)).wait();
const batchData = (rows: string[]) =>
  ledger.interface.encodeFunctionData("attestBatch", [w.org1, rows, id("batch")]);
{
  const warm = await execSafeTransaction(w.org1Safe, relayer!, w.ledgerAddress, batchData(freshRows(2)));
  if (!(await safeExecutionSucceeded(w.org1Safe, warm))) throw new Error("warm-up batch failed");
}

const figures: Partial<GasReport> = {};

/**
 * Where a transaction's gas goes, from the EVM trace: intrinsic (21,000 + calldata), storage reads and
 * writes (count and gas), logs, hashing, everything else. Printed for the figures that have a goal.
 */
const breakdowns: string[] = [];
async function opcodeBreakdown(label: string, hash: string): Promise<string> {
  interface StructLog {
    op: string;
    gasCost: number;
    depth: number;
  }
  const trace = (await ethers.provider.send("debug_traceTransaction", [
    hash,
    { disableStack: true, disableMemory: true, disableStorage: true },
  ])) as { gas: number; structLogs: StructLog[] };
  const receipt = await ethers.provider.getTransactionReceipt(hash);
  const sum = (f: (l: StructLog) => boolean) => trace.structLogs.filter(f).reduce((n, l) => n + l.gasCost, 0);
  const count = (op: string) => trace.structLogs.filter((l) => l.op === op).length;
  const execution = trace.structLogs.reduce((n, l) => n + l.gasCost, 0);
  const used = Number(receipt!.gasUsed);
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
  const tx = await execSafeTransaction(w.org1Safe, relayer!, w.ledgerAddress, batchData(freshRows(BATCH)));
  if (!(await safeExecutionSucceeded(w.org1Safe, tx))) throw new Error("batch of 100 failed");
  const gas = await gasOf(tx);
  figures.attestBatch100ViaSafePerAttestation = Math.round(Number(gas) / BATCH);
  figures.calldataBytesPerAttestation = Math.round((100 * getBytes(tx.data).length) / BATCH) / 100;
}

// ---------------------------------------------------------------- single attestations
step("single attestations");
{
  const tx = await delegateLedger.attest(w.org1, w.resident.address, w.opp1, 3n, EVIDENCE);
  figures.attestSingleDirect = Number(await gasOf(tx));
  breakdowns.push(await opcodeBreakdown("attestSingleDirect", tx.hash));
}
figures.attestSingleDirectFresh = Number(
  await gasOf(delegateLedger.attest(w.org1, freshAddress(), w.opp1, 3n, EVIDENCE)),
);
{
  const now = BigInt(await networkHelpers.time.latest());
  const make = (nonce: bigint) => ({
    orgId: w.org1,
    signer: w.delegate.address,
    rows: [packRow(w.resident.address, w.opp1, 3n)],
    evidenceRoot: EVIDENCE,
    generation: 0n,
    nonce,
    deadline: now + 3600n,
  });
  const warmReq = make(1n); // the nonce word's first bit is a zero -> nonzero write: warm it up
  await (
    await ledger
      .connect(w.stranger)
      .attestSigned(warmReq, await signAttestation(w.delegate, w.domain, warmReq))
  ).wait();
  const req = make(2n);
  const sig = await signAttestation(w.delegate, w.domain, req);
  figures.attestSignedRelayed = Number(await gasOf(ledger.connect(w.stranger).attestSigned(req, sig)));
}

// ---------------------------------------------------------------- redemptions
step("redemptions");
const residentLedger = ledger.connect(w.resident);
await (await ledger.connect(w.resident2).redeem(w.offer1, w.city1, OFFER_PRICE)).wait(); // offer's first sale
{
  const tx = await residentLedger.redeem(w.offer1, w.city1, OFFER_PRICE);
  figures.redeemDirect = Number(await gasOf(tx));
  breakdowns.push(await opcodeBreakdown("redeemDirect", tx.hash));
}
await (await ledger.connect(w.resident2).redeem(w.offerLimited, w.city1, OFFER_PRICE)).wait();
// First redemption of this resident at a limited offer: its counter goes 0 -> 1.
figures.redeemDirectWithLimit = Number(
  await gasOf(residentLedger.redeem(w.offerLimited, w.city1, OFFER_PRICE)),
);
{
  const now = BigInt(await networkHelpers.time.latest());
  const make = (nonce: bigint) => ({
    resident: w.resident.address,
    offerId: w.offer1,
    cityId: w.city1,
    maxPrice: OFFER_PRICE,
    nonce,
    deadline: now + 3600n,
  });
  const warm = make(1n);
  await (
    await ledger.connect(w.stranger).redeemSigned(warm, await signRedemption(w.resident, w.domain, warm))
  ).wait();
  const req = make(2n);
  const sig = await signRedemption(w.resident, w.domain, req);
  figures.redeemBySignature = Number(await gasOf(ledger.connect(w.stranger).redeemSigned(req, sig)));
}

// ---------------------------------------------------------------- revoke (org Safe, live head)
step("revoke (org Safe, live head)");
{
  const prevHead = (await ledger.city(w.city1)).head;
  const rows = [packRow(w.resident2.address, w.opp1, 2n)];
  const seq = (await ledger.organization(w.org1)).nextSeq;
  const sent = await delegateLedger.attestBatch(w.org1, rows, EVIDENCE);
  const receipt = await sent.wait();
  const block = await ethers.provider.getBlock(receipt!.blockNumber);
  const proof = {
    orgId: w.org1,
    firstSeq: seq,
    timestamp: BigInt(block!.timestamp),
    evidenceRoot: EVIDENCE,
    rows,
    prevHead,
    laterRecords: [],
  };
  const data = ledger.interface.encodeFunctionData("revoke", [proof, [0n], 1]);
  const tx = await execSafeTransaction(w.org1Safe, relayer!, w.ledgerAddress, data);
  if (!(await safeExecutionSucceeded(w.org1Safe, tx))) throw new Error("revoke failed");
  figures.revoke = Number(await gasOf(tx));
}

// ---------------------------------------------------------------- wallet recovery (execution after the delay)
step("wallet recovery (execution after the delay)");
{
  const newWallet = freshAddress();
  await (await cityAdmin.requestRecovery(w.city1, w.resident.address, newWallet)).wait();
  await networkHelpers.time.increase(Number(await ledger.recoveryDelay()));
  figures.recoverWallet = Number(
    await gasOf(ledger.connect(w.stranger).executeRecovery(w.city1, w.resident.address)),
  );
}

// ---------------------------------------------------------------- EAS baseline
step("EAS baseline");
{
  const eas = await deployEas(relayer!, async (easAddress) => {
    const resolver = await ethers.deployContract("MintingResolver", [easAddress]);
    await resolver.waitForDeployment();
    return resolver as never;
  });
  const easAddress = await eas.eas.getAddress();
  const multi = (n: number) =>
    eas.eas.interface.encodeFunctionData("multiAttest", [
      [
        {
          schema: eas.schemaUid,
          data: Array.from({ length: n }, (_, i) => easRequestData(freshAddress(), BigInt(i), 1n)),
        },
      ],
    ]);
  // Warm-up through the same Safe (its nonce is already non-zero), then the measured 100. EAS stores
  // every attestation (~230k gas each with the minting resolver), so 100 in ONE multiAttest need ~23M
  // gas, above the EIP-7825 per-transaction cap (16,777,216) of Hardhat's default hardfork (osaka):
  // the 100 go through the Safe as two multiAttest(50) transactions, gas summed.
  await execSafeTransaction(w.org1Safe, relayer!, easAddress, multi(2));
  let easGas = 0n;
  for (let done = 0; done < BATCH; done += EAS_CHUNK) {
    const tx = await execSafeTransaction(w.org1Safe, relayer!, easAddress, multi(EAS_CHUNK));
    if (!(await safeExecutionSucceeded(w.org1Safe, tx))) throw new Error("EAS multiAttest failed");
    easGas += await gasOf(tx);
  }
  figures.easMultiAttest100PerAttestation = Math.round(Number(easGas) / BATCH);

  const attester = eas.eas.connect(w.delegate);
  const single = () => ({ schema: eas.schemaUid, data: easRequestData(w.resident2.address, 1n, 5n) });
  await (await attester.getFunction("attest")(single())).wait();
  figures.easAttestSingle = Number(await gasOf(attester.getFunction("attest")(single())));
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
    `EIP-7825 cap of 16,777,216 gas (MAX_BATCH_ROWS = ${await ledger.MAX_BATCH_ROWS()}).`,
);
console.log("\nWhere the gas goes (EVM trace; intrinsic = 21,000 base + calldata):");
for (const line of breakdowns) console.log(`  ${line}`);
console.log(`Wrote ${GAS_REPORT_PATH}`);
