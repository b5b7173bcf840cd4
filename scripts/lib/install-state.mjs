// Whether this clone's install can run City/Sync, and what to run when it cannot.
// Plain JavaScript on purpose: the launcher imports it on whatever Node the newcomer has
// (Node 20 before set-up), where TypeScript sources cannot load.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Hardhat 3 and its EDR runtime need this Node (npm must run on it too, see below). */
export const MIN_NODE = Object.freeze({ major: 22, minor: 13 });

/** Written by scripts/setup.sh once the install and the build succeeded. */
export const INSTALL_STAMP = path.join("node_modules", ".citysync-install");

/** @param {string} version "20.1.0" or "v20.1.0" */
export function nodeSatisfies(version) {
  const [major = 0, minor = 0] = version.replace(/^v/, "").split(".").map(Number);
  return major > MIN_NODE.major || (major === MIN_NODE.major && minor >= MIN_NODE.minor);
}

/**
 * The Node version npm itself runs on, from the environment npm gives lifecycle scripts.
 * npm puts `node_modules/.bin` (where the `node` devDependency links Node 24) first on a
 * script's PATH, so the script's own `process.version` says nothing about npm's Node; npm's
 * engine checks, which decide whether EDR's native package is installed, use npm's Node.
 * @param {NodeJS.ProcessEnv} env
 * @param {(execPath: string) => string | undefined} versionOf runs `<execPath> --version`
 * @returns {string | undefined}
 */
export function npmNodeVersion(env, versionOf) {
  if (env.npm_node_execpath) {
    const version = versionOf(env.npm_node_execpath);
    if (version) return version.trim().replace(/^v/, "");
  }
  return /\bnode\/v(\d+\.\d+\.\d+)/.exec(env.npm_config_user_agent ?? "")?.[1];
}

/** @param {string} file */
function mtime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

/** The package.json files whose change calls for a new `npm install`. */
function manifestFiles(root) {
  const files = ["package.json", "package-lock.json"];
  for (const workspace of ["sdk", "indexer", "frontend"]) files.push(path.join(workspace, "package.json"));
  return files.map((f) => path.join(root, f)).filter((f) => existsSync(f));
}

/** The native EDR package npm installs for this platform, e.g. `@nomicfoundation/edr-linux-x64-gnu`. */
export function edrNativePackages(root, platform = process.platform, arch = process.arch) {
  const scope = path.join(root, "node_modules", "@nomicfoundation");
  let names = [];
  try {
    names = readdirSync(scope);
  } catch {
    return [];
  }
  return names.filter((n) => n.startsWith(`edr-${platform}-${arch}`)).map((n) => `@nomicfoundation/${n}`);
}

/**
 * @typedef {{ kind: "no-install" | "stale" | "no-edr" | "not-built", message: string, fix: string }} InstallProblem
 */

/**
 * The first reason this clone cannot run yet, or undefined when it can.
 * @param {string} root the repository root
 * @param {{ needBuild?: boolean, platform?: NodeJS.Platform, arch?: string }} [options]
 * @returns {InstallProblem | undefined}
 */
export function inspectInstall(root, options = {}) {
  const { needBuild = true, platform = process.platform, arch = process.arch } = options;
  const modules = path.join(root, "node_modules");
  if (!existsSync(path.join(modules, "hardhat", "package.json"))) {
    return { kind: "no-install", message: "Dependencies are not installed", fix: "npm run setup" };
  }
  if (edrNativePackages(root, platform, arch).length === 0) {
    return {
      kind: "no-edr",
      message:
        `The install has no native EDR package (@nomicfoundation/edr-${platform}-${arch}-*): npm ran on a Node ` +
        `older than ${MIN_NODE.major}.${MIN_NODE.minor} and skipped it. Keep package-lock.json and reinstall`,
      fix: "rm -rf node_modules && npm run setup",
    };
  }
  // Our stamp, or npm's own hidden lockfile for installs made before the stamp existed.
  const installed = Math.max(
    mtime(path.join(root, INSTALL_STAMP)) ?? 0,
    mtime(path.join(modules, ".package-lock.json")) ?? 0,
  );
  const changed = manifestFiles(root).find((f) => (mtime(f) ?? 0) > installed);
  if (changed) {
    return {
      kind: "stale",
      message: `${path.relative(root, changed)} changed after the last install`,
      fix: "npm run setup",
    };
  }
  if (needBuild) {
    const missing = [
      path.join("artifacts", "contracts"),
      path.join("sdk", "src", "generated", "contracts.ts"),
    ].find((f) => !existsSync(path.join(root, f)));
    if (missing)
      return { kind: "not-built", message: `${missing} is missing (not built yet)`, fix: "npm run build" };
  }
  return undefined;
}
