// Placeholder until the indexer issue lands: proves the workspace imports the generated bindings.
import { abis } from "@citysync/sdk/contracts";

export const knownContracts = Object.keys(abis);
