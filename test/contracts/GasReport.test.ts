/** reports/gas.json (written by `npm run bench:gas`) and the committed snapshot have exactly the issue #4 keys. */
import { expect } from "chai";
import { readFileSync } from "node:fs";

import { GAS_REPORT_KEYS, GAS_REPORT_PATH, GAS_SNAPSHOT_PATH } from "../../scripts/bench/gas-keys.ts";

describe("gas report", () => {
  for (const path of [GAS_REPORT_PATH, GAS_SNAPSHOT_PATH]) {
    it(`${path} is a flat object with exactly the issue #4 keys, all numbers`, () => {
      const report = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
      expect(Object.keys(report).sort()).to.deep.equal([...GAS_REPORT_KEYS].sort());
      for (const key of GAS_REPORT_KEYS) {
        expect(report[key], key).to.be.a("number");
        expect(report[key] as number, key).to.be.greaterThan(0);
      }
    });
  }
});
