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
      for (const opp of o.opportunityList) {
        lines.push(
          `      opportunity ${opp.id}: ${opp.title} — ${opp.creditsPerUnit} credit(s) per ${opp.unit}`,
        );
      }
      for (const offer of o.offerList) {
        lines.push(
          `      offer ${offer.id}: ${offer.title} — ${offer.price} credit(s), ${offer.stock} in stock`,
        );
      }
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
    ...firstCommands(s),
  );
  console.log(lines.join("\n"));
}

/** A first command to try for each role, with real ids and keys from this seed. */
export function firstCommands(s: SeedSummary): string[] {
  const city = s.cities[0];
  const org = city?.organizations.find((o) => o.status === "active" && o.opportunityList.length > 0);
  const owner = (address: string | undefined) => s.accounts.find((a) => a.address === address)?.privateKey;
  if (!city || !org) return [];
  const opportunity = org.opportunityList[0]!;
  return [
    "",
    "First commands to try (npm run safe -- --help lists them all):",
    `  npm run safe -- offers --city ${city.id}`,
    `  npm run safe -- opportunities --city ${city.id}`,
    `  printf 'participant,opportunity,units,evidence\\n0x00000000000000000000000000000000000000a1,${opportunity.id},2,sign-in sheet\\n' > hours.csv`,
    `  npm run safe -- attest --org ${org.safe} --csv hours.csv --dry-run`,
    `  npm run safe -- attest --org ${org.safe} --csv hours.csv --key ${owner(org.owners[0]) ?? "<owner key>"}`,
    `  npm run safe -- sign <proposal id> --key ${owner(org.owners[1]) ?? "<second owner key>"}`,
  ];
}
