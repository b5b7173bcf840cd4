/**
 * Every batch the ledger accepts fits in one transaction: the worst case of `MAX_BATCH_ROWS` rows (every row
 * a fresh resident of a different opportunity, through a 2-of-3 Safe's `execTransaction`) runs on a chain that
 * enforces the EIP-7825 per-transaction gas cap of 16,777,216 (Osaka), with a margin. A row that fails for a
 * per-row reason names its index.
 */
import { expect } from "chai";
import { id } from "ethers";
import { network } from "hardhat";

import { packRow } from "./helpers/eip712.ts";
import { EVIDENCE, type World, makeWorldFixture, seededAddress } from "./helpers/fixture.ts";
import { execSafeTransaction, safeExecutionSucceeded } from "./helpers/safe.ts";

const TX_GAS_CAP = 16_777_216n; // EIP-7825
const MARGIN = 0.95; // the worst case must stay under 95% of the cap

// An L1 chain at Osaka: the EVM itself refuses a transaction whose gas limit exceeds the cap.
const connection = await network.create({ chainType: "generic", override: { hardfork: "osaka" } });
const { ethers, networkHelpers } = connection;
const worldFixture = makeWorldFixture(connection);

async function orgLedger(w: World) {
  return w.ledger.connect(await w.as(w.org1Safe));
}

async function publishOpportunity(
  w: World,
  overrides: { start?: bigint; end?: bigint; capacity?: bigint } = {},
) {
  const now = BigInt(await networkHelpers.time.latest());
  await (
    await (
      await orgLedger(w)
    ).publishOpportunity(w.org1, {
      creditsPerUnit: 5n,
      capacity: overrides.capacity ?? 1_000n,
      start: overrides.start ?? now,
      end: overrides.end ?? now + 86_400n * 365n,
      metadata: "{}",
    })
  ).wait();
  return w.ledger.opportunityCount();
}

// Coverage instrumentation inflates gas (and its runner lifts the cap), so the gas figures are checked on
// normal builds only; the row-index checks run in both.
const coverage = process.argv.includes("--coverage");
const gasIt = coverage ? it.skip : it;

describe("CivicLedger batch limit", function () {
  this.timeout(600_000);

  gasIt("the chain enforces the EIP-7825 cap", async () => {
    const [sender] = await ethers.getSigners();
    let refused: unknown;
    try {
      await sender!.sendTransaction({ to: sender!.address, gasLimit: TX_GAS_CAP + 1n });
    } catch (error) {
      refused = error;
    }
    expect(String(refused)).to.match(/gas limit|cap|exceeds/i);
    await (await sender!.sendTransaction({ to: sender!.address, gasLimit: TX_GAS_CAP })).wait();
  });

  gasIt(
    "the worst case of MAX_BATCH_ROWS rows fits one transaction through a 2-of-3 Safe, with a margin",
    async () => {
      const w = await networkHelpers.loadFixture(worldFixture);
      const maxRows = Number(await w.ledger.MAX_BATCH_ROWS());
      expect(maxRows).to.equal(512);
      await (
        await w.ledger.connect(await w.as(w.cityAdmin1)).setOrganizationBudget(w.org1, 1_000_000n)
      ).wait();
      // Every row a fresh resident of its own opportunity: a cold account slot, and a cold opportunity
      // slot loaded, checked and stored per row.
      const rows: string[] = [];
      for (let i = 0; i < maxRows; i++) {
        rows.push(packRow(seededAddress("worst-case", i), await publishOpportunity(w), 1n));
      }
      const data = w.ledger.interface.encodeFunctionData("attestBatch", [w.org1, rows, id("worst case")]);
      const [relayer] = await ethers.getSigners();
      const tx = await execSafeTransaction(w.org1Safe, relayer!, w.ledgerAddress, data, {
        gasLimit: TX_GAS_CAP,
      });
      expect(await safeExecutionSucceeded(w.org1Safe, tx)).to.equal(true);
      const gasUsed = (await tx.wait())!.gasUsed;
      console.log(
        `      worst case: ${maxRows} rows, ${gasUsed} gas (${((Number(gasUsed) / Number(TX_GAS_CAP)) * 100).toFixed(1)}% of the cap)`,
      );
      expect(Number(gasUsed)).to.be.lessThan(Number(TX_GAS_CAP) * MARGIN);
      expect(await w.ledger.balanceOf(w.city1, seededAddress("worst-case", maxRows - 1))).to.equal(5n);
    },
  );

  gasIt(
    "MAX_BATCH_ROWS fresh residents of one opportunity through the Safe stay under 80% of the cap",
    async () => {
      const w = await networkHelpers.loadFixture(worldFixture);
      const maxRows = Number(await w.ledger.MAX_BATCH_ROWS());
      await (
        await w.ledger.connect(await w.as(w.cityAdmin1)).setOrganizationBudget(w.org1, 1_000_000n)
      ).wait();
      const rows = Array.from({ length: maxRows }, (_, i) => packRow(seededAddress("fresh", i), w.opp1, 1n));
      const data = w.ledger.interface.encodeFunctionData("attestBatch", [
        w.org1,
        rows,
        id("fresh residents"),
      ]);
      const [relayer] = await ethers.getSigners();
      const tx = await execSafeTransaction(w.org1Safe, relayer!, w.ledgerAddress, data, {
        gasLimit: TX_GAS_CAP,
      });
      expect(await safeExecutionSucceeded(w.org1Safe, tx)).to.equal(true);
      const gasUsed = (await tx.wait())!.gasUsed;
      console.log(`      fresh residents, one opportunity: ${maxRows} rows, ${gasUsed} gas`);
      expect(Number(gasUsed)).to.be.lessThan(Number(TX_GAS_CAP) * 0.8);
    },
  );

  it("refuses one row more than MAX_BATCH_ROWS", async () => {
    const w = await networkHelpers.loadFixture(worldFixture);
    const rows = Array.from({ length: 513 }, (_, i) => packRow(seededAddress("over", i), w.opp1, 1n));
    await expect((await orgLedger(w)).attestBatch(w.org1, rows, EVIDENCE))
      .to.be.revertedWithCustomError(w.ledger, "CivicLedgerInvalidBatchSize")
      .withArgs(513n);
  });

  it("names the index of the row that fails: foreign, closed, outside its window, over capacity", async () => {
    const w = await networkHelpers.loadFixture(worldFixture);
    const ok = (i: number) => packRow(seededAddress("ok", i), w.opp1, 1n);
    const batch = (bad: string) =>
      (async () => (await orgLedger(w)).attestBatch(w.org1, [ok(0), ok(1), bad], EVIDENCE))();
    await expect(batch(packRow(w.resident.address, w.opp2, 1n)))
      .to.be.revertedWithCustomError(w.ledger, "CivicLedgerForeignOpportunity")
      .withArgs(2n, w.opp2, w.org1);
    const closed = await publishOpportunity(w);
    await (await (await orgLedger(w)).closeOpportunity(closed)).wait();
    await expect(batch(packRow(w.resident.address, closed, 1n)))
      .to.be.revertedWithCustomError(w.ledger, "CivicLedgerRowOpportunityClosed")
      .withArgs(2n, closed);
    const now = BigInt(await networkHelpers.time.latest());
    const later = await publishOpportunity(w, { start: now + 1_000n, end: now + 2_000n });
    await expect(batch(packRow(w.resident.address, later, 1n)))
      .to.be.revertedWithCustomError(w.ledger, "CivicLedgerRowOutsideWindow")
      .withArgs(2n, later, now + 1_000n, now + 2_000n, (t: bigint) => t > now);
    const small = await publishOpportunity(w, { capacity: 3n });
    await expect(batch(packRow(w.resident.address, small, 4n)))
      .to.be.revertedWithCustomError(w.ledger, "CivicLedgerCapacityExceeded")
      .withArgs(2n, small, 3n);
  });
});
