import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";

const DAY = 86_400n;

/**
 * Deploys the civic credit ledger: the cold-path module first (it holds the immutable parameters), then the
 * core, which copies them. The deployer becomes the network admin; in production it then hands over to the
 * network Safe with `beginNetworkAdminTransfer` / `acceptNetworkAdmin`. See docs/contracts.md ("Deployment").
 */
export default buildModule("CivicLedger", (m) => {
  const epochDuration = m.getParameter("epochDuration", 30n * DAY);
  const disputeWindow = m.getParameter("disputeWindow", 14n * DAY);
  const recoveryDelay = m.getParameter("recoveryDelay", 3n * DAY);
  const adminTransferDelay = m.getParameter("adminTransferDelay", 2n * DAY);
  const networkAdmin = m.getAccount(0);

  const civicLedgerAdmin = m.contract("CivicLedgerAdmin", [
    epochDuration,
    disputeWindow,
    recoveryDelay,
    adminTransferDelay,
  ]);
  const civicLedger = m.contract("CivicLedger", [networkAdmin, civicLedgerAdmin]);
  return { civicLedger, civicLedgerAdmin };
});
