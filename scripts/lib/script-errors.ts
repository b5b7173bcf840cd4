/**
 * Errors of the operator scripts (deploy, seed, bench) as one line a person can act on: an
 * unreachable RPC names its URL and what to start, a missing configuration variable says where
 * to set it. The stack only with --verbose. Used instead of letting Hardhat print its
 * "unexpected error, please report a bug" banner for refusals that are not bugs.
 *
 * `hardhat run` refuses options it does not know, so for Hardhat scripts the launcher turns
 * `--verbose` into CITYSYNC_VERBOSE=1; Hardhat's own --show-stack-traces counts too.
 */
import type { NetworkConnection } from "hardhat/types/network";

export interface ErrorContext {
  networkName?: string;
  rpcUrl?: string;
}

function chain(error: unknown): unknown[] {
  const errors: unknown[] = [];
  for (let current = error; current !== undefined && errors.length < 8;) {
    errors.push(current);
    current = current instanceof Error ? current.cause : undefined;
  }
  return errors;
}

function text(error: unknown): string {
  if (error instanceof Error) return `${error.message} ${(error as NodeJS.ErrnoException).code ?? ""}`;
  return String(error);
}

export function describeScriptError(error: unknown, context: ErrorContext = {}): string {
  const all = chain(error).map(text).join(" | ");
  const variable = /Configuration Variable "?([A-Z0-9_]+)"? not found/.exec(all)?.[1];
  if (variable) {
    return `${variable} is not set: add it to .env (see .env.example) or export it${
      variable.includes("KEY") ? `, or keep it encrypted: npx hardhat keystore set ${variable}` : ""
    }.`;
  }
  if (
    /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|fetch failed|Cannot connect to the network|HHE703/.test(all)
  ) {
    const where = context.rpcUrl ?? `network ${context.networkName ?? "localhost"}`;
    const local = context.networkName === undefined || context.networkName === "localhost";
    return `Cannot reach the JSON-RPC endpoint ${where}${
      local
        ? ": is the local network running? Start it with: npm start"
        : ": check the URL and your connection"
    }.`;
  }
  const first = error instanceof Error ? error.message : String(error);
  return first.split("\n")[0]!.trim();
}

/** The `--network` Hardhat was given (this script runs inside `hardhat run`'s process). */
export function networkFromArgv(argv: readonly string[] = process.argv): string | undefined {
  const index = argv.indexOf("--network");
  return index >= 0
    ? argv[index + 1]
    : argv.find((a) => a.startsWith("--network="))?.slice("--network=".length);
}

/** The network's RPC URL, when it has one (http networks), for error messages. */
export async function rpcUrlOf(connection: NetworkConnection): Promise<string | undefined> {
  const config = connection.networkConfig;
  if (config.type !== "http") return undefined;
  try {
    return typeof config.url === "string" ? config.url : await config.url.get();
  } catch {
    return undefined;
  }
}

/** Whether the person asked for stacks: --verbose, Hardhat's --show-stack-traces or CITYSYNC_VERBOSE=1. */
export function wantsStack(
  argv: readonly string[] = process.argv,
  env: Readonly<Record<string, string | undefined>> = process.env,
): boolean {
  return argv.includes("--verbose") || argv.includes("--show-stack-traces") || env.CITYSYNC_VERBOSE === "1";
}

/**
 * Runs a script's body; on failure prints one line (the stack with --verbose) and sets a
 * non-zero exit code instead of throwing into Hardhat's bug-report handler.
 */
export async function runOperatorScript(
  main: () => Promise<void>,
  context: () => ErrorContext | Promise<ErrorContext> = () => ({}),
): Promise<void> {
  try {
    await main();
  } catch (error) {
    let where: ErrorContext = {};
    try {
      where = await context();
    } catch {
      // keep the generic message
    }
    console.error(describeScriptError(error, where));
    if (wantsStack() && error instanceof Error) console.error(error.stack);
    process.exitCode = 1;
  }
}
