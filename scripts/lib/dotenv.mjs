// Loads the repository's `.env` into an environment without overriding it: a variable exported
// in the shell wins over the file. Empty values in the file count as unset, so a copy of
// .env.example with blanks changes nothing. Plain JavaScript so the launcher can use it on any Node;
// the parser is Node's own (`util.parseEnv`, the one behind `--env-file`).
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseEnv } from "node:util";

export const DOTENV_FILE = fileURLToPath(new URL("../../.env", import.meta.url));

/** The file to load: CITYSYNC_ENV_FILE (say, one file per public network) or the repository's .env. */
export function dotEnvFile(env = process.env) {
  return env.CITYSYNC_ENV_FILE ? path.resolve(env.CITYSYNC_ENV_FILE) : DOTENV_FILE;
}

/**
 * Copies the file's non-empty values into `env` where `env` has none; returns the names it set.
 * @param {NodeJS.ProcessEnv} env
 * @param {string} [file]
 * @returns {string[]}
 */
export function loadDotEnv(env = process.env, file = dotEnvFile(env)) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    // The default file is optional; one named in CITYSYNC_ENV_FILE must exist.
    if (/** @type {NodeJS.ErrnoException} */ (error).code === "ENOENT" && file === DOTENV_FILE) return [];
    throw new Error(`Cannot read ${file}: ${/** @type {Error} */ (error).message}`, { cause: error });
  }
  const loaded = [];
  for (const [name, value] of Object.entries(parseEnv(text))) {
    if (value === "" || env[name] !== undefined) continue;
    env[name] = value;
    loaded.push(name);
  }
  return loaded;
}
