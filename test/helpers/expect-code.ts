import { expect } from "chai";

import { type CitySyncErrorCode, isCitySyncError } from "@citysync/sdk";

/** Awaits `promise` and asserts it fails with the CitySyncError `code`; returns that error. */
export async function expectCode(promise: Promise<unknown>, code: CitySyncErrorCode): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    expect(isCitySyncError(error, code), `expected ${code}, got ${String(error)}`).to.be.true;
    return error as Error;
  }
  return expect.fail(`expected a ${code} error`);
}
