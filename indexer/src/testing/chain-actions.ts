/**
 * City/Sync transactions on the seeded local chain for tests: attestations by the Berkeley library's
 * staff delegate, redemptions by residents, revocations through the organization's Safe.
 */
import { buildRevocationProof, iCivicLedgerAbi, logsChainSource, packRow } from "@citysync/sdk";
import {
  type Hex,
  createPublicClient,
  createWalletClient,
  encodeFunctionData,
  http,
  keccak256,
  toHex,
} from "viem";
import { privateKeyToAccount } from "viem/accounts";
import path from "node:path";

import { repoRoot } from "../config/config.ts";
import type { Store } from "../store/store.ts";
import type { LocalChain } from "./local-chain.ts";

const scripts = (p: string) => path.join(repoRoot, "scripts", p);

export interface Actors {
  delegateKey: Hex;
  libraryOrgId: number;
  libraryOpportunity: bigint;
  librarySafe: Hex;
  libraryOwnerKeys: Hex[];
  residentKeys: Hex[];
}

/** Keys and ids of the pilot seed's actors, read from a store indexed from the seed. */
export async function pilotActors(store: Store): Promise<Actors> {
  const { localAccount, safeOwnerAccounts, seedFromEnv } = await import(scripts("lib/local-accounts.ts"));
  const seed = seedFromEnv();
  const staff = localAccount(seed, "brk/library/staff-1");
  const [d] = await store.query("SELECT org_id FROM delegates WHERE address = $1", [
    staff.address.toLowerCase(),
  ]);
  const orgId = Number(d!.org_id);
  const [opp] = await store.query(
    "SELECT opportunity_id FROM opportunities WHERE org_id = $1 AND status = 'open' ORDER BY opportunity_id LIMIT 1",
    [orgId],
  );
  const [org] = await store.query("SELECT account FROM organizations WHERE org_id = $1", [orgId]);
  const residents = Array.from(
    { length: 8 },
    (_, i) => localAccount(seed, `brk/resident-${i + 1}`).privateKey as Hex,
  );
  return {
    delegateKey: staff.privateKey as Hex,
    libraryOrgId: orgId,
    libraryOpportunity: opp!.opportunity_id as bigint,
    librarySafe: org!.account as Hex,
    libraryOwnerKeys: safeOwnerAccounts(seed, "brk/library").map((a: { privateKey: Hex }) => a.privateKey),
    residentKeys: residents,
  };
}

async function send(chain: LocalChain, key: Hex, data: Hex): Promise<Hex> {
  const account = privateKeyToAccount(key);
  await chain.rpc("hardhat_setBalance", [account.address, "0x56BC75E2D63100000"]);
  const wallet = createWalletClient({ account, transport: http(chain.url, { retryCount: 5 }) });
  const client = createPublicClient({ transport: http(chain.url, { retryCount: 5 }) });
  const hash = await wallet.sendTransaction({ to: chain.ledger, data, chain: null, gas: 3_000_000n });
  const receipt = await client.waitForTransactionReceipt({ hash, pollingInterval: 20 });
  if (receipt.status !== "success") throw new Error(`transaction ${hash} reverted`);
  return hash;
}

/** The library's staff delegate attests `units` for each resident (by index). */
export function attestByDelegate(
  chain: LocalChain,
  a: Actors,
  rows: [number, bigint][],
  salt: string,
): Promise<Hex> {
  const packed = rows.map(([i, units]) =>
    packRow({
      participant: privateKeyToAccount(a.residentKeys[i]!).address,
      opportunityId: a.libraryOpportunity,
      units,
    }),
  );
  const data = encodeFunctionData({
    abi: iCivicLedgerAbi,
    functionName: "attestBatch",
    args: [a.libraryOrgId, packed, keccak256(toHex(salt))],
  });
  return send(chain, a.delegateKey, data);
}

export function redeem(
  chain: LocalChain,
  key: Hex,
  offerId: bigint,
  cityId: number,
  maxPrice: bigint,
): Promise<Hex> {
  const data = encodeFunctionData({
    abi: iCivicLedgerAbi,
    functionName: "redeem",
    args: [Number(offerId), cityId, maxPrice],
  });
  return send(chain, key, data);
}

/** Revokes attestation (orgId, seq) through the library's Safe, proven from logs up to the live head. */
export async function revokeThroughSafe(
  chain: LocalChain,
  a: Actors,
  seq: bigint,
  reason = 1,
): Promise<void> {
  const client = createPublicClient({ transport: http(chain.url) });
  const source = await logsChainSource(client, chain.ledger, chain.startBlock);
  const { proof, rowIndex } = await buildRevocationProof(source, BigInt(a.libraryOrgId), seq, {
    liveHead: true,
  });
  await runThroughSafe(chain, a.librarySafe, a.libraryOwnerKeys, [
    {
      to: chain.ledger,
      data: encodeFunctionData({
        abi: iCivicLedgerAbi,
        functionName: "revoke",
        args: [proof, [BigInt(rowIndex)], reason],
      }),
    },
  ]);
}

export async function runThroughSafe(
  chain: LocalChain,
  safe: Hex,
  ownerKeys: Hex[],
  calls: { to: Hex; data: Hex }[],
): Promise<Hex> {
  const { runSafeTransaction } = await import(scripts("lib/safe-actions.ts"));
  const connection = chain.connection as { provider: unknown };
  const deployment = chain.deployment as { safeInfrastructure: unknown };
  const { transactionHash } = await runSafeTransaction(
    { provider: connection.provider, safeContracts: deployment.safeInfrastructure },
    { safe, ownerKeys, calls, title: "indexer test", confirm: "signatures" },
  );
  return transactionHash as Hex;
}

/** Owner keys of an organization's Safe in the pilot seed, found by the organization's name. */
export async function pilotOrgOwnerKeys(
  store: Store,
  orgId: bigint,
): Promise<{ safe: Hex; ownerKeys: Hex[] }> {
  const { safeOwnerAccounts, seedFromEnv } = await import(scripts("lib/local-accounts.ts"));
  const { PILOT_CITIES } = await import(scripts("seed/pilot-data.ts"));
  const [org] = await store.query("SELECT account, metadata_raw FROM organizations WHERE org_id = $1", [
    orgId,
  ]);
  // Organizations seeded before the versioned metadata carried `name`; version 1 carries titles per language.
  const meta = JSON.parse(org!.metadata_raw as string) as { name?: string; title?: Record<string, string> };
  const name = meta.name ?? Object.values(meta.title ?? {})[0];
  for (const city of PILOT_CITIES as { key: string; organizations: { key: string; name: string }[] }[]) {
    const plan = city.organizations.find((o) => o.name === name);
    if (plan) {
      const keys = safeOwnerAccounts(seedFromEnv(), `${city.key}/${plan.key}`).map(
        (a: { privateKey: Hex }) => a.privateKey,
      );
      return { safe: org!.account as Hex, ownerKeys: keys };
    }
  }
  throw new Error(`organization ${orgId} (${name}) is not in the pilot plan`);
}

/** Any account stores a checkpoint of a city's live head. */
export async function sendCheckpoint(chain: LocalChain, key: Hex, cityId: number): Promise<Hex> {
  return send(
    chain,
    key,
    encodeFunctionData({ abi: iCivicLedgerAbi, functionName: "checkpoint", args: [cityId] }),
  );
}
