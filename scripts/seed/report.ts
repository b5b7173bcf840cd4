/** Prints a seed summary for people. */
import type { SeedSummary } from "./seed.ts";

export function printSeedSummary(s: SeedSummary): void {
  const lines: string[] = [];
  lines.push(`Pilot seed "${s.seed}" on chain ${s.chainId} (ledger ${s.ledger})`);
  lines.push(
    `  network admin Safe ${s.networkAdminSafe.address} (2-of-3: ${s.networkAdminSafe.owners.join(", ")})`,
  );
  for (const c of s.cities) {
    lines.push(
      `  ${c.name} (${c.code}, city ${c.id}): admin Safe ${c.adminSafe}, ${c.residents} residents, ${c.totalSupply} credits in circulation`,
    );
    for (const o of c.organizations) {
      const status = o.status === "suspended" ? "  [SUSPENDED]" : "";
      lines.push(
        `    org ${String(o.id).padStart(2)} ${o.name.padEnd(34)} Safe ${o.safe}  ${o.opportunities} opp / ${o.offers} offers${status}`,
      );
    }
  }
  const n = s.counts;
  lines.push(
    `  ${n.safes} Safes, ${n.safeTransactions} Safe transactions; ${n.opportunities} opportunities, ${n.offers} offers`,
    `  ${n.attestations} attestations in ${n.attestationBatches} batches over ${n.weeksSimulated} weeks (${n.attestationsBySignedDelegate} signed by a staff delegate, relayed): ${n.creditsMinted} credits minted`,
    `  ${n.revokedAttestations} revoked (${n.creditsClawedBack} credits clawed back); ${n.redemptions} redemptions (${n.redemptionsBySignature} gasless by signature, ${n.redemptionsFulfilled} fulfilled): ${n.creditsRedeemed} credits redeemed`,
    `  ${n.suspendedOrganizations} suspended organization, ${n.walletRecoveries} wallet recovery`,
    `  revocation: ${s.events.revocation}`,
    `  suspension: ${s.events.suspension}`,
    `  recovery:   ${s.events.recovery}`,
    `  chain check: ${s.verification.ok ? "OK" : "MISMATCH"} (${s.verification.checks} values read back${s.verification.ok ? "" : `, ${s.verification.mismatches.length} differ`})`,
    `  seed duration: ${s.durationSeconds}s`,
  );
  console.log(lines.join("\n"));
}
