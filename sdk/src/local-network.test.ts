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
    });
  });

  it("takes the ports from the environment", () => {
    const network = localNetwork({ CITYSYNC_NODE_PORT: "18545", SAFE_PROPOSALS_PORT: "18550" });
    expect(network.rpcUrl).to.equal("http://127.0.0.1:18545");
    expect(network.proposalServiceUrl).to.equal("http://127.0.0.1:18550");
  });

  it("names a variable that is not a port", () => {
    expect(() => localNetwork({ CITYSYNC_NODE_PORT: "85a" })).to.throw(
      'CITYSYNC_NODE_PORT must be a TCP port (1-65535), got "85a"',
    );
  });
});
