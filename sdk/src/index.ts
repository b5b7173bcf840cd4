export * from "./generated/contracts.ts";
export * from "./chains.ts";
export * from "./clients.ts";
export * from "./errors.ts";
export * from "./error-decoder.ts";
export * from "./error-messages.ts";
export * from "./safe/index.ts";
