/**
 * Every `propose <action>` of the Safe CLI, executed through the right Safe (organization 2-of-3,
 * city admin 1-of-1) and checked on chain.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { expect } from "chai";
import { network } from "hardhat";
import type { Hex } from "viem";
import { privateKeyToAccount } from "viem/accounts";

import {
  HttpProposalService,
  createCitySyncPublicClient,
  getBudgetStatus,
  getDelegate,
  getOffer,
  getOpportunity,
  getOrganization,
} from "@citysync/sdk";

import { SafeProposalService } from "../../indexer/src/safe-proposals/server.ts";
import type { OptionValues as ProposeOptions } from "../../scripts/safe/actions.ts";
import { executeCommand, proposeCommand, signCommand } from "../../scripts/safe/commands.ts";
import type { CliContext } from "../../scripts/safe/context.ts";
import { KEYS, deployCitySyncWorld } from "../helpers/citysync-fixture.ts";

const connection = await network.create();
const world = await deployCitySyncWorld(connection);
const ref = { client: createCitySyncPublicClient(world.provider), ledger: world.ledger };

describe("Safe CLI: propose <action> through the organization's and the city's Safes", function () {
  this.timeout(60_000);
  let service: HttpProposalService;
  let close: () => void;
  const as = (key: Hex): CliContext => ({
    provider: world.provider,
    key,
    service,
    ledger: world.ledger,
    safeContracts: world.safeContracts,
    language: "en",
    out: () => undefined,
  });

  /** Owner 1 proposes (and signs), owner 2 signs, owner 3 executes. */
  async function asOrg(action: string, options: ProposeOptions) {
    const { proposal } = await proposeCommand(as(KEYS[1]!), action, { org: world.orgSafe, ...options });
    await signCommand(as(KEYS[2]!), proposal.id);
    await executeCommand(as(KEYS[3]!), proposal.id);
  }
  /** The city's only owner proposes (its signature meets the 1-of-1 threshold) and executes. */
  async function asCity(action: string, options: ProposeOptions) {
    const { proposal } = await proposeCommand(as(KEYS[4]!), action, options);
    await executeCommand(as(KEYS[4]!), proposal.id);
  }

  before(async () => {
    const dataFile = path.join(mkdtempSync(path.join(tmpdir(), "citysync-cli-")), "proposals.json");
    const { server, url } = await new SafeProposalService({ provider: world.provider, dataFile }).listen(0);
    close = () => server.close();
    service = new HttpProposalService(url);
  });
  after(() => close?.());

  it("updates an opportunity", async () => {
    const now = Number((await ref.client.getBlock()).timestamp);
    await asOrg("update-opportunity", {
      id: "1",
      capacity: "2000",
      start: String(now),
      end: String(now + 86_400),
      metadata: '{"title":"v2"}',
    });
    expect(await getOpportunity(ref, 1)).to.deep.include({ capacity: 2000, end: now + 86_400 });
  });

  it("publishes, updates and closes an offer", async () => {
    const now = Number((await ref.client.getBlock()).timestamp);
    const window = { start: String(now), end: new Date((now + 30 * 86_400) * 1000).toISOString() };
    await asOrg("publish-offer", {
      price: "40",
      stock: "10",
      "per-resident-limit": "1",
      cities: "1",
      metadata: '{"title":"Bike repair"}',
      ...window,
    });
    expect(await getOffer(ref, 1)).to.deep.include({
      orgId: 1,
      price: 40n,
      stock: 10,
      perResidentLimit: 1,
      status: 1,
    });
    await asOrg("update-offer", {
      id: "1",
      price: "35",
      stock: "8",
      metadata: '{"title":"Bike repair"}',
      ...window,
    });
    expect(await getOffer(ref, 1)).to.deep.include({ price: 35n, stock: 8 });
    await asOrg("close-offer", { id: "1" });
    expect((await getOffer(ref, 1)).status).to.equal(2);
  });

  it("authorizes and revokes a delegate", async () => {
    const delegate = privateKeyToAccount(KEYS[5]!).address;
    await asOrg("authorize-delegate", { delegate, cap: "300" });
    expect(await getDelegate(ref, 1, delegate)).to.deep.include({ active: true, cap: 300n });
    await asOrg("revoke-delegate", { delegate });
    expect((await getDelegate(ref, 1, delegate)).active).to.equal(false);
  });

  it("lets the city set the budget, suspend and reactivate the organization", async () => {
    await asCity("set-budget", { "org-id": "1", budget: "777" });
    expect((await getBudgetStatus(ref, 1)).budget).to.equal(777n);
    await asCity("suspend", { "org-id": "1" });
    expect((await getOrganization(ref, 1)).status).to.equal(2);
    await asCity("reactivate", { "org-id": "1" });
    expect((await getOrganization(ref, 1)).status).to.equal(1);
  });

  it("closes an opportunity", async () => {
    await asOrg("close-opportunity", { id: "1" });
    expect((await getOpportunity(ref, 1)).status).to.equal(2);
  });
});
