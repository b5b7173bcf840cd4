/**
 * Generates docs/data-dictionary.md from the live schema of the published views (column names
 * and types from information_schema) and the meaning / unit / source event of each column below.
 *   node indexer/src/research/dictionary.ts  (npm run docs:data-dictionary)
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { ensureApiSchema } from "../api/setup.ts";
import { migrate } from "../schema/migrate.ts";
import { openPgliteStore } from "../store/pglite-store.ts";
import type { Queryable } from "../store/store.ts";
import { DATASETS, datasetColumns } from "./datasets.ts";

type Doc = [meaning: string, unit: string, source: string];

/** By column name; `view.column` entries override for one view. */
const COLUMNS: Record<string, Doc> = {
  city_id: ["City id", "id", "CityRegistered"],
  org_id: ["Organization id", "id", "OrganizationRegistered"],
  opportunity_id: ["Opportunity id", "id", "OpportunityCreated"],
  offer_id: ["Offer id", "id", "OfferPublished"],
  seq: [
    "Sequence number, assigned at execution (per organization for attestations, per offer for redemptions)",
    "count",
    "AttestationsRecorded / Redeemed",
  ],
  first_seq: ["Sequence of the first row of the batch", "count", "AttestationsRecorded"],
  batch_size: ["Rows in the batch", "rows", "AttestationsRecorded"],
  row_index: ["Index of the row in its batch", "index", "AttestationsRecorded"],
  resident: ["Resident address (pseudonymous; no personal data on chain)", "address", "event argument"],
  admin: ["City admin (Safe) address", "address", "CityRegistered / CityAdminChanged"],
  code: ["City code", "text", "CityRegistered"],
  name: ["Name", "text", "CityRegistered"],
  supply: ["Credits outstanding in the city", "credits", "derived: mints − burns − clawbacks + refunds"],
  head: ["Live commitment head of the city's record chain", "uint192 hex", "derived (CivicLedgerBase)"],
  records: ["Records appended to the commitment chain", "count", "derived"],
  since_checkpoint: [
    "Records since the last checkpoint (contract's wrap-around counter)",
    "count",
    "derived",
  ],
  last_checkpoint: ["Position of the latest checkpointed head", "position", "CheckpointRecorded"],
  created_block: ["Block of creation", "block", "creation event"],
  created_at: ["Time of creation", "Unix seconds", "block timestamp"],
  block_number: ["Block of the event (or of the last change of a derived row)", "block", "log"],
  log_index: ["Log index in the block", "index", "log"],
  block_hash: ["Block hash", "hex", "log"],
  tx_hash: ["Transaction hash", "hex", "log"],
  timestamp: ["Block time", "Unix seconds", "block header"],
  account: ["Organization account (its Safe)", "address", "OrganizationRegistered"],
  status: ["Status (see the view's description for values)", "enum", "lifecycle events"],
  budget: [
    "Credits the organization may mint per epoch",
    "credits",
    "OrganizationRegistered / BudgetChanged",
  ],
  epoch: ["Epoch the counter refers to (timestamp / epochDuration)", "epoch", "derived"],
  epoch_minted: [
    "Credits minted in `epoch` (reset when the epoch changes)",
    "credits",
    "derived from AttestationsRecorded",
  ],
  next_seq: ["Next attestation sequence = attestation rows issued", "count", "derived"],
  generation: [
    "Authorization generation (signatures of older generations are void)",
    "count",
    "hardening events",
  ],
  metadata_hash: ["keccak256 of the metadata string", "hex", "event argument"],
  metadata_raw: ["Metadata as emitted (JSON text)", "text", "event argument"],
  metadata: ["Metadata parsed (schema version 1), null when invalid", "json", "derived"],
  metadata_flags: [
    "Problems of the metadata: malformed, unknown-version, oversized, invalid",
    "text[]",
    "derived",
  ],
  address: ["Attester address", "address", "DelegateSet"],
  is_account: ["True for the organization's own account", "boolean", "derived"],
  active: ["Whether the delegate may attest", "boolean", "DelegateSet / DelegateRevoked"],
  cap: ["Delegate's credit cap per epoch", "credits", "DelegateSet"],
  credits_per_unit: ["Credits per unit (immutable rate)", "credits/unit", "OpportunityCreated"],
  capacity: ["Units the opportunity can still credit at creation", "units", "OpportunityCreated"],
  used: ["Units credited so far", "units", "derived from AttestationsRecorded"],
  start_time: ["Window start", "Unix seconds", "creation / update event"],
  end_time: ["Window end (inclusive)", "Unix seconds", "creation / update event"],
  category: ["Category code from the taxonomy (sdk/src/metadata.ts)", "code", "metadata"],
  unit: ["Unit code (hour, shift, …)", "code", "metadata"],
  price: ["Price", "credits", "OfferPublished / OfferUpdated"],
  stock: ["Items left (set absolutely by OfferUpdated)", "items", "OfferPublished / OfferUpdated / Redeemed"],
  sold: ["Items redeemed", "items", "derived from Redeemed"],
  per_resident_limit: ["Items one resident may redeem (0 = no limit)", "items", "OfferPublished"],
  accepted_cities: ["Cities whose credits the offer accepts", "city ids", "OfferPublished"],
  units: ["Units attested", "units", "AttestationsRecorded (packed row)"],
  credits: ["Credits", "credits", "units × rate (attestations); burned (redemptions)"],
  attester: ["Address that attested (account or delegate)", "address", "AttestationsRecorded"],
  evidence_root: ["Root of the off-chain evidence", "hex", "AttestationsRecorded"],
  row_packed: ["The packed row as emitted", "hex", "AttestationsRecorded"],
  revoked: ["Whether the attestation was revoked", "boolean", "AttestationRevoked"],
  revoke_reason: ["Revocation reason code", "code", "AttestationRevoked"],
  revoker: ["Who revoked", "address", "AttestationRevoked"],
  clawed_back: ["Credits taken back from the balance", "credits", "AttestationRevoked"],
  shortfall: [
    "Credits of a revocation already spent (covered later by refunds)",
    "credits",
    "AttestationRevoked",
  ],
  revoked_block: ["Block of the revocation", "block", "AttestationRevoked"],
  holder: [
    "Account clawed back from (the resident or its recovery successor)",
    "address",
    "AttestationRevoked",
  ],
  settled_block: ["Block of fulfilment or refund", "block", "RedemptionFulfilled / RedemptionRefunded"],
  settled_at: ["Time of fulfilment or refund", "Unix seconds", "block timestamp"],
  refund_holder: ["Account credited by the refund", "address", "RedemptionRefunded"],
  refund_spendable: ["Part of the refund added to the balance", "credits", "RedemptionRefunded"],
  refund_shortfall_covered: ["Part of the refund that covered a shortfall", "credits", "RedemptionRefunded"],
  balance: ["Spendable credits", "credits", "derived"],
  lifetime: ["Credits ever earned, net of revocations (floored at 0)", "credits", "derived"],
  frozen: ["A recovery is pending or the account was moved", "boolean", "recovery events"],
  recovered_to: ["Successor address after a recovery", "address", "RecoveryExecuted"],
  sub_index: ["Row in the batch; 0/1 for a recovery's from/to", "index", "derived"],
  kind: ["Kind of change or record", "enum", "derived"],
  balance_delta: ["Change of balance (signed)", "credits", "derived"],
  lifetime_delta: ["Change of lifetime (signed)", "credits", "derived"],
  shortfall_delta: ["Change of shortfall (signed)", "credits", "derived"],
  ref: ["orgId:seq, offerId:seq, or the other address of a recovery", "text", "derived"],
  from_address: ["Address being recovered", "address", "RecoveryRequested"],
  to_address: ["Recovery successor", "address", "RecoveryRequested"],
  requested_block: ["Block of the request", "block", "RecoveryRequested"],
  requested_log: ["Log index of the request", "index", "RecoveryRequested"],
  executable_at: ["Earliest execution time", "Unix seconds", "RecoveryRequested"],
  cancelled_by: ["Who cancelled", "address", "RecoveryCancelled"],
  moved_balance: ["Balance moved", "credits", "RecoveryExecuted"],
  moved_lifetime: ["Lifetime moved", "credits", "RecoveryExecuted"],
  resolved_block: ["Block where the recovery ended", "block", "RecoveryExecuted / RecoveryCancelled"],
  contested: ["Contested by the old address", "boolean", "recovery events"],
  position: ["1-based position in the city's chain", "position", "derived"],
  record_hash: ["Hash of the record", "hex", "derived (commitment-chain.ts)"],
  prev_head: ["Head before the record", "uint192 hex", "derived"],
  checkpoint: ["A CheckpointRecorded stored this head", "boolean", "CheckpointRecorded"],
  day: ["UTC day of the block time", "date", "derived"],
  attestations: ["Attestation rows", "rows", "AttestationsRecorded"],
  credits_minted: ["Credits minted (gross)", "credits", "AttestationsRecorded"],
  revocations: ["Revocations", "count", "AttestationRevoked"],
  credits_revoked: ["Credits clawed back", "credits", "AttestationRevoked"],
  redemptions: ["Redemptions", "count", "Redeemed"],
  credits_burned: ["Credits burned", "credits", "Redeemed"],
  refunds: ["Refunds", "count", "RedemptionRefunded"],
  credits_refunded: ["Credits refunded", "credits", "RedemptionRefunded"],
  active_residents: [
    "Distinct residents attested that day in the city and category",
    "count",
    "AttestationRecorded / AttestationsRecorded",
  ],
  args: ["Decoded event arguments (integers as decimal strings)", "json", "log"],
};

export async function dataDictionary(db: Pick<Queryable, "query">): Promise<string> {
  const columns = await datasetColumns(db);
  const lines = [
    "# Data dictionary",
    "",
    "Generated from the schema by `npm run docs:data-dictionary` (indexer/src/research/dictionary.ts); do not edit by hand.",
    "",
    "The public views below are what the research SQL endpoint (`POST /v1/research/query`, PostgreSQL store only) may read and",
    "what `GET /v1/datasets/<view>.csv` streams; `GET /data.json` lists them as a DCAT-US catalogue. Amounts are",
    "`numeric(78,0)` (uint256 on chain, read them as decimal strings); addresses and hashes are lowercase 0x-hex; times",
    "are Unix seconds. Residents are pseudonymous addresses: no personal data is on chain or here.",
    "",
  ];
  const missing: string[] = [];
  for (const d of DATASETS) {
    lines.push(
      `## ${d.view}`,
      "",
      `${d.title}: ${d.description} Source table \`${d.table}\`; key (${d.key.map((k) => k.column).join(", ")}).`,
      "",
    );
    lines.push("| column | type | meaning | unit | source event |", "| --- | --- | --- | --- | --- |");
    for (const col of columns.get(d.view) ?? []) {
      const doc = COLUMNS[`${d.view}.${col.name}`] ?? COLUMNS[col.name];
      if (!doc) missing.push(`${d.view}.${col.name}`);
      const [meaning, unit, source] = doc ?? ["(undocumented)", "", ""];
      lines.push(`| \`${col.name}\` | ${col.type} | ${meaning} | ${unit} | ${source} |`);
    }
    lines.push("");
  }
  if (missing.length > 0) throw new Error(`Undocumented columns: ${missing.join(", ")}`);
  return lines.join("\n");
}

if (import.meta.main) {
  const dir = mkdtempSync(path.join(tmpdir(), "citysync-dictionary-"));
  const store = await openPgliteStore(dir);
  try {
    await migrate(store);
    await ensureApiSchema(store);
    const out = path.resolve(import.meta.dirname, "..", "..", "..", "docs", "data-dictionary.md");
    writeFileSync(out, await dataDictionary(store));
    console.log(`wrote ${out}`);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
