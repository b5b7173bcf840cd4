/**
 * The ERC-20-compatible read view of one city's credits (wallets show balances through it; every
 * transfer path reverts). A city must exist first, so each view is deployed after the network
 * admin Safe created the city. It has no owner and no role: anyone may deploy it.
 *
 * Parameters (module id "CityCreditView", or "CityCreditView_<CODE>" from `cityCreditViewModule`):
 *   ledger  (required) the CivicLedger address
 *   cityId  (required) the city
 *
 * By hand, one deployment id per city:
 *   npx hardhat ignition deploy ignition/modules/CityCreditView.ts --network opSepolia \
 *     --deployment-id city-credit-brk --parameters '{"CityCreditView":{"ledger":"0x…","cityId":1}}'
 */
import { buildModule } from "@nomicfoundation/hardhat-ignition/modules";

/** A module with its own id per city code, so several cities' views share one deployment. */
export function cityCreditViewModule(cityCode?: string) {
  const id = cityCode ? `CityCreditView_${cityCode}` : "CityCreditView";
  return buildModule(id, (m) => {
    const ledger = m.getParameter<string>("ledger");
    const cityId = m.getParameter<number>("cityId");
    const CityCreditView = m.contract("CityCreditView", [ledger, cityId]);
    return { CityCreditView };
  });
}

export default cityCreditViewModule();
