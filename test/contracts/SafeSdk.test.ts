import { expect } from "chai";
import { network } from "hardhat";
import { type Address, type Hex, hashTypedData, parseEther } from "viem";

import {
  addProposalSignature,
  approveSafeProposal,
  combineSafeSignature,
  connectSafe,
  createSafeAccount,
  executeSafeProposal,
  getConfirmationStatus,
  isValidSafeSignature,
  proposeSafeTransaction,
  signSafeProposal,
  signTypedDataAsSafeOwner,
} from "@citysync/sdk";

import { deploySafeInfrastructure } from "../../scripts/lib/safe-infrastructure.ts";
import { KEYS } from "../helpers/citysync-fixture.ts";
import { expectCode } from "../helpers/expect-code.ts";

const connection = await network.create();
const { ethers } = connection;
const provider = connection.provider;

describe("SDK Safe helpers (protocol-kit on Hardhat)", function () {
  this.timeout(60_000);
  let safeContracts: Awaited<ReturnType<typeof deploySafeInfrastructure>>;
  let safe: Address;
  let recipient: Address;
  let verifyingContract: Address;
  let owners: Address[];

  before(async () => {
    const signers = await ethers.getSigners();
    safeContracts = await deploySafeInfrastructure(signers[0]!);
    owners = signers.slice(1, 4).map((s) => s.address as Address);
    safe = await createSafeAccount({
      provider,
      signer: KEYS[0]!,
      owners,
      threshold: 2,
      safeContracts,
      saltNonce: 7n,
    });
    // Transfers of ether from the Safe are the observable effect of executed proposals.
    await signers[0]!.sendTransaction({ to: safe, value: parseEther("10") });
    recipient = signers[9]!.address as Address;
    verifyingContract = safeContracts.multiSendAddress as Address;
  });

  it("creates a 2-of-3 Safe and refuses an impossible threshold", async () => {
    const a = await connectSafe({ provider, safe, safeContracts });
    expect(await a.protocolKit.getThreshold()).to.equal(2);
    await expectCode(
      createSafeAccount({ provider, signer: KEYS[0]!, owners, threshold: 4, safeContracts }),
      "SAFE_BAD_CONFIG",
    );
  });

  it("proposes, collects off-chain signatures, refuses below threshold, then executes", async () => {
    const a = await connectSafe({ provider, safe, safeContracts, signer: KEYS[1]! });
    const b = await connectSafe({ provider, safe, safeContracts, signer: KEYS[2]! });
    const outsider = await connectSafe({ provider, safe, safeContracts, signer: KEYS[4]! });
    let proposal = await proposeSafeTransaction(a, [{ to: recipient, data: "0x", value: 41n }], {
      title: "send 41 wei",
    });
    expect(proposal.id).to.equal(
      await a.protocolKit.getTransactionHash(
        await a.protocolKit.createTransaction({
          transactions: [{ to: recipient, value: "41", data: "0x" }],
          options: { nonce: 0 },
        }),
      ),
    );
    const ownersNow = (await a.protocolKit.getOwners()) as Address[];
    proposal = await addProposalSignature(proposal, await signSafeProposal(a, proposal), ownersNow);
    // idempotent
    expect(
      (await addProposalSignature(proposal, proposal.signatures[0]!, ownersNow)).signatures,
    ).to.have.length(1);
    await expectCode(signSafeProposal(outsider, proposal), "SAFE_NOT_OWNER");

    expect((await getConfirmationStatus(a, proposal)).missing).to.equal(1);
    await expectCode(executeSafeProposal(outsider, proposal), "SAFE_THRESHOLD_NOT_MET");

    proposal = await addProposalSignature(proposal, await signSafeProposal(b, proposal), ownersNow);
    const status = await getConfirmationStatus(a, proposal);
    expect(status.executable).to.be.true;
    const before = await ethers.provider.getBalance(recipient);
    await executeSafeProposal(outsider, proposal);
    expect((await ethers.provider.getBalance(recipient)) - before).to.equal(41n);
    expect((await getConfirmationStatus(a, proposal)).state).to.equal("executed");
  });

  it("executes a MultiSend batch confirmed by on-chain approvals", async () => {
    const a = await connectSafe({ provider, safe, safeContracts, signer: owners[0]! });
    const c = await connectSafe({ provider, safe, safeContracts, signer: owners[2]! });
    const proposal = await proposeSafeTransaction(
      a,
      [1n, 2n, 3n].map((value) => ({ to: recipient, data: "0x" as Hex, value })),
      { title: "three transfers" },
    );
    expect(proposal.tx.operation).to.equal(1);
    await approveSafeProposal(a, proposal);
    await approveSafeProposal(c, proposal);
    const status = await getConfirmationStatus(a, proposal);
    expect(status.confirmations.map((x) => x.via)).to.deep.equal(["approval", "approval"]);
    const before = await ethers.provider.getBalance(recipient);
    await executeSafeProposal(a, proposal);
    expect((await ethers.provider.getBalance(recipient)) - before).to.equal(6n);
  });

  it("signs EIP-712 typed data as the Safe (EIP-1271) from two owners' parts", async () => {
    const chainId = Number((await ethers.provider.getNetwork()).chainId);
    const typedData = {
      domain: { name: "Test", version: "1", chainId, verifyingContract },
      types: { Thing: [{ name: "value", type: "uint256" }] },
      primaryType: "Thing",
      message: { value: 5n },
    } as const;
    const hash = hashTypedData(typedData);
    const a = await connectSafe({ provider, safe, safeContracts, signer: KEYS[1]! });
    const b = await connectSafe({ provider, safe, safeContracts, signer: KEYS[3]! });
    const partA = await signTypedDataAsSafeOwner(a, typedData);
    const partB = await signTypedDataAsSafeOwner(b, typedData);
    const one = await combineSafeSignature(chainId, safe, hash, [partA]);
    expect(await isValidSafeSignature(a.publicClient, safe, hash, one)).to.be.false;
    const both = await combineSafeSignature(chainId, safe, hash, [partB, partA]);
    expect(await isValidSafeSignature(a.publicClient, safe, hash, both)).to.be.true;
  });
});
