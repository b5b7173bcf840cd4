/**
 * The research SQL guard. A read-only transaction alone does not contain a hostile query (a
 * session can lift its own statement_timeout; a stacked COMMIT escapes a wrapper), so every
 * query is first parsed by PostgreSQL's own parser (libpg-query, WASM) and refused unless it
 * is exactly one SELECT that reads only the published public views, calls only allowlisted
 * functions, and bounds any generate_series. Execution (research/run.ts) then adds the
 * SELECT-only role, SET LOCAL statement_timeout, row and byte caps, and always rolls back.
 */
import { parse } from "libpg-query";

export class ResearchQueryError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ResearchQueryError";
    this.code = code;
  }
}

export interface GuardOptions {
  /** Relations (public views) a query may read, by name. */
  relations: ReadonlySet<string>;
  /** Largest number of rows one generate_series may produce. */
  maxSeries?: number;
  /** Longest query text accepted, in bytes. */
  maxQueryBytes?: number;
}

export interface CheckedQuery {
  /** The one statement, exactly as written, without trailing semicolons or comments. */
  statement: string;
  /** Relations it reads. */
  relations: string[];
}

/**
 * Functions a research query may call: aggregates, window functions, arithmetic, text, date
 * and JSON helpers. Nothing that sleeps, reads settings or files, touches sequences, large
 * objects, other databases, or the server's state.
 */
export const ALLOWED_FUNCTIONS: ReadonlySet<string> = new Set([
  // aggregates
  "count",
  "sum",
  "avg",
  "min",
  "max",
  "bool_and",
  "bool_or",
  "every",
  "string_agg",
  "array_agg",
  "stddev",
  "stddev_pop",
  "stddev_samp",
  "variance",
  "var_pop",
  "var_samp",
  "corr",
  "covar_pop",
  "covar_samp",
  "regr_slope",
  "regr_intercept",
  "regr_r2",
  "regr_count",
  "percentile_cont",
  "percentile_disc",
  "mode",
  "json_agg",
  "jsonb_agg",
  "json_object_agg",
  "jsonb_object_agg",
  // window functions
  "row_number",
  "rank",
  "dense_rank",
  "percent_rank",
  "cume_dist",
  "ntile",
  "lag",
  "lead",
  "first_value",
  "last_value",
  "nth_value",
  // arithmetic
  "abs",
  "ceil",
  "ceiling",
  "floor",
  "round",
  "trunc",
  "sqrt",
  "cbrt",
  "power",
  "pow",
  "exp",
  "ln",
  "log",
  "log10",
  "mod",
  "sign",
  "div",
  "width_bucket",
  "greatest",
  "least",
  "numeric",
  "scale",
  // text
  "lower",
  "upper",
  "initcap",
  "length",
  "char_length",
  "character_length",
  "octet_length",
  "substring",
  "substr",
  "trim",
  "btrim",
  "ltrim",
  "rtrim",
  "left",
  "right",
  "lpad",
  "rpad",
  "concat",
  "concat_ws",
  "replace",
  "split_part",
  "position",
  "strpos",
  "starts_with",
  "reverse",
  "to_char",
  "to_number",
  "to_date",
  "to_timestamp",
  "md5",
  "encode",
  "decode",
  // dates
  "date_trunc",
  "date_part",
  "extract",
  "date_bin",
  "age",
  "make_date",
  "make_time",
  "make_timestamp",
  "make_timestamptz",
  "make_interval",
  "timezone",
  "now",
  "justify_days",
  "justify_hours",
  "justify_interval",
  // json
  "json_build_object",
  "jsonb_build_object",
  "json_build_array",
  "jsonb_build_array",
  "to_json",
  "to_jsonb",
  "jsonb_array_length",
  "json_array_length",
  "jsonb_extract_path_text",
  "json_extract_path_text",
  "jsonb_typeof",
  "json_typeof",
  "jsonb_array_elements",
  "jsonb_array_elements_text",
  "jsonb_object_keys",
  // arrays and sets
  "array_length",
  "cardinality",
  "unnest",
  "array_position",
  "array_to_string",
  "generate_series",
  "coalesce",
  "nullif",
]);

const DEFAULT_MAX_SERIES = 100_000;
const DEFAULT_MAX_QUERY_BYTES = 20_000;

/** Statement node types, anywhere in the tree, that do anything but read. */
const WRITING_NODES = new Set([
  "InsertStmt",
  "UpdateStmt",
  "DeleteStmt",
  "MergeStmt",
  "CopyStmt",
  "CallStmt",
  "DoStmt",
  "TransactionStmt",
  "VariableSetStmt",
  "CreateStmt",
  "CreateTableAsStmt",
  "DropStmt",
]);

/** Nodes a research query has no use for and that widen the surface. */
const REFUSED_NODES: Record<string, string> = {
  ParamRef: "parameters ($1) are not supported",
  RangeTableFunc: "XMLTABLE is not allowed",
  RangeTableSample: "TABLESAMPLE is not allowed",
  LockingClause: "row locks (FOR UPDATE / FOR SHARE) are not allowed",
  IntoClause: "SELECT INTO (creating a table) is not allowed",
  JsonTable: "JSON_TABLE is not allowed",
};

type Node = Record<string, unknown>;

function refuse(code: string, message: string): never {
  throw new ResearchQueryError(code, message);
}

function strings(list: unknown): string[] {
  return Array.isArray(list)
    ? list.map((item) => (item as { String?: { sval?: string } }).String?.sval ?? "")
    : [];
}

/** An integer constant (possibly negated) or undefined when the node is anything else. */
function integerConstant(node: unknown): bigint | undefined {
  const n = node as Node | undefined;
  const constant = n?.A_Const as { ival?: { ival?: number }; isnull?: boolean } | undefined;
  if (constant && constant.ival !== undefined) return BigInt(constant.ival.ival ?? 0);
  const expr = n?.A_Expr as { kind?: string; name?: unknown; lexpr?: unknown; rexpr?: unknown } | undefined;
  if (expr && expr.kind === "AEXPR_OP" && strings(expr.name).join() === "-" && expr.lexpr === undefined) {
    const inner = integerConstant(expr.rexpr);
    return inner === undefined ? undefined : -inner;
  }
  return undefined;
}

function checkSeries(call: Node, maxSeries: number): void {
  const args = (call.args as unknown[] | undefined) ?? [];
  const [start, stop, step = 1n] = args.map(integerConstant);
  if (args.length < 2 || args.length > 3 || start === undefined || stop === undefined || step === undefined) {
    refuse("SERIES_NOT_BOUNDED", "generate_series needs integer constants for start, stop (and step).");
  }
  if (step === 0n) refuse("SERIES_NOT_BOUNDED", "generate_series step must not be 0.");
  const count = (stop - start) / step + 1n;
  if (count > BigInt(maxSeries)) {
    refuse("SERIES_TOO_LONG", `generate_series may produce at most ${maxSeries} rows (this one ${count}).`);
  }
}

interface Walk {
  options: Required<GuardOptions>;
  read: Set<string>;
}

function walk(value: unknown, scope: ReadonlySet<string>, w: Walk): void {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, scope, w);
    return;
  }
  if (value === null || typeof value !== "object") return;
  for (const [type, body] of Object.entries(value as Node)) {
    if (WRITING_NODES.has(type))
      refuse("NOT_READ_ONLY", `Only SELECT is allowed (found ${type.replace(/Stmt$/, "")}).`);
    const reason = REFUSED_NODES[type];
    if (reason) refuse("NOT_ALLOWED", `${reason[0]!.toUpperCase()}${reason.slice(1)}.`);
    if (type.endsWith("Stmt") && type !== "SelectStmt")
      refuse("NOT_READ_ONLY", `Only SELECT is allowed (found ${type}).`);
    const node = body as Node;
    switch (type) {
      case "SelectStmt": {
        if (node.intoClause !== undefined)
          refuse("NOT_ALLOWED", "SELECT INTO (creating a table) is not allowed.");
        // CTE names are visible in the statement that defines them and below it, nowhere else.
        const withClause = node.withClause as
          { ctes?: { CommonTableExpr: { ctename: string } }[] } | undefined;
        const inner = new Set(scope);
        for (const cte of withClause?.ctes ?? []) inner.add(cte.CommonTableExpr.ctename);
        for (const [key, child] of Object.entries(node)) walk({ [key]: child }, inner, w);
        continue;
      }
      case "RangeVar": {
        const relation = node as { schemaname?: string; catalogname?: string; relname: string };
        if (relation.catalogname !== undefined)
          refuse("RELATION_NOT_ALLOWED", "Other databases are not readable.");
        if (relation.schemaname !== undefined && relation.schemaname !== "public") {
          refuse(
            "RELATION_NOT_ALLOWED",
            `Schema "${relation.schemaname}" is not readable; only the public views are.`,
          );
        }
        if (relation.schemaname === undefined && scope.has(relation.relname)) continue;
        if (!w.options.relations.has(relation.relname)) {
          refuse(
            "RELATION_NOT_ALLOWED",
            `"${relation.relname}" is not one of the public views (see GET /v1/research/views).`,
          );
        }
        w.read.add(relation.relname);
        continue;
      }
      case "FuncCall": {
        const name = strings(node.funcname);
        const fn = name.at(-1)!.toLowerCase();
        const schema = name.length > 1 ? name[0] : undefined;
        if (name.length > 2 || (schema !== undefined && schema !== "pg_catalog")) {
          refuse("FUNCTION_NOT_ALLOWED", `Function ${name.join(".")} is not allowed.`);
        }
        if (!ALLOWED_FUNCTIONS.has(fn)) refuse("FUNCTION_NOT_ALLOWED", `Function ${fn}() is not allowed.`);
        if (fn === "generate_series") checkSeries(node, w.options.maxSeries);
        break;
      }
      // A TypeName appears bare under `typeName` keys (casts, column definitions).
      case "typeName":
      case "TypeName": {
        const name = strings(node.names);
        const typeName = name.at(-1)!.toLowerCase();
        if ((name.length > 1 && name[0] !== "pg_catalog") || typeName.startsWith("reg")) {
          refuse("TYPE_NOT_ALLOWED", `Type ${name.join(".")} is not allowed.`);
        }
        break;
      }
    }
    walk(body, scope, w);
  }
}

/** Checks a research query; returns the statement to run or throws ResearchQueryError. */
export async function checkResearchQuery(sql: string, options: GuardOptions): Promise<CheckedQuery> {
  const opts: Required<GuardOptions> = {
    maxSeries: DEFAULT_MAX_SERIES,
    maxQueryBytes: DEFAULT_MAX_QUERY_BYTES,
    ...options,
  };
  const bytes = Buffer.from(sql, "utf8");
  if (bytes.length > opts.maxQueryBytes)
    refuse("QUERY_TOO_LONG", `The query is longer than ${opts.maxQueryBytes} bytes.`);
  if (sql.includes("\u0000")) refuse("SQL_SYNTAX", "The query contains a NUL character.");
  let tree: { stmts?: { stmt: Node; stmt_location?: number; stmt_len?: number }[] };
  try {
    tree = (await parse(sql)) as unknown as typeof tree;
  } catch (error) {
    throw new ResearchQueryError("SQL_SYNTAX", `Syntax error: ${(error as Error).message}.`, {
      cause: error,
    });
  }
  const statements = tree.stmts ?? [];
  if (statements.length === 0) refuse("SQL_SYNTAX", "The query is empty.");
  if (statements.length > 1)
    refuse("MULTIPLE_STATEMENTS", "Send exactly one statement (no stacked statements).");
  const [only] = statements;
  const type = Object.keys(only!.stmt)[0]!;
  if (type !== "SelectStmt") {
    refuse("NOT_READ_ONLY", `Only SELECT is allowed (found ${type.replace(/Stmt$/, "")}).`);
  }
  const w: Walk = { options: opts, read: new Set() };
  walk(only!.stmt, new Set(), w);
  const start = only!.stmt_location ?? 0;
  const end = only!.stmt_len ? start + only!.stmt_len : bytes.length;
  return { statement: bytes.subarray(start, end).toString("utf8"), relations: [...w.read].sort() };
}
