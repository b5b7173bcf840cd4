export * from "./generated/contracts.ts";
