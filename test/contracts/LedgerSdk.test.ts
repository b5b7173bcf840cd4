import { expect } from "chai";
import { network } from "hardhat";
import { type Address, type Hex, getAddress, zeroHash } from "viem";
import { privateKeyToAccount } from "viem/accounts";

import {
  type SignedAttestationRequest,
  createCitySyncPublicClient,
  createCitySyncWalletClient,
  decodeError,
  getAuthorizationGeneration,
  getBudgetStatus,
  getCityCreditBalance,
  getCityCreditToken,
  getCredits,
  getOpportunity,
  hashAttestation,
  hashRedemption,
  isCitySyncError,
  ledgerCalls,
  nextFreeNonce,
  opportunityLoader,
  packRow,
  relayAttestation,
  signAttestation,
  verifyAttestationSignature,
} from "@citysync/sdk";

import { KEYS, deployCitySyncWorld } from "../helpers/citysync-fixture.ts";

const connection = await network.create();
const world = await deployCitySyncWorld(connection);
const { ethers } = connection;
const client = createCitySyncPublicClient(world.provider);
const ref = { client, ledger: world.ledger };
const domain = { chainId: world.chainId, ledger: world.ledger };

describe("SDK against the ledger", function () {
  this.timeout(60_000);

  it("builds exactly the EIP-712 digests the contract computes", async () => {
    const ledger = await ethers.getContractAt("ICivicLedger", world.ledger);
    const request: SignedAttestationRequest = {
      orgId: 1,
      signer: world.orgSafe,
      rows: [packRow({ participant: world.orgOwners[0]!, opportunityId: 1n, units: 2n })],
      evidenceRoot: `0x${"ab".repeat(32)}`,
      generation: (3n << 32n) | 7n,
      nonce: 5n,
      deadline: 1_900_000_000n,
    };
    expect(await ledger.getFunction("hashAttestation")({ ...request, rows: [...request.rows] })).to.equal(
      hashAttestation(domain, request),
    );
    const redemption = {
      resident: world.orgOwners[1]!,
      offerId: 3,
      cityId: 1,
      maxPrice: 25n,
      nonce: 9n,
      deadline: 1_900_000_000n,
    };
    expect(await ledger.getFunction("hashRedemption")(redemption)).to.equal(
      hashRedemption(domain, redemption),
    );
  });

  it("has a delegate's signed attestation accepted when relayed by a third account", async () => {
    const delegate = privateKeyToAccount(KEYS[5]!);
    await world.runAsSafe(
      world.orgSafe,
      [KEYS[1]!, KEYS[3]!],
      [ledgerCalls.authorizeDelegate(world.ledger, world.orgId, delegate.address, 500n)],
      "delegate",
    );
    const participant = getAddress("0x00000000000000000000000000000000000000aa");
    const request: SignedAttestationRequest = {
      orgId: world.orgId,
      signer: delegate.address,
      rows: [packRow({ participant, opportunityId: 1n, units: 3n })],
      evidenceRoot: zeroHash,
      generation: await getAuthorizationGeneration(ref, world.orgId, delegate.address),
      nonce: await nextFreeNonce(ref, delegate.address),
      deadline: BigInt(Math.floor(Date.now() / 1000) + 3600),
    };
    const signature = await signAttestation(delegate, domain, request);
    expect(await verifyAttestationSignature(domain, request, signature, client)).to.be.true;
    const relayer = await createCitySyncWalletClient(world.provider, KEYS[6]!);
    await relayAttestation(
      { publicClient: client, walletClient: relayer, ledger: world.ledger },
      request,
      signature,
    );
    expect(await getCredits(ref, world.cityId, participant)).to.deep.include({ balance: 30n, lifetime: 30n });
    expect((await getOpportunity(ref, 1)).used).to.equal(3);
    expect((await getBudgetStatus(ref, world.orgId)).minted).to.equal(30n);

    // Replaying the same signature is refused with a decoded, translated error.
    try {
      await relayAttestation(
        { publicClient: client, walletClient: relayer, ledger: world.ledger },
        request,
        signature,
      );
      expect.fail("expected a refusal");
    } catch (error) {
      expect(isCitySyncError(error, "RELAY_REVERTED")).to.be.true;
      expect((error as Error).message).to.contain(
        `Nonce ${request.nonce} of ${delegate.address} was already used`,
      );
      expect(decodeError(error, "es").message).to.contain("ya se usó");
    }
  });

  it("reads the city's ERC-20 view", async () => {
    const view = await ethers.deployContract("CityCreditView", [world.ledger, world.cityId]);
    const token = getAddress(await view.getAddress());
    const info = await getCityCreditToken(client, token);
    expect(info).to.deep.include({
      symbol: "MVD",
      cityId: world.cityId,
      ledger: world.ledger,
      totalSupply: 30n,
    });
    expect(
      await getCityCreditBalance(client, token, getAddress("0x00000000000000000000000000000000000000aa")),
    ).to.equal(30n);
  });

  it("loads opportunity facts for CSV validation", async () => {
    expect(await opportunityLoader(ref)(1n)).to.deep.include({ orgId: 1, status: 1 });
    expect(await opportunityLoader(ref)(99n)).to.equal(undefined);
  });
});

export type { Address, Hex };
