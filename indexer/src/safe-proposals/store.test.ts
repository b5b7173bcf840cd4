import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { expect } from "chai";

import { createProposal, safeTxData } from "@citysync/sdk";

import { ProposalStore } from "./store.ts";

const SAFE = "0x1111111111111111111111111111111111111111";
const proposal = (nonce: number) =>
  createProposal({
    chainId: 31337,
    safe: SAFE,
    tx: safeTxData({ to: "0x2222222222222222222222222222222222222222", data: "0x", nonce }),
    calls: [],
    title: `nonce ${nonce}`,
  });

describe("proposal store (atomic JSON file)", () => {
  it("persists across instances, sorted by nonce, and leaves no temporary file", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "store-"));
    const file = path.join(dir, "nested", "proposals.json");
    const store = new ProposalStore(file);
    store.put(proposal(2));
    store.put(proposal(1));
    const reopened = new ProposalStore(file);
    expect(reopened.list().map((p) => p.title)).to.deep.equal(["nonce 1", "nonce 2"]);
    expect(reopened.list({ safe: SAFE.toUpperCase().replace("0X", "0x") })).to.have.length(2);
    expect(reopened.list({ chainId: 10 })).to.have.length(0);
    expect(readdirSync(path.dirname(file))).to.deep.equal(["proposals.json"]);
    expect(JSON.parse(readFileSync(file, "utf8")).version).to.equal(1);
  });

  it("starts empty without creating a file until something is stored", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "store-")), "p.json");
    expect(new ProposalStore(file).list()).to.deep.equal([]);
    expect(existsSync(file)).to.be.false;
  });
});
