/**
 * The problems a CSV of attestations can have, each with a stable code, its facts, and its
 * message in English and Spanish, so a person reads every refused row in the language they chose.
 */
import { type Language, formatMessage } from "./error-messages.ts";

export const csvProblemMessages = {
  EMPTY_FILE: { en: "the file is empty", es: "el archivo está vacío" },
  NO_ROWS: { en: "the file has no rows", es: "el archivo no tiene filas" },
  MISSING_COLUMN: { en: 'missing column "{column}"', es: 'falta la columna "{column}"' },
  BAD_PARTICIPANT: {
    en: 'participant "{value}" is not a 0x-prefixed 20-byte address',
    es: 'el participante "{value}" no es una dirección de 20 bytes con prefijo 0x',
  },
  BAD_CHECKSUM: {
    en: 'participant "{value}" has a wrong checksum (mixed case that is not EIP-55)',
    es: 'el participante "{value}" tiene un checksum incorrecto (mayúsculas y minúsculas que no siguen EIP-55)',
  },
  ZERO_PARTICIPANT: {
    en: 'participant "{value}" is the zero address',
    es: 'el participante "{value}" es la dirección cero',
  },
  BAD_OPPORTUNITY: {
    en: 'opportunity "{value}" is not an opportunity id (a whole number > 0)',
    es: 'la oportunidad "{value}" no es un id de oportunidad (un número entero > 0)',
  },
  BAD_UNITS: {
    en: 'units "{value}" must be a whole number greater than 0',
    es: 'las unidades "{value}" deben ser un número entero mayor que 0',
  },
  UNITS_TOO_LARGE: {
    en: "units {value} is too large (at most {max})",
    es: "las unidades {value} son demasiadas (como máximo {max})",
  },
  EMPTY_EVIDENCE: {
    en: "evidence is empty (write a note or a 0x-prefixed 32-byte hash)",
    es: "la evidencia está vacía (escriba una nota o un hash de 32 bytes con prefijo 0x)",
  },
  BAD_EVIDENCE_HASH: {
    en: 'evidence "{value}" looks like a hash but is not 32 bytes of hex',
    es: 'la evidencia "{value}" parece un hash pero no son 32 bytes en hexadecimal',
  },
  DUPLICATE_ROW: {
    en: "duplicate of line {first} (same participant and opportunity)",
    es: "duplicado de la línea {first} (mismo participante y oportunidad)",
  },
  LIKELY_DUPLICATE: {
    en: "likely a duplicate of line {first} (same participant and opportunity, other units); pass --allow-repeat if they are separate contributions",
    es: "probablemente un duplicado de la línea {first} (mismo participante y oportunidad, otras unidades); use --allow-repeat si son aportes distintos",
  },
  UNKNOWN_OPPORTUNITY: {
    en: "opportunity {opportunity} does not exist",
    es: "la oportunidad {opportunity} no existe",
  },
  FOREIGN_OPPORTUNITY: {
    en: "opportunity {opportunity} belongs to organization {owner}, not {orgId}",
    es: "la oportunidad {opportunity} pertenece a la organización {owner}, no a la {orgId}",
  },
  CLOSED_OPPORTUNITY: {
    en: "opportunity {opportunity} is closed",
    es: "la oportunidad {opportunity} está cerrada",
  },
  TOO_MANY_ROWS: {
    en: "{rows} rows is more than the {max} a batch may hold",
    es: "{rows} filas son más que las {max} que admite un lote",
  },
} as const satisfies Record<string, Readonly<Record<Language, string>>>;

export type CsvProblemCode = keyof typeof csvProblemMessages;

export interface CsvProblem {
  line: number;
  column?: string;
  code: CsvProblemCode;
  params: Readonly<Record<string, string | number | bigint>>;
  /** The problem in English (`formatCsvProblem` renders it in another language). */
  message: string;
}

export function csvProblem(
  line: number,
  column: string | undefined,
  code: CsvProblemCode,
  params: Record<string, string | number | bigint> = {},
): CsvProblem {
  return {
    line,
    ...(column ? { column } : {}),
    code,
    params,
    message: formatMessage(csvProblemMessages[code].en, params),
  };
}

const LINE = { en: "line", es: "línea" } as const;
const COLUMNS: Record<string, Readonly<Record<Language, string>>> = {
  participant: { en: "participant", es: "participante" },
  opportunity: { en: "opportunity", es: "oportunidad" },
  units: { en: "units", es: "unidades" },
  evidence: { en: "evidence", es: "evidencia" },
};

export function formatCsvProblem(problem: CsvProblem, language: Language = "en"): string {
  const column = problem.column ? ` (${COLUMNS[problem.column]?.[language] ?? problem.column})` : "";
  const message = formatMessage(csvProblemMessages[problem.code][language], problem.params);
  return `${LINE[language]} ${problem.line}${column}: ${message}`;
}

/** Every problem on one line, in `language`. */
export function formatCsvProblems(problems: readonly CsvProblem[], language: Language = "en"): string {
  const head =
    language === "es"
      ? `El CSV tiene ${problems.length} problema(s); no se envió nada`
      : `The CSV has ${problems.length} problem(s); nothing was submitted`;
  return `${head}: ${problems.map((p) => formatCsvProblem(p, language)).join("; ")}.`;
}
