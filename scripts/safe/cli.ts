/**
 * City/Sync operator CLI: network admins, city admins and organizations act through their Safes
 * (propose → sign or approve → execute, --dry-run first); residents read credits, browse, redeem.
 *
 *   npm run safe -- <command> [options]      (npm run safe -- --help)
 *
 * One table (COMMANDS) gives every command its group, options, help and handler; parsing, the
 * help text and the "valid options" of errors are all generated from it.
 */
import { parseArgs } from "node:util";

import { CitySyncError, type Language } from "@citysync/sdk";

import { type OptionDef, type OptionDefs, type OptionValues, SAFE_ACTIONS } from "./actions.ts";
import {
  approveCommand,
  createSafeCommand,
  executeCommand,
  listCommand,
  proposeAttestationsCommand,
  proposeCommand,
  rejectCommand,
  relayCommand,
  showCommand,
  signAttestationCommand,
  signCommand,
} from "./commands.ts";
import { type CliContext, DEFAULT_RPC_URL, DEFAULT_SERVICE_URL, contextFromOptions } from "./context.ts";
import { formatError } from "./messages.ts";
import { checkpointCommand } from "./proofs.ts";
import {
  balanceCommand,
  contestRecoveryCommand,
  offersCommand,
  opportunitiesCommand,
  redeemCommand,
  relayRedemptionCommand,
  signRedemptionCommand,
} from "./resident.ts";

type Group = "network admin" | "city admin" | "organization" | "proposals" | "resident" | "setup";

export interface CommandDef {
  group: Group;
  summary: string;
  /** Positional arguments, by name. */
  args?: readonly string[];
  options: OptionDefs;
  details?: string;
  run: (ctx: CliContext, values: OptionValues, args: string[]) => Promise<unknown>;
}

export const GLOBAL_OPTIONS: OptionDefs = {
  rpc: {
    type: "string",
    value: "<url>",
    description: `JSON-RPC endpoint (env CITYSYNC_RPC_URL, default ${DEFAULT_RPC_URL})`,
  },
  key: {
    type: "string",
    value: "<0x…>",
    description: "private key of the acting owner, resident or relayer (env CITYSYNC_PRIVATE_KEY)",
  },
  service: {
    type: "string",
    value: "<url>",
    description: `a City/Sync proposal service (env CITYSYNC_SAFE_SERVICE; local chain default ${DEFAULT_SERVICE_URL})`,
  },
  "tx-service": {
    type: "string",
    value: "<url>",
    description:
      "Safe Transaction Service URL (env SAFE_TX_SERVICE_URL; public chains default to Safe's, key in SAFE_API_KEY)",
  },
  ledger: {
    type: "string",
    value: "<address>",
    description: "ledger address (env CITYSYNC_LEDGER; default: deployments/<chainId>.json)",
  },
  lang: { type: "string", value: "en|es", description: "language of errors (env CITYSYNC_LANG, default en)" },
  verbose: { type: "boolean", description: "print the stack of an error" },
  help: { type: "boolean", description: "help" },
};

const DRY_RUN: OptionDefs = {
  "dry-run": {
    type: "boolean",
    description: "decode and simulate; print the estimated gas; store and send nothing",
  },
};
const PROPOSING: OptionDefs = {
  ...DRY_RUN,
  nonce: {
    type: "string",
    value: "<n>",
    description: "Safe nonce to use: replaces the pending proposal with this nonce",
  },
};
const MAX_PRICE: OptionDefs = {
  "max-price": {
    type: "string",
    value: "<credits>",
    description: "pay at most this (default: the offer's price now, printed)",
  },
};
const str = (v: OptionValues, name: string) =>
  typeof v[name] === "string" ? (v[name] as string) : undefined;
const flag = (v: OptionValues, name: string) => v[name] === true;
const maybe = <K extends string>(key: K, value: string | undefined) =>
  value === undefined ? {} : { [key]: value };

const safeActionCommands: Record<string, CommandDef> = Object.fromEntries(
  Object.entries(SAFE_ACTIONS).map(([name, action]) => [
    name,
    {
      group: action.role,
      summary: action.summary,
      options: { ...action.options, ...PROPOSING },
      run: (ctx, values) => proposeCommand(ctx, name, values),
    } satisfies CommandDef,
  ]),
);

const CSV_OPTIONS: OptionDefs = {
  org: { type: "string", value: "<safe>", description: "the organization's Safe", required: true },
  csv: {
    type: "string",
    value: "<file>",
    description: "participant,opportunity,units,evidence (one row per contribution)",
    required: true,
  },
  "evidence-root": {
    type: "string",
    value: "<0x…>",
    description: "use this evidence root instead of the CSV's",
  },
  "allow-repeat": {
    type: "boolean",
    description: "accept the same participant and opportunity twice with other units (two shifts)",
  },
};

export const COMMANDS: Record<string, CommandDef> = {
  "create-safe": {
    group: "setup",
    summary: "Deploy a Safe with these owners and threshold",
    options: {
      owners: { type: "string", value: "<0xA,0xB>", description: "owners' addresses", required: true },
      threshold: { type: "string", value: "<n>", description: "confirmations needed", required: true },
      salt: { type: "string", value: "<n>", description: "salt (makes the address deterministic)" },
    },
    run: (ctx, v) =>
      createSafeCommand(ctx, {
        owners: str(v, "owners")!,
        threshold: str(v, "threshold")!,
        ...maybe("salt", str(v, "salt")),
      }),
  },
  ...safeActionCommands,
  attest: {
    group: "organization",
    summary: "Propose an attestation batch from a CSV",
    options: { ...CSV_OPTIONS, ...PROPOSING },
    details:
      "Every row is checked (address checksum, opportunity of this organization and open, units > 0, duplicates);\n" +
      "one bad row refuses the whole file, naming every line. Notes in `evidence` are hashed locally and never sent.\n" +
      "--dry-run shows the credits each resident would receive and the estimated gas.",
    run: (ctx, v) =>
      proposeAttestationsCommand(ctx, {
        org: str(v, "org")!,
        csv: str(v, "csv")!,
        ...maybe("evidenceRoot", str(v, "evidence-root")),
        ...maybe("nonce", str(v, "nonce")),
        allowRepeat: flag(v, "allow-repeat"),
        dryRun: flag(v, "dry-run"),
      }),
  },
  "sign-attestation": {
    group: "organization",
    summary: "Sign a CSV batch as the organization's Safe (EIP-1271) into a file anyone can relay",
    options: {
      ...CSV_OPTIONS,
      org: { ...CSV_OPTIONS.org!, required: false },
      csv: { ...CSV_OPTIONS.csv!, required: false },
      out: {
        type: "string",
        value: "<file.json>",
        description: "the signed file (created by the first owner, completed by the next)",
        required: true,
      },
      deadline: { type: "string", value: "<T>", description: "valid until (default: chain time + 7 days)" },
      nonce: { type: "string", value: "<n>", description: "ledger nonce (default: the next free one)" },
    },
    run: (ctx, v) =>
      signAttestationCommand(ctx, {
        out: str(v, "out")!,
        ...maybe("org", str(v, "org")),
        ...maybe("csv", str(v, "csv")),
        ...maybe("evidenceRoot", str(v, "evidence-root")),
        ...maybe("deadline", str(v, "deadline")),
        ...maybe("nonce", str(v, "nonce")),
        allowRepeat: flag(v, "allow-repeat"),
      }),
  },
  relay: {
    group: "organization",
    summary: "Submit a Safe-signed attestation file (--key pays gas)",
    options: {
      file: { type: "string", value: "<file.json>", description: "the signed attestation", required: true },
    },
    run: (ctx, v) => relayCommand(ctx, { file: str(v, "file")! }),
  },
  sign: {
    group: "proposals",
    summary: "Confirm a proposal off-chain as an owner (EIP-712 signature)",
    args: ["proposal id or prefix"],
    options: {},
    run: (ctx, _v, [id]) => signCommand(ctx, id!),
  },
  approve: {
    group: "proposals",
    summary: "Confirm a proposal on chain as an owner (approveHash)",
    args: ["proposal id or prefix"],
    options: {},
    run: (ctx, _v, [id]) => approveCommand(ctx, id!),
  },
  reject: {
    group: "proposals",
    summary: "Propose the Safe's on-chain rejection of a proposal (an empty transaction at its nonce)",
    args: ["proposal id or prefix"],
    options: DRY_RUN,
    run: (ctx, v, [id]) => rejectCommand(ctx, id!, { dryRun: flag(v, "dry-run") }),
  },
  execute: {
    group: "proposals",
    summary: "Execute a proposal once its threshold is met (any account pays gas)",
    args: ["proposal id or prefix"],
    options: {},
    run: (ctx, _v, [id]) => executeCommand(ctx, id!),
  },
  list: {
    group: "proposals",
    summary: "List proposals and their confirmations",
    options: {
      safe: { type: "string", value: "<safe>", description: "only this Safe's (required on public chains)" },
    },
    run: (ctx, v) => listCommand(ctx, maybe("safe", str(v, "safe"))),
  },
  show: {
    group: "proposals",
    summary: "Show a proposal: decoded calls, who confirmed, what is missing (after execution: who signed)",
    args: ["proposal id or prefix"],
    options: {},
    run: (ctx, _v, [id]) => showCommand(ctx, id!),
  },
  balance: {
    group: "resident",
    summary: "Credits (balance and earned in total) per city",
    options: {
      resident: {
        type: "string",
        value: "<address>",
        description: "whose credits (default: the --key holder)",
      },
      city: { type: "string", value: "<n>", description: "only this city" },
    },
    run: (ctx, v) =>
      balanceCommand(ctx, { ...maybe("resident", str(v, "resident")), ...maybe("city", str(v, "city")) }),
  },
  opportunities: {
    group: "resident",
    summary: "Open opportunities to earn credits",
    options: {
      city: { type: "string", value: "<n>", description: "only this city's" },
      all: { type: "boolean", description: "closed and future ones too" },
    },
    run: (ctx, v) => opportunitiesCommand(ctx, { ...maybe("city", str(v, "city")), all: flag(v, "all") }),
  },
  offers: {
    group: "resident",
    summary: "Open offers to redeem credits for",
    options: {
      city: { type: "string", value: "<n>", description: "only offers accepting this city's credits" },
      all: { type: "boolean", description: "closed and sold-out ones too" },
    },
    run: (ctx, v) => offersCommand(ctx, { ...maybe("city", str(v, "city")), all: flag(v, "all") }),
  },
  redeem: {
    group: "resident",
    summary: "Redeem an offer with a city's credits, paying gas (--key is the resident)",
    options: {
      offer: { type: "string", value: "<n>", description: "offer id", required: true },
      city: { type: "string", value: "<n>", description: "whose credits to burn", required: true },
      ...MAX_PRICE,
    },
    run: (ctx, v) =>
      redeemCommand(ctx, {
        offer: str(v, "offer")!,
        city: str(v, "city")!,
        ...maybe("maxPrice", str(v, "max-price")),
      }),
  },
  "sign-redemption": {
    group: "resident",
    summary: "Sign a redemption anyone can relay: gasless for the resident (--key)",
    options: {
      offer: { type: "string", value: "<n>", description: "offer id", required: true },
      city: { type: "string", value: "<n>", description: "whose credits to burn", required: true },
      out: { type: "string", value: "<file.json>", description: "the signed redemption", required: true },
      deadline: { type: "string", value: "<T>", description: "valid until (default: chain time + 1 hour)" },
      ...MAX_PRICE,
    },
    run: (ctx, v) =>
      signRedemptionCommand(ctx, {
        offer: str(v, "offer")!,
        city: str(v, "city")!,
        out: str(v, "out")!,
        ...maybe("deadline", str(v, "deadline")),
        ...maybe("maxPrice", str(v, "max-price")),
      }),
  },
  checkpoint: {
    group: "organization",
    summary:
      "Store a city's head as a checkpoint, so revoke and refund can prove its records (anyone; --key pays gas)",
    options: { city: { type: "string", value: "<n>", description: "city id", required: true } },
    run: (ctx, v) => checkpointCommand(ctx, { city: str(v, "city")! }),
  },
  "contest-recovery": {
    group: "resident",
    summary:
      "Contest a recovery of your wallet's credits (--key is the old wallet); the network admin decides",
    options: { city: { type: "string", value: "<n>", description: "city id", required: true } },
    run: (ctx, v) => contestRecoveryCommand(ctx, { city: str(v, "city")! }),
  },
  "relay-redemption": {
    group: "resident",
    summary: "Submit a resident's signed redemption (--key pays gas)",
    options: {
      file: { type: "string", value: "<file.json>", description: "the signed redemption", required: true },
    },
    run: (ctx, v) => relayRedemptionCommand(ctx, { file: str(v, "file")! }),
  },
};

const GROUPS: readonly Group[] = [
  "network admin",
  "city admin",
  "organization",
  "proposals",
  "resident",
  "setup",
];

function optionLines(options: OptionDefs): string {
  const rows = Object.entries(options).map(([name, o]: [string, OptionDef]) => [
    `--${name}${o.value ? ` ${o.value}` : ""}`,
    `${o.description}${o.required ? " (required)" : ""}`,
  ]);
  const width = Math.max(0, ...rows.map(([left]) => left!.length));
  return rows.map(([left, right]) => `  ${left!.padEnd(width)}  ${right}`).join("\n");
}

export function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const groups = GROUPS.map((group) => {
    const lines = Object.entries(COMMANDS)
      .filter(([, c]) => c.group === group)
      .map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
    return `${group[0]!.toUpperCase()}${group.slice(1)}:\n${lines.join("\n")}`;
  });
  return `City/Sync operator CLI — every role acts through its Safe: propose, sign (or approve), execute.

Usage: npm run safe -- <command> [options]      (npm run safe -- <command> --help)

${groups.join("\n\n")}

A first try on the local chain ("npm start" prints Safes, owners' keys and residents):
  npm run safe -- offers
  npm run safe -- attest --org <org Safe> --csv hours.csv --dry-run
  npm run safe -- attest --org <org Safe> --csv hours.csv --key <owner A key>   # prints the proposal id
  npm run safe -- sign <id prefix> --key <owner B key>
  npm run safe -- execute <id prefix> --key <any funded key>

Global options:
${optionLines(GLOBAL_OPTIONS)}`;
}

export function commandHelp(name: string): string {
  const c = COMMANDS[name]!;
  const args = (c.args ?? []).map((a) => ` <${a}>`).join("");
  const options = Object.keys(c.options).length > 0 ? `\nOptions:\n${optionLines(c.options)}\n` : "";
  return `${c.summary} [${c.group}]\n\nUsage: npm run safe -- ${name}${args} [options]\n${c.details ? `\n${c.details}\n` : ""}${options}\nGlobal options:\n${optionLines(GLOBAL_OPTIONS)}`;
}

/** --lang and --verbose are read before parsing, so even a parsing error is in the right language. */
function earlyOptions(argv: readonly string[]): { language: Language; verbose: boolean } {
  let language: string | undefined = process.env.CITYSYNC_LANG;
  argv.forEach((arg, i) => {
    if (arg === "--lang") language = argv[i + 1];
    else if (arg.startsWith("--lang=")) language = arg.slice("--lang=".length);
  });
  return { language: language === "es" ? "es" : "en", verbose: argv.includes("--verbose") };
}

function parse(name: string, command: CommandDef, argv: string[]) {
  const all: OptionDefs = { ...GLOBAL_OPTIONS, ...command.options };
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: Object.fromEntries(Object.entries(all).map(([n, o]) => [n, { type: o.type }])),
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const unknown = /'(-[^']+)'/.exec((error as Error).message)?.[1] ?? "?";
    const valid = Object.keys(all)
      .map((o) => `--${o}`)
      .join(", ");
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      throw new CitySyncError(
        "UNKNOWN_OPTION",
        `Unknown option ${unknown} for "${name}". Valid options: ${valid}.`,
        {
          details: { option: unknown, command: name, valid },
        },
      );
    }
    const option = unknown.replace(/^-+/, "").split(" ")[0]!;
    throw new CitySyncError(
      "INVALID_OPTION",
      `--${option} ${all[option]?.type === "boolean" ? "takes no value" : "needs a value"}.`,
      {
        details: { option, expected: "given correctly", expectedEs: "usada correctamente" },
      },
    );
  }
  return parsed;
}

function checkRequired(name: string, command: CommandDef, values: OptionValues, positionals: string[]): void {
  const missing = [
    ...(command.args ?? []).slice(positionals.length).map((a) => `<${a}>`),
    ...Object.entries(command.options)
      .filter(([n, o]) => o.required && values[n] === undefined)
      .map(([n]) => `--${n}`),
  ];
  if (missing.length > 0) {
    throw new CitySyncError(
      "MISSING_OPTION",
      `Missing ${missing.join(", ")} (see "npm run safe -- ${name} --help").`,
      {
        details: { options: missing.join(", ") },
      },
    );
  }
  const extra = positionals.slice(command.args?.length ?? 0);
  if (extra.length > 0) {
    throw new CitySyncError("UNKNOWN_OPTION", `Unexpected argument "${extra[0]}" for "${name}".`, {
      details: {
        option: extra[0],
        command: name,
        valid: Object.keys(command.options)
          .map((o) => `--${o}`)
          .join(", "),
      },
    });
  }
}

/** Runs the CLI; returns the exit code. */
export async function runCli(
  argv: string[],
  out: (line: string) => void = console.log,
  err: (line: string) => void = console.error,
  /** Tests give an in-process chain here instead of --rpc. */
  overrides: Partial<CliContext> = {},
): Promise<number> {
  const early = earlyOptions(argv);
  // "propose <action>" is the older spelling of "<action>".
  const [first, ...rest] = argv[0] === "propose" ? argv.slice(1) : argv;
  if (!first || first === "--help" || first === "-h" || first === "help") {
    out(mainHelp());
    return first ? 0 : 1;
  }
  let rpcUrl: string | undefined;
  try {
    const command = COMMANDS[first];
    if (!command) {
      const valid = Object.keys(COMMANDS).join(", ");
      throw new CitySyncError("UNKNOWN_COMMAND", `Unknown command "${first}". Commands: ${valid}.`, {
        details: { name: first, valid },
      });
    }
    const { values, positionals } = parse(first, command, rest);
    if (values.help) {
      out(commandHelp(first));
      return 0;
    }
    checkRequired(first, command, values, positionals);
    const ctx = { ...contextFromOptions(values as Record<string, string>, out), ...overrides };
    rpcUrl = typeof ctx.provider === "string" ? ctx.provider : undefined;
    await command.run(ctx, values, positionals);
    return 0;
  } catch (error) {
    err(
      `Error: ${formatError(error, { language: early.language, verbose: early.verbose, ...(rpcUrl ? { rpcUrl } : {}) })}`,
    );
    return 1;
  }
}

if (import.meta.main) {
  process.exitCode = await runCli(process.argv.slice(2));
}
