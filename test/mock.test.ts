// What `npm run mock` gives a developer who points a client at it as it is.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKookClient } from "../generated/kook/client.js";
import { startMock, type MockServer } from "../scripts/prism.js";
import { contractClient, secrets } from "./support/clients.js";
import { apiNames, errorExamples, exampleInput, operationsOf, type ApiName } from "./support/spec.js";

describe.each(apiNames)("%s mock", (api: ApiName) => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMock(api);
  });
  afterAll(() => mock?.close());

  const errors = operationsOf(api).flatMap((op) => errorExamples(api, op).map((error) => [op.operationId, error.status, op, error] as const));
  it.each(errors)("%s: `Prefer: code=%d` alone serves that response's own first example", async (operationId, status, op, error) => {
    const contract = contractClient(api, mock.url);
    contract.state.prefer = `code=${status}`;
    const failure = await contract.method(operationId)(exampleInput(api, op)).catch((caught: unknown) => caught);
    // An empty body comes back as undefined.
    expect(failure).toMatchObject({ status, body: error.body === "" ? undefined : error.body });
  });

  if (api === "kook") {
    it("lets a client with its default rate limiting make call after call, never holding one for a reset", async () => {
      const kook = createKookClient({ token: secrets.token, baseUrl: mock.url });
      // A mock answer saying the bucket is empty would hold each next call for X-Rate-Limit-Reset seconds.
      for (let call = 0; call < 5; call++) {
        await expect(kook.getCurrentUser({ timeoutMs: 5000 })).resolves.toMatchObject({ id: expect.any(String) });
      }
    });
  }
});
