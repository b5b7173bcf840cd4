/**
 * Every command of the operator CLI, run through `runCli` (parsing, help table, handlers) against
 * an in-process chain and the local proposal service: the network admin's, the city admin's and
 * the organization's Safe actions, proposals (sign, approve, reject, replace with --nonce, show),
 * the resident's reads and redemptions (direct and gasless), and the one-line errors.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { expect } from "chai";
import { network } from "hardhat";
import { type Address, type Hex, getAddress } from "viem";
import { privateKeyToAccount } from "viem/accounts";

import {
  HttpProposalService,
  RedemptionStatus,
  createCitySyncPublicClient,
  getBudgetStatus,
  getCity,
  getCredits,
  getNetworkAdmin,
  getPendingNetworkAdmin,
  getPendingRecovery,
  isPaused,
  readLedger,
} from "@citysync/sdk";

import { SafeProposalService } from "../../indexer/src/safe-proposals/server.ts";
import { COMMANDS, runCli } from "../../scripts/safe/cli.ts";
import type { CliContext } from "../../scripts/safe/context.ts";
import { KEYS, deployCitySyncWorld } from "../helpers/citysync-fixture.ts";

const connection = await network.create();
const world = await deployCitySyncWorld(connection);
const ref = { client: createCitySyncPublicClient(world.provider), ledger: world.ledger };
const address = (key: Hex) => privateKeyToAccount(key).address;
const [admin, owner1, owner2, owner3, cityOwner, outsider, relayer] = KEYS as [
  Hex,
  Hex,
  Hex,
  Hex,
  Hex,
  Hex,
  Hex,
];

async function travel(seconds: bigint): Promise<void> {
  await world.provider.request({ method: "evm_increaseTime", params: [Number(seconds) + 1] });
  await world.provider.request({ method: "evm_mine", params: [] });
}

describe("operator CLI: every command, every role", function () {
  this.timeout(120_000);
  const dir = mkdtempSync(path.join(tmpdir(), "citysync-operator-cli-"));
  const tested = new Set<string>();
  let overrides: Partial<CliContext>;
  let close: () => void;

  /** Runs a command as the holder of `key`; returns its output, failing with its error line. */
  async function cli(key: Hex | undefined, ...args: string[]): Promise<string> {
    tested.add(args[0]!);
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(
      [...args, ...(key ? ["--key", key] : [])],
      (l) => out.push(l),
      (l) => err.push(l),
      overrides,
    );
    if (code !== 0) throw new Error(err.join("\n"));
    return out.join("\n");
  }
  /** Runs a command expected to fail; returns its one error line. */
  async function cliError(args: string[], context: Partial<CliContext> = overrides): Promise<string> {
    const err: string[] = [];
    expect(
      await runCli(
        args,
        () => undefined,
        (l) => err.push(l),
        context,
      ),
    ).to.equal(1);
    expect(err).to.have.length(1);
    return err[0]!;
  }
  const idOf = (output: string) => /Proposal (0x[0-9a-f]{64})/.exec(output)![1]!;
  /** Proposes with a 1-of-1 Safe's owner and executes. */
  async function asSoleOwner(key: Hex, ...args: string[]): Promise<string> {
    const id = idOf(await cli(key, ...args));
    await cli(key, "execute", id);
    return id;
  }
  /** Proposes as the organization's owner 1, signs as owner 2, executes as owner 3. */
  async function asOrganization(...args: string[]): Promise<string> {
    const id = idOf(await cli(owner1, ...args, "--org", world.orgSafe));
    await cli(owner2, "sign", id.slice(0, 12));
    await cli(owner3, "execute", id);
    return id;
  }
  const csv = (name: string, rows: string[]) => {
    const file = path.join(dir, name);
    writeFileSync(file, ["participant,opportunity,units,evidence", ...rows].join("\n") + "\n");
    return file;
  };

  let newAdminSafe: Address;

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
  });
  after(() => close?.());

  it("network admin: creates a city, replaces its admin, pauses and unpauses", async () => {
    const created = await cli(
      admin,
      "create-safe",
      "--owners",
      address(outsider),
      "--threshold",
      "1",
      "--salt",
      "77",
    );
    newAdminSafe = getAddress(/Safe created: (0x[0-9a-fA-F]{40})/.exec(created)![1]!);
    // The older "propose <action>" spelling still works.
    await asSoleOwner(
      admin,
      "propose",
      "create-city",
      "--admin",
      newAdminSafe,
      "--code",
      "BUE",
      "--name",
      "Buenos Aires",
    );
    expect(await getCity(ref, 2)).to.deep.include({ code: "BUE", name: "Buenos Aires", admin: newAdminSafe });
    tested.add("create-city");
    await asSoleOwner(admin, "replace-city-admin", "--city", "2", "--admin", world.citySafe);
    expect((await getCity(ref, 2)).admin).to.equal(world.citySafe);
    await asSoleOwner(admin, "pause");
    expect(await isPaused(ref)).to.equal(true);
    await asSoleOwner(admin, "unpause");
    expect(await isPaused(ref)).to.equal(false);
  });

  it("proposals: reject proposes the Safe's empty transaction at the same nonce; --nonce replaces a proposal", async () => {
    const pause = idOf(await cli(admin, "pause"));
    const rejection = idOf(await cli(admin, "reject", pause.slice(0, 12)));
    await cli(admin, "execute", rejection);
    expect(await cliError(["execute", pause, "--key", admin])).to.contain("can no longer run");
    expect(await isPaused(ref)).to.equal(false);
    expect(await cli(undefined, "show", pause)).to.contain("replaced");

    const first = idOf(await cli(cityOwner, "set-budget", "--org-id", "1", "--budget", "500"));
    const nonce = /nonce (\d+)/.exec(await cli(undefined, "show", first))![1]!;
    const replacement = idOf(
      await cli(cityOwner, "set-budget", "--org-id", "1", "--budget", "600", "--nonce", nonce),
    );
    await cli(cityOwner, "approve", replacement);
    await cli(cityOwner, "execute", replacement);
    expect((await getBudgetStatus(ref, 1)).budget).to.equal(600n);
    expect(await cliError(["execute", first, "--key", cityOwner])).to.contain("can no longer run");
    expect(await cli(undefined, "list")).to.contain("replaced");
  });

  it("organization: the CSV names a likely duplicate unless --allow-repeat; --dry-run shows credits per resident and gas", async () => {
    const resident = address(outsider);
    const shifts = csv("shifts.csv", [`${resident},1,1,morning shift`, `${resident},1,2,afternoon shift`]);
    const refused = await cliError(["attest", "--org", world.orgSafe, "--csv", shifts, "--key", owner1]);
    expect(refused)
      .to.contain("line 3 (participant): likely a duplicate of line 2")
      .and.to.contain("--allow-repeat");
    const dry = await cli(
      owner1,
      "attest",
      "--org",
      world.orgSafe,
      "--csv",
      shifts,
      "--allow-repeat",
      "--dry-run",
    );
    expect(dry)
      .to.contain(`${resident} would receive 30 credit(s)`)
      .and.to.match(/estimated gas: \d+/);
    await asOrganization("attest", "--csv", shifts, "--allow-repeat");
    expect(await getCredits(ref, 1, resident)).to.deep.include({ balance: 30n, lifetime: 30n });
  });

  it("organization and resident: publish an offer, list, redeem directly and by signature, fulfil", async () => {
    const now = Number((await ref.client.getBlock()).timestamp);
    await asOrganization(
      "publish-offer",
      ...[
        "--price",
        "10",
        "--stock",
        "5",
        "--cities",
        "1",
        "--start",
        String(now),
        "--end",
        String(now + 30 * 86_400),
      ],
      ...["--metadata", '{"title":"Bike repair"}'],
    );
    expect(await cli(undefined, "offers", "--city", "1")).to.contain(
      "offer 1: organization 1, price 10 credit(s), 5 left",
    );
    expect(await cli(undefined, "opportunities")).to.contain(
      "opportunity 1: organization 1 (city 1), 10 credit(s) per unit",
    );
    expect(await cli(outsider, "balance")).to.contain("MVD (city 1): balance 30, earned in total 30");

    // The chain's clock runs weeks ahead of this computer's (as on the seeded local chain): the
    // signed redemption's deadline must come from the chain, or it is born expired.
    await travel(20n * 86_400n);
    await cli(outsider, "redeem", "--offer", "1", "--city", "1");
    const file = path.join(dir, "redemption.json");
    await cli(outsider, "sign-redemption", "--offer", "1", "--city", "1", "--out", file);
    const before = await ref.client.getBalance({ address: address(outsider) });
    await cli(relayer, "relay-redemption", "--file", file);
    // Gasless: the relayer paid, the resident's ETH did not move.
    expect(await ref.client.getBalance({ address: address(outsider) })).to.equal(before);
    expect(await cli(undefined, "balance", "--resident", address(outsider), "--city", "1")).to.contain(
      "balance 10,",
    );

    await asOrganization("fulfil-redemption", "--offer", "1", "--seq", "1");
    expect(await readLedger(ref, "redemptionStatus", [1, 1])).to.equal(RedemptionStatus.Fulfilled);
  });

  it("city admin: onboards, requests, cancels and executes a wallet recovery", async () => {
    await asSoleOwner(
      cityOwner,
      "onboard",
      "--city",
      "2",
      "--account",
      newAdminSafe,
      "--budget",
      "100",
      "--metadata",
      '{"name":"Taller"}',
    );
    const lost = address(outsider);
    const fresh = getAddress(`0x${"0".repeat(38)}c1`);
    await asSoleOwner(cityOwner, "request-recovery", "--city", "1", "--from", lost, "--to", fresh);
    expect((await getPendingRecovery(ref, 1, lost)).to).to.equal(fresh);
    await asSoleOwner(cityOwner, "cancel-recovery", "--city", "1", "--from", lost);
    expect(BigInt((await getPendingRecovery(ref, 1, lost)).to)).to.equal(0n);
    await asSoleOwner(cityOwner, "request-recovery", "--city", "1", "--from", lost, "--to", fresh);
    await travel(await readLedger(ref, "recoveryDelay"));
    await asSoleOwner(cityOwner, "execute-recovery", "--city", "1", "--from", lost);
    expect(await getCredits(ref, 1, fresh)).to.deep.include({ balance: 10n });

    // The old wallet contests a recovery; the network admin's Safe then decides.
    const contested = address(relayer);
    await asSoleOwner(cityOwner, "request-recovery", "--city", "1", "--from", contested, "--to", fresh);
    await cli(relayer, "contest-recovery", "--city", "1");
    expect((await getPendingRecovery(ref, 1, contested)).contested).to.equal(true);
    await asSoleOwner(admin, "resolve-recovery", "--city", "1", "--from", contested);
    expect(BigInt((await getPendingRecovery(ref, 1, contested)).to)).to.equal(0n);
  });

  it("network admin: begins, cancels and hands over the admin role to another Safe", async () => {
    await asSoleOwner(admin, "begin-admin-transfer", "--to", newAdminSafe);
    await asSoleOwner(admin, "cancel-admin-transfer");
    expect(BigInt((await getPendingNetworkAdmin(ref)).admin)).to.equal(0n);
    await asSoleOwner(admin, "begin-admin-transfer", "--to", newAdminSafe);
    await travel(await readLedger(ref, "adminTransferDelay"));
    await asSoleOwner(outsider, "accept-admin-transfer");
    expect(await getNetworkAdmin(ref)).to.equal(newAdminSafe);
  });

  it("every error is one line a person can act on, in English or Spanish; --verbose adds the stack", async () => {
    const unreachable = "http://127.0.0.1:28549";
    expect(await cliError(["balance", "--resident", address(outsider), "--rpc", unreachable], {})).to.equal(
      `Error: Cannot reach the chain at ${unreachable}: start the local network with "npm start", or pass another with --rpc.`,
    );
    expect(await cliError(["offers", "--rpc", unreachable, "--lang", "es"], {})).to.contain(
      `No se puede conectar con la cadena en ${unreachable}: inicie la red local con "npm start"`,
    );
    const missing = path.join(dir, "nope.csv");
    expect(await cliError(["attest", "--org", world.orgSafe, "--csv", missing, "--key", owner1])).to.equal(
      `Error: The file ${missing} does not exist.`,
    );
    expect(await cliError(["attest", "--org", world.orgSafe, "--csv", missing, "--lang", "es"])).to.equal(
      `Error: El archivo ${missing} no existe o no se puede leer.`,
    );
    expect(await cliError(["balance", "--colour", "red"])).to.equal(
      'Error: Unknown option --colour for "balance". Valid options: --rpc, --key, --service, --tx-service, --ledger, --lang, --verbose, --help, --resident, --city.',
    );
    expect(await cliError(["balance", "--colour", "red", "--lang", "es"])).to.match(
      /^Error: Opción desconocida --colour para "balance"\. Opciones válidas: --rpc/,
    );
    expect(await cliError(["launch-rocket"])).to.match(
      /^Error: Unknown command "launch-rocket"\. Commands: create-safe, /,
    );
    expect(await cliError(["redeem", "--offer", "1"])).to.equal(
      'Error: Missing --city (see "npm run safe -- redeem --help").',
    );
    expect(
      await cliError([
        "create-safe",
        "--owners",
        address(outsider),
        "--threshold",
        "1",
        "--salt",
        "77",
        "--key",
        admin,
      ]),
    ).to.match(
      /^Error: Could not create the Safe: a Safe already exists at 0x[0-9a-fA-F]{40} for these owners, threshold and salt \(choose another salt\)\.$/,
    );
    expect(
      await cliError(["create-safe", "--owners", address(outsider), "--threshold", "2", "--key", admin]),
    ).to.equal("Error: Threshold 2 is impossible with 1 owner(s).");
    const bad = csv("bad.csv", [`${address(outsider)},99,0,n`]);
    expect(await cliError(["attest", "--org", world.orgSafe, "--csv", bad, "--lang", "es"])).to.equal(
      'Error: El CSV tiene 2 problema(s); no se envió nada: línea 2 (oportunidad): la oportunidad 99 no existe; línea 2 (unidades): las unidades "0" deben ser un número entero mayor que 0.',
    );
    expect(await cliError(["set-budget", "--org-id", "x", "--budget", "1", "--lang", "es"])).to.equal(
      "Error: --org-id debe ser un número entero ≥ 1.",
    );
    const err: string[] = [];
    await runCli(
      ["attest", "--org", world.orgSafe, "--csv", missing, "--verbose"],
      () => undefined,
      (l) => err.push(l),
      overrides,
    );
    expect(err[0]!.split("\n")[0]).to.equal(`Error: The file ${missing} does not exist.`);
    expect(err[0])
      .to.contain("Caused by: Error: ENOENT")
      .and.to.match(/\n\s+at /);
  });

  it("has help for every command, generated from the one table, and a test above for each", async () => {
    const lines: string[] = [];
    expect(await runCli(["--help"], (l) => lines.push(l))).to.equal(0);
    for (const [name, command] of Object.entries(COMMANDS)) {
      expect(lines.join("\n")).to.contain(`  ${name}`);
      const help: string[] = [];
      expect(await runCli([name, "--help"], (l) => help.push(l))).to.equal(0);
      for (const option of Object.keys(command.options)) expect(help.join("\n")).to.contain(`--${option}`);
    }
    const untested = Object.keys(COMMANDS).filter((name) => !tested.has(name));
    // The organization's publishing and delegate commands are covered in SafeCli.test.ts; revoke,
    // refund and checkpoint in OperatorCliProofs.test.ts.
    const elsewhere = [
      "revoke",
      "refund",
      "checkpoint",
      "publish-opportunity",
      "update-opportunity",
      "close-opportunity",
      "update-offer",
      "close-offer",
      "authorize-delegate",
      "revoke-delegate",
      "sign-attestation",
      "relay",
      "suspend",
      "reactivate",
    ];
    expect(untested.filter((n) => !elsewhere.includes(n))).to.deep.equal([]);
  });
});
