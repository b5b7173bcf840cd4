import { openPgliteStore } from "./pglite-store.ts";
import { openPostgresStore } from "./postgres-store.ts";
import type { Store } from "./store.ts";

/** PostgreSQL when a DATABASE_URL is given, PGlite in `dataDir` otherwise. */
export function openStore(options: { databaseUrl?: string | undefined; dataDir: string }): Promise<Store> {
  return options.databaseUrl ? openPostgresStore(options.databaseUrl) : openPgliteStore(options.dataDir);
}
