import { expect } from "chai";
import { Contract } from "ethers";
import { network } from "hardhat";

import { deployCitySync } from "../../scripts/lib/deploy-system.ts";
import { DEFAULT_SEED } from "../../scripts/lib/local-accounts.ts";
import { safeL2Abi } from "../../scripts/lib/safe-infrastructure.ts";
import { parseMetadata } from "../../indexer/src/fold/metadata.ts";
import { firstCommands } from "../../scripts/seed/report.ts";
import { type SeedSummary, seedPilot } from "../../scripts/seed/seed.ts";

/** Two independent in-process chains, seeded with the same seed. */
async function seedFreshChain(): Promise<{
  summary: SeedSummary;
  ethers: Awaited<ReturnType<typeof network.create>>["ethers"];
}> {
  const connection = await network.create();
  const deployment = await deployCitySync(connection, { seed: DEFAULT_SEED });
  const summary = await seedPilot(connection, deployment, { seed: DEFAULT_SEED });
  return { summary, ethers: connection.ethers };
}

function withoutTimings(summary: SeedSummary): Omit<SeedSummary, "durationSeconds"> {
  const { durationSeconds: _ignored, ...rest } = summary;
  return rest;
}

describe("pilot seed (scripts/seed)", function () {
  this.timeout(60_000);
  let summary: SeedSummary;
  let ethers: Awaited<ReturnType<typeof network.create>>["ethers"];

  before(async () => {
    ({ summary, ethers } = await seedFreshChain());
  });

  it("builds Berkeley and Mexico City with 2-of-3 Safes for every city admin and organization", async () => {
    expect(summary.cities.map((c) => c.code)).to.deep.equal(["BRK", "CDMX"]);
    for (const city of summary.cities) {
      expect(city.organizations.length).to.be.within(4, 6);
      for (const safeAddress of [city.adminSafe, ...city.organizations.map((o) => o.safe)]) {
        const safe = new Contract(safeAddress, safeL2Abi as never, ethers.provider);
        expect(await safe.getFunction("getThreshold")()).to.equal(2n);
        expect(await safe.getFunction("getOwners")()).to.have.length(3);
      }
    }
    const names = summary.cities[1]!.organizations.map((o) => o.name);
    expect(names).to.include.members(["Banco de Alimentos CDMX", "Biblioteca Vasconcelos", "Parques CDMX"]);
  });

  it("covers every pilot story: weeks of attestations (one batch by a delegate's signature), redemptions (some gasless), a revocation, a suspension, a recovery", () => {
    const n = summary.counts;
    expect(n.weeksSimulated).to.be.at.least(3);
    expect(n.attestations).to.be.greaterThan(100);
    expect(n.redemptions).to.be.greaterThan(10);
    expect(n.redemptionsBySignature).to.be.greaterThan(0);
    expect(n.attestationsBySignedDelegate).to.be.greaterThan(0);
    expect(n.revokedAttestations).to.equal(1);
    expect(n.suspendedOrganizations).to.equal(1);
    expect(n.walletRecoveries).to.equal(1);
    expect(n.safeTransactions).to.be.greaterThan(30);
  });

  it("lists each organization's opportunities and offers with ids, rates and prices, and first commands", () => {
    const org = summary.cities[0]!.organizations[0]!;
    expect(org.opportunityList).to.have.length(org.opportunities);
    expect(org.opportunityList[0]).to.include.keys("id", "title", "creditsPerUnit", "unit");
    expect(org.offerList).to.have.length(org.offers);
    const commands = firstCommands(summary).join("\n");
    expect(commands).to.contain(`attest --org ${org.safe} --csv hours.csv --dry-run`);
    expect(commands).to.match(/--key 0x[0-9a-f]{64}/);
  });

  it("reports exactly what the chain holds", async () => {
    expect(summary.verification.mismatches).to.deep.equal([]);
    expect(summary.verification.ok).to.equal(true);
    expect(summary.verification.checks).to.be.greaterThan(50);
    const ledger = (await ethers.getContractAt("ICivicLedger", summary.ledger)) as unknown as Contract;
    let supply = 0n;
    for (const city of summary.cities) {
      const onChain = (await ledger.getFunction("totalSupply")(city.id)) as bigint;
      expect(onChain.toString()).to.equal(city.totalSupply);
      supply += onChain;
    }
    const n = summary.counts;
    expect(supply).to.equal(
      BigInt(n.creditsMinted) - BigInt(n.creditsClawedBack) - BigInt(n.creditsRedeemed),
    );
  });

  it("publishes metadata in the SDK's versioned format, which the indexer stores without a flag", async () => {
    const ledger = (await ethers.getContractAt("ICivicLedger", summary.ledger)) as unknown as Contract;
    const published = [
      ["OrganizationOnboarded", "organization"],
      ["OpportunityPublished", "opportunity"],
      ["OfferPublished", "offer"],
    ] as const;
    let documents = 0;
    for (const [event, kind] of published) {
      for (const log of await ledger.queryFilter(event)) {
        const raw = String((log as unknown as { args: { metadata: string } }).args.metadata);
        const parsed = parseMetadata(raw, kind);
        expect(parsed.flags, `${kind} ${raw}`).to.deep.equal([]);
        expect(parsed.category, raw).to.be.a("string");
        if (kind === "opportunity") expect(parsed.unit, raw).to.be.a("string");
        documents += 1;
      }
    }
    const n = summary.counts;
    expect(documents).to.equal(n.organizations + n.opportunities + n.offers);
  });

  it("is deterministic: the same seed on another empty chain gives the same network", async () => {
    const again = await seedFreshChain();
    expect(withoutTimings(again.summary)).to.deep.equal(withoutTimings(summary));
  });
});
