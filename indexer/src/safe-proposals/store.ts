/**
 * Proposal storage for the local chain: one JSON file, rewritten atomically (write a temporary
 * file beside it, fsync, rename over the old one) on every change, so a crash or a restart
 * never leaves a half-written file. Chosen over node:sqlite because it is stable on every Node
 * this project supports, needs no migration, and a developer can read or reset it by hand; the
 * volumes of a local pilot (hundreds of proposals) are far below where that matters.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from "node:fs";
import path from "node:path";

import { type SafeProposal, parseProposal } from "@citysync/sdk";

interface FileShape {
  version: 1;
  proposals: SafeProposal[];
}

export class ProposalStore {
  readonly file: string;
  private readonly proposals = new Map<string, SafeProposal>();

  constructor(file: string) {
    this.file = file;
    if (existsSync(file)) {
      const json = JSON.parse(readFileSync(file, "utf8")) as FileShape;
      for (const p of json.proposals ?? []) {
        const proposal = parseProposal(p);
        this.proposals.set(proposal.id, proposal);
      }
    }
  }

  get(id: string): SafeProposal | undefined {
    return this.proposals.get(id.toLowerCase());
  }

  list(filter: { safe?: string; chainId?: number } = {}): SafeProposal[] {
    return [...this.proposals.values()]
      .filter((p) => (filter.safe ? p.safe.toLowerCase() === filter.safe.toLowerCase() : true))
      .filter((p) => (filter.chainId ? p.chainId === filter.chainId : true))
      .sort((a, b) =>
        BigInt(a.tx.nonce) === BigInt(b.tx.nonce)
          ? a.createdAt.localeCompare(b.createdAt)
          : BigInt(a.tx.nonce) < BigInt(b.tx.nonce)
            ? -1
            : 1,
      );
  }

  put(proposal: SafeProposal): void {
    this.proposals.set(proposal.id, proposal);
    this.flush();
  }

  private flush(): void {
    mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    const body: FileShape = { version: 1, proposals: [...this.proposals.values()] };
    const fd = openSync(tmp, "w");
    try {
      writeSync(fd, JSON.stringify(body, null, 2) + "\n");
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.file);
  }
}
