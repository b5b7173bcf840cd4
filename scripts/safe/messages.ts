/**
 * Errors as one line a person can act on, in the language chosen with --lang. CLI and SDK errors
 * carry a stable code and their facts (`details`); this table says them in Spanish (English uses
 * the error's own message). Ledger reverts are decoded by the SDK in either language; CSV
 * problems are rendered row by row. A stack is printed only with --verbose.
 */
import {
  type CitySyncErrorCode,
  type CsvProblem,
  type Language,
  CitySyncError,
  decodeError,
  formatCsvProblems,
  formatMessage,
} from "@citysync/sdk";

/** Spanish for the CLI's and SDK's own error codes; `{name}` is filled from `details`. */
const spanish: Readonly<Partial<Record<CitySyncErrorCode | "RPC_UNREACHABLE", string>>> = {
  INVALID_OPTION: "--{option} debe ser {expectedEs}.",
  MISSING_OPTION: "Falta {options}.",
  UNKNOWN_OPTION: 'Opción desconocida {option} para "{command}". Opciones válidas: {valid}.',
  UNKNOWN_COMMAND: 'Comando desconocido "{name}". Comandos: {valid}.',
  INVALID_LANGUAGE: '--lang es en o es, no "{value}".',
  INVALID_KEY: "--key (o CITYSYNC_PRIVATE_KEY) debe ser una clave privada de 32 bytes con prefijo 0x.",
  NO_KEY: "Este comando firma o envía una transacción: use --key o defina CITYSYNC_PRIVATE_KEY.",
  FILE_UNREADABLE: "El archivo {path} no existe o no se puede leer.",
  FILE_NOT_JSON: "El archivo {path} no es JSON.",
  FILE_NOT_REDEMPTION: "El archivo {path} no es un canje firmado.",
  RPC_UNREACHABLE:
    'No se puede conectar con la cadena en {url}: inicie la red local con "npm start" o indique otra con --rpc.',
  SERVICE_UNREACHABLE: "El servicio de propuestas en {url} no responde.",
  SAFE_CREATE_FAILED: "No se pudo crear la Safe: {reason}.",
  SAFE_NOT_OWNER: "{signer} no es propietario de la Safe {safe}.",
  SAFE_THRESHOLD_NOT_MET:
    "La propuesta tiene {confirmations} de las {threshold} confirmaciones que necesita.",
  SAFE_NONCE_USED: "El nonce de esta propuesta ya se usó.",
  LEDGER_NOT_DEPLOYED:
    "No hay un libro de City/Sync registrado para esta cadena: despliéguelo o indique su dirección con --ledger.",
  UNKNOWN_ORGANIZATION: "Ninguna organización tiene esa cuenta.",
  NO_ADMIN_TRANSFER: "No hay un traspaso de administración pendiente.",
  EVIDENCE_ROOT_SPLIT:
    "--evidence-root nombra un solo lote, pero este CSV necesita {parts} propuestas; omítalo.",
  PROPOSAL_NOT_FOUND: "No se encontró la propuesta.",
  CHECKPOINT_NEEDED:
    'Ningún checkpoint de la ciudad {cityId} cubre este registro todavía: envíe primero checkpoint({cityId}) ("{command}") y vuelva a intentarlo.',
  CHECKPOINT_REFUSED: "El libro rechaza un checkpoint de esa ciudad.",
  UNKNOWN_RECORD: "No hay ningún registro con ese número.",
  SAFE_SERVICE_UNSUPPORTED_CHAIN:
    "El Transaction Service alojado de Safe no atiende la cadena {chainId}: indique un Transaction Service propio (--tx-service) o un servicio de propuestas de City/Sync (--service).",
  SAFE_API_KEY_MISSING:
    "El Transaction Service de Safe para la cadena {chainId} necesita una clave: defina SAFE_API_KEY (de https://developer.safe.global) o indique otro servicio.",
};

/** True when the error (or a cause) is a failed HTTP/JSON-RPC connection. */
function isConnectionFailure(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (
    let e: unknown = error;
    e && typeof e === "object" && !seen.has(e);
    e = (e as { cause?: unknown }).cause
  ) {
    seen.add(e);
    const { name, code, message } = e as { name?: string; code?: string; message?: string };
    if (
      name === "HttpRequestError" ||
      code === "ECONNREFUSED" ||
      code === "ENOTFOUND" ||
      code === "UND_ERR_CONNECT_TIMEOUT"
    )
      return true;
    if (typeof message === "string" && /fetch failed|ECONNREFUSED/.test(message)) return true;
  }
  return false;
}

export interface FormatOptions {
  language?: Language;
  /** The RPC URL in use, named when the chain cannot be reached. */
  rpcUrl?: string;
  verbose?: boolean;
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, " ").trim();

function message(error: unknown, language: Language, rpcUrl: string | undefined): string {
  if (error instanceof CitySyncError) {
    if (error.code === "CSV_INVALID") {
      return formatCsvProblems(error.details.problems as CsvProblem[], language);
    }
    if (error.code === "SERVICE_UNREACHABLE" || !isConnectionFailure(error)) {
      const template = language === "es" ? spanish[error.code] : undefined;
      const own = template ? formatMessage(template, error.details) : error.message;
      // A ledger or Safe revert behind ours: say it too, in the chosen language.
      const cause = error.cause ? decodeError(error.cause, language) : undefined;
      if (!cause || cause.name === "Unknown" || own.includes(cause.message)) return own;
      return `${own} ${cause.message}`;
    }
  }
  if (isConnectionFailure(error)) {
    const url = rpcUrl ?? "the configured RPC URL";
    const en = `Cannot reach the chain at ${url}: start the local network with "npm start", or pass another with --rpc.`;
    return language === "es" ? formatMessage(spanish.RPC_UNREACHABLE!, { url }) : en;
  }
  return decodeError(error, language).message;
}

/** The error as one line (plus its stack and causes with --verbose). */
export function formatError(error: unknown, options: FormatOptions = {}): string {
  const line = oneLine(message(error, options.language ?? "en", options.rpcUrl));
  if (!options.verbose) return line;
  const stacks: string[] = [];
  const seen = new Set<unknown>();
  for (let e: unknown = error; e && !seen.has(e); e = (e as { cause?: unknown }).cause) {
    seen.add(e);
    stacks.push(e instanceof Error ? (e.stack ?? e.message) : String(e));
  }
  return `${line}\n${stacks.join("\nCaused by: ")}`;
}
