import fc from "fast-check";
import { resolve } from "../../scripts/operations.js";
import { resolveSchema, type Schema } from "./spec.js";

const INT32 = 2 ** 31 - 1;

/**
 * A fast-check arbitrary of values valid for a JSON Schema (the subset these specs use: types, enum/const,
 * bounds, patterns, formats, objects with required/optional properties, arrays, oneOf/anyOf/allOf, $ref).
 */
export function arbitraryFor(document: Record<string, any>, node: unknown): fc.Arbitrary<unknown> {
  const schema: Schema = resolve(document, node) ?? {};
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.allOf) return arbitraryFor(document, resolveSchema(document, schema));
  if (schema.oneOf) return fc.oneof(...schema.oneOf.map((part: unknown) => arbitraryFor(document, withSiblings(schema, part))));
  // Any one branch satisfies anyOf; the specs' anyOf branches are `required` lists over shared properties.
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map((part: unknown) => arbitraryFor(document, withSiblings(schema, part))));
  const types: string[] = schema.type === undefined ? ["string"] : Array.isArray(schema.type) ? schema.type : [schema.type];
  return fc.oneof(...types.map((type) => arbitraryOfType(document, schema, type)));
}

/** `oneOf`/`anyOf` branches that only add `required` lists inherit the properties declared beside them. */
function withSiblings(schema: Schema, part: unknown): Schema {
  const { oneOf: _oneOf, anyOf: _anyOf, ...siblings } = schema;
  const branch = part as Schema;
  if (branch.$ref) return branch;
  return {
    ...siblings,
    ...branch,
    properties: { ...siblings.properties, ...branch.properties },
    required: [...(siblings.required ?? []), ...(branch.required ?? [])],
  };
}

function arbitraryOfType(document: Record<string, any>, schema: Schema, type: string): fc.Arbitrary<unknown> {
  switch (type) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "integer": {
      const bound = schema.format === "int32" ? INT32 : Number.MAX_SAFE_INTEGER;
      return fc.integer({ min: schema.minimum ?? -bound, max: schema.maximum ?? bound });
    }
    case "number":
      return fc.double({ min: schema.minimum ?? -1e9, max: schema.maximum ?? 1e9, noNaN: true, noDefaultInfinity: true });
    case "array":
      return fc.array(arbitraryFor(document, schema.items ?? {}), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 3, (schema.minItems ?? 0) + 3),
      });
    case "object":
      return objectArbitrary(document, schema);
    default:
      return stringArbitrary(document, schema);
  }
}

function objectArbitrary(document: Record<string, any>, schema: Schema): fc.Arbitrary<unknown> {
  const properties: Record<string, unknown> = schema.properties ?? {};
  const model = Object.fromEntries(Object.entries(properties).map(([name, node]) => [name, arbitraryFor(document, node)]));
  const required = (schema.required ?? []).filter((name: string) => name in properties);
  return fc.record(model, { requiredKeys: required });
}

function stringArbitrary(document: Record<string, any>, schema: Schema): fc.Arbitrary<unknown> {
  // A string holding JSON of a given schema (KOOK's card messages) is that JSON, serialized.
  if (schema.contentSchema && /json/.test(schema.contentMediaType)) return arbitraryFor(document, schema.contentSchema).map((value) => JSON.stringify(value));
  if (schema.format === "binary" || schema.contentMediaType) return fc.uint8Array({ maxLength: 64 }).map((bytes) => new Blob([bytes]));
  if (schema.format === "date-time") return fc.date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) }).map((d) => d.toISOString());
  if (schema.format === "uri" || schema.format === "url") return fc.webUrl();
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern, "u"));
  const minLength = schema.minLength ?? 0;
  return fc.string({ minLength, maxLength: schema.maxLength ?? Math.max(minLength, 12), unit: "grapheme" });
}
