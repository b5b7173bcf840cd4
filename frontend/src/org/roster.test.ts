import { describe, expect, it } from "vitest";

import { previewRoster, problemText } from "./roster.ts";

const GOOD = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

describe("roster preview problems", () => {
  it("keeps a bad row with its coded problem, readable in English and Spanish", async () => {
    const csv = ["participant,opportunity,units,evidence", `${GOOD},1,2,shift`, "0x12345,1,2,shift"].join(
      "\n",
    );
    const preview = await previewRoster(csv, {
      orgId: 1,
      loadOpportunity: async () => ({ orgId: 1, status: 1 }),
      maxRows: 100,
    });
    expect(preview.good).toHaveLength(1);
    const [problem] = preview.bad.get(3)!;
    expect(problem!.code).toBe("BAD_PARTICIPANT");
    expect(problemText(problem!, "en")).toBe('participant "0x12345" is not a 0x-prefixed 20-byte address');
    expect(problemText(problem!, "es")).toBe(
      'el participante "0x12345" no es una dirección de 20 bytes con prefijo 0x',
    );
  });
});
