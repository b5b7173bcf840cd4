// Runs as npm's `preinstall`: Hardhat 3 and its EDR runtime need Node >= 22.13, and npm itself
// must run on such a Node or its engine check silently skips EDR's native package. The script's
// own Node is no evidence: npm may already have linked the `node` devDependency (Node 24) into
// node_modules/.bin, which comes first on a script's PATH. So ask npm's own Node.
// Plain .mjs on purpose: it must run on whatever Node the newcomer has.
import { spawnSync } from "node:child_process";

import { MIN_NODE, nodeSatisfies, npmNodeVersion } from "./lib/install-state.mjs";

const versionOf = (execPath) => spawnSync(execPath, ["--version"], { encoding: "utf8" }).stdout || undefined;
const npmNode = npmNodeVersion(process.env, versionOf) ?? process.versions.node;
if (!nodeSatisfies(npmNode) || !nodeSatisfies(process.versions.node)) {
  const running = nodeSatisfies(npmNode) ? process.versions.node : npmNode;
  console.error(
    [
      "",
      `City/Sync needs npm to run on Node >= ${MIN_NODE.major}.${MIN_NODE.minor} (npm runs on Node ${running} here),`,
      "otherwise it skips Hardhat's native EDR package and the install is broken. Use the set-up command,",
      "which fetches Node 24 from the npm registry and installs with it (it keeps package-lock.json):",
      "",
      "    rm -rf node_modules && npm run setup",
      "",
    ].join("\n"),
  );
  process.exit(1);
}
