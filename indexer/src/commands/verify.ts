/**
 * `verify`: compares the whole derived state of the store with the ledger's view functions at the
 * indexed block, and returns every difference (none when the store mirrors the chain).
 */
import { iCivicLedgerAbi } from "@citysync/sdk/contracts";
import { type Hex, decodeFunctionResult, encodeFunctionData } from "viem";

import { readPosition } from "../sync/engine.ts";
import type { RpcClient } from "../sync/rpc.ts";
import type { Store } from "../store/store.ts";

export interface Difference {
  what: string;
  store: string;
  chain: string;
}

type Call = { fn: string; args: unknown[]; check: (result: unknown) => void };

const ORG_STATUS = ["none", "active", "suspended"];
const OPP_STATUS = ["none", "open", "closed"];
const OFFER_STATUS = ["none", "active", "closed"];
const REDEMPTION_STATUS = ["none", "pending", "fulfilled", "refunded"];
const BATCH = 250;

const s = (v: unknown): string => (typeof v === "string" ? v.toLowerCase() : String(v));

export async function verifyStore(
  store: Store,
  rpc: RpcClient,
  options: { onProgress?: (done: number, total: number) => void } = {},
): Promise<{ block: bigint; checked: number; differences: Difference[] }> {
  const position = await readPosition(store);
  if (!position) throw new Error("the store is empty: nothing to verify (run 'backfill' or 'start' first)");
  const ledger = position.ledger;
  const blockTag = `0x${position.block.toString(16)}`;
  const differences: Difference[] = [];
  const calls: Call[] = [];
  const expect = (what: string, storeValue: unknown, chainValue: unknown) => {
    if (s(storeValue) !== s(chainValue))
      differences.push({ what, store: s(storeValue), chain: s(chainValue) });
  };
  const add = (fn: string, args: unknown[], check: (r: unknown) => void) => calls.push({ fn, args, check });
  const q = (sql: string) => store.query(sql);

  const [network] = await q("SELECT * FROM network");
  if (network) {
    add("networkAdmin", [], (r) => expect("network admin", network.network_admin, r));
    add("paused", [], (r) => expect("network paused", network.paused, r));
    add("epochDuration", [], (r) => expect("epoch duration", network.epoch_duration, r));
    add("signatureHorizon", [], (r) => expect("signature horizon", network.signature_horizon, r));
  }
  const cities = await q("SELECT * FROM cities ORDER BY city_id");
  add("cityCount", [], (r) => expect("city count", cities.length, r));
  for (const c of cities) {
    add("city", [Number(c.city_id)], (r) => {
      const info = r as { admin: string; code: string; name: string; supply: bigint; head: bigint };
      expect(`city ${c.city_id} admin`, c.admin, info.admin);
      expect(`city ${c.city_id} code`, c.code, info.code);
      expect(`city ${c.city_id} name`, c.name, info.name);
      expect(`city ${c.city_id} supply`, c.supply, info.supply);
      expect(`city ${c.city_id} head`, BigInt(c.head as string), info.head);
    });
    add("totalSupply", [Number(c.city_id)], (r) => expect(`city ${c.city_id} totalSupply`, c.supply, r));
  }
  for (const cp of await q("SELECT city_id, head FROM checkpoints")) {
    add("isCheckpoint", [Number(cp.city_id), BigInt(cp.head as string)], (r) =>
      expect(`checkpoint ${cp.city_id}/${cp.head}`, true, r),
    );
  }
  const orgs = await q("SELECT * FROM organizations ORDER BY org_id");
  add("organizationCount", [], (r) => expect("organization count", orgs.length, r));
  for (const o of orgs) {
    add("organization", [Number(o.org_id)], (r) => {
      const info = r as Record<string, unknown>;
      const k = `organization ${o.org_id}`;
      expect(`${k} account`, o.account, info.account);
      expect(`${k} status`, o.status, ORG_STATUS[Number(info.status)]);
      expect(`${k} city`, o.city_id, info.cityId);
      expect(`${k} budget`, o.budget, info.budget);
      expect(`${k} epochMinted`, o.epoch_minted, info.epochMinted);
      expect(`${k} epoch`, o.epoch, info.epoch);
      expect(`${k} nextSeq`, o.next_seq, info.nextSeq);
      expect(`${k} metadataHash`, o.metadata_hash, info.metadataHash);
    });
  }
  for (const d of await q("SELECT * FROM delegates")) {
    add("delegateOf", [Number(d.org_id), d.address], (r) => {
      const info = r as Record<string, unknown>;
      const k = `delegate ${d.org_id}/${d.address}`;
      expect(`${k} active`, d.active, info.active);
      expect(`${k} isAccount`, d.is_account, info.isAccount);
      expect(`${k} cap`, d.cap, info.cap);
      expect(`${k} epochMinted`, d.epoch_minted, info.epochMinted);
      expect(`${k} epoch`, d.epoch, info.epoch);
      expect(`${k} generation`, d.generation, info.generation);
    });
  }
  const opps = await q("SELECT * FROM opportunities ORDER BY opportunity_id");
  add("opportunityCount", [], (r) => expect("opportunity count", opps.length, r));
  for (const o of opps) {
    add("opportunity", [Number(o.opportunity_id)], (r) => {
      const info = r as Record<string, unknown>;
      const k = `opportunity ${o.opportunity_id}`;
      expect(`${k} org`, o.org_id, info.orgId);
      expect(`${k} rate`, o.credits_per_unit, info.creditsPerUnit);
      expect(`${k} capacity`, o.capacity, info.capacity);
      expect(`${k} used`, o.used, info.used);
      expect(`${k} start`, o.start_time, info.start);
      expect(`${k} end`, o.end_time, info.end);
      expect(`${k} status`, o.status, OPP_STATUS[Number(info.status)]);
      expect(`${k} metadataHash`, o.metadata_hash, info.metadataHash);
    });
  }
  const offers = await q("SELECT * FROM offers ORDER BY offer_id");
  add("offerCount", [], (r) => expect("offer count", offers.length, r));
  for (const o of offers) {
    add("offer", [Number(o.offer_id)], (r) => {
      const info = r as Record<string, unknown>;
      const k = `offer ${o.offer_id}`;
      expect(`${k} org`, o.org_id, info.orgId);
      expect(`${k} price`, o.price, info.price);
      expect(`${k} stock`, o.stock, info.stock);
      expect(`${k} sold`, o.sold, info.sold);
      expect(`${k} perResidentLimit`, o.per_resident_limit, info.perResidentLimit);
      expect(`${k} start`, o.start_time, info.start);
      expect(`${k} end`, o.end_time, info.end);
      expect(`${k} status`, o.status, OFFER_STATUS[Number(info.status)]);
      expect(`${k} metadataHash`, o.metadata_hash, info.metadataHash);
    });
    for (const c of cities) {
      const accepted = (o.accepted_cities as unknown[]).map(String).includes(String(c.city_id));
      add("offerAcceptsCity", [Number(o.offer_id), Number(c.city_id)], (r) =>
        expect(`offer ${o.offer_id} accepts city ${c.city_id}`, accepted, r),
      );
    }
  }
  for (const o of orgs) {
    add("authorizationGeneration", [Number(o.org_id), o.account], (r) =>
      expect(`organization ${o.org_id} generation`, o.generation, BigInt(r as bigint) >> 32n),
    );
  }
  for (const a of await q("SELECT city_id, resident, shortfall, frozen, recovered_to FROM accounts")) {
    const k = `${a.city_id}/${a.resident}`;
    add("revocationShortfall", [Number(a.city_id), a.resident], (r) =>
      expect(`shortfall ${k}`, a.shortfall, r),
    );
    add("isFrozen", [Number(a.city_id), a.resident], (r) => expect(`frozen ${k}`, a.frozen, r));
    add("recoveredTo", [Number(a.city_id), a.resident], (r) =>
      expect(`recovered to ${k}`, a.recovered_to ?? "0x0000000000000000000000000000000000000000", r),
    );
  }
  for (const a of await q("SELECT city_id, resident, balance, lifetime FROM accounts")) {
    add("balanceOf", [Number(a.city_id), a.resident], (r) =>
      expect(`balance ${a.city_id}/${a.resident}`, a.balance, r),
    );
    add("lifetimeEarned", [Number(a.city_id), a.resident], (r) =>
      expect(`lifetime ${a.city_id}/${a.resident}`, a.lifetime, r),
    );
  }
  for (const a of await q("SELECT org_id, seq FROM attestations WHERE revoked")) {
    add("isRevoked", [Number(a.org_id), Number(a.seq)], (r) =>
      expect(`attestation ${a.org_id}/${a.seq} revoked`, true, r),
    );
  }
  for (const rd of await q("SELECT offer_id, seq, status FROM redemptions")) {
    add("redemptionStatus", [Number(rd.offer_id), Number(rd.seq)], (r) => {
      const chain = REDEMPTION_STATUS[Number(r)];
      expect(`redemption ${rd.offer_id}/${rd.seq} status`, rd.status, chain);
    });
  }
  for (const c of await q(
    "SELECT r.offer_id, r.resident, count(*)::int8 AS n FROM redemptions r JOIN offers o USING (offer_id) WHERE o.per_resident_limit > 0 AND r.status <> 'refunded' GROUP BY 1, 2",
  )) {
    add("redemptionsOf", [Number(c.offer_id), c.resident], (r) =>
      expect(`redemptions of ${c.offer_id}/${c.resident}`, c.n, r),
    );
  }
  for (const n of await q("SELECT signer, nonce FROM nonces")) {
    add("isNonceUsed", [n.signer, BigInt(n.nonce as string)], (r) =>
      expect(`nonce ${n.signer}/${n.nonce} used`, true, r),
    );
  }
  for (const rc of await q("SELECT * FROM recoveries WHERE status = 'pending'")) {
    add("pendingRecovery", [Number(rc.city_id), rc.from_address], (r) => {
      const info = r as { to: string; executableAt: number; contested: boolean };
      expect(`recovery ${rc.city_id}/${rc.from_address} to`, rc.to_address, info.to);
      expect(`recovery ${rc.city_id}/${rc.from_address} contested`, rc.contested, info.contested);
      expect(`recovery ${rc.city_id}/${rc.from_address} executableAt`, rc.executable_at, info.executableAt);
    });
  }

  for (let i = 0; i < calls.length; i += BATCH) {
    const chunk = calls.slice(i, i + BATCH);
    const results = await rpc.batch<Hex>(
      chunk.map((c) => ({
        method: "eth_call",
        params: [
          {
            to: ledger,
            data: encodeFunctionData({
              abi: iCivicLedgerAbi,
              functionName: c.fn as never,
              args: c.args as never,
            }),
          },
          blockTag,
        ],
      })),
    );
    results.forEach((data, j) => {
      const c = chunk[j]!;
      c.check(decodeFunctionResult({ abi: iCivicLedgerAbi, functionName: c.fn as never, data }));
    });
    options.onProgress?.(Math.min(i + BATCH, calls.length), calls.length);
  }
  return { block: position.block, checked: calls.length, differences };
}
