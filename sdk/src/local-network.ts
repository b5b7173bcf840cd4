/**
 * The local City/Sync network that `npm start` runs: its chain id, host, ports and URLs, in one
 * place for the SDK, the scripts, the services and Hardhat's `localhost` network.
 */
export const LOCAL_CHAIN_ID = 31337;
export const LOCAL_HOST = "127.0.0.1";
export const LOCAL_RPC_PORT = 8545;
export const LOCAL_RPC_URL = `http://${LOCAL_HOST}:${LOCAL_RPC_PORT}`;
export const LOCAL_PROPOSAL_SERVICE_PORT = 8547;
export const LOCAL_PROPOSAL_SERVICE_URL = `http://${LOCAL_HOST}:${LOCAL_PROPOSAL_SERVICE_PORT}`;

export interface LocalNetwork {
  chainId: number;
  host: string;
  rpcPort: number;
  rpcUrl: string;
  proposalServicePort: number;
  proposalServiceUrl: string;
}

/**
 * The local network with its ports taken from the environment when set (CITYSYNC_NODE_PORT,
 * SAFE_PROPOSALS_PORT), so two copies of the network can run side by side (tests do).
 */
export function localNetwork(env: Readonly<Record<string, string | undefined>> = {}): LocalNetwork {
  const rpcPort = port(env, "CITYSYNC_NODE_PORT", LOCAL_RPC_PORT);
  const proposalServicePort = port(env, "SAFE_PROPOSALS_PORT", LOCAL_PROPOSAL_SERVICE_PORT);
  return {
    chainId: LOCAL_CHAIN_ID,
    host: LOCAL_HOST,
    rpcPort,
    rpcUrl: `http://${LOCAL_HOST}:${rpcPort}`,
    proposalServicePort,
    proposalServiceUrl: `http://${LOCAL_HOST}:${proposalServicePort}`,
  };
}

function port(env: Readonly<Record<string, string | undefined>>, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === "") return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 65_535) {
    throw new RangeError(`${name} must be a TCP port (1-65535), got "${value}"`);
  }
  return parsed;
}
