/**
 * Acceptance test of issue #5's Safe operations, end to end on the in-process chain, through
 * the CLI's command handlers and the local proposal service:
 *   a 2-of-3 organization Safe is created and onboarded by its city's Safe; it publishes an
 *   opportunity; it attests a CSV batch with off-chain owner signatures, and a second batch
 *   with on-chain approvals; a below-threshold proposal does not execute; a non-owner's
 *   signature is refused; a Safe-signed EIP-712 attestation is relayed by a third account.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { expect } from "chai";
import { network } from "hardhat";
import { type Address, type Hex, getAddress } from "viem";
import { privateKeyToAccount } from "viem/accounts";

import { HttpProposalService, createCitySyncPublicClient, getCredits, getOpportunity } from "@citysync/sdk";

import { SafeProposalService } from "../../indexer/src/safe-proposals/server.ts";
import {
  approveCommand,
  createSafeCommand,
  executeCommand,
  listCommand,
  proposeAttestationsCommand,
  proposeCommand,
  relayCommand,
  showCommand,
  signAttestationCommand,
  signCommand,
} from "../../scripts/safe/commands.ts";
import { runCli } from "../../scripts/safe/cli.ts";
import type { CliContext } from "../../scripts/safe/context.ts";
import { KEYS, deployCitySyncCity } from "../helpers/citysync-fixture.ts";
import { expectCode } from "../helpers/expect-code.ts";

const connection = await network.create();

describe("Safe operations, end to end (CLI handlers + proposal service + ledger)", function () {
  this.timeout(60_000);
  const dir = mkdtempSync(path.join(tmpdir(), "citysync-e2e-"));
  const residents = [1, 2, 3, 4].map((i) => getAddress(`0x${"0".repeat(38)}b${i}`));
  let world: Awaited<ReturnType<typeof deployCitySyncCity>>;
  let service: HttpProposalService;
  let close: () => void;
  let orgSafe: Address;
  const output: string[] = [];

  /** The CLI context of the holder of `key` (what `--key` gives on the command line). */
  const as = (key: Hex): CliContext => ({
    provider: world.provider,
    key,
    service,
    ledger: world.ledger,
    safeContracts: world.safeContracts,
    language: "en",
    out: (line) => output.push(line),
  });
  const [deployer, owner1, owner2, owner3, cityOwner, outsider, relayer] = KEYS.map((k) => k);
  const credits = (who: Address) =>
    getCredits(
      { client: createCitySyncPublicClient(world.provider), ledger: world.ledger },
      world.cityId,
      who,
    );
  const csv = (name: string, rows: string[]) => {
    const file = path.join(dir, name);
    writeFileSync(file, ["participant,opportunity,units,evidence", ...rows].join("\n") + "\n");
    return file;
  };

  before(async () => {
    world = await deployCitySyncCity(connection);
    const proposalService = new SafeProposalService({
      provider: world.provider,
      dataFile: path.join(dir, "proposals.json"),
    });
    const { server, url } = await proposalService.listen(0);
    close = () => server.close();
    service = new HttpProposalService(url);
  });

  after(() => close?.());

  it("creates the organization's 2-of-3 Safe; the city Safe onboards it; owners publish an opportunity", async () => {
    const owners = [owner1!, owner2!, owner3!].map((k) => privateKeyToAccount(k).address);
    orgSafe = await createSafeCommand(as(deployer!), {
      owners: owners.join(","),
      threshold: "2",
      salt: "42",
    });

    const onboard = await proposeCommand(as(cityOwner!), "onboard", {
      city: "1",
      account: orgSafe,
      budget: "100000",
      metadata: '{"name":"Huerta Norte"}',
    });
    await executeCommand(as(cityOwner!), onboard.proposal.id);

    const now = Number((await createCitySyncPublicClient(world.provider).getBlock()).timestamp);
    const publish = await proposeCommand(as(owner1!), "publish-opportunity", {
      org: orgSafe,
      "credits-per-unit": "5",
      capacity: "500",
      start: String(now),
      end: String(now + 90 * 86_400),
      metadata: '{"title":"Planting day"}',
    });
    await signCommand(as(owner2!), publish.proposal.id.slice(0, 12));
    await executeCommand(as(relayer!), publish.proposal.id);
    const opportunity = await getOpportunity(
      { client: createCitySyncPublicClient(world.provider), ledger: world.ledger },
      1,
    );
    expect(opportunity).to.deep.include({ orgId: 1, creditsPerUnit: 5, capacity: 500, status: 1 });
  });

  it("refuses a CSV with bad rows, naming every line, and proposes nothing", async () => {
    const before = (await service.list()).length;
    const error = await expectCode(
      proposeAttestationsCommand(as(owner1!), {
        org: orgSafe,
        csv: csv("bad.csv", [
          `${residents[0]},1,2,ok`,
          `${residents[1]},1,0,zero units`,
          `${residents[0]},1,1,dup`,
          `${residents[2]},7,1,unknown`,
        ]),
      }),
      "CSV_INVALID",
    );
    expect(error.message)
      .to.match(/line 3 \(units\)/)
      .and.to.match(/line 4 \(participant\): likely a duplicate of line 2/)
      .and.to.match(/line 5 \(opportunity\): opportunity 7 does not exist/);
    expect((await service.list()).length).to.equal(before);
  });

  it("attests a CSV batch with off-chain owner signatures; below threshold it does not execute; a non-owner is refused", async () => {
    const { proposal } = await proposeAttestationsCommand(as(owner1!), {
      org: orgSafe,
      csv: csv("batch1.csv", [
        `${residents[0]},1,2,attended the workshop`,
        `${residents[1]},1,3,attended the workshop`,
        `${residents[2]},1,1,0x${"ab".repeat(32)}`,
      ]),
    });
    expect(proposal.signatures).to.have.length(1);

    // 1 of 2: nobody can execute it yet, not even an owner.
    await expectCode(executeCommand(as(relayer!), proposal.id), "SAFE_THRESHOLD_NOT_MET");
    await expectCode(executeCommand(as(owner1!), proposal.id), "SAFE_THRESHOLD_NOT_MET");

    // A non-owner cannot sign it, and the service refuses a non-owner's signature sent directly.
    await expectCode(signCommand(as(outsider!), proposal.id), "SAFE_NOT_OWNER");
    const forged = await privateKeyToAccount(outsider!).sign({ hash: proposal.id });
    await expectCode(
      service.addSignature(proposal.id, {
        signer: privateKeyToAccount(outsider!).address,
        signature: forged,
      }),
      "SAFE_NOT_OWNER",
    );

    // Signing twice is harmless.
    await signCommand(as(owner1!), proposal.id);
    const { status } = await showCommand(as(relayer!), proposal.id);
    expect(status.confirmations).to.have.length(1);
    expect(output.join("\n")).to.contain("attestBatch(org 1, 3 row(s)");

    await signCommand(as(owner3!), proposal.id);
    await executeCommand(as(relayer!), proposal.id);
    expect(await credits(residents[0]!)).to.deep.include({ balance: 10n, lifetime: 10n });
    expect(await credits(residents[1]!)).to.deep.include({ balance: 15n });
    expect(await credits(residents[2]!)).to.deep.include({ balance: 5n });
    await expectCode(executeCommand(as(relayer!), proposal.id), "SAFE_NONCE_USED");
  });

  it("attests a second batch confirmed by an on-chain approval (approveHash); show then names who signed", async () => {
    const { proposal } = await proposeAttestationsCommand(as(owner2!), {
      org: orgSafe,
      csv: csv("batch2.csv", [`${residents[3]},1,4,planted trees`, `${residents[0]},1,1,planted trees`]),
    });
    expect(proposal.signatures).to.have.length(1);
    await expectCode(approveCommand(as(outsider!), proposal.id), "SAFE_NOT_OWNER");
    await approveCommand(as(owner3!), proposal.id);
    const listed = await listCommand(as(relayer!), { safe: orgSafe });
    expect(listed.map((p) => p.id)).to.include(proposal.id);
    expect(output.join("\n")).to.match(/2\/2 pending \(ready to execute\)/);
    const { status } = await showCommand(as(relayer!), proposal.id);
    expect(status.confirmations.map((c) => c.via)).to.have.members(["approval", "signature"]);
    await executeCommand(as(relayer!), proposal.id);
    output.length = 0;
    const shown = await showCommand(as(relayer!), proposal.id);
    const owner2Address = privateKeyToAccount(owner2!).address;
    const owner3Address = privateKeyToAccount(owner3!).address;
    expect(shown.execution?.signers).to.have.deep.members([
      { owner: owner2Address, via: "signature" },
      { owner: owner3Address, via: "approval" },
    ]);
    expect(output.join("\n"))
      .to.contain(`signed by ${owner2Address} (off-chain signature)`)
      .and.not.to.contain("not yet");
    expect(await credits(residents[3]!)).to.deep.include({ balance: 20n });
    expect(await credits(residents[0]!)).to.deep.include({ balance: 15n });
  });

  it("relays a Safe-signed EIP-712 attestation from a third account once two owners signed", async () => {
    const file = path.join(dir, "signed-attestation.json");
    await signAttestationCommand(as(owner1!), {
      org: orgSafe,
      csv: csv("batch3.csv", [`${residents[1]},1,2,cleanup`]),
      out: file,
    });
    await expectCode(relayCommand(as(relayer!), { file }), "SAFE_SIGNATURE_INCOMPLETE");
    await expectCode(signAttestationCommand(as(outsider!), { out: file }), "SAFE_NOT_OWNER");
    await signAttestationCommand(as(owner2!), { out: file });
    await relayCommand(as(relayer!), { file });
    expect(await credits(residents[1]!)).to.deep.include({ balance: 25n, lifetime: 25n });
    // The nonce is spent: relaying the same file again is refused with the ledger's reason.
    const error = await expectCode(relayCommand(as(relayer!), { file }), "RELAY_REVERTED");
    expect(error.message).to.contain("was already used");
  });

  it("prints a decoded dry run and explains a failing call without storing anything", async () => {
    output.length = 0;
    const before = (await service.list()).length;
    await proposeCommand(as(owner1!), "close-opportunity", { org: orgSafe, id: "1", "dry-run": true });
    await proposeCommand(as(owner1!), "close-opportunity", { org: orgSafe, id: "9", "dry-run": true });
    const text = output.join("\n");
    expect(text).to.contain("closeOpportunity(1)").and.to.contain("would succeed");
    expect(text).to.contain("would fail: Opportunity 9 does not exist.");
    expect((await service.list()).length).to.equal(before);
  });

  it("has --help on every command and clear errors for bad input", async () => {
    const lines: string[] = [];
    expect(await runCli(["--help"], (l) => lines.push(l))).to.equal(0);
    for (const command of [
      "create-safe",
      "attest",
      "sign",
      "approve",
      "execute",
      "list",
      "show",
      "sign-attestation",
      "relay",
    ]) {
      expect(lines.join("\n")).to.contain(command);
      expect(await runCli([command, "--help"], (l) => lines.push(l))).to.equal(0);
    }
    const errors: string[] = [];
    expect(
      await runCli(
        ["propose", "launch-rocket", "--key", deployer!],
        () => undefined,
        (l) => errors.push(l),
      ),
    ).to.equal(1);
    expect(errors.join("\n")).to.contain('Unknown command "launch-rocket"');
    expect(
      await runCli(
        ["create-safe", "--owners", "nope", "--threshold", "1"],
        () => undefined,
        (l) => errors.push(l),
      ),
    ).to.equal(1);
  });
});
