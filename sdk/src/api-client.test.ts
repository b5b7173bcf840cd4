import { expect } from "chai";

import { ApiRequestError, createCitySyncApiClient, unwrapApi } from "./api-client.ts";
import { fetchRevocationProof } from "./api-proofs.ts";
import { CitySyncError } from "./errors.ts";

/** A fetch that records the request and answers with a fixed JSON body. */
function fakeFetch(status: number, body: unknown) {
  const seen: string[] = [];
  const fetch = async (request: Request) => {
    seen.push(request.url);
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  };
  return { fetch, seen };
}

describe("typed API client", () => {
  it("builds the path and query from typed parameters and returns the typed body", async () => {
    const page = { items: [], nextCursor: null };
    const { fetch, seen } = fakeFetch(200, page);
    const api = createCitySyncApiClient("http://api.test/", { fetch });
    const data = unwrapApi(
      await api.GET("/v1/residents/{address}/history", {
        params: { path: { address: "0xabc" }, query: { city: "2", limit: "10" } },
      }),
    );
    expect(seen).to.deep.equal(["http://api.test/v1/residents/0xabc/history?city=2&limit=10"]);
    expect(data.items).to.deep.equal([]);
    expect(data.nextCursor).to.equal(null);
  });

  it("turns the API's error body into an ApiRequestError with its code and parameter", async () => {
    const { fetch } = fakeFetch(400, {
      error: {
        code: "INVALID_PARAMETER",
        message: "query parameter limit: must be at most 200.",
        parameter: "limit",
      },
    });
    const api = createCitySyncApiClient("http://api.test", { fetch });
    const result = await api.GET("/v1/opportunities", { params: { query: { limit: "500" } } });
    expect(() => unwrapApi(result))
      .to.throw(ApiRequestError, "query parameter limit: must be at most 200.")
      .with.property("parameter", "limit");
  });

  it("turns a CHECKPOINT_NEEDED answer into the proof builders' error, naming the city", async () => {
    const { fetch } = fakeFetch(409, {
      error: {
        code: "CHECKPOINT_NEEDED",
        message: "No final checkpoint of city 2 covers this record yet: send checkpoint(2) first.",
        details: { cityId: "2" },
      },
    });
    const api = createCitySyncApiClient("http://api.test", { fetch });
    const failure = await fetchRevocationProof(api, 3n, 0n).catch((e: unknown) => e);
    expect(failure).to.be.instanceOf(CitySyncError).with.property("code", "CHECKPOINT_NEEDED");
    expect((failure as CitySyncError).details).to.deep.equal({ cityId: 2n });
  });

  it("names the status when the body is not the API's error shape", async () => {
    const { fetch } = fakeFetch(502, { oops: true });
    const api = createCitySyncApiClient("http://api.test", { fetch });
    const result = await api.GET("/v1/stats");
    expect(() => unwrapApi(result))
      .to.throw(ApiRequestError)
      .with.property("code", "HTTP_502");
  });
});
