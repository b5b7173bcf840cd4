/**
 * City/Sync Safe CLI: organizations and cities act through their Safes.
 *
 *   npm run safe -- <command> [options]      (npm run safe -- --help)
 *
 * Handlers live in commands.ts so tests call them directly; this file only parses arguments,
 * prints help and turns errors into one readable line (ledger errors decoded, in --lang).
 */
import { parseArgs } from "node:util";

import { CitySyncError, decodeError } from "@citysync/sdk";

import {
  PROPOSE_ACTIONS,
  approveCommand,
  createSafeCommand,
  executeCommand,
  listCommand,
  proposeAttestationsCommand,
  proposeCommand,
  relayCommand,
  showCommand,
  signAttestationCommand,
  signCommand,
} from "./commands.ts";
import { type CliContext, DEFAULT_RPC_URL, DEFAULT_SERVICE_URL, contextFromOptions } from "./context.ts";

type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string }>;

const GLOBAL_OPTIONS: OptionSpec = {
  rpc: { type: "string" },
  key: { type: "string" },
  service: { type: "string" },
  ledger: { type: "string" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
};

const GLOBAL_HELP = `Global options:
  --rpc <url>       JSON-RPC endpoint (env CITYSYNC_RPC_URL, default ${DEFAULT_RPC_URL})
  --key <0x…>       private key of the acting owner or relayer (env CITYSYNC_PRIVATE_KEY)
  --service <url>   proposal service (env CITYSYNC_SAFE_SERVICE, default ${DEFAULT_SERVICE_URL})
  --ledger <addr>   ledger address (env CITYSYNC_LEDGER, default: deployments/<chainId>.json)
  --lang en|es      language of error messages (env CITYSYNC_LANG, default en)
  -h, --help        help`;

interface Command {
  summary: string;
  usage: string;
  options: OptionSpec;
  details?: string;
  run: (
    ctx: CliContext,
    values: Record<string, string | boolean | undefined>,
    positionals: string[],
  ) => Promise<unknown>;
}

const str = (v: string | boolean | undefined) => (typeof v === "string" ? v : undefined);

function required(values: Record<string, string | boolean | undefined>, ...names: string[]): void {
  const missing = names.filter((n) => typeof values[n] !== "string");
  if (missing.length > 0) {
    throw new CitySyncError("INVALID_OPTION", `Missing ${missing.map((m) => `--${m}`).join(", ")}.`);
  }
}

function positional(positionals: string[], name: string): string {
  const value = positionals[0];
  if (!value) throw new CitySyncError("INVALID_OPTION", `Missing <${name}>.`);
  return value;
}

const PROPOSE_OPTIONS: OptionSpec = Object.fromEntries(
  [
    "org",
    "org-id",
    "city",
    "account",
    "id",
    "budget",
    "metadata",
    "credits-per-unit",
    "capacity",
    "start",
    "end",
    "price",
    "stock",
    "per-resident-limit",
    "cities",
    "delegate",
    "cap",
  ].map((n) => [n, { type: "string" as const }]),
);

export const COMMANDS: Record<string, Command> = {
  "create-safe": {
    summary: "Deploy a Safe with these owners and threshold",
    usage: "create-safe --owners 0xA,0xB,0xC --threshold 2 [--salt <n>]",
    options: { owners: { type: "string" }, threshold: { type: "string" }, salt: { type: "string" } },
    run: (ctx, v) => {
      required(v, "owners", "threshold");
      return createSafeCommand(ctx, {
        owners: str(v.owners)!,
        threshold: str(v.threshold)!,
        ...(str(v.salt) ? { salt: str(v.salt)! } : {}),
      });
    },
  },
  "propose-attestations": {
    summary: "Propose an attestation batch from a CSV (participant,opportunity,units,evidence)",
    usage: "propose-attestations --org <safe> --csv <file> [--evidence-root 0x…] [--dry-run] [--no-sign]",
    details:
      "Every row is checked (address checksum, opportunity of this organization and open, units > 0, no duplicates);\n" +
      "one bad row refuses the whole file, with line numbers. Notes in `evidence` are hashed locally and never sent.\n" +
      "The proposer signs it off-chain unless --no-sign (e.g. when owners will approve on chain).",
    options: {
      org: { type: "string" },
      csv: { type: "string" },
      "evidence-root": { type: "string" },
      "dry-run": { type: "boolean" },
      "no-sign": { type: "boolean" },
    },
    run: (ctx, v) => {
      required(v, "org", "csv");
      return proposeAttestationsCommand(ctx, {
        org: str(v.org)!,
        csv: str(v.csv)!,
        ...(str(v["evidence-root"]) ? { evidenceRoot: str(v["evidence-root"])! } : {}),
        dryRun: v["dry-run"] === true,
        noSign: v["no-sign"] === true,
      });
    },
  },
  propose: {
    summary: "Propose a ledger action through the right Safe",
    usage: `propose <action> [options] [--dry-run] [--no-sign]`,
    details: `Actions (acting Safe in brackets):
  publish-opportunity --org <safe> --credits-per-unit N --capacity N --start T --end T --metadata JSON   [organization]
  update-opportunity  --org <safe> --id N --capacity N --start T --end T --metadata JSON                 [organization]
  close-opportunity   --org <safe> --id N                                                                  [organization]
  publish-offer       --org <safe> --price N --stock N [--per-resident-limit N] --start T --end T --cities 1,2 --metadata JSON
  update-offer        --org <safe> --id N --price N --stock N --start T --end T --metadata JSON
  close-offer         --org <safe> --id N
  authorize-delegate  --org <safe> --delegate <addr> --cap N                                             [organization]
  revoke-delegate     --org <safe> --delegate <addr>                                                     [organization]
  onboard             --city N --account <org safe> --budget N --metadata JSON                           [city admin]
  set-budget          --org-id N --budget N                                                              [city admin]
  suspend | reactivate --org-id N                                                                        [city admin]
Times T are Unix seconds or ISO dates.`,
    options: { ...PROPOSE_OPTIONS, "dry-run": { type: "boolean" }, "no-sign": { type: "boolean" } },
    run: (ctx, v, p) => proposeCommand(ctx, positional(p, `action: ${PROPOSE_ACTIONS.join("|")}`), v),
  },
  sign: {
    summary: "Sign a proposal off-chain as an owner (EIP-712)",
    usage: "sign <proposalId or prefix>",
    options: {},
    run: (ctx, _v, p) => signCommand(ctx, positional(p, "proposalId")),
  },
  approve: {
    summary: "Approve a proposal on chain as an owner (approveHash)",
    usage: "approve <proposalId or prefix>",
    options: {},
    run: (ctx, _v, p) => approveCommand(ctx, positional(p, "proposalId")),
  },
  execute: {
    summary: "Execute a proposal once its threshold is met (any account pays gas)",
    usage: "execute <proposalId or prefix>",
    options: {},
    run: (ctx, _v, p) => executeCommand(ctx, positional(p, "proposalId")),
  },
  list: {
    summary: "List proposals and their confirmations",
    usage: "list [--safe <safe>]",
    options: { safe: { type: "string" } },
    run: (ctx, v) => listCommand(ctx, { ...(str(v.safe) ? { safe: str(v.safe)! } : {}) }),
  },
  show: {
    summary: "Show a proposal: decoded calls, confirmations, what is missing",
    usage: "show <proposalId or prefix>",
    options: {},
    run: (ctx, _v, p) => showCommand(ctx, positional(p, "proposalId")),
  },
  "sign-attestation": {
    summary: "Sign a CSV batch as the organization's Safe (EIP-1271) into a file anyone can relay",
    usage:
      "sign-attestation --org <safe> --csv <file> --out <file.json> [--deadline T] [--nonce N]\n       sign-attestation --out <file.json>      (another owner adds a signature)",
    options: {
      org: { type: "string" },
      csv: { type: "string" },
      out: { type: "string" },
      "evidence-root": { type: "string" },
      deadline: { type: "string" },
      nonce: { type: "string" },
    },
    run: (ctx, v) => {
      required(v, "out");
      return signAttestationCommand(ctx, {
        out: str(v.out)!,
        ...(str(v.org) ? { org: str(v.org)! } : {}),
        ...(str(v.csv) ? { csv: str(v.csv)! } : {}),
        ...(str(v["evidence-root"]) ? { evidenceRoot: str(v["evidence-root"])! } : {}),
        ...(str(v.deadline) ? { deadline: str(v.deadline)! } : {}),
        ...(str(v.nonce) ? { nonce: str(v.nonce)! } : {}),
      });
    },
  },
  relay: {
    summary: "Submit a Safe-signed attestation file (attestSigned); --key pays gas",
    usage: "relay --file <file.json>",
    options: { file: { type: "string" } },
    run: (ctx, v) => {
      required(v, "file");
      return relayCommand(ctx, { file: str(v.file)! });
    },
  },
};

export function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return `City/Sync Safe CLI — organizations and cities act through their Safes.

Usage: npm run safe -- <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`)
  .join("\n")}

Run "npm run safe -- <command> --help" for a command's options.

Attest through a Safe in four steps (local chain: run "npm start" first; it prints every
organization's Safe and its owners' keys, and serves the proposal service):
  1. a CSV, one row per contribution:
       participant,opportunity,units,evidence
       0x358B70677065404CDCBC16C444B5D29a46850B6e,1,3,sign-in sheet 2026-11-20
  2. owner A proposes and signs:  npm run safe -- propose-attestations --org <org Safe> --csv hours.csv --key <owner A key>
  3. owner B signs (or "approve"): npm run safe -- sign <proposal id prefix> --key <owner B key>
  4. anyone executes:             npm run safe -- execute <proposal id prefix> --key <any funded key>
Add --dry-run to step 2 to see the decoded transaction without proposing anything.

${GLOBAL_HELP}`;
}

export function commandHelp(name: string): string {
  const c = COMMANDS[name]!;
  return `${c.summary}\n\nUsage: npm run safe -- ${c.usage}\n${c.details ? `\n${c.details}\n` : ""}\n${GLOBAL_HELP}`;
}

/** Runs the CLI; returns the exit code. */
export async function runCli(
  argv: string[],
  out: (line: string) => void = console.log,
  err: (line: string) => void = console.error,
): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    out(mainHelp());
    return name ? 0 : 1;
  }
  const command = COMMANDS[name];
  if (!command) {
    err(`Unknown command "${name}".\n\n${mainHelp()}`);
    return 1;
  }
  let ctx: CliContext | undefined;
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: { ...GLOBAL_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      out(commandHelp(name));
      return 0;
    }
    ctx = contextFromOptions(values as Record<string, string>, out);
    await command.run(ctx, values as Record<string, string | boolean | undefined>, positionals);
    return 0;
  } catch (error) {
    err(`Error: ${formatError(error, ctx?.language ?? "en")}`);
    return 1;
  }
}

export function formatError(error: unknown, language: "en" | "es" = "en"): string {
  if (error instanceof CitySyncError) {
    const cause = error.cause ? decodeError(error.cause, language) : undefined;
    if (!cause || cause.name === "Unknown") return error.message;
    // A ledger or Safe error behind ours: say it in the chosen language.
    if (language !== "en") return `${cause.message} (${error.code})`;
    return error.message.includes(cause.message) ? error.message : `${error.message} ${cause.message}`;
  }
  if ((error as { code?: string })?.code?.startsWith("ERR_PARSE_ARGS")) return (error as Error).message;
  return decodeError(error, language).message;
}

if (import.meta.main) {
  process.exitCode = await runCli(process.argv.slice(2));
}
