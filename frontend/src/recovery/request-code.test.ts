import { privateKeyToAccount } from "viem/accounts";
import { describe, expect, it } from "vitest";

import { AppError } from "../ui/human-error.ts";
import { checkRecoveryRequest, encodeRequestCode, readRequestCode, recoveryMessage } from "./request-code.ts";

// Hardhat's well-known development keys: test fixtures only.
const newWallet = privateKeyToAccount("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
const other = privateKeyToAccount("0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a");
const from = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC" as const;

async function code(signer = newWallet, chainId = 31337) {
  const request = { chainId, cityId: 1, from, to: newWallet.address };
  const signature = await signer.signMessage({ message: recoveryMessage(request) });
  return encodeRequestCode({ ...request, signature });
}

async function keyOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).key;
}

describe("recovery request codes", () => {
  it("round-trips a request signed by the new wallet", async () => {
    await expect(readRequestCode(await code(), 31337)).resolves.toMatchObject({
      cityId: 1,
      from,
      to: newWallet.address,
    });
  });

  it("refuses a code signed by another key, for another chain, or garbled", async () => {
    expect(await keyOf(readRequestCode(await code(other), 31337))).toBe("recovery.badSignature");
    expect(await keyOf(readRequestCode(await code(newWallet, 10), 31337))).toBe("recovery.wrongChain");
    expect(await keyOf(readRequestCode("citysync-recovery:1:31337", 31337))).toBe("recovery.badCode");
    const tampered = (await code()).replace(":1:0x", ":2:0x");
    expect(await keyOf(readRequestCode(tampered, 31337))).toBe("recovery.badSignature");
  });
});

describe("checkRecoveryRequest", () => {
  it("needs a city and an old address other than the connected wallet", () => {
    expect(checkRecoveryRequest({ from: newWallet.address, cityId: "" }, newWallet.address)).toEqual({
      ok: false,
      errors: { from: "recovery.sameAddress", cityId: "recovery.cityRequired" },
    });
    expect(checkRecoveryRequest({ from: "abc", cityId: "1" }, newWallet.address)).toEqual({
      ok: false,
      errors: { from: "recovery.badOldAddress" },
    });
    expect(checkRecoveryRequest({ from: from.toLowerCase(), cityId: "2" }, newWallet.address)).toEqual({
      ok: true,
      from,
      cityId: 2,
    });
  });
});
