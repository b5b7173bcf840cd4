/**
 * Where the CLI shares proposals, per chain: the local proposal service on the local chain, Safe's
 * Transaction Service on every public chain unless a City/Sync service is named explicitly.
 */
import { expect } from "chai";

import {
  HttpProposalService,
  SafeTransactionServiceProposals,
  base,
  baseSepolia,
  optimism,
  optimismSepolia,
} from "@citysync/sdk";

import {
  DEFAULT_SERVICE_URL,
  contextFromOptions,
  proposalService,
  selectProposalService,
} from "../../scripts/safe/context.ts";
import { expectCode } from "../helpers/expect-code.ts";

/** An EIP-1193 provider that only knows its chain id. */
const chainOnly = (id: number) => ({
  request: async ({ method }: { method: string }) => {
    if (method === "eth_chainId") return `0x${id.toString(16)}`;
    throw new Error(`unexpected ${method}`);
  },
});

describe("operator CLI: proposal service selection per chain", () => {
  it("uses the local proposal service on the local chain", () => {
    expect(selectProposalService(31337, {})).to.deep.equal({ kind: "citysync", url: DEFAULT_SERVICE_URL });
  });

  it("says plainly that Safe's hosted service does not serve OP Sepolia, and uses one named with --tx-service", async () => {
    const withKey = contextFromOptions({}, () => undefined, { SAFE_API_KEY: "k" });
    const error = await expectCode(
      proposalService({ ...withKey, provider: chainOnly(optimismSepolia.id) }),
      "SAFE_SERVICE_UNSUPPORTED_CHAIN",
    );
    expect(error.message).to.contain("does not serve chain 11155420");
    const selfHosted = contextFromOptions(
      { "tx-service": "http://127.0.0.1:28550/api" },
      () => undefined,
      {},
    );
    const service = await proposalService({ ...selfHosted, provider: chainOnly(optimismSepolia.id) });
    expect(service).to.be.instanceOf(SafeTransactionServiceProposals);
  });

  for (const chain of [baseSepolia, optimism, base]) {
    it(`uses Safe's Transaction Service on ${chain.name} (${chain.id}) when no service is named`, async () => {
      expect(selectProposalService(chain.id, { apiKey: "k" })).to.deep.equal({
        kind: "safe-transaction-service",
        chainId: chain.id,
        apiKey: "k",
      });
      // End to end from options and the environment: neither --service nor its variable.
      const bare = { ...contextFromOptions({}, () => undefined, {}), provider: chainOnly(chain.id) };
      await expectCode(proposalService(bare), "SAFE_API_KEY_MISSING");
      const withKey = contextFromOptions({}, () => undefined, { SAFE_API_KEY: "k" });
      const service = await proposalService({ ...withKey, provider: chainOnly(chain.id) });
      expect(service).to.be.instanceOf(SafeTransactionServiceProposals);
      expect((service as SafeTransactionServiceProposals).chainId).to.equal(chain.id);
    });
  }

  it("uses a City/Sync service named by --service or CITYSYNC_SAFE_SERVICE on any chain", async () => {
    expect(selectProposalService(11155420, { service: "http://svc" })).to.deep.equal({
      kind: "citysync",
      url: "http://svc",
    });
    const fromEnv = contextFromOptions({}, () => undefined, { CITYSYNC_SAFE_SERVICE: "http://env-svc" });
    const service = await proposalService({ ...fromEnv, provider: chainOnly(11155420) });
    expect(service).to.be.instanceOf(HttpProposalService);
    expect((service as HttpProposalService).baseUrl).to.equal("http://env-svc");
    const fromOption = contextFromOptions({ service: "http://opt" }, () => undefined, {
      CITYSYNC_SAFE_SERVICE: "http://env-svc",
    });
    expect(
      ((await proposalService({ ...fromOption, provider: chainOnly(10) })) as HttpProposalService).baseUrl,
    ).to.equal("http://opt");
  });

  it("talks to a Transaction Service at another URL with --tx-service (a self-hosted one, or a test fake)", () => {
    const ctx = contextFromOptions({ "tx-service": "http://127.0.0.1:28550/api" }, () => undefined, {
      SAFE_API_KEY: "key",
    });
    expect(selectProposalService(11155420, ctx.serviceChoice!)).to.deep.equal({
      kind: "safe-transaction-service",
      chainId: 11155420,
      txServiceUrl: "http://127.0.0.1:28550/api",
      apiKey: "key",
    });
  });
});
