/** The exact keys of reports/gas.json (issue #4, "Gas"), in report order. */
export const GAS_REPORT_KEYS = [
  "attestBatch100ViaSafePerAttestation",
  "attestSingleDirect",
  "attestSingleDirectFresh",
  "redeemDirect",
  "redeemDirectWithLimit",
  "calldataBytesPerAttestation",
  "easMultiAttest100PerAttestation",
  "easAttestSingle",
  "attestSignedRelayed",
  "revoke",
  "redeemBySignature",
  "recoverWallet",
] as const;

export type GasReportKey = (typeof GAS_REPORT_KEYS)[number];
export type GasReport = Record<GasReportKey, number>;

export const GAS_REPORT_PATH = "reports/gas.json";
export const GAS_SNAPSHOT_PATH = "reports/gas-snapshot.json";

/** Goals from issue #4: each is an upper bound on the figure. */
export const GAS_GOALS: Partial<Record<GasReportKey, number>> = {
  attestBatch100ViaSafePerAttestation: 26_000,
  attestSingleDirect: 55_000,
  redeemDirect: 45_000,
  calldataBytesPerAttestation: 64,
};

/** City/Sync's batch must be at least this many times cheaper than EAS multiAttest. */
export const EAS_RATIO_GOAL = 5;
