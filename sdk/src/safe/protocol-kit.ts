/**
 * protocol-kit's default export (the `Safe` class). Its type declarations are read as CommonJS
 * under NodeNext, so TypeScript sees the default import as the whole module while Node's ESM
 * loader hands over the class itself; this shim gives both the same, correct type.
 */
import ProtocolKitDefault from "@safe-global/protocol-kit";

type SafeClass = (typeof ProtocolKitDefault)["default"];

const loaded = ProtocolKitDefault as unknown as SafeClass & { default?: SafeClass };

export const ProtocolKit: SafeClass = loaded.default ?? loaded;
export type ProtocolKit = InstanceType<SafeClass>;
