import { expect } from "chai";

import { LOCAL_CHAIN_ID, LOCAL_PROPOSAL_SERVICE_URL, LOCAL_RPC_URL, localNetwork } from "./local-network.ts";

describe("localNetwork", () => {
  it("defaults to the documented chain id, ports and URLs", () => {
    expect(localNetwork()).to.deep.equal({
      chainId: LOCAL_CHAIN_ID,
      host: "127.0.0.1",
      rpcPort: 8545,
      rpcUrl: LOCAL_RPC_URL,
      proposalServicePort: 8547,
      proposalServiceUrl: LOCAL_PROPOSAL_SERVICE_URL,
      indexerStatusPort: 8548,
      apiPort: 8549,
      apiUrl: "http://127.0.0.1:8549",
      dappPort: 8550,
      dappUrl: "http://127.0.0.1:8550",
    });
  });

  it("takes the ports from the environment", () => {
    const network = localNetwork({
      CITYSYNC_NODE_PORT: "18545",
      SAFE_PROPOSALS_PORT: "18550",
      CITYSYNC_INDEXER_PORT: "18551",
      CITYSYNC_API_PORT: "18552",
      CITYSYNC_DAPP_PORT: "18553",
    });
    expect(network.rpcUrl).to.equal("http://127.0.0.1:18545");
    expect(network.proposalServiceUrl).to.equal("http://127.0.0.1:18550");
    expect(network.indexerStatusPort).to.equal(18551);
    expect(network.apiUrl).to.equal("http://127.0.0.1:18552");
    expect(network.dappUrl).to.equal("http://127.0.0.1:18553");
  });

  it("names a variable that is not a port", () => {
    expect(() => localNetwork({ CITYSYNC_NODE_PORT: "85a" })).to.throw(
      'CITYSYNC_NODE_PORT must be a TCP port (1-65535), got "85a"',
    );
  });
});
