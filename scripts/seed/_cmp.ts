import { readFileSync } from "node:fs";
import { iCivicLedgerAbi } from "@citysync/sdk";
import { decodeEventLog, type Hex } from "viem";
const load = (f: string) =>
  (
    JSON.parse(readFileSync(f, "utf8")) as {
      logs: { address: string; topics: Hex[]; data: Hex; blockNumber: string; logIndex: string }[];
    }
  ).logs;
const [a, b] = [load(process.argv[2]!), load(process.argv[3]!)];
const TIMEY = /^(start|end|timestamp|head|executableAt|deadline|prevHead|record|metadataHash)$/;
const norm = (l: (typeof a)[number]) => {
  try {
    const d = decodeEventLog({ abi: iCivicLedgerAbi, topics: l.topics as [Hex, ...Hex[]], data: l.data });
    const args = Object.fromEntries(
      Object.entries(d.args ?? {}).map(([k, v]) => [k, TIMEY.test(k) ? "<t>" : String(v)]),
    );
    return JSON.stringify({ n: d.eventName, args, block: l.blockNumber, i: l.logIndex });
  } catch {
    return JSON.stringify({
      address: l.address,
      topic: l.topics[0],
      block: l.blockNumber,
      i: l.logIndex,
      len: l.data.length,
    });
  }
};
let diffs = 0;
for (let i = 0; i < Math.max(a.length, b.length); i++) {
  const x = a[i] ? norm(a[i]!) : "none",
    y = b[i] ? norm(b[i]!) : "none";
  if (x !== y) {
    if (++diffs < 8) console.log(i, x.slice(0, 400), "\n  ->", y.slice(0, 400));
  }
}
console.log("logs", a.length, b.length, "differences", diffs);
