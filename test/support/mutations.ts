import { bundle, exampleInput, resolveSchema, type ApiName, type OperationDetails, type Schema } from "./spec.js";

export interface InvalidInput {
  label: string;
  input: Record<string, unknown>;
}

const WRONG_BY_TYPE: [string, unknown][] = [
  ["integer", 12345],
  ["string", "not-a-number"],
  ["boolean", true],
  ["array", ["not", "an", "object"]],
  ["object", { not: "an array" }],
];

/** Types a schema admits (`integer` admits `number` values only when `number` is listed). */
export function typesOf(schema: Schema): string[] {
  if (schema.const !== undefined) return [jsonType(schema.const)];
  if (schema.type === undefined) return [];
  return Array.isArray(schema.type) ? schema.type : [schema.type];
}

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (Number.isInteger(value)) return "integer";
  return typeof value;
}

/** A JSON value of a type the schema does not admit, if the schema constrains the type. */
export function wrongTypeValue(schema: Schema): unknown {
  const types = typesOf(schema);
  if (types.length === 0) return undefined;
  const admitted = (type: string) => types.includes(type) || (type === "integer" && types.includes("number"));
  return WRONG_BY_TYPE.find(([type]) => !admitted(type))?.[1];
}

/** A value for a path or query parameter (always sent as text) that its schema rejects, if there is one. */
export function wrongTextValue(schema: Schema): string | undefined {
  const types = typesOf(schema);
  if (types.includes("integer") || types.includes("number")) return "not-a-number";
  if (types.includes("boolean")) return "not-a-boolean";
  if (typeof schema.pattern === "string") {
    const pattern = new RegExp(schema.pattern, "u");
    return ["!", "not matching ~", "0".repeat(64)].find((candidate) => !pattern.test(candidate));
  }
  return undefined;
}

/** A value outside the schema's `enum` or `const`, of the same type. */
export function outsideEnum(schema: Schema): unknown {
  const allowed: unknown[] | undefined = schema.enum ?? (schema.const !== undefined ? [schema.const] : undefined);
  if (!allowed) return undefined;
  if (allowed.every((value) => typeof value === "number")) return Math.max(...(allowed as number[])) + 1000;
  return "not-in-the-enum";
}

const without = (input: Record<string, unknown>, key: string) => {
  const { [key]: _removed, ...rest } = input;
  return rest;
};

/**
 * Requests the spec forbids, each made from the documented example by one change: a required input left out, an
 * input of the wrong type, a value outside an enum, or an unknown key where the body forbids additional properties.
 */
export function invalidInputs(api: ApiName, details: OperationDetails): InvalidInput[] {
  return invalidVariants(api, details, exampleInput(api, details));
}

/** Every one-change invalid variant of a valid params object `base`. */
export function invalidVariants(api: ApiName, details: OperationDetails, base: Record<string, unknown>): InvalidInput[] {
  const document = bundle(api);
  const invalid: InvalidInput[] = [];
  for (const parameter of details.inputs) {
    const where = `${parameter.in} parameter ${parameter.name}`;
    if (parameter.required && parameter.in === "query") invalid.push({ label: `no ${where}`, input: without(base, parameter.name) });
    const wrong = wrongTextValue(parameter.schema);
    if (wrong !== undefined) invalid.push({ label: `${where} = ${JSON.stringify(wrong)}`, input: { ...base, [parameter.name]: wrong } });
    const outside = outsideEnum(parameter.schema);
    if (outside !== undefined) invalid.push({ label: `${where} outside its enum`, input: { ...base, [parameter.name]: String(outside) } });
  }
  const body = details.bodySchema;
  if (body) {
    const json = details.body === "application/json";
    for (const name of body.required ?? []) invalid.push({ label: `no body field ${name}`, input: without(base, name) });
    for (const [name, node] of Object.entries<unknown>(body.properties ?? {})) {
      const schema = resolveSchema(document, node);
      // Form fields are text: only JSON bodies can carry a value of the wrong type.
      const wrong = json ? wrongTypeValue(schema) : undefined;
      if (wrong !== undefined) invalid.push({ label: `body field ${name} = ${JSON.stringify(wrong)}`, input: { ...base, [name]: wrong } });
      const outside = outsideEnum(schema);
      if (outside !== undefined) invalid.push({ label: `body field ${name} outside its enum`, input: { ...base, [name]: outside } });
    }
    if (json && body.additionalProperties === false) invalid.push({ label: "an unknown body field", input: { ...base, unknownField: 1 } });
  }
  return invalid;
}
