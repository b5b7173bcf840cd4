/**
 * Human messages for every custom error of the ledger, in English and Spanish, keyed by error
 * name. Placeholders `{name}` are filled with the error's argument of that name. A test checks
 * every error in the generated ABIs has both translations: adding an error to a contract
 * without a message here fails the SDK tests.
 */
export type Language = "en" | "es";

export type Translations = Readonly<Record<Language, string>>;

export const errorMessages: Readonly<Record<string, Translations>> = {
  // OpenZeppelin (EIP-712 domain strings, only at deployment)
  InvalidShortString: { en: "A short string is malformed.", es: "Una cadena corta está mal formada." },
  StringTooLong: { en: "The string {str} is too long.", es: "La cadena {str} es demasiado larga." },
  // City credit (ERC-20 read view)
  CityCreditNonTransferable: {
    en: "Civic credits cannot be transferred, approved or permitted.",
    es: "Los créditos cívicos no se pueden transferir, aprobar ni autorizar.",
  },
  CityCreditUnknownCity: { en: "City {cityId} does not exist.", es: "La ciudad {cityId} no existe." },
  // Attestations
  CivicLedgerNotAttester: {
    en: "{caller} may not attest for organization {orgId}: it is neither its account nor an active delegate.",
    es: "{caller} no puede certificar para la organización {orgId}: no es su cuenta ni un delegado activo.",
  },
  CivicLedgerInvalidBatchSize: {
    en: "A batch must have between 1 and the maximum number of rows; it has {rows}.",
    es: "Un lote debe tener entre 1 y el máximo de filas; tiene {rows}.",
  },
  CivicLedgerInvalidRow: {
    en: "Row {index} has no participant or zero units.",
    es: "La fila {index} no tiene participante o tiene cero unidades.",
  },
  CivicLedgerForeignOpportunity: {
    en: "Row {row}: opportunity {opportunityId} does not exist or does not belong to organization {orgId}.",
    es: "Fila {row}: la oportunidad {opportunityId} no existe o no pertenece a la organización {orgId}.",
  },
  CivicLedgerRowOpportunityClosed: {
    en: "Row {row}: opportunity {opportunityId} is closed.",
    es: "Fila {row}: la oportunidad {opportunityId} está cerrada.",
  },
  CivicLedgerRowOutsideWindow: {
    en: "Row {row}: opportunity {opportunityId} accepts attestations from {start} to {end} and it is {timestamp} (Unix time).",
    es: "Fila {row}: la oportunidad {opportunityId} acepta certificaciones de {start} a {end} y ahora es {timestamp} (hora Unix).",
  },
  CivicLedgerOutsideWindow: {
    en: "Not accepting right now: the window runs from {start} to {end} and it is {timestamp} (Unix time).",
    es: "No se acepta en este momento: la ventana va de {start} a {end} y ahora es {timestamp} (hora Unix).",
  },
  CivicLedgerCapacityExceeded: {
    en: "Row {row}: opportunity {opportunityId} has only {remaining} unit(s) of capacity left.",
    es: "Fila {row}: a la oportunidad {opportunityId} solo le quedan {remaining} unidad(es) de capacidad.",
  },
  CivicLedgerBudgetExceeded: {
    en: "Organization {orgId} asked for {requested} credits but has only {remaining} left in this epoch's budget.",
    es: "La organización {orgId} pidió {requested} créditos pero solo le quedan {remaining} en el presupuesto de este periodo.",
  },
  CivicLedgerDelegateCapExceeded: {
    en: "Delegate {delegate} asked for {requested} credits but has only {remaining} left under its cap this epoch.",
    es: "El delegado {delegate} pidió {requested} créditos pero solo le quedan {remaining} bajo su límite en este periodo.",
  },
  CivicLedgerSupplyOverflow: {
    en: "City {cityId} cannot hold more credits.",
    es: "La ciudad {cityId} no puede tener más créditos.",
  },
  CivicLedgerDeadlineBeyondHorizon: {
    en: "The signature's deadline {deadline} is too far ahead: the ledger accepts deadlines up to {latest}, at most {horizon} seconds from now (signature horizon).",
    es: "La fecha límite {deadline} de la firma está demasiado lejos: el registro acepta hasta {latest}, como mucho {horizon} segundos desde ahora (horizonte de firma).",
  },
  CivicLedgerStaleAuthorization: {
    en: "{signer} signed for organization {orgId} with authorization generation {signed}, but it is now {current}: its authority changed since (delegate revoked, organization suspended or moved to a new Safe); sign again.",
    es: "{signer} firmó para la organización {orgId} con la generación de autorización {signed}, pero ahora es {current}: su autoridad cambió desde entonces (delegado revocado, organización suspendida o trasladada a otra Safe); firma de nuevo.",
  },
  CivicLedgerSignatureExpired: {
    en: "The signature expired (deadline {deadline}).",
    es: "La firma caducó (fecha límite {deadline}).",
  },
  CivicLedgerNonceUsed: {
    en: "Nonce {nonce} of {signer} was already used or cancelled; sign again with a new nonce.",
    es: "El nonce {nonce} de {signer} ya se usó o se anuló; firma de nuevo con otro nonce.",
  },
  CivicLedgerInvalidSignature: {
    en: "The signature is not valid for {signer}.",
    es: "La firma no es válida para {signer}.",
  },
  CivicLedgerUnknownRecord: {
    en: "The proof does not match any recorded batch or redemption.",
    es: "La prueba no corresponde a ningún lote o canje registrado.",
  },
  CivicLedgerDisputeWindowClosed: {
    en: "The dispute window closed at {closedAt}; the attestation can no longer be revoked.",
    es: "El plazo de disputa cerró en {closedAt}; la certificación ya no se puede revocar.",
  },
  CivicLedgerAlreadyRevoked: {
    en: "Attestation {seq} of organization {orgId} was already revoked.",
    es: "La certificación {seq} de la organización {orgId} ya fue revocada.",
  },
  CivicLedgerInvalidRowIndex: {
    en: "Row index {index} is outside the batch, or the indexes are empty or not strictly increasing.",
    es: "El índice de fila {index} está fuera del lote, o los índices están vacíos o no son estrictamente crecientes.",
  },
  CivicLedgerNotRevoker: {
    en: "{caller} may not revoke for organization {orgId}: only its account or the city admin may.",
    es: "{caller} no puede revocar para la organización {orgId}: solo su cuenta o la administración de la ciudad.",
  },
  // Recovery
  CivicLedgerRecoveryPending: {
    en: "A recovery of {from} in city {cityId} is already pending.",
    es: "Ya hay una recuperación pendiente de {from} en la ciudad {cityId}.",
  },
  CivicLedgerNoRecovery: {
    en: "No recovery of {from} is pending in city {cityId}.",
    es: "No hay ninguna recuperación pendiente de {from} en la ciudad {cityId}.",
  },
  CivicLedgerRecoveryNotReady: {
    en: "The recovery can be executed from {executableAt} (Unix time).",
    es: "La recuperación se puede ejecutar a partir de {executableAt} (hora Unix).",
  },
  CivicLedgerInvalidRecovery: {
    en: "Recovery addresses must be non-zero and different.",
    es: "Las direcciones de recuperación deben ser distintas y no nulas.",
  },
  CivicLedgerNotRecoveryContester: {
    en: "{caller} may not contest this recovery: only the old address may.",
    es: "{caller} no puede impugnar esta recuperación: solo la dirección antigua puede hacerlo.",
  },
  CivicLedgerRecoveryContested: {
    en: "The recovery of {from} in city {cityId} is contested: only the network admin can approve or reject it.",
    es: "La recuperación de {from} en la ciudad {cityId} está impugnada: solo la administración de la red puede aprobarla o rechazarla.",
  },
  CivicLedgerRecoveryNotContested: {
    en: "The recovery of {from} in city {cityId} is not contested, so there is nothing to resolve.",
    es: "La recuperación de {from} en la ciudad {cityId} no está impugnada, así que no hay nada que resolver.",
  },
  CivicLedgerContestWindowClosed: {
    en: "The recovery could be contested until {closedAt} (Unix time); its delay has passed.",
    es: "La recuperación se podía impugnar hasta {closedAt} (hora Unix); su plazo ya pasó.",
  },
  // Governance
  CivicLedgerNotNetworkAdmin: {
    en: "{caller} is not the network admin.",
    es: "{caller} no es la administración de la red.",
  },
  CivicLedgerNotPendingAdmin: {
    en: "{caller} is not the pending network admin.",
    es: "{caller} no es la administración de red pendiente.",
  },
  CivicLedgerNoAdminTransfer: {
    en: "No network admin transfer is pending.",
    es: "No hay ningún traspaso de administración de red pendiente.",
  },
  CivicLedgerAdminTransferNotReady: {
    en: "The admin transfer can be accepted from {executableAt} (Unix time).",
    es: "El traspaso de administración se puede aceptar a partir de {executableAt} (hora Unix).",
  },
  CivicLedgerPaused: { en: "The ledger is paused.", es: "El registro está en pausa." },
  CivicLedgerPauseUnchanged: {
    en: "The ledger is already in that state (paused: {paused}).",
    es: "El registro ya está en ese estado (en pausa: {paused}).",
  },
  // Cities and organizations
  CivicLedgerNotCityAdmin: {
    en: "{caller} is not the admin of city {cityId}.",
    es: "{caller} no es la administración de la ciudad {cityId}.",
  },
  CivicLedgerNotOrganizationAccount: {
    en: "{caller} is not the account of organization {orgId}.",
    es: "{caller} no es la cuenta de la organización {orgId}.",
  },
  CivicLedgerNotSafe: {
    en: "{account} is not a Safe deployed on this chain.",
    es: "{account} no es una Safe desplegada en esta red.",
  },
  CivicLedgerDelegatedAccount: {
    en: "{account} is a single-key account delegating its code (EIP-7702), not a Safe; use a Safe's address.",
    es: "{account} es una cuenta de una sola clave que delega su código (EIP-7702), no una Safe; usa la dirección de una Safe.",
  },
  CivicLedgerZeroAddress: {
    en: "A required address is zero.",
    es: "Falta una dirección obligatoria (es cero).",
  },
  CivicLedgerUnknownCity: { en: "City {cityId} does not exist.", es: "La ciudad {cityId} no existe." },
  CivicLedgerInvalidCityLabel: {
    en: "A city code is 2-8 characters A-Z/0-9 and its name 1-64 bytes.",
    es: "El código de ciudad tiene 2-8 caracteres A-Z/0-9 y su nombre 1-64 bytes.",
  },
  CivicLedgerCityCodeTaken: {
    en: "Another city already uses the code {code}.",
    es: "Otra ciudad ya usa el código {code}.",
  },
  CivicLedgerTooManyCities: {
    en: "The maximum number of cities is reached.",
    es: "Se alcanzó el número máximo de ciudades.",
  },
  CivicLedgerUnknownOrganization: {
    en: "Organization {orgId} does not exist.",
    es: "La organización {orgId} no existe.",
  },
  CivicLedgerOrganizationSuspended: {
    en: "Organization {orgId} is suspended.",
    es: "La organización {orgId} está suspendida.",
  },
  CivicLedgerInvalidStatus: {
    en: "The status must be Active or Suspended and differ from the current one.",
    es: "El estado debe ser Activa o Suspendida y distinto del actual.",
  },
  CivicLedgerInvalidMetadata: {
    en: "Metadata must be non-empty and not too long (got {length} bytes).",
    es: "Los metadatos no pueden estar vacíos ni ser demasiado largos ({length} bytes).",
  },
  CivicLedgerInvalidDelegateCap: {
    en: "A delegate cap must be above 0 and at most the organization budget ({cap} requested, budget {budget}).",
    es: "El límite de un delegado debe ser mayor que 0 y no superar el presupuesto ({cap} pedido, presupuesto {budget}).",
  },
  CivicLedgerUnknownDelegate: {
    en: "{delegate} is not an active delegate of organization {orgId}.",
    es: "{delegate} no es un delegado activo de la organización {orgId}.",
  },
  CivicLedgerDelegateIsAccount: {
    en: "{delegate} is the account of organization {orgId} and cannot also be its delegate.",
    es: "{delegate} es la cuenta de la organización {orgId} y no puede ser además su delegado.",
  },
  // Opportunities and offers
  CivicLedgerUnknownOpportunity: {
    en: "Opportunity {opportunityId} does not exist.",
    es: "La oportunidad {opportunityId} no existe.",
  },
  CivicLedgerOpportunityClosed: {
    en: "Opportunity {opportunityId} is closed.",
    es: "La oportunidad {opportunityId} está cerrada.",
  },
  CivicLedgerZeroAmount: {
    en: "Credits per unit, capacity, price and stock must be greater than 0.",
    es: "Los créditos por unidad, la capacidad, el precio y el stock deben ser mayores que 0.",
  },
  CivicLedgerInvalidWindow: {
    en: "The window ends ({end}) before it starts ({start}).",
    es: "La ventana termina ({end}) antes de empezar ({start}).",
  },
  CivicLedgerCapacityBelowUsed: {
    en: "Capacity {capacity} is below the {used} unit(s) already attested.",
    es: "La capacidad {capacity} es menor que las {used} unidad(es) ya certificadas.",
  },
  CivicLedgerUnknownOffer: { en: "Offer {offerId} does not exist.", es: "La oferta {offerId} no existe." },
  CivicLedgerOfferClosed: { en: "Offer {offerId} is closed.", es: "La oferta {offerId} está cerrada." },
  CivicLedgerInvalidAcceptedCity: {
    en: "The accepted cities are empty, repeat a city or name an unknown one ({cityId}).",
    es: "Las ciudades aceptadas están vacías, repiten una ciudad o incluyen una desconocida ({cityId}).",
  },
  // Redemptions
  CivicLedgerOfferNotActive: {
    en: "Offer {offerId} is closed or does not exist.",
    es: "La oferta {offerId} está cerrada o no existe.",
  },
  CivicLedgerOutOfStock: { en: "Offer {offerId} is out of stock.", es: "La oferta {offerId} está agotada." },
  CivicLedgerCityNotAccepted: {
    en: "Offer {offerId} does not accept credits of city {cityId}.",
    es: "La oferta {offerId} no acepta créditos de la ciudad {cityId}.",
  },
  CivicLedgerResidentLimitReached: {
    en: "{resident} reached the redemption limit of offer {offerId}.",
    es: "{resident} alcanzó el límite de canjes de la oferta {offerId}.",
  },
  CivicLedgerPriceAboveBound: {
    en: "Offer {offerId} now costs {price} credits, more than the {maxPrice} agreed to; nothing was charged. Review the new price and redeem again.",
    es: "La oferta {offerId} ahora cuesta {price} créditos, más que los {maxPrice} aceptados; no se cobró nada. Revisa el nuevo precio y canjea de nuevo.",
  },
  CivicLedgerAccountFrozen: {
    en: "The credits of {resident} in city {cityId} are frozen by a wallet recovery; they cannot be redeemed from this address.",
    es: "Los créditos de {resident} en la ciudad {cityId} están congelados por una recuperación de billetera; no se pueden canjear desde esta dirección.",
  },
  CivicLedgerInsufficientBalance: {
    en: "{resident} has {balance} credits in city {cityId}; the price is {price}.",
    es: "{resident} tiene {balance} créditos en la ciudad {cityId}; el precio es {price}.",
  },
  CivicLedgerRedemptionNotPending: {
    en: "Redemption {seq} of offer {offerId} does not exist or is no longer pending.",
    es: "El canje {seq} de la oferta {offerId} no existe o ya no está pendiente.",
  },
};

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
