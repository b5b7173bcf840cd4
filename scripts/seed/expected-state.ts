/**
 * What the chain must hold after the pilot seed, kept as the seed goes: every resident's balance
 * and lifetime per city, supplies, the organizations' minting (per budget epoch too), the
 * opportunities' used units, the offers' sales, revoked and fulfilled records, and the counts the
 * summary reports. The seed only ever updates it through the methods below; the read-back check
 * (scripts/seed/verify.ts) compares it with the contracts' views.
 */
import { getAddress } from "ethers";

export interface AttestedRow {
  participant: string;
  opportunityId: number;
  units: number;
  credits: bigint;
}

interface Account {
  balance: bigint;
  lifetime: bigint;
}

interface OrgMinting {
  attested: number;
  minted: bigint;
  /** The budget epoch of the latest charge and what was charged in it. */
  epoch: number;
  epochMinted: bigint;
}

export class ExpectedState {
  /** `${cityId}:${resident}` → account, in the order residents first received credits. */
  readonly accounts = new Map<string, Account>();
  readonly orgs = new Map<number, OrgMinting>();
  /** Opportunity id → units attested (revocations do not give capacity back). */
  readonly opportunityUsed = new Map<number, number>();
  /** Offer id → redemptions. */
  readonly offerSold = new Map<number, number>();
  readonly revoked: { orgId: number; seq: number }[] = [];
  readonly fulfilled: { offerId: number; seq: number }[] = [];
  /** Redemptions not yet fulfilled, per organization. */
  readonly pending = new Map<number, { offerId: number; seq: number }[]>();
  private readonly redeemedBy = new Map<string, number>();

  attestationBatches = 0;
  attestations = 0;
  attestationsByDelegate = 0;
  creditsMinted = 0n;
  revokedAttestations = 0;
  creditsClawedBack = 0n;
  redemptions = 0;
  redemptionsBySignature = 0;
  creditsRedeemed = 0n;
  walletRecoveries = 0;

  private readonly epochDuration: number;

  constructor(epochDuration: number) {
    this.epochDuration = epochDuration;
  }

  private key(cityId: number, resident: string): string {
    return `${cityId}:${getAddress(resident)}`;
  }

  private credit(cityId: number, resident: string, delta: bigint, lifetimeDelta: bigint): void {
    const k = this.key(cityId, resident);
    const entry = this.accounts.get(k) ?? { balance: 0n, lifetime: 0n };
    entry.balance += delta;
    entry.lifetime += lifetimeDelta;
    this.accounts.set(k, entry);
  }

  balanceOf(cityId: number, resident: string): bigint {
    return this.accounts.get(this.key(cityId, resident))?.balance ?? 0n;
  }

  org(orgId: number): OrgMinting {
    let entry = this.orgs.get(orgId);
    if (!entry) {
      entry = { attested: 0, minted: 0n, epoch: 0, epochMinted: 0n };
      this.orgs.set(orgId, entry);
    }
    return entry;
  }

  /** A batch recorded at block time `timestamp`, by the organization's Safe or a delegate. */
  attested(
    cityId: number,
    orgId: number,
    rows: readonly AttestedRow[],
    timestamp: number,
    byDelegate: boolean,
  ) {
    const org = this.org(orgId);
    const epoch = Math.floor(timestamp / this.epochDuration);
    if (epoch !== org.epoch) Object.assign(org, { epoch, epochMinted: 0n });
    this.attestationBatches += 1;
    this.attestations += rows.length;
    if (byDelegate) this.attestationsByDelegate += rows.length;
    org.attested += rows.length;
    for (const r of rows) {
      this.credit(cityId, r.participant, r.credits, r.credits);
      this.creditsMinted += r.credits;
      org.minted += r.credits;
      org.epochMinted += r.credits;
      this.opportunityUsed.set(r.opportunityId, (this.opportunityUsed.get(r.opportunityId) ?? 0) + r.units);
    }
  }

  revokedRow(cityId: number, orgId: number, seq: number, row: AttestedRow, clawedBack: bigint): void {
    this.credit(cityId, row.participant, -clawedBack, -row.credits);
    this.creditsClawedBack += clawedBack;
    this.revokedAttestations += 1;
    this.revoked.push({ orgId, seq });
    this.org(orgId).minted -= row.credits;
  }

  /** How many times `resident` redeemed `offerId` (for per-resident limits). */
  timesRedeemed(offerId: number, resident: string): number {
    return this.redeemedBy.get(`${offerId}:${getAddress(resident)}`) ?? 0;
  }

  redeemed(
    r: { cityId: number; orgId: number; offerId: number; seq: number; resident: string; price: bigint },
    bySignature: boolean,
  ): void {
    const k = `${r.offerId}:${getAddress(r.resident)}`;
    this.redeemedBy.set(k, (this.redeemedBy.get(k) ?? 0) + 1);
    this.credit(r.cityId, r.resident, -r.price, 0n);
    this.creditsRedeemed += r.price;
    this.redemptions += 1;
    if (bySignature) this.redemptionsBySignature += 1;
    this.offerSold.set(r.offerId, (this.offerSold.get(r.offerId) ?? 0) + 1);
    this.pending.set(r.orgId, [...(this.pending.get(r.orgId) ?? []), { offerId: r.offerId, seq: r.seq }]);
  }

  fulfilledAll(orgId: number): { offerId: number; seq: number }[] {
    const done = this.pending.get(orgId) ?? [];
    this.pending.delete(orgId);
    this.fulfilled.push(...done);
    return done;
  }

  /** The whole record moves: the old address keeps an empty account. */
  recovered(cityId: number, from: string, to: string): Account {
    const moved = this.accounts.get(this.key(cityId, from)) ?? { balance: 0n, lifetime: 0n };
    this.accounts.delete(this.key(cityId, from));
    this.credit(cityId, to, moved.balance, moved.lifetime);
    this.accounts.set(this.key(cityId, from), { balance: 0n, lifetime: 0n });
    this.walletRecoveries += 1;
    return moved;
  }

  /** Residents of `cityId` with an account, and the city's supply (the sum of their balances). */
  city(cityId: number): {
    residents: { address: string; balance: bigint; lifetime: bigint }[];
    supply: bigint;
  } {
    const residents = [...this.accounts]
      .filter(([k]) => k.startsWith(`${cityId}:`))
      .map(([k, v]) => ({ address: k.slice(k.indexOf(":") + 1), ...v }));
    return { residents, supply: residents.reduce((n, r) => n + r.balance, 0n) };
  }
}
