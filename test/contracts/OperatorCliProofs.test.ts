/**
 * The operator CLI's revoke and refund: proofs built from the ledger's logs by the SDK's one proof
 * builder, proposed and executed through the organization's Safe; the one-line "send a checkpoint
 * first" in English and Spanish, the checkpoint command, and a tampered proof refused by the ledger.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { expect } from "chai";
import { network } from "hardhat";
import type { Hex } from "viem";
import { privateKeyToAccount } from "viem/accounts";

import {
  HttpProposalService,
  RedemptionStatus,
  buildRevocationProof,
  createCitySyncPublicClient,
  getCredits,
  ledgerCalls,
  logsChainSource,
  readLedger,
} from "@citysync/sdk";

import { SafeProposalService } from "../../indexer/src/safe-proposals/server.ts";
import { runCli } from "../../scripts/safe/cli.ts";
import type { CliContext } from "../../scripts/safe/context.ts";
import { KEYS, deployCitySyncWorld } from "../helpers/citysync-fixture.ts";

const connection = await network.create();
const world = await deployCitySyncWorld(connection);
const ref = { client: createCitySyncPublicClient(world.provider), ledger: world.ledger };
const [, owner1, owner2, owner3, , resident1, resident2] = KEYS as [Hex, Hex, Hex, Hex, Hex, Hex, Hex];
const address = (key: Hex) => privateKeyToAccount(key).address;

describe("operator CLI: revoke and refund with proofs from the logs", function () {
  this.timeout(120_000);
  const dir = mkdtempSync(path.join(tmpdir(), "citysync-operator-proofs-"));
  let overrides: Partial<CliContext>;
  let close: () => void;

  async function run(args: string[]): Promise<{ code: number; out: string; err: string[] }> {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(
      args,
      (l) => out.push(l),
      (l) => err.push(l),
      overrides,
    );
    return { code, out: out.join("\n"), err };
  }
  async function cli(key: Hex | undefined, ...args: string[]): Promise<string> {
    const r = await run([...args, ...(key ? ["--key", key] : [])]);
    if (r.code !== 0) throw new Error(r.err.join("\n"));
    return r.out;
  }
  async function cliError(...args: string[]): Promise<string> {
    const r = await run(args);
    expect(r.code).to.equal(1);
    expect(r.err).to.have.length(1);
    return r.err[0]!;
  }
  const idOf = (output: string) => /Proposal (0x[0-9a-f]{64})/.exec(output)![1]!;
  /** Proposes as the organization's owner 1, signs as owner 2, executes as owner 3. */
  async function asOrganization(...args: string[]): Promise<string> {
    const id = idOf(await cli(owner1, ...args, "--org", world.orgSafe));
    await cli(owner2, "sign", id.slice(0, 12));
    await cli(owner3, "execute", id);
    return id;
  }

  before(async () => {
    const service = new SafeProposalService({
      provider: world.provider,
      dataFile: path.join(dir, "proposals.json"),
    });
    const { server, url } = await service.listen(0);
    close = () => server.close();
    overrides = {
      provider: world.provider,
      ledger: world.ledger,
      safeContracts: world.safeContracts,
      service: new HttpProposalService(url),
    };
    const file = path.join(dir, "hours.csv");
    writeFileSync(
      file,
      [
        "participant,opportunity,units,evidence",
        `${address(resident1)},1,3,sheet 1`,
        `${address(resident2)},1,2,sheet 1`,
      ].join("\n") + "\n",
    );
    await asOrganization("attest", "--csv", file);
  });
  after(() => close?.());

  it("says in one line, in English or Spanish, that checkpoint(cityId) must be sent first, with the command", async () => {
    const command = "npm run safe -- checkpoint --city 1 --key <any funded key>";
    expect(
      await cliError(
        "revoke",
        "--org",
        world.orgSafe,
        "--seq",
        "0",
        "--reason",
        "duplicate",
        "--key",
        owner1,
      ),
    ).to.equal(
      `Error: No checkpoint of city 1 covers this record yet: send checkpoint(1) first (${command}), then retry.`,
    );
    expect(
      await cliError("revoke", "--org", world.orgSafe, "--seq", "0", "--reason", "duplicate", "--lang", "es"),
    ).to.equal(
      `Error: Ningún checkpoint de la ciudad 1 cubre este registro todavía: envíe primero checkpoint(1) ("${command}") y vuelva a intentarlo.`,
    );
    expect(await cliError("revoke", "--org", world.orgSafe, "--seq", "0", "--reason", "spite")).to.match(
      /^Error: --reason must be one of Other, Fraud, DataEntryError, Duplicate, ParticipantRequest, OrganizationWithdrawn or a number 0–255\.$/,
    );
    expect(await cliError("revoke", "--org", world.orgSafe, "--seq", "9", "--reason", "fraud")).to.equal(
      "Error: No attestation 1/9 is recorded.",
    );
  });

  it("revokes an attestation through the organization's Safe once a checkpoint covers it", async () => {
    // Anyone may send the checkpoint: a resident pays its gas here.
    expect(await cli(resident2, "checkpoint", "--city", "1")).to.match(/^Checkpoint of city 1 stored/);
    const dry = await cli(
      owner1,
      ...["revoke", "--org", world.orgSafe, "--seq", "0", "--reason", "data-entry-error", "--dry-run"],
    );
    expect(dry)
      .to.contain("call 1: would succeed")
      .and.to.match(/estimated gas: \d+/);
    const id = await asOrganization(
      ...["revoke", "--seq", "0", "--reason", "DataEntryError", "--note", "hours typed twice"],
    );
    expect(await cli(undefined, "show", id)).to.contain(
      "Revoke attestation 0 of organization 1 (DataEntryError): hours typed twice",
    );
    expect(await readLedger(ref, "isRevoked", [1, 0])).to.equal(true);
    expect(await readLedger(ref, "isRevoked", [1, 1])).to.equal(false);
    expect(await getCredits(ref, 1, address(resident1))).to.deep.include({ balance: 0n, lifetime: 0n });
  });

  it("refuses a tampered proof: the ledger finds no such record in the city's chain", async () => {
    const source = await logsChainSource(ref.client, ref.ledger, 0n);
    const { proof } = await buildRevocationProof(source, 1n, 1n);
    // One more unit for the second resident: the batch's record no longer matches the chain.
    const rows = [...proof.rows];
    rows[1] = `${rows[1]!.slice(0, -1)}${rows[1]!.endsWith("2") ? "3" : "2"}` as Hex;
    for (const tampered of [
      { ...proof, rows },
      { ...proof, prevHead: proof.prevHead + 1n },
    ]) {
      const call = ledgerCalls.revoke(ref.ledger, tampered, [1n], 1);
      const refused = await ref.client
        .call({ account: world.orgSafe, to: call.to, data: call.data })
        .then(() => "accepted")
        .catch((e: Error) => e.message);
      expect(refused).to.contain("CivicLedgerUnknownRecord");
    }
    // The same through the Safe: execution reverts and nothing is revoked.
    const call = ledgerCalls.revoke(ref.ledger, { ...proof, rows }, [1n], 1);
    let failed = false;
    await world.runAsSafe(world.orgSafe, [owner1, owner2], [call], "tampered").catch(() => (failed = true));
    expect(failed).to.equal(true);
    expect(await readLedger(ref, "isRevoked", [1, 1])).to.equal(false);
  });

  it("refunds a redemption through the organization's Safe: the resident's credits come back", async () => {
    const now = Number((await ref.client.getBlock()).timestamp);
    await asOrganization(
      ...["publish-offer", "--price", "10", "--stock", "5", "--cities", "1"],
      ...[
        "--start",
        String(now),
        "--end",
        String(now + 30 * 86_400),
        "--metadata",
        '{"title":"Bike repair"}',
      ],
    );
    await cli(resident2, "redeem", "--offer", "1", "--city", "1");
    expect(await getCredits(ref, 1, address(resident2))).to.deep.include({ balance: 10n });
    expect(
      await cliError("refund", "--org", world.orgSafe, "--offer", "1", "--seq", "0", "--key", owner1),
    ).to.contain("send checkpoint(1) first");
    await cli(resident2, "checkpoint", "--city", "1");
    await asOrganization("refund", "--offer", "1", "--seq", "0");
    expect(await readLedger(ref, "redemptionStatus", [1, 0])).to.equal(RedemptionStatus.Refunded);
    expect(await getCredits(ref, 1, address(resident2))).to.deep.include({ balance: 20n, lifetime: 20n });
  });
});
