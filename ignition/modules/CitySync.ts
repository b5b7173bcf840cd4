/**
 * The whole City/Sync ledger system as one Ignition module:
 *
 *   CivicLedgerAdmin  the cold-path module (registry, governance, revocation, recovery), holding the
 *                     immutable timing parameters; reached only by delegatecall from the ledger;
 *   CivicLedger       the ledger itself (one address, the ABI of ICivicLedger), whose network admin
 *                     is the `networkAdmin` Safe from its constructor.
 *
 * Nothing is upgradeable and no contract gives the deploying account any role: the deployer only
 * pays for gas. `scripts/deploy.ts` checks on public chains that `networkAdmin` is a deployed Safe.
 *
 * Parameters (module id "CitySync"; see ignition/parameters/README.md):
 *   networkAdmin        (required) address of the network admin Safe
 *   epochDuration       budget epoch in seconds           (default 30 days)
 *   disputeWindow       revocation window in seconds      (default 30 days)
 *   recoveryDelay       wallet recovery delay in seconds  (default 3 days)
 *   adminTransferDelay  network admin transfer delay      (default 2 days)
 *   signatureHorizon    longest validity of a signed attestation or redemption (default 7 days)
 */
import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";

export const CITYSYNC_MODULE_ID = "CitySync";

const DAY = 86_400n;

export const DEFAULT_TIMING = {
  epochDuration: 30n * DAY,
  disputeWindow: 30n * DAY,
  recoveryDelay: 3n * DAY,
  adminTransferDelay: 2n * DAY,
  signatureHorizon: 7n * DAY,
} as const;

export default buildModule(CITYSYNC_MODULE_ID, (m) => {
  const networkAdmin = m.getParameter<string>("networkAdmin");
  const epochDuration = m.getParameter("epochDuration", DEFAULT_TIMING.epochDuration);
  const disputeWindow = m.getParameter("disputeWindow", DEFAULT_TIMING.disputeWindow);
  const recoveryDelay = m.getParameter("recoveryDelay", DEFAULT_TIMING.recoveryDelay);
  const adminTransferDelay = m.getParameter("adminTransferDelay", DEFAULT_TIMING.adminTransferDelay);
  const signatureHorizon = m.getParameter("signatureHorizon", DEFAULT_TIMING.signatureHorizon);

  const CivicLedgerAdmin = m.contract("CivicLedgerAdmin", [
    epochDuration,
    disputeWindow,
    recoveryDelay,
    adminTransferDelay,
    signatureHorizon,
  ]);
  const CivicLedger = m.contract("CivicLedger", [networkAdmin, CivicLedgerAdmin]);

  return { CivicLedger, CivicLedgerAdmin };
});
