/**
 * The chain as a data source: reads the ledger's views and replays its logs. It serves every
 * list the dApp needs on a local chain while the indexer's API is not there; the hooks in
 * `hooks.ts` are the only callers, so switching a list to the API changes one function.
 */
import { OfferStatus, OpportunityStatus, RedemptionStatus } from "@sdk/reads.ts";
import { iCivicLedgerAbi } from "@sdk/generated/contracts.ts";
import { unpackRow } from "@sdk/rows.ts";
import { type Address, type Hex, type PublicClient, getAddress } from "viem";

import { parseMetadata } from "./metadata.ts";
import type {
  City,
  Contribution,
  Offer,
  Opportunity,
  Organization,
  Redemption,
  RedemptionState,
} from "./types.ts";

export interface ChainSource {
  client: PublicClient;
  ledger: Address;
  fromBlock: bigint;
}

function read<T>(source: ChainSource, functionName: string, args: readonly unknown[] = []): Promise<T> {
  return source.client.readContract({
    address: source.ledger,
    abi: iCivicLedgerAbi,
    functionName: functionName as never,
    args: args as never,
  }) as Promise<T>;
}

/** Every ledger log since deployment, decoded. */
export async function ledgerLogs(source: ChainSource) {
  return source.client.getContractEvents({
    address: source.ledger,
    abi: iCivicLedgerAbi,
    fromBlock: source.fromBlock,
    toBlock: "latest",
  });
}
export type LedgerLog = Awaited<ReturnType<typeof ledgerLogs>>[number];

type LogOf<N extends LedgerLog["eventName"]> = Extract<LedgerLog, { eventName: N }>;
function logsNamed<N extends LedgerLog["eventName"]>(logs: readonly LedgerLog[], name: N): LogOf<N>[] {
  return logs.filter((l): l is LogOf<N> => l.eventName === name);
}

export async function fetchCities(source: ChainSource): Promise<City[]> {
  const count = await read<number>(source, "cityCount");
  const ids = Array.from({ length: count }, (_, i) => i + 1);
  return Promise.all(
    ids.map(async (id) => {
      const c = await read<{ admin: Address; code: string; name: string; supply: bigint }>(source, "city", [
        id,
      ]);
      return { id, code: c.code, name: c.name, admin: c.admin, supply: c.supply };
    }),
  );
}

export async function fetchOrganizations(
  source: ChainSource,
  logs: readonly LedgerLog[],
): Promise<Organization[]> {
  const onboarded = logsNamed(logs, "OrganizationOnboarded");
  return Promise.all(
    onboarded.map(async (log) => {
      const id = log.args.orgId!;
      const o = await read<{ account: Address; status: number; cityId: number; budget: bigint }>(
        source,
        "organization",
        [id],
      );
      return {
        id,
        cityId: o.cityId,
        account: o.account,
        status: o.status,
        budget: o.budget,
        meta: parseMetadata(log.args.metadata),
      };
    }),
  );
}

/** The latest metadata of each item: publication, then updates in log order. */
function latestMetadata(
  published: readonly { id: number; metadata: string | undefined }[],
  updated: readonly { id: number; metadata: string | undefined }[],
): Map<number, string | undefined> {
  const byId = new Map<number, string | undefined>();
  for (const p of published) byId.set(p.id, p.metadata);
  for (const u of updated) byId.set(u.id, u.metadata);
  return byId;
}

export async function fetchOpportunities(
  source: ChainSource,
  logs: readonly LedgerLog[],
  organizations: readonly Organization[],
): Promise<Opportunity[]> {
  const metadata = latestMetadata(
    logsNamed(logs, "OpportunityPublished").map((l) => ({
      id: Number(l.args.opportunityId),
      metadata: l.args.metadata,
    })),
    logsNamed(logs, "OpportunityUpdated").map((l) => ({
      id: Number(l.args.opportunityId),
      metadata: l.args.metadata,
    })),
  );
  const cityOf = new Map(organizations.map((o) => [o.id, o.cityId]));
  return Promise.all(
    [...metadata.keys()].map(async (id) => {
      const o = await read<{
        orgId: number;
        creditsPerUnit: number;
        capacity: number;
        used: number;
        start: number;
        end: number;
        status: number;
      }>(source, "opportunity", [id]);
      return {
        id,
        orgId: o.orgId,
        cityId: cityOf.get(o.orgId) ?? 0,
        creditsPerUnit: o.creditsPerUnit,
        capacity: BigInt(o.capacity),
        used: BigInt(o.used),
        start: Number(o.start),
        end: Number(o.end),
        status: o.status,
        meta: parseMetadata(metadata.get(id)),
      };
    }),
  );
}

export async function fetchOffers(source: ChainSource, logs: readonly LedgerLog[]): Promise<Offer[]> {
  const published = logsNamed(logs, "OfferPublished");
  const metadata = latestMetadata(
    published.map((l) => ({ id: Number(l.args.offerId), metadata: l.args.metadata })),
    logsNamed(logs, "OfferUpdated").map((l) => ({ id: Number(l.args.offerId), metadata: l.args.metadata })),
  );
  const cities = new Map(published.map((l) => [Number(l.args.offerId), [...(l.args.acceptedCities ?? [])]]));
  return Promise.all(
    [...metadata.keys()].map(async (id) => {
      const o = await read<{
        orgId: number;
        price: bigint;
        stock: number;
        sold: number;
        perResidentLimit: number;
        start: number;
        end: number;
        status: number;
      }>(source, "offer", [id]);
      return {
        id,
        orgId: o.orgId,
        price: o.price,
        stock: o.stock,
        sold: o.sold,
        perResidentLimit: o.perResidentLimit,
        start: Number(o.start),
        end: Number(o.end),
        status: o.status,
        acceptedCities: cities.get(id) ?? [],
        meta: parseMetadata(metadata.get(id)),
      };
    }),
  );
}

/** Every attestation row, with the revocation when there was one. */
export function contributionsFrom(
  logs: readonly LedgerLog[],
  opportunities: readonly Opportunity[],
  participant?: Address,
): Contribution[] {
  const opportunity = new Map(opportunities.map((o) => [o.id, o]));
  const wanted = participant ? getAddress(participant) : undefined;
  const revoked = new Map<string, { reason: number; credits: bigint }>();
  for (const l of logsNamed(logs, "AttestationRevoked")) {
    revoked.set(`${l.args.orgId}:${l.args.seq}`, { reason: Number(l.args.reason), credits: l.args.credits! });
  }
  const out: Contribution[] = [];
  const push = (orgId: number, seq: bigint, row: Hex, log: LedgerLog) => {
    const r = unpackRow(row);
    if (wanted && r.participant !== wanted) return;
    const opp = opportunity.get(Number(r.opportunityId));
    const credits = r.units * BigInt(opp?.creditsPerUnit ?? 0);
    const revocation = revoked.get(`${orgId}:${seq}`);
    out.push({
      participant: r.participant,
      orgId,
      seq,
      cityId: opp?.cityId ?? 0,
      opportunityId: Number(r.opportunityId),
      units: r.units,
      credits,
      blockNumber: log.blockNumber,
      transactionHash: log.transactionHash,
      ...(revocation ? { revoked: revocation } : {}),
    });
  };
  for (const l of logs) {
    if (l.eventName === "AttestationRecorded") push(l.args.orgId!, BigInt(l.args.seq!), l.args.row!, l);
    if (l.eventName === "AttestationsRecorded") {
      l.args.rows!.forEach((row, i) => push(l.args.orgId!, BigInt(l.args.firstSeq!) + BigInt(i), row, l));
    }
  }
  return out;
}

const STATES: Record<number, RedemptionState> = {
  [RedemptionStatus.Redeemed]: "pending",
  [RedemptionStatus.Fulfilled]: "fulfilled",
  [RedemptionStatus.Refunded]: "refunded",
};

/** Redemptions (all, or one resident's), with their state replayed from the logs. */
export function redemptionsFrom(logs: readonly LedgerLog[], resident?: Address): Redemption[] {
  const wanted = resident ? getAddress(resident) : undefined;
  const state = new Map<string, RedemptionState>();
  for (const l of logsNamed(logs, "RedemptionFulfilled"))
    state.set(`${l.args.offerId}:${l.args.seq}`, "fulfilled");
  for (const l of logsNamed(logs, "RedemptionRefunded"))
    state.set(`${l.args.offerId}:${l.args.seq}`, "refunded");
  return logsNamed(logs, "Redeemed")
    .filter((l) => !wanted || getAddress(l.args.resident!) === wanted)
    .map((l) => ({
      offerId: Number(l.args.offerId),
      seq: l.args.seq!,
      resident: getAddress(l.args.resident!),
      cityId: l.args.cityId!,
      credits: BigInt(l.args.credits!),
      state: state.get(`${l.args.offerId}:${l.args.seq}`) ?? STATES[RedemptionStatus.Redeemed]!,
      blockNumber: l.blockNumber,
      transactionHash: l.transactionHash,
    }));
}

/** Timestamps (seconds) of the given blocks. */
export async function blockTimes(
  source: ChainSource,
  blocks: readonly bigint[],
): Promise<Map<bigint, number>> {
  const unique = [...new Set(blocks)];
  const times = await Promise.all(
    unique.map(async (blockNumber) => Number((await source.client.getBlock({ blockNumber })).timestamp)),
  );
  return new Map(unique.map((b, i) => [b, times[i]!]));
}

export { OfferStatus, OpportunityStatus };
