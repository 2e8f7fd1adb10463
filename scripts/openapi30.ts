/**
 * Down-converts a bundled OpenAPI 3.1 document to OpenAPI 3.0.3, for code generators that do not read 3.1.
 *
 * A pure function of its input (no clock, no randomness, key order kept), so the output is deterministic.
 * What changes:
 * - `openapi: 3.0.3`; `jsonSchemaDialect`, `webhooks`, `info.summary` and `mutualTLS` security schemes are removed
 *   (3.0 has no place for them); `info.license.identifier` becomes an SPDX `url`; `paths` is always present.
 * - Schemas: `type: [T, "null"]` becomes `type: T, nullable: true` (several non-null types become an `anyOf`);
 *   a `{type: "null"}` branch of `oneOf`/`anyOf` becomes `nullable: true` (see nullableReference for how a nullable
 *   `$ref` is written); `const` becomes a one-value `enum`;
 *   `examples: [...]` becomes `example` (the first); `contentMediaType` becomes `format: binary` (JSON media
 *   types excepted: the string stays a string, its `contentSchema` becomes `x-contentSchema`) and
 *   `contentEncoding: base64` becomes `format: byte`; numeric `exclusiveMinimum`/`exclusiveMaximum` become
 *   `minimum`/`maximum` with the boolean flag; a `$ref` with sibling keywords becomes `allOf: [{$ref}]` plus
 *   the siblings; boolean schemas become `{}` / `{not: {}}`; arrays without `items` get `items: {}`; JSON Schema
 *   keywords 3.0 does not know (`$schema`, `$id`, `$defs`, `$comment`, `prefixItems`, `if`/`then`/`else`,
 *   `patternProperties`, `unevaluated*`, `dependent*`, `contains`, `propertyNames`...) are dropped.
 * - Reference objects outside schemas lose their `summary`/`description` siblings (3.0 ignores them).
 */

import { isJsonMediaType } from "./operations.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Keywords of JSON Schema 2020-12 that the OpenAPI 3.0 Schema Object does not allow. */
const droppedKeywords = new Set([
  "$schema",
  "$id",
  "$anchor",
  "$dynamicAnchor",
  "$dynamicRef",
  "$vocabulary",
  "$comment",
  "$defs",
  "definitions",
  "prefixItems",
  "contains",
  "minContains",
  "maxContains",
  "if",
  "then",
  "else",
  "dependentRequired",
  "dependentSchemas",
  "dependencies",
  "patternProperties",
  "propertyNames",
  "unevaluatedItems",
  "unevaluatedProperties",
]);

const httpMethods = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

export function toOpenApi30(document: Record<string, any>): Record<string, any> {
  if (typeof document.openapi !== "string" || !document.openapi.startsWith("3.1")) {
    throw new Error(`expected an OpenAPI 3.1 document, got openapi: ${JSON.stringify(document.openapi)}`);
  }
  const source = inlinePathItemRefs(document);
  currentSchemas = (document.components?.schemas ?? {}) as JsonObject;
  try {
    return convertDocument(source);
  } finally {
    currentSchemas = {};
  }
}

function convertDocument(source: Record<string, any>): Record<string, any> {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries<Json>(source)) {
    switch (key) {
      case "openapi":
        out.openapi = "3.0.3";
        break;
      case "jsonSchemaDialect":
      case "webhooks":
        break;
      case "info":
        out.info = convertInfo(value as JsonObject);
        break;
      case "paths":
        out.paths = mapValues(value as JsonObject, (item) => convertPathItem(item as JsonObject));
        break;
      case "components":
        out.components = convertComponents(value as JsonObject);
        break;
      default:
        out[key] = structuredClone(value);
    }
  }
  if (out.paths === undefined) {
    // 3.0 requires `paths`; keep it after `info`/`servers` like the 3.1 key order would.
    return { ...out, paths: {} };
  }
  return out;
}

function convertInfo(info: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(info)) {
    if (key === "summary") continue;
    if (key === "license") {
      const { identifier, ...license } = value as JsonObject;
      if (typeof identifier === "string" && license.url === undefined) {
        license.url = `https://spdx.org/licenses/${identifier}.html`;
      }
      out.license = license;
      continue;
    }
    out[key] = structuredClone(value);
  }
  return out;
}

function convertComponents(components: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(components)) {
    const map = value as JsonObject;
    switch (key) {
      case "schemas":
        out.schemas = mapValues(map, convertSchema);
        break;
      case "pathItems":
        break; // inlined into paths by inlinePathItemRefs
      case "securitySchemes":
        out.securitySchemes = Object.fromEntries(
          Object.entries(map).filter(([, scheme]) => (scheme as JsonObject).type !== "mutualTLS").map(([name, scheme]) => [name, convertNode(scheme)]),
        );
        break;
      case "parameters":
      case "headers":
        out[key] = mapValues(map, convertParameter);
        break;
      case "requestBodies":
        out[key] = mapValues(map, convertWithContent);
        break;
      case "responses":
        out[key] = mapValues(map, convertResponse);
        break;
      case "callbacks":
        out[key] = mapValues(map, convertCallback);
        break;
      default:
        out[key] = mapValues(map, convertNode);
    }
  }
  return out;
}

function convertPathItem(item: JsonObject): JsonObject {
  if (typeof item.$ref === "string") return { $ref: item.$ref };
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(item)) {
    if (key === "parameters") out.parameters = (value as Json[]).map(convertParameter);
    else if (httpMethods.has(key)) out[key] = convertOperation(value as JsonObject);
    else out[key] = structuredClone(value);
  }
  return out;
}

function convertOperation(operation: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(operation)) {
    if (key === "parameters") out.parameters = (value as Json[]).map(convertParameter);
    else if (key === "requestBody") out.requestBody = convertWithContent(value);
    else if (key === "responses") out.responses = mapValues(value as JsonObject, convertResponse);
    else if (key === "callbacks") out.callbacks = mapValues(value as JsonObject, convertCallback);
    else out[key] = structuredClone(value);
  }
  return out;
}

function convertCallback(callback: Json): Json {
  const object = callback as JsonObject;
  if (typeof object.$ref === "string") return { $ref: object.$ref };
  return mapValues(object, (item) => convertPathItem(item as JsonObject));
}

function convertResponse(response: Json): Json {
  const object = response as JsonObject;
  if (typeof object.$ref === "string") return { $ref: object.$ref };
  const out = convertWithContent(response) as JsonObject;
  if (object.headers !== undefined) out.headers = mapValues(object.headers as JsonObject, convertParameter);
  return out;
}

/** Parameter and Header objects: a `schema` or a `content` map. */
function convertParameter(parameter: Json): Json {
  const object = parameter as JsonObject;
  if (typeof object.$ref === "string") return { $ref: object.$ref };
  const out = convertWithContent(parameter) as JsonObject;
  if (object.schema !== undefined) out.schema = convertSchema(object.schema);
  return out;
}

/** Request bodies, responses, parameters: converts the schemas of the `content` map's media types. */
function convertWithContent(node: Json): Json {
  const object = node as JsonObject;
  if (typeof object.$ref === "string") return { $ref: object.$ref };
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(object)) {
    if (key === "content") out.content = mapValues(value as JsonObject, convertMediaType);
    else out[key] = structuredClone(value);
  }
  return out;
}

function convertMediaType(mediaType: Json): Json {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(mediaType as JsonObject)) {
    if (key === "schema") out.schema = convertSchema(value);
    else if (key === "examples") out.examples = mapValues(value as JsonObject, convertNode);
    else if (key === "encoding") {
      out.encoding = mapValues(value as JsonObject, (encoding) => {
        const copy = structuredClone(encoding) as JsonObject;
        if (copy.headers !== undefined) copy.headers = mapValues(copy.headers as JsonObject, convertParameter);
        return copy;
      });
    } else out[key] = structuredClone(value);
  }
  return out;
}

/** Objects that may be Reference objects (examples, links, security schemes): drop the 3.1-only siblings of `$ref`. */
function convertNode(node: Json): Json {
  if (node !== null && typeof node === "object" && !Array.isArray(node) && typeof node.$ref === "string") {
    return { $ref: node.$ref };
  }
  return structuredClone(node);
}

export function convertSchema(schema: Json): Json {
  if (schema === true) return {};
  if (schema === false) return { not: {} };
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) {
    throw new Error(`not a schema: ${JSON.stringify(schema)}`);
  }
  const source = schema as JsonObject;
  if (typeof source.$ref === "string") {
    const { $ref, ...siblings } = source;
    const rest = convertSchema(siblings) as JsonObject;
    return Object.keys(rest).length === 0 ? { $ref } : { allOf: [{ $ref }], ...rest };
  }

  const out: JsonObject = {};
  let nullable = source.nullable === true;
  let typeBranches: Json[] | undefined;
  for (const [key, value] of Object.entries(source)) {
    if (droppedKeywords.has(key)) continue;
    switch (key) {
      case "type": {
        const types = Array.isArray(value) ? (value as string[]) : [value as string];
        const concrete = types.filter((type) => type !== "null");
        if (concrete.length < types.length) nullable = true;
        if (concrete.length === 1) out.type = concrete[0]!;
        else if (concrete.length > 1) typeBranches = concrete.map((type) => ({ type }));
        else out.enum = [null];
        break;
      }
      case "const":
        out.enum = [structuredClone(value)];
        if (value === null) nullable = true;
        break;
      case "examples":
        if (Array.isArray(value) && value.length > 0 && source.example === undefined) out.example = structuredClone(value[0]!);
        break;
      case "contentMediaType":
        // A string holding JSON (KOOK's card messages) stays a string; other media are files.
        if (source.format === undefined && source.contentEncoding === undefined && !isJsonMediaType(String(value))) out.format = "binary";
        break;
      case "contentSchema":
        // No 3.0 equivalent: kept as an extension, so the schema it names stays referenced and readable.
        out["x-contentSchema"] = convertSchema(value);
        break;
      case "contentEncoding":
        if (source.format === undefined) out.format = value === "base64" ? "byte" : "binary";
        break;
      case "exclusiveMinimum":
      case "exclusiveMaximum": {
        if (typeof value === "boolean") {
          out[key] = value;
          break;
        }
        const bound = key === "exclusiveMinimum" ? "minimum" : "maximum";
        const other = source[bound];
        const stricter = typeof other !== "number" || (bound === "minimum" ? (value as number) >= other : (value as number) <= other);
        if (stricter) {
          out[bound] = value;
          out[key] = true;
        }
        break;
      }
      case "minimum":
      case "maximum":
        if (out[key] === undefined) out[key] = value;
        break;
      case "oneOf":
      case "anyOf": {
        const branches = (value as Json[]).filter((branch) => {
          const isNull = branch !== null && typeof branch === "object" && !Array.isArray(branch) && branch.type === "null" && Object.keys(branch).length === 1;
          if (isNull) nullable = true;
          return !isNull;
        });
        if (branches.length > 0) out[key] = branches.map(convertSchema);
        break;
      }
      case "allOf":
        out.allOf = (value as Json[]).map(convertSchema);
        break;
      case "not":
      case "items":
        out[key] = convertSchema(value);
        break;
      case "additionalProperties":
        out[key] = typeof value === "boolean" ? value : convertSchema(value);
        break;
      case "properties":
        out.properties = mapValues(value as JsonObject, convertSchema);
        break;
      case "nullable":
        break; // written below
      default:
        out[key] = structuredClone(value);
    }
  }
  if (typeBranches !== undefined) {
    // Several non-null types: an `anyOf` of them, nested in `allOf` if the schema has its own `anyOf`. A numeric
    // format (`[string, integer]` with `int64`) goes with the numeric branches, where 3.0 tools look for it.
    if (typeof out.format === "string" && /^(int32|int64|float|double)$/.test(out.format)) {
      const format = out.format;
      for (const branch of typeBranches as JsonObject[]) if (branch.type === "integer" || branch.type === "number") branch.format = format;
    }
    if (out.anyOf === undefined) out.anyOf = typeBranches;
    else out.allOf = [...((out.allOf as Json[] | undefined) ?? []), { anyOf: typeBranches }];
  }
  if (nullable) out.nullable = true;
  if (out.type === "array" && out.items === undefined) out.items = {};
  return nullable && out.type === undefined ? nullableReference(out) : out;
}

/**
 * In 3.0, `nullable` only has an effect next to `type`, so `oneOf: [{$ref: X}, {type: "null"}]` cannot simply become
 * `oneOf: [{$ref: X}], nullable: true`. When X is a primitive schema (string, number, integer, boolean), the
 * converted copy of X is used in place of the reference, with `nullable: true`: exact, and generators read it as a
 * nullable value. Otherwise the usual 3.0 idiom stays: `allOf: [{$ref: X}], nullable: true` (plus X's `type`), which
 * generators read as a nullable X.
 */
function nullableReference(schema: JsonObject): JsonObject {
  const { oneOf, anyOf, allOf, ...rest } = schema;
  const branches = [oneOf, anyOf, allOf].filter((list): list is Json[] => Array.isArray(list));
  const only = branches.length === 1 && branches[0]!.length === 1 ? (branches[0]![0] as JsonObject) : undefined;
  if (only === undefined || typeof only.$ref !== "string" || Object.keys(only).length !== 1) return schema;
  const target = componentSchema(only.$ref);
  if (target === undefined || target === null || typeof target !== "object" || Array.isArray(target)) return schema;
  const type = (target as JsonObject).type;
  const composed = ["oneOf", "anyOf", "allOf", "$ref"].some((key) => key in target);
  if (!composed && typeof type === "string" && ["string", "number", "integer", "boolean"].includes(type)) {
    return { ...(convertSchema(target) as JsonObject), ...rest, nullable: true };
  }
  return typeof type === "string" && type !== "null" ? { allOf: [only], ...rest, type, nullable: true } : { allOf: [only], ...rest };
}

/** The component schemas of the document being converted (set by toOpenApi30 for the duration of a call). */
let currentSchemas: JsonObject = {};

function componentSchema(ref: string): Json | undefined {
  const match = /^#\/components\/schemas\/([^/]+)$/.exec(ref);
  return match ? currentSchemas[match[1]!.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined;
}

/** 3.0 has no `components.pathItems`: paths that point there get the path item itself. */
function inlinePathItemRefs(document: Record<string, any>): Record<string, any> {
  const items = document.components?.pathItems;
  if (items === undefined || document.paths === undefined) return document;
  const paths = mapValues(document.paths, (item: any) => {
    const match = typeof item.$ref === "string" ? /^#\/components\/pathItems\/(.+)$/.exec(item.$ref) : null;
    return match ? structuredClone(items[match[1]!.replace(/~1/g, "/").replace(/~0/g, "~")]) : item;
  });
  return { ...document, paths };
}

function mapValues<T, U>(object: Record<string, T>, map: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, map(value)]));
}
