import type { Operation } from "./operations.js";

/**
 * The operation as Prism's dynamic generator (json-schema-faker) is given it for `Prefer: dynamic=true`: its
 * response schemas with each `not` the generator gets wrong replaced by a narrower schema it gets right, so that
 * what it generates satisfies the spec's own schema. Requests and examples are untouched.
 *
 * json-schema-faker reads `not: {required: [p], ...}` as "delete property p" and then fills the still required `p`
 * with a value of any type: KOOK's error envelope says `code` is never 0 this way (`not: {required: [code],
 * properties: {code: {const: 0}}}`), and about half its failure envelopes came out with a string, object or float
 * `code`, which the mock's own response check turned into a 500. Such a `not` excluding one number of a required
 * number property becomes a lower bound above that number (`code >= 1`): a subset of what the spec allows, so
 * Prism's check of the generated body against the variant is also a check against the spec. Any other `not` is
 * left as it is. Likewise json-schema-faker fills an object that admits no property (`maxProperties: 0`, KOOK's
 * empty `Author` of threads) with random ones: such a schema gets `additionalProperties: false`, which says the
 * same.
 */
export function forGeneration(operation: Operation): Operation {
  let variant = variants.get(operation);
  if (!variant) {
    const seen = new Map<object, unknown>();
    variant = { ...operation, responses: rewrite(operation.responses, seen) as Operation["responses"] };
    variants.set(operation, variant);
  }
  return variant;
}

const variants = new WeakMap<Operation, Operation>();

/** A copy of a (dereferenced, possibly cyclic) value with the rule above applied to every object in it. */
function rewrite(value: unknown, seen: Map<object, unknown>): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (seen.has(value)) return seen.get(value);
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    seen.set(value, copy);
    for (const item of value) copy.push(rewrite(item, seen));
    return copy;
  }
  const copy: Record<string, unknown> = {};
  seen.set(value, copy);
  for (const [key, item] of Object.entries(value)) copy[key] = rewrite(item, seen);
  narrowExcludedNumber(copy);
  closeEmptyObject(copy);
  return copy;
}

type Schema = Record<string, unknown>;

function isSchema(value: unknown): value is Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `{required: [p], properties: {p: {type: integer}}, not: {required: [p], properties: {p: {const: n}}}}` → `p >= n + 1`. */
function narrowExcludedNumber(schema: Schema): void {
  const { not, properties, required } = schema;
  if (!isSchema(not) || !isSchema(properties) || !Array.isArray(required)) return;
  const keys = Object.keys(not);
  if (keys.some((key) => key !== "required" && key !== "properties") || !Array.isArray(not.required) || not.required.length !== 1) return;
  const name = not.required[0];
  if (typeof name !== "string" || !required.includes(name) || !isSchema(not.properties)) return;
  const excluded = not.properties[name];
  if (Object.keys(not.properties).length !== 1 || !isSchema(excluded) || Object.keys(excluded).length !== 1 || typeof excluded.const !== "number") return;
  const property = properties[name];
  if (!isSchema(property) || (property.type !== "integer" && property.type !== "number")) return;
  if (property.minimum !== undefined || property.exclusiveMinimum !== undefined || property.maximum !== undefined || property.exclusiveMaximum !== undefined) return;
  const bound = property.type === "integer" ? { minimum: Math.floor(excluded.const) + 1 } : { exclusiveMinimum: excluded.const };
  // int32 codes stay int32 (json-schema-faker's default range is wider).
  const ceiling = property.format === "int32" ? { maximum: 2 ** 31 - 1 } : {};
  properties[name] = { ...property, ...bound, ...ceiling };
  delete schema.not;
}

/** `{maxProperties: 0}` without any property schema → `additionalProperties: false` as well (the same set). */
function closeEmptyObject(schema: Schema): void {
  if (schema.maxProperties !== 0 || "additionalProperties" in schema || "patternProperties" in schema) return;
  if (isSchema(schema.properties) && Object.keys(schema.properties).length > 0) return;
  schema.additionalProperties = false;
}
