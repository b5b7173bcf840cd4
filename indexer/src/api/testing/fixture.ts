/**
 * Test support: a store with the indexer's schema and a small, consistent world written straight
 * into its tables (2 cities, 3 organizations, opportunities in two languages, offers, attestation
 * rows, redemptions, accounts and their history, daily aggregates, events), on PGlite or PostgreSQL.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { attestationRecord, headToHex, linkHead, redemptionRecord } from "@citysync/sdk";
import type { Hex } from "viem";

import { migrate } from "../../schema/migrate.ts";
import { openPgliteStore } from "../../store/pglite-store.ts";
import { openPostgresStore } from "../../store/postgres-store.ts";
import type { Queryable, Store } from "../../store/store.ts";
import { ensureApiSchema } from "../setup.ts";

export const RESIDENTS = Array.from({ length: 10 }, (_, i) => `0x${(i + 1).toString(16).padStart(40, "a")}`);
export const NOW = Math.floor(Date.now() / 1000);
const DAY = 86_400;
export const BASE_TIME = NOW - 20 * DAY;

const meta = (en: string, es: string, category: string, unit?: string) =>
  JSON.stringify({
    version: 1,
    title: { en, es },
    description: { en: `${en} (details)`, es: `${es} (detalles)` },
    category,
    ...(unit ? { unit } : {}),
    place: "Centro",
  });

export async function openTestStore(kind: "pglite" | "postgres", url?: string): Promise<Store> {
  const store =
    kind === "pglite"
      ? await openPgliteStore(mkdtempSync(path.join(tmpdir(), "citysync-api-")))
      : await openPostgresStore(url!);
  await migrate(store);
  await ensureApiSchema(store);
  return store;
}

let attestationBlock = 1_000;

/** Appends `count` attestation rows of organization `orgId` (as a new block), like a sync would. */
export async function appendAttestations(
  db: Queryable,
  orgId: number,
  count: number,
  opts: { revoked?: boolean } = {},
): Promise<void> {
  const [org] = await db.query<{ next_seq: bigint; city_id: bigint }>(
    "SELECT next_seq, city_id FROM organizations WHERE org_id = $1",
    [orgId],
  );
  const first = BigInt(org!.next_seq);
  const block = attestationBlock++;
  const tx = `0x${block.toString(16).padStart(64, "0")}`;
  for (let i = 0; i < count; i++) {
    const resident = RESIDENTS[(Number(first) + i) % RESIDENTS.length]!;
    const time = BASE_TIME + (block - 1_000) * 3_600;
    await db.query(
      `INSERT INTO attestations (org_id, seq, first_seq, batch_size, row_index, city_id, resident, opportunity_id, units, credits,
         attester, evidence_root, row_packed, block_number, log_index, block_hash, tx_hash, timestamp, revoked, revoke_reason, revoker,
         clawed_back, shortfall, revoked_block)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 2, 20, $9, $10, $21, $11, 0, $12, $13, $14, $15, $16, $17, $18, $19, $20)`,
      [
        orgId,
        (first + BigInt(i)).toString(),
        first.toString(),
        count,
        i,
        org!.city_id,
        resident,
        orgId,
        `0x${"c".repeat(40)}`,
        `0x${"e".repeat(64)}`,
        block,
        `0x${block.toString(16).padStart(64, "b")}`,
        tx,
        time,
        opts.revoked ?? false,
        opts.revoked ? 1 : null,
        opts.revoked ? `0x${"d".repeat(40)}` : null,
        opts.revoked ? "20" : null,
        opts.revoked ? "0" : null,
        opts.revoked ? block : null,
        // A stand-in for the packed row (only its bytes matter to the commitment chain).
        `0x${orgId.toString(16).padStart(8, "0")}${(first + BigInt(i)).toString(16).padStart(56, "0")}`,
      ],
    );
  }
  await db.query("UPDATE organizations SET next_seq = $1 WHERE org_id = $2", [
    (first + BigInt(count)).toString(),
    orgId,
  ]);
  await db.query(
    "INSERT INTO events (block_number, log_index, block_hash, tx_hash, timestamp, name, args) VALUES ($1, 0, $2, $3, $4, 'AttestationsRecorded', $5)",
    [
      block,
      `0x${block.toString(16).padStart(64, "b")}`,
      tx,
      BASE_TIME + (block - 1_000) * 3_600,
      JSON.stringify({ orgId: String(orgId), firstSeq: first.toString() }),
    ],
  );
  await db.query(
    "UPDATE sync_state SET block_number = greatest(block_number, $1), block_hash = $2 WHERE id = 1",
    [block, `0x${block.toString(16).padStart(64, "b")}`],
  );
}

export async function seedWorld(store: Store): Promise<void> {
  attestationBlock = 1_000;
  await store.transaction(async (db) => {
    await db.query(
      "INSERT INTO sync_state (id, chain_id, ledger_address, start_block, block_number, block_hash, finalized_block, records) VALUES (1, 31337, $1, 1, 999, $2, 1002, 0)",
      [`0x${"1".repeat(40)}`, `0x${"f".repeat(64)}`],
    );
    await db.query(
      "INSERT INTO network (id, network_admin, epoch_duration, dispute_window, recovery_delay, block_number) VALUES (1, $1, 604800, 86400, 86400, 1)",
      [`0x${"2".repeat(40)}`],
    );
    for (const [id, code, name] of [
      [1, "BRK", "Berkeley"],
      [2, "CDMX", "Ciudad de México"],
    ] as const) {
      await db.query(
        "INSERT INTO cities (city_id, admin, code, name, supply, head, records, created_block, created_at, block_number) VALUES ($1, $2, $3, $4, $5, $6, 0, 1, $7, 1)",
        [id, `0x${"3".repeat(40)}`, code, name, id === 1 ? "1000" : "500", `0x${"0".repeat(48)}`, BASE_TIME],
      );
    }
    const epoch = Math.floor(NOW / 604_800);
    for (const [orgId, cityId, en] of [
      [1, 1, "Berkeley Food Bank"],
      [2, 1, "Parks Crew"],
      [3, 2, "Banco de Alimentos"],
    ] as const) {
      await db.query(
        `INSERT INTO organizations (org_id, city_id, account, status, budget, epoch, epoch_minted, next_seq, metadata_hash, metadata_raw, metadata, created_block, created_at, block_number)
         VALUES ($1, $2, $3, $4, 20000, $5, 1500, 0, '0x', $6::text, $6::text::jsonb, 2, $7, 2)`,
        [
          orgId,
          cityId,
          `0x${String(orgId).repeat(40)}`,
          orgId === 2 ? "suspended" : "active",
          epoch,
          JSON.stringify({ version: 1, title: { en, es: en } }),
          BASE_TIME,
        ],
      );
      await db.query(
        "INSERT INTO delegates (org_id, address, is_account, active, cap, epoch, epoch_minted, block_number) VALUES ($1, $2, true, true, 0, $3, 1500, 2), ($1, $4, false, true, 500, $3, 120, 2)",
        [orgId, `0x${String(orgId).repeat(40)}`, epoch, `0x${"9".repeat(39)}${orgId}`],
      );
    }
    const opportunities = [
      [
        1,
        1,
        1,
        meta("Food sorting shift", "Turno de clasificación", "food-security", "hour"),
        NOW - 10 * DAY,
        NOW + 10 * DAY,
        "open",
      ],
      [
        2,
        2,
        1,
        meta("Tree planting", "Plantación de árboles", "environment", "hour"),
        NOW + 5 * DAY,
        NOW + 6 * DAY,
        "open",
      ],
      [
        3,
        3,
        2,
        meta("Community kitchen", "Cocina comunitaria 100% solidaria", "food-security", "shift"),
        NOW - 10 * DAY,
        NOW + 30 * DAY,
        "open",
      ],
      [
        4,
        1,
        1,
        meta("Old drive", "Colecta antigua", "food-security", "item"),
        NOW - 30 * DAY,
        NOW - 20 * DAY,
        "open",
      ],
      [
        5,
        2,
        1,
        meta("Closed cleanup", "Limpieza cerrada", "environment", "hour"),
        NOW - 10 * DAY,
        NOW + 10 * DAY,
        "closed",
      ],
    ] as const;
    for (const [id, orgId, cityId, m, start, end, status] of opportunities) {
      const parsed = JSON.parse(m) as { category: string; unit: string };
      await db.query(
        `INSERT INTO opportunities (opportunity_id, org_id, city_id, credits_per_unit, capacity, used, start_time, end_time, status, category, unit,
           metadata_hash, metadata_raw, metadata, created_block, created_at, block_number)
         VALUES ($1, $2, $3, 10, 2000, 100, $4, $5, $6, $7, $8, '0x', $9::text, $9::text::jsonb, 3, $10, 3)`,
        [id, orgId, cityId, start, end, status, parsed.category, parsed.unit, m, BASE_TIME],
      );
    }
    const offers = [
      [1, 1, 1, "{1}", 50, 10],
      [2, 3, 2, "{1,2}", 30, 0],
      [3, 1, 1, "{1}", 100, 5],
    ] as const;
    for (const [id, orgId, cityId, accepted, price, stock] of offers) {
      await db.query(
        `INSERT INTO offers (offer_id, org_id, city_id, price, stock, sold, per_resident_limit, start_time, end_time, status, accepted_cities, category,
           metadata_hash, metadata_raw, metadata, created_block, created_at, block_number)
         VALUES ($1, $2, $3, $4, $5, 2, 0, $6, $7, 'active', $8::bigint[], 'culture', '0x', $9::text, $9::text::jsonb, 4, $10, 4)`,
        [
          id,
          orgId,
          cityId,
          price,
          stock,
          NOW - 10 * DAY,
          NOW + 10 * DAY,
          accepted,
          meta(`Offer ${id}`, `Oferta ${id}`, "culture"),
          BASE_TIME,
        ],
      );
    }
    for (let i = 0; i < 20; i++) {
      const block = 500 + i;
      await db.query(
        `INSERT INTO redemptions (offer_id, seq, org_id, resident, city_id, credits, status, block_number, log_index, block_hash, tx_hash, timestamp, settled_block, settled_at)
         VALUES ($1, $2, $3, $4, 1, 50, $5, $6, 1, $7, $8, $9, $10, $11)`,
        [
          i % 2 === 0 ? 1 : 3,
          i,
          1,
          RESIDENTS[i % RESIDENTS.length],
          i < 12 ? "pending" : i < 16 ? "fulfilled" : "refunded",
          block,
          `0x${block.toString(16).padStart(64, "b")}`,
          `0x${block.toString(16).padStart(64, "a")}`,
          BASE_TIME + i * 3_600,
          i < 12 ? null : block + 1,
          i < 12 ? null : BASE_TIME + i * 3_600 + 60,
        ],
      );
    }
    for (const [i, resident] of RESIDENTS.entries()) {
      await db.query(
        "INSERT INTO accounts (city_id, resident, balance, lifetime, block_number) VALUES (1, $1, $2, $3, 600)",
        [resident, 100 + i, 200 + i],
      );
      for (let j = 0; j < 7; j++) {
        await db.query(
          `INSERT INTO account_changes (block_number, log_index, sub_index, city_id, resident, kind, balance_delta, lifetime_delta, balance, lifetime, ref, tx_hash, timestamp)
           VALUES ($1, $2, 0, 1, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [
            600 + j,
            i,
            resident,
            j === 3 ? "redeemed" : j === 5 ? "revoked" : "attested",
            j === 3 ? "-50" : j === 5 ? "-20" : "20",
            j === 5 ? "-20" : j === 3 ? "0" : "20",
            100 + i,
            200 + i,
            `1:${j}`,
            `0x${(600 + j).toString(16).padStart(64, "a")}`,
            BASE_TIME + j * DAY,
          ],
        );
      }
    }
    for (let d = 0; d < 14; d++) {
      const day = new Date((BASE_TIME + d * DAY) * 1000).toISOString().slice(0, 10);
      for (const [cityId, category] of [
        [1, "food-security"],
        [1, "environment"],
        [2, "food-security"],
      ] as const) {
        await db.query(
          `INSERT INTO daily_stats (city_id, day, category, attestations, units, credits_minted, revocations, credits_revoked, redemptions, credits_burned, refunds, credits_refunded, block_number)
           VALUES ($1, $2::date, $3, 10, 20, 200, 1, 20, 2, 100, 0, 0, 10)`,
          [cityId, day, category],
        );
      }
    }
    for (const [orgId, count] of [
      [1, 60],
      [3, 40],
    ] as const) {
      for (let b = 0; b < count / 20; b++) await appendAttestations(db, orgId, 20);
    }
    await appendAttestations(db, 1, 5, { revoked: true });
  });
}

/**
 * Writes the commitment chains of the seeded records (what the sync derives from the ledger's logs),
 * record by record in chain order, with the SDK's encodings, plus checkpoints at the given positions:
 * `{ cityId, position, block }` (final when `block` is at or below the finalized block, 1002).
 */
export async function seedCommitments(
  db: Queryable,
  checkpoints: { cityId: number; position: number; block: number }[],
): Promise<Map<number, { position: bigint; head: bigint }[]>> {
  type Entry = { cityId: bigint; block: bigint; logIndex: number; record: Hex; ref: Record<string, unknown> };
  const entries: Entry[] = [];
  const batches = await db.query<Record<string, unknown>>(
    `SELECT org_id, first_seq, min(city_id) AS city_id, min(block_number) AS block_number, min(timestamp) AS timestamp,
            min(evidence_root) AS evidence_root, array_agg(row_packed ORDER BY seq) AS rows
     FROM attestations GROUP BY org_id, first_seq`,
  );
  for (const b of batches) {
    const record = attestationRecord({
      orgId: BigInt(b.org_id as bigint),
      firstSeq: BigInt(b.first_seq as bigint),
      timestamp: BigInt(b.timestamp as bigint),
      evidenceRoot: b.evidence_root as Hex,
      rows: b.rows as Hex[],
    });
    entries.push({
      cityId: BigInt(b.city_id as bigint),
      block: BigInt(b.block_number as bigint),
      logIndex: 0,
      record,
      ref: { kind: "attestation", org_id: b.org_id, first_seq: b.first_seq, timestamp: b.timestamp },
    });
  }
  for (const r of await db.query<Record<string, unknown>>("SELECT * FROM redemptions")) {
    const record = redemptionRecord({
      offerId: BigInt(r.offer_id as bigint),
      seq: BigInt(r.seq as bigint),
      resident: r.resident as Hex,
      cityId: BigInt(r.city_id as bigint),
      credits: BigInt(r.credits as string),
      timestamp: BigInt(r.timestamp as bigint),
    });
    entries.push({
      cityId: BigInt(r.city_id as bigint),
      block: BigInt(r.block_number as bigint),
      logIndex: Number(r.log_index),
      record,
      ref: { kind: "redemption", offer_id: r.offer_id, seq: r.seq, timestamp: r.timestamp },
    });
  }
  entries.sort((a, b) => (a.block !== b.block ? (a.block < b.block ? -1 : 1) : a.logIndex - b.logIndex));
  const heads = new Map<number, { position: bigint; head: bigint }[]>();
  for (const e of entries) {
    const chain = heads.get(Number(e.cityId)) ?? [];
    heads.set(Number(e.cityId), chain);
    const prevHead = chain.at(-1)?.head ?? 0n;
    const head = linkHead(prevHead, e.record);
    const position = BigInt(chain.length + 1);
    chain.push({ position, head });
    const checkpoint = checkpoints.some(
      (c) => BigInt(c.cityId) === e.cityId && BigInt(c.position) === position,
    );
    await db.query(
      `INSERT INTO commitments (city_id, position, kind, record_hash, prev_head, head, checkpoint, org_id, first_seq, offer_id, seq, block_number, log_index, timestamp)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        e.cityId,
        position,
        e.ref.kind,
        e.record,
        headToHex(prevHead),
        headToHex(head),
        checkpoint,
        e.ref.org_id ?? null,
        e.ref.first_seq ?? null,
        e.ref.offer_id ?? null,
        e.ref.seq ?? null,
        e.block,
        e.logIndex,
        e.ref.timestamp,
      ],
    );
  }
  for (const [cityId, chain] of heads) {
    await db.query("UPDATE cities SET records = $1, head = $2 WHERE city_id = $3", [
      chain.length,
      headToHex(chain.at(-1)!.head),
      cityId,
    ]);
  }
  for (const [i, c] of checkpoints.entries()) {
    await db.query(
      "INSERT INTO checkpoints (block_number, log_index, city_id, head, position) VALUES ($1, $2, $3, $4, $5)",
      [c.block, 100 + i, c.cityId, headToHex(heads.get(c.cityId)![c.position - 1]!.head), c.position],
    );
  }
  return heads;
}
