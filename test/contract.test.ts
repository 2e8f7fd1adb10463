import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMock, type MockServer } from "../scripts/prism.js";
import { comparable, contractClient, errorClass, expectedResult, type AnyOperation } from "./support/clients.js";
import { invalidInputs } from "./support/mutations.js";
import { apiNames, errorExamples, exampleInput, operationsOf, preferFor, successExample, type ApiName } from "./support/spec.js";

describe.each(apiNames)("%s contract against Prism", (api: ApiName) => {
  let mock: MockServer;
  let contract: ReturnType<typeof contractClient>;
  const operations = operationsOf(api);
  const exercised = new Set<string>();

  beforeAll(async () => {
    mock = await startMock(api);
    contract = contractClient(api, mock.url);
  });
  afterAll(() => mock?.close());

  it.each(operations.map((op) => [op.operationId, op] as const))("%s returns its documented example", async (operationId, op) => {
    const expected = successExample(api, op);
    contract.state.prefer = preferFor(expected);
    const result = await contract.method(operationId)(exampleInput(api, op));
    expect(contract.state.violations).toBeNull();
    expect(contract.state.status).toBe(expected.status);
    expect(await comparable(result)).toEqual(expectedResult(api, expected.body, op));
    exercised.add(operationId);
  });

  it.each(operations.flatMap((op) => errorExamples(api, op).map((error) => [op.operationId, error.status, op, error] as const)))(
    "%s surfaces its documented %d response as a typed error",
    async (operationId, status, op, error) => {
      contract.state.prefer = preferFor(error);
      const failure = await contract.method(operationId)(exampleInput(api, op)).catch((caught: unknown) => caught);
      contract.state.prefer = undefined;
      expect(failure).toBeInstanceOf(errorClass[api]);
      expect(failure).toMatchObject({ operationId, status });
      const code = (error.body as { code?: unknown } | undefined)?.code;
      if (typeof code === "number") expect((failure as { code: unknown }).code).toBe(code);
    },
  );

  it.each(operations.flatMap((op) => invalidInputs(api, op).map((invalid) => [op.operationId, invalid.label, invalid.input] as const)))(
    "%s rejects %s",
    async (operationId, _label, input) => {
      contract.state.prefer = undefined;
      const call: AnyOperation = contract.method(operationId);
      const failure = await call(input).catch((caught: unknown) => caught);
      expect(failure).toBeInstanceOf(errorClass[api]);
      // KOOK reports invalid parameters as HTTP 200 with a non-zero `code` (as it does); the others with an HTTP error.
      const { status, code } = failure as { status: number; code?: unknown };
      expect(status >= 400 || (api === "kook" && status === 200 && typeof code === "number" && code !== 0)).toBe(true);
      expect(contract.state.violations).not.toBeNull();
      expect((failure as Error).message).toContain(operationId);
    },
  );

  it("covers every operation in the bundle", () => {
    expect([...exercised].sort()).toEqual(operations.map((op) => op.operationId).sort());
    expect(operations.length).toBe({ kook: 15 + 40 + 40, tomon: 5, mirai: 22 }[api]);
  });
});
