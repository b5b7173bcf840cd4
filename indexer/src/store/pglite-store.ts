/**
 * Embedded store: PGlite (PostgreSQL compiled to WASM) persisted in a data directory. The database
 * lives in this process, so the single-writer lock is a lock file holding the owner's pid.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import path from "node:path";

import { PGlite, types } from "@electric-sql/pglite";

import { type Queryable, type Row, type Store, StoreError } from "./store.ts";

// int8 as bigint, numeric as string (exact): the same shapes the `pg` adapter returns.
const parsers = {
  [types.INT8]: (value: string) => BigInt(value),
  [types.NUMERIC]: (value: string) => value,
};

/**
 * PGlite's PostgreSQL lives in this process's WebAssembly memory, which never shrinks: the server's
 * default 128 MB of shared buffers alone would take a quarter of the indexer's memory budget. The
 * operating system's page cache still holds the data files, so small buffers cost little speed to
 * the sync; an operator serving large exports from this process may give it more
 * (INDEXER_PGLITE_SHARED_BUFFERS, a PostgreSQL size such as 128MB).
 */
export function pgliteMemorySettings(
  sharedBuffers = process.env.INDEXER_PGLITE_SHARED_BUFFERS || "16MB",
): string[] {
  if (!/^[1-9]\d*(kB|MB|GB)$/.test(sharedBuffers)) {
    throw new StoreError(
      `INDEXER_PGLITE_SHARED_BUFFERS must be a size such as 16MB or 1GB (kB, MB or GB), not ${JSON.stringify(sharedBuffers)}`,
    );
  }
  return [`shared_buffers = ${sharedBuffers}`, "wal_buffers = 1MB", "maintenance_work_mem = 16MB"];
}

function wrap(db: Pick<PGlite, "query" | "exec">): Queryable {
  return {
    async query<T extends Row>(sql: string, params: readonly unknown[] = []) {
      const result = await db.query<T>(sql, params as unknown[], { parsers });
      return result.rows;
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
  };
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the data directory's lock file for this process; the pid of the live owner when another holds it. */
function takeLock(lockFile: string): number | undefined {
  try {
    const fd = openSync(lockFile, "wx");
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const owner = Number(readFileSync(lockFile, "utf8"));
  if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && pidAlive(owner)) return owner;
  // Left by a process that died (kill -9): take it over.
  rmSync(lockFile, { force: true });
  return takeLock(lockFile);
}

/**
 * Opens (creating if needed) the PGlite database in `dataDir`. PGlite runs inside one process, so the
 * directory is locked for this process from the start: a second process (a second indexer, or `status`
 * while one runs) is refused before it touches the files.
 */
export async function openPgliteStore(dataDir: string): Promise<Store> {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(path.dirname(path.resolve(dataDir)), `${path.basename(dataDir)}.writer.lock`);
  const owner = takeLock(lockFile);
  if (owner !== undefined) {
    throw new StoreError(
      `the PGlite store in ${dataDir} is in use by process ${owner} (PGlite admits one process): stop it, or ask its status endpoint`,
    );
  }
  let db: PGlite;
  try {
    db = await PGlite.create(dataDir, { postgresqlconf: pgliteMemorySettings() });
  } catch (cause) {
    rmSync(lockFile, { force: true });
    throw new StoreError(`cannot open the PGlite store in ${dataDir}`, { cause });
  }
  const base = wrap(db);
  const store: Store = {
    kind: "pglite",
    location: dataDir,
    query: base.query,
    exec: base.exec,
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    // The directory lock taken at open time is the writer lock.
    async tryWriterLock() {
      return true;
    },
    async releaseWriterLock() {},
    async close() {
      await db.close();
      rmSync(lockFile, { force: true });
    },
  };
  return store;
}
