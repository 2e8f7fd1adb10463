import fc from "fast-check";
import { arbitraryFor } from "./arbitrary.js";
import { bundle, type ApiName, type OperationDetails } from "./spec.js";

/** Valid params objects for an operation, generated from its parameter and request body schemas. */
export function validInputs(api: ApiName, details: OperationDetails): fc.Arbitrary<Record<string, unknown>> {
  const document = bundle(api);
  const parameters = Object.fromEntries(
    details.inputs.map((input) => {
      // A path segment cannot be empty.
      const schema = input.in === "path" && !input.schema.pattern ? { ...input.schema, minLength: 1 } : input.schema;
      return [input.name, arbitraryFor(document, schema)];
    }),
  );
  const required = details.inputs.filter((input) => input.required).map((input) => input.name);
  const params = fc.record(parameters, { requiredKeys: required });
  const body = details.bodySchema ? arbitraryFor(document, details.bodySchema) : fc.constant({});
  return fc.tuple(params, body).map(([p, b]) => ({ ...(b as Record<string, unknown>), ...p }));
}
