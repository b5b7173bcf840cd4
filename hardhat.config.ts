import { createRequire } from "node:module";

import hardhatEthers from "@nomicfoundation/hardhat-ethers";
import hardhatEthersChaiMatchers from "@nomicfoundation/hardhat-ethers-chai-matchers";
import hardhatIgnitionEthers from "@nomicfoundation/hardhat-ignition-ethers";
import hardhatKeystore from "@nomicfoundation/hardhat-keystore";
import hardhatMocha from "@nomicfoundation/hardhat-mocha";
import hardhatNetworkHelpers from "@nomicfoundation/hardhat-network-helpers";
import hardhatTypechain from "@nomicfoundation/hardhat-typechain";
import hardhatVerify from "@nomicfoundation/hardhat-verify";
import { configVariable, defineConfig } from "hardhat/config";

import { loadDotEnv } from "./scripts/lib/dotenv.mjs";
import { inspectInstall } from "./scripts/lib/install-state.mjs";
import { localNetwork } from "./sdk/src/local-network.ts";

// A tree installed by npm on an old Node lacks EDR's native package; say how to repair it before
// Hardhat fails on it with advice (delete the lockfile) that does not apply here.
const broken = inspectInstall(import.meta.dirname, { needBuild: false });
if (broken?.kind === "no-edr") {
  console.error(`${broken.message}. Run: ${broken.fix}`);
  process.exit(1);
}

// Configuration variables (`configVariable`) read the environment: load .env first, under
// whatever the shell exports, so `npx hardhat … --network opSepolia` works as documented too.
loadDotEnv();

const require = createRequire(import.meta.url);

// The compiler comes from the pinned `solc` npm package (soljson), so a build never
// downloads a compiler: this machine, CI and a newcomer all compile offline.
const SOLC_VERSION = "0.8.30";
const ADMIN_RUNS = 200;

/** A public OP-stack network whose RPC URL and deployer key are configuration variables. */
function opStackNetwork(rpcVariable: string, chainId: number) {
  return {
    type: "http" as const,
    chainType: "op" as const,
    chainId,
    url: configVariable(rpcVariable),
    accounts: [configVariable("DEPLOYER_PRIVATE_KEY")],
  };
}

export default defineConfig({
  plugins: [
    hardhatEthers,
    hardhatEthersChaiMatchers,
    hardhatMocha,
    hardhatNetworkHelpers,
    hardhatIgnitionEthers,
    hardhatKeystore,
    hardhatTypechain,
    hardhatVerify,
  ],
  solidity: {
    compilers: [
      {
        version: SOLC_VERSION,
        path: require.resolve("solc/soljson.js"),
        settings: {
          // Cancun is live on every OP-stack chain we target (OP, Base, their Sepolias).
          evmVersion: "cancun",
          // Attestations and redemptions run far more often than the ledger is deployed: optimise the
          // hot-path core for runtime gas. See docs/contracts.md ("Compiler settings").
          optimizer: { enabled: true, runs: 10_000 },
        },
      },
    ],
    overrides: {
      // The cold-path module (governance, registry, revocation, recovery, refunds, views) is called rarely
      // and must stay under the EIP-170 24,576-byte limit: optimise it for size.
      "contracts/ledger/CivicLedgerAdmin.sol": {
        version: SOLC_VERSION,
        path: require.resolve("solc/soljson.js"),
        settings: {
          evmVersion: "cancun",
          viaIR: true,
          optimizer: { enabled: true, runs: ADMIN_RUNS },
        },
      },
    },
  },
  paths: {
    sources: "contracts",
    tests: {
      mocha: "test/contracts",
      solidity: "test/solidity",
    },
  },
  test: {
    solidity: {
      fuzz: { runs: 5_000 },
      invariant: { runs: 64, depth: 64 },
    },
  },
  // Source verification (`npx hardhat verify …`, or `ignition deploy --verify`). Hardhat knows the
  // explorers of OP, Base and their Sepolias: Etherscan's multichain API (one key for every chain)
  // and Blockscout (no key). See docs/deployment.md ("Source verification").
  verify: {
    etherscan: { apiKey: configVariable("ETHERSCAN_API_KEY") },
    blockscout: { enabled: true },
  },
  networks: {
    // In-process OP-stack chain (Hardhat 3's default network): tests, benchmarks and the seed.
    default: { type: "edr-simulated", chainType: "op" },
    // The chain `hardhat node` serves (started by `npm start`).
    node: { type: "edr-simulated", chainType: "op" },
    // Clients of that node: deploy and seed scripts run with `--network localhost`.
    localhost: { type: "http", chainType: "op", url: localNetwork(process.env).rpcUrl },
    opSepolia: opStackNetwork("OP_SEPOLIA_RPC_URL", 11155420),
    baseSepolia: opStackNetwork("BASE_SEPOLIA_RPC_URL", 84532),
    optimism: opStackNetwork("OP_MAINNET_RPC_URL", 10),
    base: opStackNetwork("BASE_RPC_URL", 8453),
  },
});
