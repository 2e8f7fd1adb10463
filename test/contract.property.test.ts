import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMock, type MockServer } from "../scripts/prism.js";
import { contractClient, errorClass } from "./support/clients.js";
import { validInputs } from "./support/inputs.js";
import { invalidVariants } from "./support/mutations.js";
import { apiNames, exampleInput, operationsOf, preferFor, successExample, type ApiName } from "./support/spec.js";

const SEED = 20261122;
const RUNS = 9;

describe.each(apiNames)("%s property-based contract", (api: ApiName) => {
  let mock: MockServer;
  let contract: ReturnType<typeof contractClient>;
  const counts = { valid: 0, accepted: 0, invalid: 0, rejected: 0 };

  beforeAll(async () => {
    mock = await startMock(api);
    contract = contractClient(api, mock.url);
  });
  afterAll(async () => {
    console.log(
      `${api}: Prism accepted ${counts.accepted}/${counts.valid} generated valid requests and rejected ` +
        `${counts.rejected}/${counts.invalid} mutated invalid ones (seed ${SEED})`,
    );
    await mock?.close();
  });

  it.each(operationsOf(api).map((op) => [op.operationId, op] as const))("%s: valid inputs accepted, mutated ones rejected", async (operationId, op) => {
    const call = contract.method(operationId);
    // Asking for the success example scripts the answer, so mirai's session simulation does not refuse the generated
    // session keys: what is checked is that Prism's validator accepts every generated input.
    contract.state.prefer = preferFor(successExample(api, op));
    await fc.assert(
      fc.asyncProperty(validInputs(api, op), async (input) => {
        counts.valid++;
        await call(input);
        expect(contract.state.violations).toBeNull();
        counts.accepted++;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    contract.state.prefer = undefined;
    // Operations whose every input is free text (or that take none) have no invalid variant to send.
    if (invalidVariants(api, op, exampleInput(api, op)).length === 0) return;
    const mutated = validInputs(api, op).chain((input) => fc.constantFrom(...invalidVariants(api, op, input)));
    await fc.assert(
      fc.asyncProperty(mutated, async (variant) => {
        counts.invalid++;
        const failure = await call(variant.input).catch((caught: unknown) => caught);
        expect(failure, variant.label).toBeInstanceOf(errorClass[api]);
        expect(contract.state.violations !== null || contract.state.status === 422, variant.label).toBe(true);
        counts.rejected++;
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
