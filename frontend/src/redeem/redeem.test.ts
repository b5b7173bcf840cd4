import type { PublicClient } from "viem";
import { describe, expect, it } from "vitest";

import { AppError } from "../ui/human-error.ts";
import { buildSignedRedemption, redemptionCode, redemptionQrPayload, serializeRequest } from "./redeem.ts";

const LEDGER = "0x610178dA211FEF7D417bC0e6FeD39F05609AD788" as const;
const RESIDENT = "0xE105618Ce49B3e853e7AEE3EC66E526968d136B7" as const;

/** Just enough of a public client: the offer's price, an empty nonce bitmap and a block. */
function fakeClient(price: bigint, chainTime: bigint): PublicClient {
  return {
    readContract: async ({ functionName }: { functionName: string }) =>
      functionName === "offer"
        ? { price }
        : functionName === "nonceBitmap"
          ? 0n
          : functionName === "signatureHorizon"
            ? 3_600n
            : undefined,
    getBlock: async () => ({ timestamp: chainTime }),
  } as unknown as PublicClient;
}

describe("signed redemption", () => {
  const input = { resident: RESIDENT, offerId: 7, cityId: 2, priceSeen: 15n };

  it("builds the SDK's typed data with a deadline on the chain's clock", async () => {
    const chainTime = BigInt(Math.floor(Date.now() / 1000) + 365 * 86_400);
    const { request, typedData } = await buildSignedRedemption(
      { client: fakeClient(15n, chainTime), ledger: LEDGER, chainId: 31337 },
      input,
    );
    expect(typedData.primaryType).toBe("Redemption");
    expect(typedData.domain.verifyingContract).toBe(LEDGER);
    expect(request.nonce).toBe(0n);
    expect(request.maxPrice).toBe(15n);
    expect(typedData.message.maxPrice).toBe(15n);
    expect(request.deadline).toBe(chainTime + 900n);
    expect(serializeRequest(request)).toMatchObject({ offerId: 7, cityId: 2, maxPrice: "15", nonce: "0" });
  });

  it("refuses to sign when the price is not the one shown", async () => {
    const attempt = buildSignedRedemption(
      { client: fakeClient(20n, 0n), ledger: LEDGER, chainId: 31337 },
      input,
    );
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({
      key: "error.priceChanged",
      params: { seen: "15", now: "20" },
    });
  });

  it("names a redemption for people and for the QR code", () => {
    expect(redemptionCode(7, 6)).toBe("R-7-6");
    expect(redemptionQrPayload(31337, 7, 6)).toBe("citysync:redemption:31337:7:6");
  });
});
