import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { expect } from "chai";
import { network } from "hardhat";
import type { Address, Hex } from "viem";
import { privateKeyToAccount } from "viem/accounts";

import {
  HttpProposalService,
  type SafeProposal,
  connectSafe,
  createSafeAccount,
  findProposal,
  nextNonce,
  proposeSafeTransaction,
  signSafeProposal,
} from "@citysync/sdk";

import { SafeProposalService } from "../../indexer/src/safe-proposals/server.ts";
import { deploySafeInfrastructure } from "../../scripts/lib/safe-infrastructure.ts";
import { KEYS } from "../helpers/citysync-fixture.ts";
import { expectCode } from "../helpers/expect-code.ts";

const connection = await network.create();
const { ethers } = connection;
const provider = connection.provider;

describe("local Safe proposal service", function () {
  this.timeout(60_000);
  const dataFile = path.join(mkdtempSync(path.join(tmpdir(), "citysync-proposals-")), "proposals.json");
  const servers: { close: () => void }[] = [];
  let safeContracts: Awaited<ReturnType<typeof deploySafeInfrastructure>>;
  let safe: Address;
  let proposal: SafeProposal;

  async function start(): Promise<HttpProposalService> {
    const service = new SafeProposalService({ provider, dataFile });
    const { server, url } = await service.listen(0);
    servers.push(server);
    return new HttpProposalService(url);
  }

  before(async () => {
    const signers = await ethers.getSigners();
    safeContracts = await deploySafeInfrastructure(signers[0]!);
    const owners = signers.slice(1, 4).map((s) => s.address as Address);
    safe = await createSafeAccount({
      provider,
      signer: KEYS[0]!,
      owners,
      threshold: 2,
      safeContracts,
      saltNonce: 11n,
    });
    const a = await connectSafe({ provider, safe, safeContracts, signer: KEYS[1]! });
    proposal = await proposeSafeTransaction(a, [{ to: owners[0]!, data: "0x", value: 0n }], {
      title: "ping",
    });
  });

  after(() => servers.forEach((s) => s.close()));

  it("refuses an unsigned proposal and a non-owner's, which then takes no nonce", async () => {
    const service = await start();
    await expectCode(service.create(proposal), "PROPOSER_SIGNATURE_REQUIRED");
    const outsider = await connectSafe({ provider, safe, safeContracts, signer: KEYS[5]! });
    const stranger = await proposeSafeTransaction(outsider, [{ to: safe, data: "0x", value: 0n }], {
      title: "squat the next nonce",
    });
    const forged = await privateKeyToAccount(KEYS[5]!).sign({ hash: stranger.id });
    await expectCode(
      service.create({
        ...stranger,
        signatures: [{ signer: privateKeyToAccount(KEYS[5]!).address, signature: forged }],
      }),
      "SAFE_NOT_OWNER",
    );
    expect(await service.list({ safe })).to.have.length(0);
  });

  it("stores a proposal signed by its proposer and finds it by id, by prefix and by Safe", async () => {
    const service = await start();
    const a = await connectSafe({ provider, safe, safeContracts, signer: KEYS[1]! });
    const stored = await service.create({ ...proposal, signatures: [await signSafeProposal(a, proposal)] });
    expect(stored.id).to.equal(proposal.id);
    expect(stored.proposer).to.equal(a.signer);
    expect((await service.get(proposal.id)).title).to.equal("ping");
    expect((await findProposal(service, proposal.id.slice(0, 10))).id).to.equal(proposal.id);
    expect(await service.list({ safe })).to.have.length(1);
    expect(nextNonce(0n, await service.list({ safe }))).to.equal(1n);
  });

  it("accepts an owner's signature and treats a duplicate as a no-op", async () => {
    const service = await start();
    const a = await connectSafe({ provider, safe, safeContracts, signer: KEYS[1]! });
    const signature = await signSafeProposal(a, proposal);
    expect((await service.addSignature(proposal.id, signature)).signatures).to.have.length(1);
    expect((await service.addSignature(proposal.id, signature)).signatures).to.have.length(1);
    // Re-posting the proposal with the same signature does not duplicate it either.
    expect((await service.create({ ...proposal, signatures: [signature] })).signatures).to.have.length(1);
  });

  it("refuses a signature from a non-owner and one whose claimed signer lied", async () => {
    const service = await start();
    const outsider = (await ethers.getSigners())[5]!;
    const digest = proposal.id;
    // A well-formed EIP-712-style signature from a key that is not an owner.
    const raw = (await provider.request({
      method: "eth_sign",
      params: [outsider.address, digest],
    })) as Hex;
    // eth_sign signs the EIP-191 prefixed hash: v + 4 marks it for the Safe.
    const v = parseInt(raw.slice(-2), 16) + 4;
    const signature = `${raw.slice(0, -2)}${v.toString(16)}` as Hex;
    const error = await expectCode(
      service.addSignature(proposal.id, { signer: outsider.address as Address, signature }),
      "SAFE_NOT_OWNER",
    );
    expect(error.message).to.contain("is not an owner");

    const a = await connectSafe({ provider, safe, safeContracts, signer: KEYS[2]! });
    const real = await signSafeProposal(a, proposal);
    await expectCode(
      service.addSignature(proposal.id, { signer: outsider.address as Address, signature: real.signature }),
      "SAFE_SIGNER_MISMATCH",
    );
    expect((await service.addSignature(proposal.id, real)).signatures).to.have.length(2);
  });

  it("refuses a proposal whose id is not the hash of its transaction", async () => {
    const service = await start();
    await expectCode(service.create({ ...proposal, tx: { ...proposal.tx, value: "1" } }), "INVALID_PROPOSAL");
  });

  it("keeps proposals and signatures across a restart (atomic JSON file)", async () => {
    const before = await (await start()).get(proposal.id);
    servers.forEach((s) => s.close());
    const restarted = await start();
    const after = await restarted.get(proposal.id);
    expect(after).to.deep.equal(before);
    expect(after.signatures.map((s) => s.signer)).to.have.length(2);
    expect(JSON.parse(readFileSync(dataFile, "utf8")).version).to.equal(1);
  });
});
