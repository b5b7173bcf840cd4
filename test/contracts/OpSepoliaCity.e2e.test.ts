/**
 * A city live on OP Sepolia with the project's own tools, end to end, on a local chain that
 * reports OP Sepolia's chain id (11155420) and a local fake of Safe's Transaction Service (the
 * endpoints api-kit calls): deploy through Ignition (cost estimated and the deployer's balance
 * checked before anything is sent) → the network admin Safe creates the city (propose through
 * the Transaction Service, owners sign, execute) → the city's credit view through Ignition, in
 * the deployment record → the city Safe onboards an organization → the organization's Safe
 * publishes an opportunity and an offer → a first attestation → a gasless redemption.
 *
 * The one stand-in besides the fake service: the Safe contracts, deployed fresh here, exist at
 * Safe's canonical addresses on the real OP Sepolia (protocol-kit finds them by chain id).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { expect } from "chai";
import { network } from "hardhat";
import { type Address, type Hex, getAddress } from "viem";
import { generatePrivateKey, privateKeyToAccount } from "viem/accounts";

import {
  createCitySyncPublicClient,
  getCity,
  getCityCreditBalance,
  getCredits,
  getOffer,
} from "@citysync/sdk";

import { deployCityCreditView, deployCitySync } from "../../scripts/lib/deploy-system.ts";
import { writeDeploymentRecord } from "../../scripts/lib/deployment-records.ts";
import { deploySafeInfrastructure } from "../../scripts/lib/safe-infrastructure.ts";
import { runCli } from "../../scripts/safe/cli.ts";
import type { CliContext } from "../../scripts/safe/context.ts";
import { FakeSafeTransactionService } from "../helpers/fake-safe-transaction-service.ts";
import { KEYS } from "../helpers/citysync-fixture.ts";

const OP_SEPOLIA = 11155420;

describe("a city live on OP Sepolia with the project's tools alone", function () {
  this.timeout(180_000);
  const dir = mkdtempSync(path.join(tmpdir(), "citysync-op-sepolia-"));
  const [, owner1, owner2, owner3, cityOwner, , relayer] = KEYS as Hex[];
  const address = (key: Hex) => privateKeyToAccount(key).address;
  const closers: (() => void)[] = [];
  after(() => closers.forEach((close) => close()));

  it("deploys, creates the city, onboards, publishes, attests and redeems without gas for the resident", async () => {
    const connection = await network.create({ network: "default", override: { chainId: OP_SEPOLIA } });
    const client = createCitySyncPublicClient(connection.provider);
    expect(await client.getChainId()).to.equal(OP_SEPOLIA);
    const [deployer] = await connection.ethers.getSigners();
    const safeContracts = await deploySafeInfrastructure(deployer!);
    const transactionService = new FakeSafeTransactionService(connection.provider);
    const fake = await transactionService.listen(28551);
    closers.push(() => fake.server.close());

    let overrides: Partial<CliContext> = { provider: connection.provider, safeContracts };
    async function cli(key: Hex, ...args: string[]): Promise<string> {
      const out: string[] = [];
      const err: string[] = [];
      const argv = [...args, "--key", key, "--tx-service", fake.url];
      expect(
        await runCli(
          argv,
          (l) => out.push(l),
          (l) => err.push(l),
          overrides,
        ),
        err.join("\n"),
      ).to.equal(0);
      return out.join("\n");
    }
    const safeOf = (output: string) => getAddress(/Safe created: (0x[0-9a-fA-F]{40})/.exec(output)![1]!);
    const idOf = (output: string) => /Proposal (0x[0-9a-f]{64})/.exec(output)![1]!;
    /** Owner 1 proposes through the Transaction Service, owner 2 signs, owner 3 executes. */
    async function twoOfThree(...args: string[]) {
      const id = idOf(await cli(owner1!, ...args));
      await cli(owner2!, "sign", id);
      await cli(owner3!, "execute", id);
    }
    const owners = [owner1!, owner2!, owner3!].map(address).join(",");

    // 1. The network admin Safe, then the deployment through Ignition, estimated first.
    const networkAdmin = safeOf(
      await cli(owner1!, "create-safe", "--owners", owners, "--threshold", "2", "--salt", "1"),
    );
    const log: string[] = [];
    const balance = await connection.ethers.provider.getBalance(deployer!.address);
    await connection.provider.request({ method: "hardhat_setBalance", params: [deployer!.address, "0x1"] });
    await deployCitySync(connection, { networkAdminSafe: networkAdmin, log: (l) => log.push(l) }).then(
      () => expect.fail("a deployer without funds must be refused"),
      (error: Error) =>
        expect(error.message).to.match(
          /^The deployer 0x[0-9a-fA-F]{40} holds 0\.000000000000000001 ETH; deploying needs about .* ETH: fund it first/,
        ),
    );
    await connection.provider.request({
      method: "hardhat_setBalance",
      params: [deployer!.address, `0x${balance.toString(16)}`],
    });
    const deployment = await deployCitySync(connection, {
      networkAdminSafe: networkAdmin,
      log: (l) => log.push(l),
    });
    expect(log[0]).to.match(
      /^Deployment estimate: \d+ gas \(CivicLedgerAdmin \d+, CivicLedger \d+\) at .* gwei ≈ .* ETH/,
    );
    const ledger = getAddress(deployment.contracts.CivicLedger!);
    overrides = { ...overrides, ledger };

    // 2. The network admin Safe creates the city (a 1-of-1 city admin Safe here).
    const citySafe = safeOf(
      await cli(
        cityOwner!,
        "create-safe",
        "--owners",
        address(cityOwner!),
        "--threshold",
        "1",
        "--salt",
        "2",
      ),
    );
    await twoOfThree("create-city", "--admin", citySafe, "--code", "MVD", "--name", "Montevideo");
    expect(await getCity({ client, ledger }, 1)).to.deep.include({ code: "MVD", admin: citySafe });
    expect(transactionService.transactions.size).to.equal(1);

    // 3. The city's credit view through Ignition, in the deployment record.
    const view = await deployCityCreditView(connection, ledger, 1, "MVD");
    const record = { ...deployment.record, contracts: { ...deployment.record.contracts, [view.name]: view } };
    const file = writeDeploymentRecord(dir, record);
    expect(JSON.parse(readFileSync(file, "utf8")).contracts.CityCreditView_MVD.address).to.equal(
      view.address,
    );

    // 4. The city Safe onboards the organization; its 2-of-3 Safe publishes an opportunity and an offer.
    const orgSafe = safeOf(
      await cli(owner1!, "create-safe", "--owners", owners, "--threshold", "2", "--salt", "3"),
    );
    const onboard = idOf(
      await cli(
        cityOwner!,
        "onboard",
        "--city",
        "1",
        "--account",
        orgSafe,
        "--budget",
        "1000",
        "--metadata",
        '{"name":"Huerta"}',
      ),
    );
    await cli(cityOwner!, "execute", onboard);
    const now = Number((await client.getBlock()).timestamp);
    const window = [
      "--start",
      String(now),
      "--end",
      String(now + 30 * 86_400),
      "--metadata",
      '{"title":"v1"}',
    ];
    await twoOfThree(
      "publish-opportunity",
      "--org",
      orgSafe,
      "--credits-per-unit",
      "5",
      "--capacity",
      "100",
      ...window,
    );
    await twoOfThree(
      "publish-offer",
      "--org",
      orgSafe,
      "--price",
      "10",
      "--stock",
      "3",
      "--cities",
      "1",
      ...window,
    );
    expect(await getOffer({ client, ledger }, 1)).to.deep.include({ price: 10n, stock: 3 });

    // 5. A first attestation, then a gasless redemption by a resident holding no ETH at all.
    const residentKey = generatePrivateKey();
    const resident: Address = address(residentKey);
    const csv = path.join(dir, "first.csv");
    writeFileSync(csv, `participant,opportunity,units,evidence\n${resident},1,4,first planting day\n`);
    await twoOfThree("attest", "--org", orgSafe, "--csv", csv);
    expect(await getCredits({ client, ledger }, 1, resident)).to.deep.include({ balance: 20n });
    const signed = path.join(dir, "redemption.json");
    await cli(residentKey, "sign-redemption", "--offer", "1", "--city", "1", "--out", signed);
    await cli(relayer!, "relay-redemption", "--file", signed);
    expect(await getCredits({ client, ledger }, 1, resident)).to.deep.include({
      balance: 10n,
      lifetime: 20n,
    });
    expect(await client.getBalance({ address: resident })).to.equal(0n);
    expect(await getCityCreditBalance(client, view.address, resident)).to.equal(10n);
    await connection.close();
  });
});
