/**
 * The pilot network and its story: two cities, their organizations, opportunities and offers, and
 * the TIMELINE of what happens over the pilot's weeks. Pure data: the seed (scripts/seed/seed.ts)
 * turns it into Safe transactions, phase by phase. Public metadata only (names, places,
 * categories); residents are anonymous addresses. Categories and units are the SDK's metadata codes
 * (sdk/src/metadata.ts), so research compares cities whatever their language; titles and
 * descriptions are in the city's language.
 */
import type { CategoryCode, UnitCode } from "@citysync/sdk";

export interface OpportunityPlan {
  key: string;
  title: string;
  description: string;
  category: CategoryCode;
  place: string;
  /** Credits per unit of `unit` (what an attestation row's units count). */
  creditsPerUnit: number;
  unit: UnitCode;
  capacity: number;
}

export interface OfferPlan {
  key: string;
  title: string;
  description: string;
  category: CategoryCode;
  place: string;
  price: number;
  stock: number;
  /** 0 = no per-resident limit. */
  perResidentLimit: number;
}

export interface OrganizationPlan {
  key: string;
  name: string;
  description: string;
  /** The organization's main field. */
  category: CategoryCode;
  /** Credits the organization may mint per budget epoch. */
  budget: number;
  /** A staff member's key allowed to attest for the organization, up to this many credits per epoch. */
  staffDelegateCap?: number;
  opportunities: OpportunityPlan[];
  offers: OfferPlan[];
}

/** How a Safe's owners confirm: off-chain EIP-712 signatures, or on-chain `approveHash`. */
export type Confirmation = "signatures" | "approveHash";

export interface CityPlan {
  key: string;
  name: string;
  code: string;
  language: "en" | "es";
  residents: number;
  /** How the city admin Safe's owners confirm its transactions. */
  confirmation: Confirmation;
  organizations: OrganizationPlan[];
}

export const BERKELEY: CityPlan = {
  key: "brk",
  name: "Berkeley",
  code: "BRK",
  language: "en",
  residents: 8,
  confirmation: "signatures",
  organizations: [
    {
      key: "food-bank",
      name: "Berkeley Food Bank",
      description: "Emergency groceries and fresh produce for Berkeley households.",
      category: "food-security",
      budget: 20_000,
      opportunities: [
        {
          key: "sorting",
          title: "Food sorting shift",
          description: "Sort and pack donated food for weekly distribution.",
          category: "food-security",
          place: "Berkeley Food Bank warehouse, 2nd Street",
          creditsPerUnit: 10,
          unit: "hour",
          capacity: 2_000,
        },
        {
          key: "senior-delivery",
          title: "Grocery delivery to seniors",
          description: "Deliver grocery boxes to homebound seniors in South Berkeley.",
          category: "care",
          place: "South Berkeley",
          creditsPerUnit: 15,
          unit: "delivery",
          capacity: 500,
        },
      ],
      offers: [],
    },
    {
      key: "library",
      name: "Berkeley Public Library",
      description: "Free access to books, learning and community spaces.",
      category: "culture",
      budget: 10_000,
      staffDelegateCap: 600,
      opportunities: [
        {
          key: "homework-help",
          title: "Homework help tutor",
          description: "Help students in grades 3 to 8 with homework after school.",
          category: "education",
          place: "Central Library, Kittredge Street",
          creditsPerUnit: 12,
          unit: "hour",
          capacity: 800,
        },
      ],
      offers: [
        {
          key: "workshop",
          title: "Library workshop: 3D printing basics",
          description: "A two-hour hands-on workshop in the Central Library makerspace.",
          category: "education",
          place: "Central Library makerspace",
          price: 40,
          stock: 30,
          perResidentLimit: 1,
        },
      ],
    },
    {
      key: "parks",
      name: "Berkeley Parks & Waterfront",
      description: "The city department caring for Berkeley's parks, trees and shoreline.",
      category: "environment",
      budget: 15_000,
      opportunities: [
        {
          key: "shoreline",
          title: "Shoreline cleanup at the Marina",
          description: "Remove litter and invasive plants along the Berkeley Marina shoreline.",
          category: "environment",
          place: "Berkeley Marina",
          creditsPerUnit: 10,
          unit: "hour",
          capacity: 1_500,
        },
        {
          key: "trees",
          title: "Tree planting in Aquatic Park",
          description: "Plant and mulch native trees with the urban forestry team.",
          category: "environment",
          place: "Aquatic Park",
          creditsPerUnit: 12,
          unit: "hour",
          capacity: 600,
        },
      ],
      offers: [
        {
          key: "transit",
          title: "AC Transit day pass",
          description: "One day of unlimited local bus rides on AC Transit.",
          category: "transit",
          place: "Any AC Transit local line",
          price: 50,
          stock: 200,
          perResidentLimit: 0,
        },
      ],
    },
    {
      key: "kitchen",
      name: "Berkeley Community Kitchen",
      description: "Hot meals cooked by neighbours for neighbours, every weekday.",
      category: "food-security",
      budget: 8_000,
      opportunities: [
        {
          key: "meal-prep",
          title: "Meal prep volunteer",
          description: "Chop, cook and serve lunch for about 150 guests.",
          category: "food-security",
          place: "Community Kitchen, University Avenue",
          creditsPerUnit: 10,
          unit: "hour",
          capacity: 1_000,
        },
      ],
      offers: [
        {
          key: "meal",
          title: "Community meal",
          description: "A hot three-course meal at the Community Kitchen.",
          category: "food-security",
          place: "Community Kitchen, University Avenue",
          price: 15,
          stock: 300,
          perResidentLimit: 0,
        },
      ],
    },
    {
      key: "museum",
      name: "Berkeley Art Museum",
      description: "Art and film for everyone on the edge of campus.",
      category: "culture",
      budget: 5_000,
      opportunities: [
        {
          key: "docent",
          title: "Family day docent",
          description: "Welcome families and guide drop-in art activities on family days.",
          category: "culture",
          place: "Center Street galleries",
          creditsPerUnit: 10,
          unit: "hour",
          capacity: 300,
        },
      ],
      offers: [
        {
          key: "entry",
          title: "Museum entry",
          description: "General admission to the galleries for one person.",
          category: "culture",
          place: "Center Street galleries",
          price: 30,
          stock: 100,
          perResidentLimit: 2,
        },
      ],
    },
  ],
};

export const MEXICO_CITY: CityPlan = {
  key: "cdmx",
  name: "Ciudad de México",
  code: "CDMX",
  language: "es",
  residents: 8,
  confirmation: "approveHash",
  organizations: [
    {
      key: "banco-alimentos",
      name: "Banco de Alimentos CDMX",
      description: "Rescate y distribución de alimentos para familias de la Ciudad de México.",
      category: "food-security",
      budget: 20_000,
      opportunities: [
        {
          key: "clasificacion",
          title: "Clasificación de alimentos",
          description: "Clasificar y empacar alimentos donados para la entrega semanal.",
          category: "food-security",
          place: "Central de Abasto, Iztapalapa",
          creditsPerUnit: 10,
          unit: "hour",
          capacity: 2_000,
        },
      ],
      offers: [],
    },
    {
      key: "biblioteca",
      name: "Biblioteca Vasconcelos",
      description: "Biblioteca pública abierta a todas las personas, en Buenavista.",
      category: "culture",
      budget: 10_000,
      opportunities: [
        {
          key: "lectura",
          title: "Círculo de lectura infantil",
          description: "Leer en voz alta y animar actividades para niñas y niños.",
          category: "education",
          place: "Biblioteca Vasconcelos, sala infantil",
          creditsPerUnit: 12,
          unit: "hour",
          capacity: 800,
        },
      ],
      offers: [
        {
          key: "taller",
          title: "Taller de encuadernación",
          description: "Taller de dos horas para aprender a encuadernar un cuaderno.",
          category: "education",
          place: "Biblioteca Vasconcelos, taller 2",
          price: 40,
          stock: 25,
          perResidentLimit: 1,
        },
      ],
    },
    {
      key: "parques",
      name: "Parques CDMX",
      description: "Cuidado de parques, bosques urbanos y áreas verdes de la ciudad.",
      category: "environment",
      budget: 15_000,
      opportunities: [
        {
          key: "chapultepec",
          title: "Limpieza del Bosque de Chapultepec",
          description: "Recoger residuos y cuidar senderos en la Primera Sección.",
          category: "environment",
          place: "Bosque de Chapultepec, Primera Sección",
          creditsPerUnit: 10,
          unit: "hour",
          capacity: 1_500,
        },
        {
          key: "arbolado",
          title: "Reforestación en Xochimilco",
          description: "Plantar ahuejotes en los canales con la brigada de arbolado.",
          category: "environment",
          place: "Xochimilco",
          creditsPerUnit: 12,
          unit: "hour",
          capacity: 600,
        },
      ],
      offers: [
        {
          key: "transporte",
          title: "Recarga de Tarjeta de Movilidad Integrada",
          description: "Un día de viajes en Metro, Metrobús y Trolebús.",
          category: "transit",
          place: "Cualquier estación de Metro o Metrobús",
          price: 50,
          stock: 200,
          perResidentLimit: 0,
        },
      ],
    },
    {
      key: "comedor",
      name: "Comedor Comunitario Tepito",
      description: "Comidas calientes a precio justo, preparadas por la comunidad.",
      category: "food-security",
      budget: 8_000,
      opportunities: [
        {
          key: "cocina",
          title: "Preparación de comidas",
          description: "Apoyar en la cocina y servir la comida del mediodía.",
          category: "food-security",
          place: "Comedor Comunitario, Tepito",
          creditsPerUnit: 10,
          unit: "hour",
          capacity: 1_000,
        },
      ],
      offers: [
        {
          key: "comida",
          title: "Comida completa",
          description: "Sopa, guisado, agua fresca y postre en el comedor.",
          category: "food-security",
          place: "Comedor Comunitario, Tepito",
          price: 15,
          stock: 300,
          perResidentLimit: 0,
        },
      ],
    },
    {
      key: "museo",
      name: "Museo Nacional de Antropología",
      description: "El patrimonio de los pueblos de México, abierto a todo el público.",
      category: "culture",
      budget: 5_000,
      opportunities: [
        {
          key: "guia",
          title: "Guía voluntario en salas",
          description: "Acompañar a grupos escolares en las salas mexica y maya.",
          category: "culture",
          place: "Museo Nacional de Antropología, Chapultepec",
          creditsPerUnit: 10,
          unit: "hour",
          capacity: 300,
        },
      ],
      offers: [
        {
          key: "entrada",
          title: "Entrada al museo",
          description: "Una entrada general al museo.",
          category: "culture",
          place: "Museo Nacional de Antropología, Chapultepec",
          price: 30,
          stock: 100,
          perResidentLimit: 2,
        },
      ],
    },
  ],
};

export const PILOT_CITIES: readonly CityPlan[] = [BERKELEY, MEXICO_CITY];

/** An organization of the pilot: "<city key>/<organization key>", e.g. "brk/food-bank". */
export type OrgRef = `${string}/${string}`;

/** Revocation reasons, as named by the SDK's `RevokeReason` codes. */
export type RevocationReason = "Other" | "Fraud" | "DataEntryError" | "Duplicate" | "ParticipantRequest";

export type PilotEvent =
  /**
   * One attestation batch per active organization (in plan order; `only` / `except` narrow it): a few
   * residents per opportunity, chosen and given hours by the seed's deterministic randomness. The
   * organization's Safe submits it, except for organizations in `signedByStaff`, whose staff delegate
   * signs it (EIP-712) and the relayer submits it.
   */
  | {
      kind: "attest";
      confirmation: Confirmation;
      only?: readonly OrgRef[];
      except?: readonly OrgRef[];
      signedByStaff?: readonly OrgRef[];
    }
  /** The organization revokes one row of its latest batch through its Safe (nothing recorded since). */
  | { kind: "revoke"; org: OrgRef; row: number; reason: RevocationReason }
  /**
   * Residents spend at active organizations' offers: each resident may try one offer (chosen at
   * random, skipped one time in `skipOneIn`), within the offer's per-resident limit and their balance;
   * every `gaslessEvery`-th redemption of the pilot is signed by the resident and relayed.
   */
  | { kind: "redeem"; skipOneIn: number; gaslessEvery: number }
  /** The city admin Safe moves a resident's record to a new wallet, executed after the recovery delay. */
  | { kind: "recover"; city: string; resident: number; newWallet: string; why: string }
  /** The city admin Safe suspends an organization. */
  | { kind: "suspend"; org: OrgRef; why: string }
  /** Organizations mark their pending redemptions fulfilled, one Safe transaction each. */
  | { kind: "fulfil"; orgs: readonly OrgRef[] };

export interface PilotWeek {
  week: number;
  /** In order; the chain then moves one week ahead. */
  events: readonly PilotEvent[];
}

const REDEMPTIONS = { kind: "redeem", skipOneIn: 3, gaslessEvery: 3 } as const;

/** The pilot's story, week by week. */
export const TIMELINE: readonly PilotWeek[] = [
  { week: 1, events: [{ kind: "attest", confirmation: "signatures" }] },
  {
    week: 2,
    events: [
      // The food bank entered its first row twice on paper and revokes it right after submitting.
      { kind: "attest", confirmation: "approveHash", only: ["brk/food-bank"] },
      { kind: "revoke", org: "brk/food-bank", row: 0, reason: "Duplicate" },
      { kind: "attest", confirmation: "approveHash", except: ["brk/food-bank"] },
      REDEMPTIONS,
      {
        kind: "recover",
        city: "brk",
        resident: 3,
        newWallet: "brk/resident-3/new-phone",
        why: "lost their phone",
      },
    ],
  },
  {
    week: 3,
    events: [
      // The library's staff delegate signs the week's batch on a tablet at the desk.
      { kind: "attest", confirmation: "signatures", signedByStaff: ["brk/library"] },
      REDEMPTIONS,
      { kind: "suspend", org: "cdmx/museo", why: "pending an evidence review" },
    ],
  },
  { week: 4, events: [{ kind: "attest", confirmation: "approveHash" }, REDEMPTIONS] },
];

/** After the last week: the community kitchens mark the meals they served (Tepito's first). */
export const EPILOGUE: readonly PilotEvent[] = [{ kind: "fulfil", orgs: ["cdmx/comedor", "brk/kitchen"] }];

/** Weeks of contributions the seed simulates (one attestation batch per organization a week). */
export const PILOT_WEEKS = TIMELINE.length;
