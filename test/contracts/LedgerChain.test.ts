/**
 * Commitment chains across every entry path and two cities: the heads an indexer rebuilds from events
 * equal the ledger's, and every record (single, batch, delegate-signed, Safe-signed, redemption in a
 * foreign city) can be proven for revocation or refund through later records.
 */
import { expect } from "chai";
import { network } from "hardhat";

import { batchProof, chainSource, cityHead, redemptionProof } from "./helpers/chain.ts";
import { EVIDENCE, makeWorldFixture, ANY_PRICE } from "./helpers/fixture.ts";
import { attestationDigest, packRow, signAttestation } from "./helpers/eip712.ts";
import { safeSignHash } from "./helpers/safe.ts";

const connection = await network.create();
const { ethers, networkHelpers } = connection;
const worldFixture = makeWorldFixture(connection);

async function fixture() {
  const w = await worldFixture();
  const org1 = w.ledger.connect(await w.as(w.org1Safe));
  const org3 = w.ledger.connect(await w.as(w.org3Safe));
  const deadline = BigInt(await networkHelpers.time.latest()) + 3600n;
  // seq 0: single by delegate
  await (await w.ledger.connect(w.delegate).attest(w.org1, w.resident.address, w.opp1, 10n, EVIDENCE)).wait();
  // seq 1-2: batch by the org Safe
  await (
    await org1.attestBatch(
      w.org1,
      [packRow(w.resident.address, w.opp1, 1n), packRow(w.resident2.address, w.opp1, 2n)],
      EVIDENCE,
    )
  ).wait();
  // city 2 activity interleaved
  await (await org3.attest(w.org3, w.resident2.address, w.opp3, 8n, EVIDENCE)).wait();
  // seq 3: signed by the delegate
  const r1 = {
    orgId: w.org1,
    signer: w.delegate.address,
    rows: [packRow(w.resident2.address, w.opp1, 3n)],
    evidenceRoot: EVIDENCE,
    generation: 0n,
    nonce: 1n,
    deadline,
  };
  await (
    await w.ledger.connect(w.stranger).attestSigned(r1, await signAttestation(w.delegate, w.domain, r1))
  ).wait();
  // seq 4-5: signed by the org Safe (2-of-3, EIP-1271)
  const r2 = {
    orgId: w.org1,
    signer: w.org1Safe.address,
    rows: [packRow(w.resident.address, w.opp1, 4n), packRow(w.stranger.address, w.opp1, 5n)],
    evidenceRoot: EVIDENCE,
    generation: 0n,
    nonce: 1n,
    deadline,
  };
  const sig = await safeSignHash(
    w.org1Safe,
    w.org1Safe.owners.slice(1),
    attestationDigest(w.domain, r2),
    w.chainId,
  );
  await (await w.ledger.connect(w.stranger).attestSigned(r2, sig)).wait();
  // redemptions: in city 1, and with city 2 credits at org1's offer (foreign city)
  await (await w.ledger.connect(w.resident).redeem(w.offer1, w.city1, ANY_PRICE)).wait();
  await (await w.ledger.connect(w.resident2).redeem(w.offerLimited, w.city2, ANY_PRICE)).wait();
  await (await org3.attest(w.org3, w.resident.address, w.opp3, 1n, EVIDENCE)).wait();
  return w;
}

describe("CivicLedger commitment chains", () => {
  it("the heads rebuilt from events equal the ledger's, for both cities", async () => {
    const w = await networkHelpers.loadFixture(fixture);
    const source = await chainSource(w.ledger, ethers.provider);
    // city 1: four attestations of org 1 (sequences 0, 1-2, 3, 4-5), then a redemption of offer 1
    expect(await source.length(w.city1)).to.equal(5n);
    for (const [seq, position] of [
      [0n, 1n],
      [1n, 2n],
      [3n, 3n],
      [4n, 4n],
    ] as const) {
      expect((await source.findBatch(w.city1, w.org1, seq))?.position, `seq ${seq}`).to.equal(position);
    }
    expect((await source.findRedemption(w.offer1, 0n))?.position).to.equal(5n);
    // city 2: an attestation, the foreign-city redemption, an attestation
    expect(await source.length(w.city2)).to.equal(3n);
    expect((await source.findRedemption(w.offerLimited, 0n))?.kind).to.equal("redemption");
    expect((await source.findRedemption(w.offerLimited, 0n))?.position).to.equal(2n);
    expect(await cityHead(w.ledger, ethers.provider, w.city1)).to.equal((await w.ledger.city(w.city1)).head);
    expect(await cityHead(w.ledger, ethers.provider, w.city2)).to.equal((await w.ledger.city(w.city2)).head);
  });

  for (const [name, firstSeq, index, participant] of [
    ["a single delegate attestation", 0n, 0n, "resident"],
    ["a row of a Safe batch", 1n, 1n, "resident2"],
    ["a delegate-signed attestation", 3n, 0n, "resident2"],
    ["a row of a Safe-signed (EIP-1271) batch", 4n, 1n, "stranger"],
  ] as const) {
    it(`proves and revokes ${name} through the later records`, async () => {
      const w = await networkHelpers.loadFixture(fixture);
      const proof = await batchProof(w.ledger, ethers.provider, w.org1, firstSeq);
      await expect(w.ledger.connect(await w.as(w.cityAdmin1)).revoke(proof, [index], 1))
        .to.emit(w.ledger, "AttestationRevoked")
        .withArgs(
          w.org1,
          firstSeq + index,
          w[participant].address,
          w.city1,
          w[participant].address,
          (proof.rows.length ? BigInt(proof.rows[Number(index)]!) & ((1n << 48n) - 1n) : 0n) * 5n,
          (v: bigint) => v >= 0n,
          (v: bigint) => v >= 0n,
          1,
          w.cityAdmin1.address,
        );
    });
  }

  it("refunds a redemption paid with another city's credits, proven in that city's chain", async () => {
    const w = await networkHelpers.loadFixture(fixture);
    const proof = await redemptionProof(w.ledger, ethers.provider, w.offerLimited, 0n);
    expect(proof.laterRecords.length).to.equal(1);
    const before = await w.ledger.balanceOf(w.city2, w.resident2.address);
    await expect(w.ledger.connect(await w.as(w.org1Safe)).refundRedemption(w.offerLimited, 0n, proof))
      .to.emit(w.ledger, "RedemptionRefunded")
      .withArgs(w.offerLimited, 0n, w.resident2.address, w.city2, w.resident2.address, 20n, 20n, 0n);
    expect(await w.ledger.balanceOf(w.city2, w.resident2.address)).to.equal(before + 20n);
    // the same content claimed in city 1's chain is unknown there
    const wrongCity = { ...proof, cityId: w.city1 };
    await expect(
      w.ledger.connect(await w.as(w.org1Safe)).refundRedemption(w.offer1, 0n, wrongCity),
    ).to.be.revertedWithCustomError(w.ledger, "CivicLedgerUnknownRecord");
  });

  it("total supply equals the sum of balances after every kind of operation", async () => {
    const w = await networkHelpers.loadFixture(fixture);
    const proof = await batchProof(w.ledger, ethers.provider, w.org1, 4n);
    await (await w.ledger.connect(await w.as(w.org1Safe)).revoke(proof, [0n, 1n], 2)).wait();
    await (
      await w.ledger
        .connect(await w.as(w.org1Safe))
        .refundRedemption(w.offer1, 0n, await redemptionProof(w.ledger, ethers.provider, w.offer1, 0n))
    ).wait();
    const holders = [w.resident, w.resident2, w.stranger].map((h) => h.address);
    for (const city of [w.city1, w.city2]) {
      let sum = 0n;
      for (const h of holders) sum += await w.ledger.balanceOf(city, h);
      expect(await w.ledger.totalSupply(city), `city ${city}`).to.equal(sum);
    }
  });
});
