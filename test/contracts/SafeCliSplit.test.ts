/**
 * A CSV larger than one transaction (the ledger's MAX_BATCH_ROWS) becomes several numbered Safe
 * proposals at consecutive nonces, each valid alone; the split is printed before anything is
 * proposed, and every row is minted once all parts execute.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { expect } from "chai";
import { network } from "hardhat";
import { type Hex, getAddress, numberToHex } from "viem";

import { HttpProposalService, createCitySyncPublicClient, getCredits, getMaxBatchRows } from "@citysync/sdk";

import { SafeProposalService } from "../../indexer/src/safe-proposals/server.ts";
import { executeCommand, proposeAttestationsCommand, signCommand } from "../../scripts/safe/commands.ts";
import type { CliContext } from "../../scripts/safe/context.ts";
import { KEYS, deployCitySyncWorld } from "../helpers/citysync-fixture.ts";

const connection = await network.create();
const world = await deployCitySyncWorld(connection);
const ref = { client: createCitySyncPublicClient(world.provider), ledger: world.ledger };

describe("Safe CLI: a CSV larger than one transaction", function () {
  this.timeout(180_000);
  const dir = mkdtempSync(path.join(tmpdir(), "citysync-split-"));
  let service: HttpProposalService;
  let close: () => void;
  const printed: string[] = [];
  const as = (key: Hex): CliContext => ({
    provider: world.provider,
    key,
    service,
    ledger: world.ledger,
    safeContracts: world.safeContracts,
    language: "en",
    out: (line: string) => printed.push(line),
  });

  before(async () => {
    const dataFile = path.join(dir, "proposals.json");
    const { server, url } = await new SafeProposalService({ provider: world.provider, dataFile }).listen(0);
    close = () => server.close();
    service = new HttpProposalService(url);
  });
  after(() => close?.());

  it("proposes numbered parts at consecutive nonces, shows the split first, and mints every row", async () => {
    const maxRows = Number(await getMaxBatchRows(ref));
    const residents = Array.from({ length: maxRows + 1 }, (_, i) =>
      getAddress(numberToHex(0x5000n + BigInt(i), { size: 20 })),
    );
    const file = path.join(dir, "large.csv");
    writeFileSync(
      file,
      ["participant,opportunity,units,evidence", ...residents.map((r) => `${r},1,1,shift`)].join("\n") + "\n",
    );

    const result = await proposeAttestationsCommand(as(KEYS[1]!), { org: world.orgSafe, csv: file });

    expect(result.parts).to.have.length(2);
    const [first, second] = result.parts.map((p) => p.proposal);
    expect(BigInt(second!.tx.nonce)).to.equal(BigInt(first!.tx.nonce) + 1n);
    expect(first!.title).to.match(/part 1 of 2/);
    const splitLine = printed.findIndex((l) => l.includes("proposal 1 of 2"));
    const firstProposal = printed.findIndex((l) => l.startsWith("Proposal "));
    expect(splitLine, printed.join("\n")).to.be.greaterThan(-1);
    expect(splitLine).to.be.lessThan(firstProposal);
    expect(printed.join("\n")).to.include(`proposal 2 of 2: ${Math.floor((maxRows + 1) / 2)} row(s)`);

    for (const part of [first!, second!]) {
      await signCommand(as(KEYS[2]!), part.id);
      await executeCommand(as(KEYS[3]!), part.id);
    }
    const creditsPerUnit = 10n;
    expect((await getCredits(ref, world.cityId, residents[0]!)).balance).to.equal(creditsPerUnit);
    expect((await getCredits(ref, world.cityId, residents.at(-1)!)).balance).to.equal(creditsPerUnit);
  });
});
