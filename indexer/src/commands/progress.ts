/** Backfill progress: one rewritten line on a terminal, plain log lines every few seconds otherwise. */
import type { Logger } from "pino";

import type { Progress } from "../sync/engine.ts";

export function progressReporter(
  log: Logger,
  stream: NodeJS.WriteStream = process.stderr,
): (p: Progress) => void {
  let lastPrint = 0;
  let firstBlock: bigint | undefined;
  return (p) => {
    firstBlock ??= p.block;
    const now = Date.now();
    const seconds = Math.max(0.001, (now - p.startedAt) / 1000);
    const rate = Number(p.records - p.startedRecords) / seconds;
    const done = p.block >= p.target;
    if (!done && now - lastPrint < (stream.isTTY ? 200 : 5_000)) return;
    lastPrint = now;
    const blocksPerSec = Number(p.block - firstBlock) / seconds;
    const left = Number(p.target - p.block);
    const eta = done || blocksPerSec === 0 ? "" : `  ETA ${formatSeconds(Math.round(left / blocksPerSec))}`;
    if (stream.isTTY) {
      const line = `block ${p.block}/${p.target}  records ${p.records}  ${Math.round(rate)} records/s${eta}`;
      stream.write(`\r\u001b[2K${line}${done ? "\n" : ""}`);
    } else {
      log.info(
        {
          block: String(p.block),
          target: String(p.target),
          records: String(p.records),
          recordsPerSec: Math.round(rate),
        },
        "backfill progress",
      );
    }
  };
}

function formatSeconds(s: number): string {
  if (s >= 3600) return `${Math.floor(s / 3600)}h${Math.floor((s % 3600) / 60)}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m${s % 60}s`;
  return `${s}s`;
}
