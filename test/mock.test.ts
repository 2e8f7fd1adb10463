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

    it("answers `Prefer: dynamic=true` with generated bodies that match the spec: a success body or the error envelope", async () => {
      // json-schema-faker got the error envelope's `code` (never 0, said with `not`) wrong about half the time, and
      // the mock's check of its own answers made those 500s; thread posts nest a schema it also got wrong.
      const contract = contractClient(api, mock.url);
      contract.state.prefer = "dynamic=true";
      const codes: number[] = [];
      for (const operationId of ["listGuilds", "getCurrentUser", "listThreadPosts"]) {
        const op = operationsOf(api).find((candidate) => candidate.operationId === operationId)!;
        for (let call = 0; call < 15; call++) {
          const result = await contract.method(operationId)(exampleInput(api, op)).catch((caught: unknown) => caught);
          expect(contract.state.status, `${operationId}: ${contract.state.violations}`).toBe(200);
          expect(contract.state.violations, operationId).toBeNull();
          codes.push(result instanceof Error ? (result as { code?: number }).code ?? -1 : 0);
        }
      }
      // Both halves of the 200's oneOf come up; a failure's code is an integer other than 0.
      expect(codes).toContain(0);
      expect(codes.filter((code) => code !== 0).every((code) => Number.isInteger(code) && code > 0)).toBe(true);
    });

    it("answers a seeded `Prefer: dynamic=true` with the same valid body every time", async () => {
      // Seeded bodies were generated once: for half the seeds a thread post broke its schema, and the mock repeated its
      // own 500 for them.
      const headers = (seed: number) => ({ Authorization: `Bot ${secrets.token}`, Prefer: `dynamic=true, seed=${seed}` });
      for (let seed = 1; seed <= 12; seed++) {
        const path = "/thread/post?channel_id=9219038000000&thread_id=xxxxx&order=asc&page=1";
        const first = await fetch(`${mock.url}${path}`, { headers: headers(seed) });
        const again = await fetch(`${mock.url}${path}`, { headers: headers(seed) });
        expect(first.status, `seed ${seed}`).toBe(200);
        expect(await again.text(), `seed ${seed}`).toBe(await first.text());
      }
    });
  }
});
