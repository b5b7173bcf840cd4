/**
 * Public dashboard figures from the API's aggregates (daily series per city × category, cities'
 * supply and redemption capacity) and, for what has no aggregate (contributions per resident,
 * top opportunities, distinct active residents), from the list of valid attestations. Pure, so
 * it is tested without a server.
 */
import type { ApiAttestation, ApiCity, ApiSeriesBucket } from "./api.ts";

export interface DashboardInput {
  cities: readonly Pick<ApiCity, "cityId" | "supply">[];
  /** Open offers' remaining stock × price per city: what residents could redeem right now. */
  capacity: ReadonlyMap<number, bigint>;
  buckets: readonly ApiSeriesBucket[];
  organizations: number;
}

export interface ContributionSample {
  attestations: readonly Pick<ApiAttestation, "cityId" | "resident" | "opportunityId">[];
  /** False when only the most recent attestations were read. */
  complete: boolean;
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
  contributions: bigint;
  issued: bigint;
  redeemed: bigint;
  outstanding: bigint;
  capacity: bigint;
  /** Distinct residents with a valid contribution; undefined until the sample is read. */
  activeResidents: number | undefined;
  redemptionRate: number;
}

const DAY = 86_400;

/** Credits that stayed redeemed: burned minus refunded. */
const keptRedeemed = (b: ApiSeriesBucket) => BigInt(b.creditsBurned) - BigInt(b.creditsRefunded);

export function dashboardFigures(input: DashboardInput, sample?: ContributionSample) {
  const perCity: CityFigures[] = input.cities.map((city) => {
    const buckets = input.buckets.filter((b) => b.cityId === city.cityId);
    const sum = (of: (b: ApiSeriesBucket) => bigint) => buckets.reduce((s, b) => s + of(b), 0n);
    const issued = sum((b) => BigInt(b.creditsNet));
    const redeemed = sum(keptRedeemed);
    return {
      cityId: city.cityId,
      contributions: sum((b) => BigInt(b.attestations)),
      issued,
      redeemed,
      outstanding: BigInt(city.supply),
      capacity: input.capacity.get(city.cityId) ?? 0n,
      activeResidents: sample
        ? new Set(sample.attestations.filter((a) => a.cityId === city.cityId).map((a) => a.resident)).size
        : undefined,
      redemptionRate: issued <= 0n ? 0 : Number((redeemed * 10_000n) / issued) / 10_000,
    };
  });
  const series: CitySeries[] = input.cities.map((city) => {
    const byDay = new Map<number, { issued: number; redeemed: number }>();
    for (const b of input.buckets) {
      if (b.cityId !== city.cityId) continue;
      const day = Date.parse(`${b.start}T00:00:00Z`) / 1000;
      const entry = byDay.get(day) ?? { issued: 0, redeemed: 0 };
      entry.issued += Number(b.creditsNet);
      entry.redeemed += Number(keptRedeemed(b));
      byDay.set(day, entry);
    }
    const days = everyDay([...byDay.keys()]);
    return {
      cityId: city.cityId,
      days,
      issued: days.map((d) => byDay.get(d)?.issued ?? 0),
      redeemed: days.map((d) => byDay.get(d)?.redeemed ?? 0),
    };
  });
  return { perCity, series, organizations: input.organizations };
}

/**
 * Every day from the first to the last with data (a day without buckets is a zero, not a gap in
 * the line); a single day gets its neighbours, so a chart has a range to draw.
 */
function everyDay(withData: number[]): number[] {
  if (withData.length === 0) return [];
  let first = Math.min(...withData);
  let last = Math.max(...withData);
  if (first === last) [first, last] = [first - DAY, last + DAY];
  const days: number[] = [];
  for (let day = first; day <= last; day += DAY) days.push(day);
  return days;
}

/** Contributions per resident (n → residents with n) and the five most joined opportunities. */
export function sampleFigures(sample: ContributionSample) {
  const perResident = countBy(sample.attestations, (a) => a.resident.toLowerCase());
  const distribution = countBy([...perResident.values()], (n) => n);
  const topOpportunities = [...countBy(sample.attestations, (a) => a.opportunityId).entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, 5);
  return {
    distribution: [...distribution.entries()].sort((a, b) => a[0] - b[0]),
    topOpportunities,
    complete: sample.complete,
    count: sample.attestations.length,
  };
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
