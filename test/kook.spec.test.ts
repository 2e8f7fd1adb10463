/**
 * Checks the bundled KOOK v3 description (generated/kook/openapi.json) against the hand-written list of what the
 * source docs say (test/data/kook-operations.ts): every operation, parameter and response field, plus the shared
 * conventions (envelope, security, Accept-Language, rate-limit headers, error responses, examples).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { registerSchema, unregisterSchema, validate } from "@hyperjump/json-schema/openapi-3-1";
import { describe, expect, it } from "vitest";
import { resolve as resolveRef } from "../scripts/operations.js";
import {
  kookOperations,
  rateLimitHeaders,
  userObjectFields,
  type FieldExpectation,
  type OperationExpectation,
  type ParamExpectation,
} from "./data/kook-operations.js";

type Json = any;

const bundlePath = fileURLToPath(new URL("../generated/kook/openapi.json", import.meta.url));
const doc: Json = JSON.parse(readFileSync(bundlePath, "utf8"));

/**
 * The bundle as hyperjump reads it from its file (an OpenAPI document whose 2020-12 `jsonSchemaDialect` makes its
 * schemas the OpenAPI 3.1 flavour of 2020-12), registered once: by the file's URL, hyperjump read and parsed the
 * whole bundle again for every schema it compiled.
 */
const schemaBase = "https://botspec.test/kook/openapi.json";
if (doc.jsonSchemaDialect !== "https://json-schema.org/draft/2020-12/schema") throw new Error(`unexpected jsonSchemaDialect ${doc.jsonSchemaDialect}`);
unregisterSchema(schemaBase);
registerSchema(structuredClone(doc), schemaBase, "https://spec.openapis.org/oas/3.1/schema-draft-2020-12");

/** Follows local `$ref`s until a node that is not a reference. */
const resolve = (node: Json): Json => resolveRef(doc, node);

/** A schema with `allOf` merged in; `oneOf`/`anyOf` branches contribute properties and types but not `required`. */
interface SchemaView {
  types: Set<string>;
  properties: Record<string, Json[]>;
  required: Set<string>;
  items: Json[];
  enum?: unknown[];
  format?: string;
  default?: unknown;
  hasDefault: boolean;
}

function view(nodes: Json | Json[]): SchemaView {
  const acc: SchemaView = { types: new Set(), properties: {}, required: new Set(), items: [], hasDefault: false };
  const visit = (node: Json, all: boolean, depth: number) => {
    if (depth > 20) throw new Error("schema nesting too deep");
    const schema = resolve(node);
    if (!schema || typeof schema !== "object") return;
    for (const type of [schema.type ?? []].flat()) acc.types.add(type);
    for (const [name, sub] of Object.entries<Json>(schema.properties ?? {})) (acc.properties[name] ??= []).push(sub);
    if (all) for (const name of schema.required ?? []) acc.required.add(name);
    if (schema.items) acc.items.push(schema.items);
    if (schema.enum && acc.enum === undefined) acc.enum = schema.enum;
    if (schema.format && acc.format === undefined) acc.format = schema.format;
    if ("default" in schema && !acc.hasDefault) {
      acc.default = schema.default;
      acc.hasDefault = true;
    }
    for (const sub of schema.allOf ?? []) visit(sub, all, depth + 1);
    for (const sub of [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) visit(sub, false, depth + 1);
  };
  for (const node of [nodes].flat()) visit(node, true, 0);
  return acc;
}

/** Walks `a.b[].c` from a schema view; returns the parent view and the field's own view. */
function walk(root: SchemaView, path: string): { parent: SchemaView; name: string; field: SchemaView } {
  let parent = root;
  const segments = path.split(".");
  for (const [index, segment] of segments.entries()) {
    const isArray = segment.endsWith("[]");
    const name = isArray ? segment.slice(0, -2) : segment;
    const schemas = parent.properties[name];
    if (!schemas) throw new Error(`no property '${name}' at '${segments.slice(0, index + 1).join(".")}'`);
    const field = view(schemas);
    if (index === segments.length - 1 && !isArray) return { parent, name, field };
    if (isArray) {
      if (!field.types.has("array")) throw new Error(`'${name}' is not an array`);
      parent = view(field.items);
    } else {
      parent = field;
    }
  }
  throw new Error(`path '${path}' ends in an array step`);
}

const methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

function operationOf(expected: OperationExpectation): Json {
  const item = resolve(doc.paths?.[expected.path]);
  return item?.[expected.method];
}

/** The success body's schema: the first `oneOf` member where the 200 response also admits the error envelope. */
function successSchema(operation: Json): Json {
  const schema = resolve(operation.responses["200"]).content["application/json"].schema;
  return schema.oneOf ? schema.oneOf[0] : schema;
}

function dataView(operation: Json, expected: OperationExpectation): SchemaView {
  const body = view(successSchema(operation));
  if (expected.unwrapped) return body;
  expect(body.required.has("data"), "data is required in the success body").toBe(true);
  return view(body.properties.data!);
}

function checkField(root: SchemaView, expected: Omit<FieldExpectation, "path"> & { path?: string; name?: string }, label: string) {
  const path = expected.path ?? expected.name!;
  const { parent, name, field } = walk(root, path);
  expect([...field.types], `${label}: type of ${path}`).toContain(expected.type);
  if (expected.format !== undefined) expect(field.format, `${label}: format of ${path}`).toBe(expected.format);
  if (expected.enum !== undefined) {
    expect([...(field.enum ?? [])].sort(), `${label}: enum of ${path}`).toEqual([...expected.enum].sort());
  }
  if ("default" in expected) expect(field.default, `${label}: default of ${path}`).toEqual(expected.default);
  if (expected.required !== undefined) {
    expect(parent.required.has(name), `${label}: required flag of ${path}`).toBe(expected.required);
  }
}

describe("KOOK v3 bundled description", () => {
  it("has exactly the operations of the source docs", () => {
    const actual: string[] = [];
    for (const [path, item] of Object.entries<Json>(doc.paths)) {
      for (const method of methods) {
        const operation = resolve(item)[method];
        if (operation) actual.push(`${method.toUpperCase()} ${path} ${operation.operationId}`);
      }
    }
    const expected = kookOperations.map((op) => `${op.method.toUpperCase()} ${op.path} ${op.operationId}`);
    expect(actual.sort()).toEqual(expected.sort());
    expect(expected).toHaveLength(15 + 40 + 40); // seed operations + the two parts of issue 20
  });

  it("groups every tag an operation uses in exactly one x-tagGroup (Redoc hides ungrouped tags)", () => {
    const grouped = (doc["x-tagGroups"] as { name: string; tags: string[] }[]).flatMap((group) => group.tags);
    expect(new Set(grouped).size).toBe(grouped.length);
    const used = new Set<string>();
    for (const item of Object.values<Json>(doc.paths)) {
      for (const method of methods) for (const tag of resolve(item)[method]?.tags ?? []) used.add(tag);
    }
    for (const tag of used) expect(grouped, `tag ${tag}`).toContain(tag);
    for (const tag of used) expect(doc.tags.map((t: Json) => t.name), `tag ${tag}`).toContain(tag);
  });

  it("targets the v3 server and authenticates every operation with the Authorization header", () => {
    expect(doc.servers[0].url).toBe("https://www.kookapp.cn/api/v3");
    expect(doc.security).toEqual([{ kookToken: [] }]);
    const scheme = doc.components.securitySchemes.kookToken;
    expect(scheme).toMatchObject({ type: "apiKey", in: "header", name: "Authorization" });
    expect(scheme.description).toMatch(/Bot <token>/);
    expect(scheme.description).toMatch(/Bearer <token>/);
    for (const expected of kookOperations) {
      const operation = operationOf(expected);
      // Only the operations authenticated otherwise (pipe token, OAuth2 client credentials) opt out of the global requirement.
      if (expected.noAuth) expect(operation.security, expected.operationId).toEqual([]);
      else if (operation.security !== undefined) expect(operation.security).toEqual([{ kookToken: [] }]);
      if (expected.server) expect(operation.servers?.[0]?.url, expected.operationId).toBe(expected.server);
      else expect(operation.servers, expected.operationId).toBeUndefined();
    }
  });

  it("defines the error envelope: a non-zero code, a message and data, stating that it comes under HTTP 200", () => {
    const failure = view(doc.components.schemas.Failure);
    expect([...view(failure.properties.code!).types]).toEqual(["integer"]);
    expect([...view(failure.properties.message!).types]).toEqual(["string"]);
    expect([...failure.required].sort()).toEqual(["code", "data", "message"]);
    expect(doc.components.schemas.Failure.not).toEqual({ required: ["code"], properties: { code: { const: 0 } } });
    expect(doc.components.schemas.Failure.description).toMatch(/usually with HTTP 200/);
    expect(doc.components.schemas.SuccessCode).toMatchObject({ type: "integer", const: 0 });
  });

  it("defines the rate-limit headers with their meaning", () => {
    for (const [name, type] of Object.entries(rateLimitHeaders)) {
      const header = doc.components.headers[name];
      expect(header, name).toBeDefined();
      expect(header.schema.type, name).toBe(type);
      expect(header.example, name).toBeDefined();
      expect(header.required ?? false, name).toBe(false);
    }
    expect(doc.components.headers["X-Rate-Limit-Reset"].description).toMatch(/seconds/i);
    expect(doc.components.headers["X-Rate-Limit-Reset"].description).toMatch(/fractional/);
    expect(doc.components.headers["X-Rate-Limit-Global"].description).toMatch(/present, without a value/);
  });

  it("shares the 401, 429, 500 and default error responses, all with the error envelope", () => {
    const tooMany = doc.components.responses.TooManyRequests;
    expect(Object.keys(tooMany.headers).sort()).toEqual(Object.keys(rateLimitHeaders).sort());
    for (const [name, header] of Object.entries<Json>(tooMany.headers)) {
      expect(header.$ref, name).toBe(`#/components/headers/${name}`);
    }
    const { Unauthorized, ServerError, Error: other } = doc.components.responses;
    for (const response of [Unauthorized, tooMany, ServerError, other]) {
      const media = response.content["application/json"];
      expect(media.schema.$ref).toBe("#/components/schemas/Failure");
      const first: Json = Object.values<Json>(media.examples)[0].value;
      expect(first.code).not.toBe(0);
    }
    expect(Object.values<Json>(other.content["application/json"].examples)[0].value.code).toBe(40000);
    expect(Object.values<Json>(Unauthorized.content["application/json"].examples)[0].value).toMatchObject({
      code: 401,
      data: { name: "Unauthorized", status: 401 },
    });
    expect(Object.values<Json>(ServerError.content["application/json"].examples)[0].value.code).toBe(500);
    // hey-api files a default response whose description says "success" under the success types.
    expect(other.description).not.toMatch(/success/i);
  });

  it("shares page/page_size parameters and the page meta schema", () => {
    const page = doc.components.parameters.Page;
    const pageSize = doc.components.parameters.PageSize;
    expect(page).toMatchObject({ name: "page", in: "query", required: false });
    expect(pageSize).toMatchObject({ name: "page_size", in: "query", required: false });
    expect(pageSize.schema).toMatchObject({ type: "integer", default: 50 });
    expect(pageSize.schema).not.toHaveProperty("maximum");
    const pageMeta = view(doc.components.schemas.PageMeta);
    expect(Object.keys(pageMeta.properties).sort()).toEqual(["page", "page_size", "page_total", "total"]);
  });

  it("declares every field of the standard user object", () => {
    const user = view(doc.components.schemas.User);
    for (const field of userObjectFields) checkField(user, field, "User");
  });

  it("never forbids additional properties", () => {
    const offenders: string[] = [];
    const scan = (node: Json, path: string) => {
      if (!node || typeof node !== "object") return;
      if (node.additionalProperties === false) offenders.push(path);
      for (const [key, value] of Object.entries<Json>(node)) scan(value, `${path}/${key}`);
    };
    scan(doc.components, "#/components");
    scan(doc.paths, "#/paths");
    expect(offenders).toEqual([]);
  });

  describe.each(kookOperations.map((op) => [op.operationId, op] as const))("%s", (_, expected) => {
    const operation = operationOf(expected);

    it("exists with one tag, a summary and the upstream title in its description", () => {
      expect(operation, `${expected.method} ${expected.path}`).toBeDefined();
      expect(operation.operationId).toBe(expected.operationId);
      expect(operation.tags).toHaveLength(1);
      expect(operation.summary).toBeTruthy();
      expect(operation.description).toContain(`Upstream title: ${expected.upstreamTitle}`);
    });

    it("takes the optional Accept-Language header", () => {
      const parameters = (operation.parameters ?? []).map(resolve);
      const header = parameters.find((p: Json) => p.in === "header" && p.name === "Accept-Language");
      expect(header).toBeDefined();
      expect(header.required ?? false).toBe(false);
      expect(header.schema.default).toBe("zh-cn");
      expect((operation.parameters ?? []).some((p: Json) => p.$ref === "#/components/parameters/AcceptLanguage")).toBe(true);
    });

    it("has exactly the documented parameters, each with location, type, required flag, default and enum", () => {
      const parameters = (operation.parameters ?? []).map(resolve).filter((p: Json) => p.in !== "header");
      const query = expected.params.filter((p) => p.in === "query");
      const body = expected.params.filter((p) => p.in === "body");
      expect(parameters.map((p: Json) => `${p.in}:${p.name}`).sort()).toEqual(query.map((p) => `query:${p.name}`).sort());
      for (const param of query) {
        const actual = parameters.find((p: Json) => p.name === param.name);
        expect(actual.required ?? false, `required flag of ${param.name}`).toBe(param.required);
        expect(actual.example, `example of ${param.name}`).toBeDefined();
        // Check the parameter's schema like a field of an object holding only it (its required flag is checked above).
        const holder: SchemaView = { types: new Set(["object"]), properties: { [param.name]: [actual.schema] }, required: new Set(), items: [], hasDefault: false };
        const { required: _required, ...typeFacts } = param;
        checkField(holder, typeFacts, "query");
      }
      if (body.length === 0) {
        expect(operation.requestBody).toBeUndefined();
        return;
      }
      const requestBody = resolve(operation.requestBody);
      expect(requestBody.required).toBe(body.some((p) => p.required) || expected.atLeastOneOf !== undefined || expected.bodyRequired === true);
      expect(Object.keys(requestBody.content)[0]).toBe(expected.bodyMediaType ?? "application/json");
      const media = requestBody.content[expected.bodyMediaType ?? "application/json"];
      expect(media).toBeDefined();
      expect(Object.keys(media.examples ?? {}).length).toBeGreaterThan(0);
      const schema = view(media.schema);
      expect(Object.keys(schema.properties).sort()).toEqual(body.map((p) => p.name).sort());
      for (const param of body) checkField(schema, param, "body");
    });

    it("encodes or states the documented at-least-one-of rule", () => {
      if (!expected.atLeastOneOf) return;
      const names = expected.atLeastOneOf.flat();
      if (expected.params.some((p) => p.in === "body")) {
        const schema = resolve(resolve(operation.requestBody).content["application/json"].schema);
        const alternatives: Json[] = (schema.allOf ?? []).flatMap((part: Json) => resolve(part).anyOf ?? []).concat(schema.anyOf ?? []);
        expect(alternatives.map((alt) => alt.required)).toEqual(expected.atLeastOneOf);
      } else {
        expect(operation.description).toMatch(new RegExp(`At least one of \`${names[0]}\` and \`${names[1]}\``));
      }
    });

    it("types every documented response field", () => {
      if (expected.responseMediaType) {
        expect(Object.keys(resolve(operation.responses["200"]).content)).toEqual([expected.responseMediaType]);
        return;
      }
      const data = dataView(operation, expected);
      if (!expected.unwrapped) expect([...data.types].sort()).toEqual([...(expected.dataTypes ?? ["object"])].sort());
      // A list's field paths start at its items.
      const root = expected.dataTypes?.length === 1 && expected.dataTypes[0] === "array" ? view(data.items) : data;
      for (const field of expected.response) checkField(root, field, expected.operationId);
      if (expected.response.length === 0) expect(Object.keys(data.properties)).toEqual([]);
    });

    it("admits its named success body and the error envelope in the 200 response", () => {
      if (expected.responseMediaType) return;
      const name = `${expected.operationId[0]!.toUpperCase()}${expected.operationId.slice(1)}Result`;
      const declared = resolve(operation.responses["200"]).content["application/json"].schema;
      expect(declared).toEqual({ oneOf: [{ $ref: `#/components/schemas/${name}` }, { $ref: "#/components/schemas/Failure" }] });
      if (expected.unwrapped) return;
      const success = resolve(successSchema(operation));
      expect(success.properties.code.$ref).toBe("#/components/schemas/SuccessCode");
      expect(success.properties.message.$ref).toBe("#/components/schemas/ResultMessage");
      expect(success.required).toEqual(["code", "message", "data"]);
      expect(success.allOf).toBeUndefined();
    });

    it("sends the rate-limit headers on success and shares the 401, 429, 500 and default responses", () => {
      const success = resolve(operation.responses["200"]);
      expect(Object.keys(success.headers ?? {}).sort()).toEqual(Object.keys(rateLimitHeaders).sort());
      for (const [name, header] of Object.entries<Json>(success.headers)) {
        expect(header.$ref, name).toBe(`#/components/headers/${name}`);
      }
      expect(Object.keys(operation.responses)).toEqual(["200", "401", "429", "500", "default"]);
      expect(operation.responses["401"].$ref).toBe("#/components/responses/Unauthorized");
      expect(operation.responses["429"].$ref).toBe("#/components/responses/TooManyRequests");
      expect(operation.responses["500"].$ref).toBe("#/components/responses/ServerError");
      expect(operation.responses.default.$ref).toBe("#/components/responses/Error");
    });

    it("validates an HTTP 200 failure against its 200 schema, and a success only with code 0", async () => {
      if (expected.responseMediaType) return;
      const pointer = ["paths", expected.path, expected.method, "responses", "200", "content", "application/json", "schema"]
        .map((segment) => segment.replaceAll("~", "~0").replaceAll("/", "~1"))
        .join("/");
      const schema = `${schemaBase}#/${pointer}`;
      // Compiled once: hyperjump compiles the schema (and every component it reaches) on each validate(url, value).
      const validator = await validate(schema);
      const valid = async (body: Json) => validator(body, "FLAG").valid;
      expect(await valid({ code: 40000, message: "参数错误", data: [] })).toBe(true);
      expect(await valid({ code: 47001, message: "内容审核中", data: {} })).toBe(true);
      expect(await valid({ code: 401, message: "Unauthorized", data: { name: "Unauthorized", status: 401 } })).toBe(true);
      const example: Json = Object.values<Json>(resolve(operation.responses["200"]).content["application/json"].examples)[0].value;
      expect(await valid(example)).toBe(true);
      if (expected.unwrapped) return;
      // Neither variant admits a body without data, nor an error body with code 0.
      const { data: _data, ...withoutData } = example;
      expect(await valid(withoutData)).toBe(false);
      expect(await valid({ code: 0, message: "操作成功", data: [1] })).toBe(false);
      expect(await valid({ code: 40000, message: "参数错误" })).toBe(false);
    });

    it("shows the doc's success example first", () => {
      const media = resolve(operation.responses["200"]).content[expected.responseMediaType ?? "application/json"];
      const examples: Json[] = Object.values(media.examples);
      if (expected.responseMediaType) {
        expect(examples.length).toBeGreaterThan(0);
        return;
      }
      expect(examples.length).toBeGreaterThan(0);
      if (expected.unwrapped) return;
      expect(examples[0].value).toMatchObject({ code: 0, message: "操作成功" });
      expect(examples[0].value.data).toBeDefined();
    });
  });
});
