/**
 * End to end with @safe-global/protocol-kit (what an organization's dashboard does): a 2-of-3
 * Safe proposes, co-signs and executes attestBatch; then the same Safe signs an attestation
 * message off-chain (EIP-1271) that anyone relays with attestSigned.
 */
import SafeImport from "@safe-global/protocol-kit";
import { expect } from "chai";
import type { Hex } from "viem";
import { network } from "hardhat";

import { EVIDENCE, makeWorldFixture } from "./helpers/fixture.ts";
import {
  ATTESTATION_TYPES,
  attestationDigest,
  packRow,
  type SignedAttestationRequest,
} from "./helpers/eip712.ts";
import { EIP1271_MAGIC_VALUE, execSafeTransaction, safeIsValidSignature } from "./helpers/safe.ts";

// Under NodeNext TypeScript types the default import as the CJS namespace; at runtime Node loads the
// package's ESM build, whose default export is the Safe class.
const Safe = SafeImport as unknown as typeof SafeImport.default;

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const worldFixture = makeWorldFixture(connection);

async function kitFor(w: Awaited<ReturnType<typeof worldFixture>>, ownerIndex: number) {
  return Safe.init({
    provider: connection.provider as never,
    signer: w.org1Safe.owners[ownerIndex]!.privateKey,
    safeAddress: w.org1Safe.address,
    contractNetworks: { [w.chainId.toString()]: w.infra },
  });
}

describe("protocol-kit end to end with the organization's 2-of-3 Safe", () => {
  it("proposes, co-signs and executes attestBatch through the Safe", async () => {
    const w = await networkHelpers.loadFixture(worldFixture);
    const rows = [packRow(w.resident.address, w.opp1, 2n), packRow(w.resident2.address, w.opp1, 3n)];
    const data = w.ledger.interface.encodeFunctionData("attestBatch", [w.org1, rows, EVIDENCE]);

    const kit1 = await kitFor(w, 0);
    expect(await kit1.getThreshold()).to.equal(2);
    let tx = await kit1.createTransaction({ transactions: [{ to: w.ledgerAddress, value: "0", data }] });
    tx = await kit1.signTransaction(tx);
    const kit2 = await kitFor(w, 1);
    tx = await kit2.signTransaction(tx);
    expect(tx.signatures.size).to.equal(2);
    // the executor pays gas: a funded owner
    await networkHelpers.setBalance(w.org1Safe.owners[1]!.address, 10n ** 18n);
    const result = await kit2.executeTransaction(tx);
    const receipt = await ethers.provider.getTransactionReceipt(result.hash);
    expect(receipt?.status).to.equal(1);
    const logs = receipt!.logs.map((l) => {
      try {
        return w.ledger.interface.parseLog(l)?.name;
      } catch {
        return undefined;
      }
    });
    expect(logs).to.include("AttestationsRecorded");
    expect(await w.ledger.balanceOf(w.city1, w.resident.address)).to.equal(10n);
    expect(await w.ledger.balanceOf(w.city1, w.resident2.address)).to.equal(15n);
  });

  it("one owner's signature is not enough to execute", async () => {
    const w = await networkHelpers.loadFixture(worldFixture);
    const data = w.ledger.interface.encodeFunctionData("attestBatch", [
      w.org1,
      [packRow(w.resident.address, w.opp1, 2n)],
      EVIDENCE,
    ]);
    const kit1 = await kitFor(w, 0);
    const tx = await kit1.signTransaction(
      await kit1.createTransaction({ transactions: [{ to: w.ledgerAddress, value: "0", data }] }),
    );
    await networkHelpers.setBalance(w.org1Safe.owners[0]!.address, 10n ** 18n);
    await kit1.executeTransaction(tx).then(
      () => expect.fail("executed below threshold"),
      (e: Error) => expect(e.message).to.match(/GS020|threshold|signature missing/i),
    );
    // and on chain: execTransaction with one owner's signature reverts GS020
    await execSafeTransaction(w.org1Safe, w.stranger, w.ledgerAddress, data, {
      signers: w.org1Safe.owners.slice(0, 1),
      gasLimit: 1_000_000n,
    }).then(
      () => expect.fail("executed below threshold"),
      (e: Error) => expect(e.message).to.contain("GS020"),
    );
    expect(await w.ledger.balanceOf(w.city1, w.resident.address)).to.equal(0n);
  });

  it("signs an attestation as EIP-712 Safe message (2 owners) that a relayer submits with attestSigned", async () => {
    const w = await networkHelpers.loadFixture(worldFixture);
    const now = BigInt(await networkHelpers.time.latest());
    const request: SignedAttestationRequest = {
      orgId: w.org1,
      signer: w.org1Safe.address,
      rows: [packRow(w.resident.address, w.opp1, 4n)],
      evidenceRoot: EVIDENCE,
      generation: 0n,
      nonce: 42n,
      deadline: now + 3600n,
    };
    const typedData = {
      domain: {
        name: w.domain.name,
        version: w.domain.version,
        chainId: Number(w.chainId),
        verifyingContract: w.domain.verifyingContract as Hex,
      },
      types: {
        EIP712Domain: [
          { name: "name", type: "string" },
          { name: "version", type: "string" },
          { name: "chainId", type: "uint256" },
          { name: "verifyingContract", type: "address" },
        ],
        ...ATTESTATION_TYPES,
      },
      primaryType: "Attestation",
      message: {
        ...request,
        orgId: Number(request.orgId),
        nonce: request.nonce.toString(),
        deadline: request.deadline.toString(),
      },
    };
    const kit1 = await kitFor(w, 0);
    let message = kit1.createMessage(typedData as never);
    message = await kit1.signMessage(message, "eth_signTypedData_v4");
    const kit2 = await kitFor(w, 2);
    message = await kit2.signMessage(message, "eth_signTypedData_v4");
    const signature = message.encodedSignatures();

    const digest = attestationDigest(w.domain, request);
    expect(await safeIsValidSignature(ethers.provider, w.org1Safe.address, digest, signature)).to.equal(
      EIP1271_MAGIC_VALUE,
    );
    await expect(w.ledger.connect(w.stranger).attestSigned(request, signature))
      .to.emit(w.ledger, "AttestationRecorded")
      .withArgs(w.org1, w.org1Safe.address, 0n, EVIDENCE, request.rows[0]);
    expect(await w.ledger.balanceOf(w.city1, w.resident.address)).to.equal(20n);
  });
});
