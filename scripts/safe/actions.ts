/**
 * Every ledger action a Safe takes, in one table: who acts (the acting Safe is found on chain),
 * its options with their help, and how its call is built with the SDK's call builders. The CLI's
 * commands, option parsing and help are generated from this table.
 */
import {
  type LedgerCall,
  type LedgerRef,
  CitySyncError,
  findOrganizationByAccount,
  getCity,
  getNetworkAdmin,
  getOrganization,
  getPendingNetworkAdmin,
  RevokeReason,
  ledgerCalls,
} from "@citysync/sdk";
import { type Address, getAddress } from "viem";

import { address, big, idList, integer, time } from "./parse.ts";
import { refundCall, revocationCall, revokeReason } from "./proofs.ts";

export type Role = "network admin" | "city admin" | "organization";

export interface OptionDef {
  type: "string" | "boolean";
  /** `<value>` shown in help, e.g. `<safe>`. */
  value?: string;
  description: string;
  required?: boolean;
}

export type OptionDefs = Readonly<Record<string, OptionDef>>;
export type OptionValues = Readonly<Record<string, string | boolean | undefined>>;

export interface SafeAction {
  role: Role;
  summary: string;
  options: OptionDefs;
  /** The acting Safe, the calls it makes and a one-line title. */
  build: (
    ref: LedgerRef,
    values: OptionValues,
  ) => Promise<{ safe: Address; calls: LedgerCall[]; title: string }>;
}

const str = (values: OptionValues, name: string) =>
  typeof values[name] === "string" ? (values[name] as string) : undefined;

// Options shared by several actions.
const ORG: OptionDefs = {
  org: { type: "string", value: "<safe>", description: "the organization's Safe", required: true },
};
const ORG_ID: OptionDefs = {
  "org-id": { type: "string", value: "<n>", description: "organization id", required: true },
};
const CITY: OptionDefs = { city: { type: "string", value: "<n>", description: "city id", required: true } };
const ID = (what: string): OptionDefs => ({
  id: { type: "string", value: "<n>", description: `${what} id`, required: true },
});
const WINDOW: OptionDefs = {
  start: {
    type: "string",
    value: "<T>",
    description: "opens at (Unix seconds or ISO date, chain time)",
    required: true,
  },
  end: {
    type: "string",
    value: "<T>",
    description: "closes at (Unix seconds or ISO date, chain time)",
    required: true,
  },
};
const METADATA: OptionDefs = {
  metadata: {
    type: "string",
    value: "<json>",
    description: "public metadata (JSON, not empty)",
    required: true,
  },
};

async function networkAdminSafe(ref: LedgerRef): Promise<Address> {
  return getAddress(await getNetworkAdmin(ref));
}

async function organizationSafe(ref: LedgerRef, values: OptionValues) {
  const safe = address(str(values, "org"), "org");
  return { safe, orgId: (await findOrganizationByAccount(ref, safe)).orgId };
}

async function cityAdminSafe(ref: LedgerRef, cityId: number): Promise<Address> {
  return getAddress((await getCity(ref, cityId)).admin);
}

async function cityAdminOfOrganization(ref: LedgerRef, values: OptionValues) {
  const orgId = integer(str(values, "org-id"), "org-id", { min: 1 });
  const org = await getOrganization(ref, orgId);
  return { safe: await cityAdminSafe(ref, org.cityId), orgId };
}

const one = (safe: Address, call: LedgerCall, title: string) => ({ safe, calls: [call], title });

export const SAFE_ACTIONS = {
  // ---------------------------------------------------------------- network admin
  "create-city": {
    role: "network admin",
    summary: "Create a city run by a city admin Safe",
    options: {
      admin: { type: "string", value: "<safe>", description: "the city admin's Safe", required: true },
      code: { type: "string", value: "<code>", description: "short city code, e.g. MVD", required: true },
      name: { type: "string", value: "<name>", description: "city name", required: true },
    },
    build: async (ref, v) => {
      const admin = address(str(v, "admin"), "admin");
      const code = str(v, "code")!;
      const call = ledgerCalls.createCity(ref.ledger, admin, code, str(v, "name")!);
      return one(await networkAdminSafe(ref), call, `Create city ${code}`);
    },
  },
  "replace-city-admin": {
    role: "network admin",
    summary: "Give a city to another admin Safe",
    options: {
      ...CITY,
      admin: { type: "string", value: "<safe>", description: "the new city admin's Safe", required: true },
    },
    build: async (ref, v) => {
      const cityId = integer(str(v, "city"), "city", { min: 1 });
      const admin = address(str(v, "admin"), "admin");
      return one(
        await networkAdminSafe(ref),
        ledgerCalls.setCityAdmin(ref.ledger, cityId, admin),
        `Replace admin of city ${cityId}`,
      );
    },
  },
  pause: {
    role: "network admin",
    summary: "Pause the ledger (attestations, redemptions, recoveries)",
    options: {},
    build: async (ref) => one(await networkAdminSafe(ref), ledgerCalls.pause(ref.ledger), "Pause the ledger"),
  },
  unpause: {
    role: "network admin",
    summary: "Unpause the ledger",
    options: {},
    build: async (ref) =>
      one(await networkAdminSafe(ref), ledgerCalls.unpause(ref.ledger), "Unpause the ledger"),
  },
  "begin-admin-transfer": {
    role: "network admin",
    summary: "Start handing the network admin role to another Safe (after a delay)",
    options: {
      to: { type: "string", value: "<safe>", description: "the next network admin's Safe", required: true },
    },
    build: async (ref, v) => {
      const to = address(str(v, "to"), "to");
      return one(
        await networkAdminSafe(ref),
        ledgerCalls.beginNetworkAdminTransfer(ref.ledger, to),
        `Begin admin transfer to ${to}`,
      );
    },
  },
  "cancel-admin-transfer": {
    role: "network admin",
    summary: "Cancel a pending network admin transfer",
    options: {},
    build: async (ref) =>
      one(
        await networkAdminSafe(ref),
        ledgerCalls.cancelNetworkAdminTransfer(ref.ledger),
        "Cancel admin transfer",
      ),
  },
  "accept-admin-transfer": {
    role: "network admin",
    summary: "Accept the network admin role (the incoming Safe acts, once the delay passed)",
    options: {},
    build: async (ref) => {
      const pending = await getPendingNetworkAdmin(ref);
      if (BigInt(pending.admin) === 0n) {
        throw new CitySyncError("NO_ADMIN_TRANSFER", "No network admin transfer is pending.");
      }
      return one(
        getAddress(pending.admin),
        ledgerCalls.acceptNetworkAdmin(ref.ledger),
        "Accept the network admin role",
      );
    },
  },
  "resolve-recovery": {
    role: "network admin",
    summary: "Decide a contested wallet recovery: --approve executes it, otherwise it is rejected",
    options: {
      ...CITY,
      from: { type: "string", value: "<address>", description: "the wallet being recovered", required: true },
      approve: { type: "boolean", description: "execute the recovery (default: reject it)" },
    },
    build: async (ref, v) => {
      const cityId = integer(str(v, "city"), "city", { min: 1 });
      const from = address(str(v, "from"), "from");
      const approve = v.approve === true;
      return one(
        await networkAdminSafe(ref),
        ledgerCalls.resolveRecovery(ref.ledger, cityId, from, approve),
        `${approve ? "Approve" : "Reject"} the contested recovery of ${from} in city ${cityId}`,
      );
    },
  },
  // ---------------------------------------------------------------- city admin
  onboard: {
    role: "city admin",
    summary: "Onboard an organization (its Safe) in a city, with a budget per epoch",
    options: {
      ...CITY,
      account: { type: "string", value: "<safe>", description: "the organization's Safe", required: true },
      budget: {
        type: "string",
        value: "<credits>",
        description: "credits it may mint per epoch",
        required: true,
      },
      ...METADATA,
    },
    build: async (ref, v) => {
      const cityId = integer(str(v, "city"), "city", { min: 1 });
      const account = address(str(v, "account"), "account");
      const call = ledgerCalls.onboardOrganization(
        ref.ledger,
        cityId,
        account,
        big(str(v, "budget"), "budget"),
        str(v, "metadata") ?? "",
      );
      return one(await cityAdminSafe(ref, cityId), call, `Onboard ${account} in city ${cityId}`);
    },
  },
  "set-budget": {
    role: "city admin",
    summary: "Set an organization's budget per epoch",
    options: {
      ...ORG_ID,
      budget: { type: "string", value: "<credits>", description: "credits per epoch", required: true },
    },
    build: async (ref, v) => {
      const { safe, orgId } = await cityAdminOfOrganization(ref, v);
      return one(
        safe,
        ledgerCalls.setOrganizationBudget(ref.ledger, orgId, big(str(v, "budget"), "budget")),
        `Set budget of organization ${orgId}`,
      );
    },
  },
  suspend: {
    role: "city admin",
    summary: "Suspend an organization (it can no longer attest)",
    options: ORG_ID,
    build: async (ref, v) => {
      const { safe, orgId } = await cityAdminOfOrganization(ref, v);
      return one(safe, ledgerCalls.suspendOrganization(ref.ledger, orgId), `Suspend organization ${orgId}`);
    },
  },
  reactivate: {
    role: "city admin",
    summary: "Reactivate a suspended organization",
    options: ORG_ID,
    build: async (ref, v) => {
      const { safe, orgId } = await cityAdminOfOrganization(ref, v);
      return one(
        safe,
        ledgerCalls.reactivateOrganization(ref.ledger, orgId),
        `Reactivate organization ${orgId}`,
      );
    },
  },
  "request-recovery": {
    role: "city admin",
    summary: "Start moving a resident's credits from a lost wallet to a new one (after a delay)",
    options: {
      ...CITY,
      from: { type: "string", value: "<address>", description: "the lost wallet", required: true },
      to: { type: "string", value: "<address>", description: "the resident's new wallet", required: true },
    },
    build: async (ref, v) => {
      const cityId = integer(str(v, "city"), "city", { min: 1 });
      const from = address(str(v, "from"), "from");
      const to = address(str(v, "to"), "to");
      return one(
        await cityAdminSafe(ref, cityId),
        ledgerCalls.requestRecovery(ref.ledger, cityId, from, to),
        `Request recovery of ${from} in city ${cityId}`,
      );
    },
  },
  "cancel-recovery": {
    role: "city admin",
    summary: "Cancel a pending wallet recovery",
    options: {
      ...CITY,
      from: { type: "string", value: "<address>", description: "the wallet being recovered", required: true },
    },
    build: async (ref, v) => {
      const cityId = integer(str(v, "city"), "city", { min: 1 });
      const from = address(str(v, "from"), "from");
      return one(
        await cityAdminSafe(ref, cityId),
        ledgerCalls.cancelRecovery(ref.ledger, cityId, from),
        `Cancel recovery of ${from} in city ${cityId}`,
      );
    },
  },
  "execute-recovery": {
    role: "city admin",
    summary: "Complete a wallet recovery once its delay passed",
    options: {
      ...CITY,
      from: { type: "string", value: "<address>", description: "the wallet being recovered", required: true },
    },
    build: async (ref, v) => {
      const cityId = integer(str(v, "city"), "city", { min: 1 });
      const from = address(str(v, "from"), "from");
      return one(
        await cityAdminSafe(ref, cityId),
        ledgerCalls.executeRecovery(ref.ledger, cityId, from),
        `Execute recovery of ${from} in city ${cityId}`,
      );
    },
  },
  // ---------------------------------------------------------------- organization
  "publish-opportunity": {
    role: "organization",
    summary: "Publish an opportunity residents earn credits in",
    options: {
      ...ORG,
      "credits-per-unit": {
        type: "string",
        value: "<n>",
        description: "credits per unit (hour, session…)",
        required: true,
      },
      capacity: { type: "string", value: "<n>", description: "units it can attest in total", required: true },
      ...WINDOW,
      ...METADATA,
    },
    build: async (ref, v) => {
      const { safe, orgId } = await organizationSafe(ref, v);
      const call = ledgerCalls.publishOpportunity(ref.ledger, orgId, {
        creditsPerUnit: integer(str(v, "credits-per-unit"), "credits-per-unit", { min: 1 }),
        capacity: integer(str(v, "capacity"), "capacity", { min: 1 }),
        start: time(str(v, "start"), "start"),
        end: time(str(v, "end"), "end"),
        metadata: str(v, "metadata") ?? "",
      });
      return one(safe, call, `Publish opportunity for organization ${orgId}`);
    },
  },
  "update-opportunity": {
    role: "organization",
    summary: "Change an opportunity's capacity, window or metadata",
    options: {
      ...ORG,
      ...ID("opportunity"),
      capacity: { type: "string", value: "<n>", description: "units in total", required: true },
      ...WINDOW,
      ...METADATA,
    },
    build: async (ref, v) => {
      const { safe } = await organizationSafe(ref, v);
      const id = integer(str(v, "id"), "id", { min: 1 });
      const call = ledgerCalls.updateOpportunity(ref.ledger, id, {
        capacity: integer(str(v, "capacity"), "capacity"),
        start: time(str(v, "start"), "start"),
        end: time(str(v, "end"), "end"),
        metadata: str(v, "metadata") ?? "",
      });
      return one(safe, call, `Update opportunity ${id}`);
    },
  },
  "close-opportunity": {
    role: "organization",
    summary: "Close an opportunity",
    options: { ...ORG, ...ID("opportunity") },
    build: async (ref, v) => {
      const { safe } = await organizationSafe(ref, v);
      const id = integer(str(v, "id"), "id", { min: 1 });
      return one(safe, ledgerCalls.closeOpportunity(ref.ledger, id), `Close opportunity ${id}`);
    },
  },
  "publish-offer": {
    role: "organization",
    summary: "Publish an offer residents redeem credits for",
    options: {
      ...ORG,
      price: { type: "string", value: "<credits>", description: "price in credits", required: true },
      stock: { type: "string", value: "<n>", description: "how many can be redeemed", required: true },
      "per-resident-limit": {
        type: "string",
        value: "<n>",
        description: "redemptions per resident (0: no limit)",
      },
      cities: {
        type: "string",
        value: "<1,2>",
        description: "cities whose credits it accepts",
        required: true,
      },
      ...WINDOW,
      ...METADATA,
    },
    build: async (ref, v) => {
      const { safe, orgId } = await organizationSafe(ref, v);
      const call = ledgerCalls.publishOffer(ref.ledger, orgId, {
        price: big(str(v, "price"), "price"),
        stock: integer(str(v, "stock"), "stock", { min: 1 }),
        perResidentLimit: integer(str(v, "per-resident-limit") ?? "0", "per-resident-limit"),
        start: time(str(v, "start"), "start"),
        end: time(str(v, "end"), "end"),
        acceptedCities: idList(str(v, "cities"), "cities"),
        metadata: str(v, "metadata") ?? "",
      });
      return one(safe, call, `Publish offer for organization ${orgId}`);
    },
  },
  "update-offer": {
    role: "organization",
    summary: "Change an offer's price, stock, window or metadata",
    options: {
      ...ORG,
      ...ID("offer"),
      price: { type: "string", value: "<credits>", description: "price in credits", required: true },
      stock: { type: "string", value: "<n>", description: "stock", required: true },
      ...WINDOW,
      ...METADATA,
    },
    build: async (ref, v) => {
      const { safe } = await organizationSafe(ref, v);
      const id = integer(str(v, "id"), "id", { min: 1 });
      const call = ledgerCalls.updateOffer(ref.ledger, id, {
        price: big(str(v, "price"), "price"),
        stock: integer(str(v, "stock"), "stock"),
        start: time(str(v, "start"), "start"),
        end: time(str(v, "end"), "end"),
        metadata: str(v, "metadata") ?? "",
      });
      return one(safe, call, `Update offer ${id}`);
    },
  },
  "close-offer": {
    role: "organization",
    summary: "Close an offer",
    options: { ...ORG, ...ID("offer") },
    build: async (ref, v) => {
      const { safe } = await organizationSafe(ref, v);
      const id = integer(str(v, "id"), "id", { min: 1 });
      return one(safe, ledgerCalls.closeOffer(ref.ledger, id), `Close offer ${id}`);
    },
  },
  "fulfil-redemption": {
    role: "organization",
    summary: "Mark a redemption of one of its offers fulfilled (handed over)",
    options: {
      ...ORG,
      offer: { type: "string", value: "<n>", description: "offer id", required: true },
      seq: {
        type: "string",
        value: "<n>",
        description: "redemption number within the offer (the first is 0)",
        required: true,
      },
    },
    build: async (ref, v) => {
      const { safe } = await organizationSafe(ref, v);
      const offer = integer(str(v, "offer"), "offer", { min: 1 });
      const seq = integer(str(v, "seq"), "seq");
      return one(
        safe,
        ledgerCalls.fulfillRedemption(ref.ledger, offer, seq),
        `Fulfil redemption ${seq} of offer ${offer}`,
      );
    },
  },
  revoke: {
    role: "organization",
    summary: "Revoke attestations of one batch (credits clawed back), proven from the ledger's logs",
    options: {
      ...ORG,
      seq: {
        type: "string",
        value: "<n[,n]>",
        description: "attestation number(s) of this organization (the first is 0), of one batch",
        required: true,
      },
      reason: {
        type: "string",
        value: "<reason>",
        description: `${Object.keys(RevokeReason).join(", ")} or a code 0–255`,
        required: true,
      },
      note: {
        type: "string",
        value: "<text>",
        description: "a note for the co-owners (in the proposal, never on chain)",
      },
    },
    build: async (ref, v) => {
      const { safe, orgId } = await organizationSafe(ref, v);
      const reason = revokeReason(str(v, "reason"));
      const { call, seqs } = await revocationCall(ref, orgId, str(v, "seq"), reason);
      const note = str(v, "note")?.trim();
      const reasonName =
        Object.entries(RevokeReason).find(([, code]) => code === reason)?.[0] ?? `code ${reason}`;
      return one(
        safe,
        call,
        `Revoke attestation ${seqs.join(", ")} of organization ${orgId} (${reasonName})${note ? `: ${note}` : ""}`,
      );
    },
  },
  refund: {
    role: "organization",
    summary: "Refund a pending redemption of one of its offers (credits back), proven from the ledger's logs",
    options: {
      ...ORG,
      offer: { type: "string", value: "<n>", description: "offer id", required: true },
      seq: {
        type: "string",
        value: "<n>",
        description: "redemption number within the offer (the first is 0)",
        required: true,
      },
    },
    build: async (ref, v) => {
      const { safe } = await organizationSafe(ref, v);
      const offer = integer(str(v, "offer"), "offer", { min: 1 });
      const seq = integer(str(v, "seq"), "seq");
      return one(safe, await refundCall(ref, offer, seq), `Refund redemption ${seq} of offer ${offer}`);
    },
  },
  "authorize-delegate": {
    role: "organization",
    summary: "Let a key attest for the organization, up to a cap",
    options: {
      ...ORG,
      delegate: { type: "string", value: "<address>", description: "the delegate's address", required: true },
      cap: { type: "string", value: "<credits>", description: "credits it may mint", required: true },
    },
    build: async (ref, v) => {
      const { safe, orgId } = await organizationSafe(ref, v);
      const delegate = address(str(v, "delegate"), "delegate");
      return one(
        safe,
        ledgerCalls.authorizeDelegate(ref.ledger, orgId, delegate, big(str(v, "cap"), "cap")),
        `Authorize delegate ${delegate}`,
      );
    },
  },
  "revoke-delegate": {
    role: "organization",
    summary: "Revoke a delegate",
    options: {
      ...ORG,
      delegate: { type: "string", value: "<address>", description: "the delegate's address", required: true },
    },
    build: async (ref, v) => {
      const { safe, orgId } = await organizationSafe(ref, v);
      const delegate = address(str(v, "delegate"), "delegate");
      return one(
        safe,
        ledgerCalls.revokeDelegate(ref.ledger, orgId, delegate),
        `Revoke delegate ${delegate}`,
      );
    },
  },
} as const satisfies Record<string, SafeAction>;

export type SafeActionName = keyof typeof SAFE_ACTIONS;
