/**
 * Human messages for every custom error of the ledger, in English and Spanish, keyed by error
 * name. Placeholders `{name}` are filled with the error's argument of that name. A test checks
 * every error in the generated ABIs has both translations: adding an error to a contract
 * without a message here fails the SDK tests.
 */
export type Language = "en" | "es";

export type Translations = Readonly<Record<Language, string>>;

export const errorMessages: Readonly<Record<string, Translations>> = {};

/** Safe v1.4.1 revert codes City/Sync users can meet. */
export const safeErrorMessages: Readonly<Record<string, Translations>> = {
  GS010: {
    en: "Not enough gas to execute the Safe transaction.",
    es: "No hay gas suficiente para ejecutar la transacción de la Safe.",
  },
  GS013: {
    en: "The Safe transaction failed (one of its calls reverted).",
    es: "La transacción de la Safe falló (una de sus llamadas se revirtió).",
  },
  GS020: {
    en: "Not enough signatures for the Safe's threshold.",
    es: "Faltan firmas para el umbral de la Safe.",
  },
  GS021: {
    en: "A contract signature points outside the signature data.",
    es: "Una firma de contrato apunta fuera de los datos de firma.",
  },
  GS024: {
    en: "A contract owner's signature is invalid.",
    es: "La firma de un propietario contrato no es válida.",
  },
  GS025: {
    en: "The hash was not approved by that owner (approveHash).",
    es: "Ese propietario no aprobó el hash (approveHash).",
  },
  GS026: {
    en: "A signature is not from an owner, or signatures are not sorted by owner.",
    es: "Una firma no es de un propietario, o las firmas no están ordenadas por propietario.",
  },
  GS030: { en: "Only owners can approve a hash.", es: "Solo los propietarios pueden aprobar un hash." },
  GS031: {
    en: "Only the Safe itself can call this method.",
    es: "Solo la propia Safe puede llamar a este método.",
  },
};

/** Solidity panic codes. */
export const panicMessages: Readonly<Record<number, Translations>> = {
  0x01: { en: "Assertion failed.", es: "Falló una aserción." },
  0x11: { en: "Arithmetic overflow or underflow.", es: "Desbordamiento aritmético." },
  0x12: { en: "Division by zero.", es: "División por cero." },
  0x21: { en: "Invalid enum value.", es: "Valor de enumeración no válido." },
  0x32: { en: "Array index out of bounds.", es: "Índice de arreglo fuera de rango." },
  0x41: { en: "Out of memory.", es: "Memoria agotada." },
};

function formatValue(value: unknown): string {
  if (typeof value === "bigint") return value.toString();
  if (Array.isArray(value)) return value.map(formatValue).join(", ");
  return String(value);
}

export function formatMessage(template: string, args: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    key in args ? formatValue(args[key]) : match,
  );
}
