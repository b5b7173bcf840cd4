import { expect } from "chai";
import { getAddress } from "viem";
import { privateKeyToAccount } from "viem/accounts";

import { isCitySyncError } from "../errors.ts";
import { nextNonce } from "./proposal-service.ts";
import { addProposalSignature } from "./sign.ts";
import { createProposal, parseProposal, safeTxData, safeTxHash, safeTxTypedData } from "./proposal.ts";
import { combineOwnerSignatures, recoverOwnerSignature } from "./signatures.ts";

const SAFE = getAddress("0x1111111111111111111111111111111111111111");
const owners = [
  privateKeyToAccount("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"),
  privateKeyToAccount("0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a"),
];
const outsider = privateKeyToAccount("0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba");
const proposal = createProposal({
  chainId: 31337,
  safe: SAFE,
  tx: safeTxData({ to: "0x2222222222222222222222222222222222222222", data: "0xabcdef", nonce: 4n }),
  calls: [{ to: getAddress("0x2222222222222222222222222222222222222222"), value: "0", data: "0xabcdef" }],
  title: "t",
});

describe("Safe proposals (no chain)", () => {
  it("identifies a proposal by its SafeTx hash and survives a JSON round trip", () => {
    expect(proposal.id).to.equal(safeTxHash(31337, SAFE, proposal.tx));
    expect(parseProposal(JSON.parse(JSON.stringify(proposal)))).to.deep.equal(proposal);
  });

  it("refuses a proposal whose id does not match its transaction, or that is malformed", () => {
    for (const bad of [
      { ...proposal, tx: { ...proposal.tx, nonce: "5" } },
      { ...proposal, tx: { ...proposal.tx, value: "-1" } },
      { ...proposal, tx: { ...proposal.tx, operation: 2 } },
      { ...proposal, safe: "0x12" },
      null,
    ]) {
      try {
        parseProposal(bad);
        expect.fail("expected a refusal");
      } catch (error) {
        expect(isCitySyncError(error, "INVALID_PROPOSAL")).to.be.true;
      }
    }
  });

  it("accepts owners' EIP-712 and eth_sign signatures, refuses others, and is idempotent", async () => {
    const list = owners.map((o) => o.address);
    const typed = await owners[0]!.signTypedData(safeTxTypedData(31337, SAFE, proposal.tx));
    expect(await recoverOwnerSignature(proposal.id, typed)).to.equal(owners[0]!.address);
    let p = await addProposalSignature(proposal, { signer: owners[0]!.address, signature: typed }, list);
    p = await addProposalSignature(p, { signer: owners[0]!.address, signature: typed }, list);
    expect(p.signatures).to.have.length(1);

    const ethSign = await owners[1]!.signMessage({ message: { raw: proposal.id } });
    const v = parseInt(ethSign.slice(-2), 16) + 4;
    const safeStyle = `${ethSign.slice(0, -2)}${v.toString(16)}` as `0x${string}`;
    expect(await recoverOwnerSignature(proposal.id, safeStyle)).to.equal(owners[1]!.address);
    p = await addProposalSignature(p, { signer: owners[1]!.address, signature: safeStyle }, list);
    expect(p.signatures).to.have.length(2);

    const foreign = await outsider.signTypedData(safeTxTypedData(31337, SAFE, proposal.tx));
    for (const [signer, code] of [
      [outsider.address, "SAFE_NOT_OWNER"],
      [owners[1]!.address, "SAFE_SIGNER_MISMATCH"],
    ] as const) {
      try {
        await addProposalSignature(p, { signer, signature: foreign }, list);
        expect.fail("expected a refusal");
      } catch (error) {
        expect(isCitySyncError(error, code)).to.be.true;
      }
    }
  });

  it("refuses non-ECDSA signatures and sorts combined signatures by owner", async () => {
    try {
      await recoverOwnerSignature(proposal.id, `0x${"00".repeat(64)}01`);
      expect.fail("expected a refusal");
    } catch (error) {
      expect((error as Error).message).to.contain("v=1");
    }
    const sigs = [
      {
        signer: getAddress("0x00000000000000000000000000000000000000b0"),
        signature: `0x${"bb".repeat(65)}` as const,
      },
      {
        signer: getAddress("0x00000000000000000000000000000000000000a0"),
        signature: `0x${"aa".repeat(65)}` as const,
      },
    ];
    expect(combineOwnerSignatures(sigs)).to.equal(`0x${"aa".repeat(65)}${"bb".repeat(65)}`);
  });

  it("picks the next nonce after the chain's and every pending proposal's", () => {
    expect(nextNonce(2n, [])).to.equal(2n);
    expect(nextNonce(2n, [proposal])).to.equal(5n);
  });
});
