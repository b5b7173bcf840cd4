/**
 * Public dashboard figures, computed from contributions and redemptions (pure, so the same code
 * serves the chain's logs today and the API's lists later).
 */
import type { City, Contribution, Offer, Redemption } from "./types.ts";

const DAY = 86_400;

export interface DashboardInput {
  cities: readonly City[];
  contributions: readonly (Contribution & { timestamp: number })[];
  redemptions: readonly (Redemption & { timestamp: number })[];
  offers: readonly Offer[];
  organizations: number;
}

export interface CitySeries {
  cityId: number;
  /** Day starts (seconds), ascending. */
  days: number[];
  issued: number[];
  redeemed: number[];
}

export interface CityFigures {
  cityId: number;
  contributions: number;
  issued: bigint;
  redeemed: bigint;
  outstanding: bigint;
  /** Open offers' remaining stock × price: what residents could redeem right now. */
  capacity: bigint;
  activeResidents: number;
  redemptionRate: number;
}

export function dashboardFigures(input: DashboardInput) {
  const valid = input.contributions.filter((c) => !c.revoked);
  const perCity: CityFigures[] = input.cities.map((city) => {
    const cs = valid.filter((c) => c.cityId === city.id);
    const rs = input.redemptions.filter((r) => r.cityId === city.id && r.state !== "refunded");
    const issued = cs.reduce((s, c) => s + c.credits, 0n);
    const redeemed = rs.reduce((s, r) => s + r.credits, 0n);
    const capacity = input.offers
      .filter((o) => o.status === 1 && o.acceptedCities.includes(city.id))
      .reduce((s, o) => s + BigInt(o.stock) * o.price, 0n);
    const residents = new Set(cs.map((c) => c.participant));
    return {
      cityId: city.id,
      contributions: cs.length,
      issued,
      redeemed,
      outstanding: city.supply,
      capacity,
      activeResidents: residents.size,
      redemptionRate: issued === 0n ? 0 : Number((redeemed * 10_000n) / issued) / 10_000,
    };
  });
  const series: CitySeries[] = input.cities.map((city) => {
    const byDay = new Map<number, { issued: number; redeemed: number }>();
    const bucket = (t: number) => {
      const day = Math.floor(t / DAY) * DAY;
      let entry = byDay.get(day);
      if (!entry) byDay.set(day, (entry = { issued: 0, redeemed: 0 }));
      return entry;
    };
    for (const c of valid) if (c.cityId === city.id) bucket(c.timestamp).issued += Number(c.credits);
    for (const r of input.redemptions)
      if (r.cityId === city.id) bucket(r.timestamp).redeemed += Number(r.credits);
    const days = [...byDay.keys()].sort((a, b) => a - b);
    return {
      cityId: city.id,
      days,
      issued: days.map((d) => byDay.get(d)!.issued),
      redeemed: days.map((d) => byDay.get(d)!.redeemed),
    };
  });
  const perResident = new Map<string, number>();
  for (const c of valid) perResident.set(participantKey(c), (perResident.get(participantKey(c)) ?? 0) + 1);
  const distribution = new Map<number, number>();
  for (const n of perResident.values()) distribution.set(n, (distribution.get(n) ?? 0) + 1);
  const topOpportunities = [...countBy(valid, (c) => c.opportunityId).entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5);
  return {
    perCity,
    series,
    distribution: [...distribution.entries()].sort((a, b) => a[0] - b[0]),
    topOpportunities,
    organizations: input.organizations,
  };
}

function participantKey(c: Contribution): string {
  return c.participant;
}

function countBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, number> {
  const out = new Map<K, number>();
  for (const item of items) out.set(key(item), (out.get(key(item)) ?? 0) + 1);
  return out;
}

/** CSV text (RFC 4180 quoting) of a header row and data rows. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | bigint)[])[],
): string {
  const cell = (v: string | number | bigint) => {
    const s = String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(cell).join(",")).join("\n") + "\n";
}
