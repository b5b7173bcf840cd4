import { expect } from "chai";
import { encodePacked, getAddress, size, encodeFunctionData, parseAbi, type Hex } from "viem";
import { privateKeyToAccount } from "viem/accounts";

import { isCitySyncError } from "../errors.ts";
import { createProposal, safeTxData, safeTxTypedData } from "./proposal.ts";
import {
  type SafeApiKitLike,
  type ServiceTransaction,
  SafeTransactionServiceProposals,
  loadSafeApiKitProposals,
} from "./transaction-service.ts";

const SAFE = getAddress("0x1111111111111111111111111111111111111111");
const TARGET = getAddress("0x2222222222222222222222222222222222222222");
const owner = privateKeyToAccount("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
const other = privateKeyToAccount("0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a");

/** An in-memory stand-in for SafeApiKit, shaped like its documented responses. */
function fakeApiKit() {
  const txs = new Map<string, ServiceTransaction>();
  const kit: SafeApiKitLike = {
    async proposeTransaction(p) {
      const d = p.safeTransactionData;
      txs.set(p.safeTxHash, {
        safe: p.safeAddress,
        to: String(d.to),
        value: String(d.value),
        data: String(d.data),
        operation: Number(d.operation),
        gasToken: String(d.gasToken),
        safeTxGas: String(d.safeTxGas),
        baseGas: String(d.baseGas),
        gasPrice: String(d.gasPrice),
        refundReceiver: String(d.refundReceiver),
        nonce: String(d.nonce),
        safeTxHash: p.safeTxHash,
        proposer: p.senderAddress,
        origin: p.origin ?? "",
        confirmations: [{ owner: p.senderAddress, signature: p.senderSignature, signatureType: "EOA" }],
      });
    },
    async getTransaction(hash) {
      const tx = txs.get(hash);
      if (!tx) throw new Error("404");
      return tx;
    },
    async getPendingTransactions(safe) {
      return { results: [...txs.values()].filter((t) => t.safe === safe) };
    },
    async confirmTransaction(hash, signature) {
      txs.get(hash)!.confirmations!.push({ owner: other.address, signature, signatureType: "EOA" });
    },
  };
  return kit;
}

describe("Safe Transaction Service adapter (api-kit shaped)", () => {
  const proposal = createProposal({
    chainId: 10,
    safe: SAFE,
    tx: safeTxData({ to: TARGET, data: "0x1234", nonce: 3 }),
    calls: [{ to: TARGET, value: "0", data: "0x1234" }],
    title: "Close opportunity 3",
  });

  it("proposes with the proposer's signature, confirms, lists and reads back the same proposal", async () => {
    const service = new SafeTransactionServiceProposals(fakeApiKit(), { chainId: 10 });
    const mine = await owner.signTypedData(safeTxTypedData(10, SAFE, proposal.tx));
    const stored = await service.create({
      ...proposal,
      signatures: [{ signer: owner.address, signature: mine }],
    });
    expect(stored.id).to.equal(proposal.id);
    expect(stored.title).to.equal("Close opportunity 3");
    expect(stored.calls).to.deep.equal(proposal.calls);
    const theirs = await other.signTypedData(safeTxTypedData(10, SAFE, proposal.tx));
    expect(
      (await service.addSignature(proposal.id, { signer: other.address, signature: theirs })).signatures,
    ).to.have.length(2);
    expect(
      (await service.addSignature(proposal.id, { signer: other.address, signature: theirs })).signatures,
    ).to.have.length(2);
    expect(await service.list({ safe: SAFE })).to.have.length(1);
  });

  it("refuses an unsigned proposal, a lying signer and a list without a Safe", async () => {
    const service = new SafeTransactionServiceProposals(fakeApiKit(), { chainId: 10 });
    for (const [run, code] of [
      [() => service.create(proposal), "SERVICE_NEEDS_SIGNATURE"],
      [() => service.list(), "INVALID_OPTION"],
      [
        async () =>
          service.addSignature(proposal.id, {
            signer: owner.address,
            signature: await other.signTypedData(safeTxTypedData(10, SAFE, proposal.tx)),
          }),
        "SAFE_SIGNER_MISMATCH",
      ],
    ] as const) {
      try {
        await run();
        expect.fail("expected a refusal");
      } catch (error) {
        expect(isCitySyncError(error, code), String(error)).to.be.true;
      }
    }
  });

  it("decodes MultiSend batches into their calls", () => {
    const service = new SafeTransactionServiceProposals(fakeApiKit(), { chainId: 10 });
    const inner: Hex[] = ["0xaa", "0xbbcc"];
    const packed = inner.map((d) =>
      encodePacked(["uint8", "address", "uint256", "uint256", "bytes"], [0, TARGET, 0n, BigInt(size(d)), d]),
    );
    const data = encodeFunctionData({
      abi: parseAbi(["function multiSend(bytes transactions)"]),
      functionName: "multiSend",
      args: [`0x${packed.map((p) => p.slice(2)).join("")}`],
    });
    const tx = safeTxData({ to: TARGET, data, nonce: 0, operation: 1 });
    const p = createProposal({ chainId: 10, safe: SAFE, tx, calls: [], title: "" });
    const converted = service.toProposal({ ...tx, safe: SAFE, safeTxHash: p.id, origin: "plain" });
    expect(converted.calls.map((c) => c.data)).to.deep.equal(inner);
    expect(converted.title).to.equal("plain");
  });

  it("builds on the real SafeApiKit for a chain the Transaction Service covers", () => {
    // Construction only: talking to the hosted service needs the network and an API key.
    const service = loadSafeApiKitProposals(10, { apiKey: "test-key" });
    expect(service).to.be.instanceOf(SafeTransactionServiceProposals);
  });
});
