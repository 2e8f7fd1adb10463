import { readFileSync } from "node:fs";
import { apis, type ApiEntry } from "../../scripts/apis.js";
import { listOperations, resolve, type OperationInfo } from "../../scripts/operations.js";

export type ApiName = ApiEntry["name"];
export type Schema = Record<string, any>;

export interface OperationDetails extends OperationInfo {
  operation: Record<string, any>;
  /** Path and query parameters with their resolved schema. */
  inputs: { name: string; in: "path" | "query"; required: boolean; schema: Schema; example: unknown }[];
  /** The request body schema, resolved at the top. */
  bodySchema?: Schema;
  bodyRequired: boolean;
}

const documents = new Map<ApiName, Record<string, any>>();

export function bundle(api: ApiName): Record<string, any> {
  let document = documents.get(api);
  if (!document) documents.set(api, (document = JSON.parse(readFileSync(`generated/${api}/openapi.json`, "utf8"))));
  return document!;
}

export const apiNames = apis.map((api) => api.name);

export function operationsOf(api: ApiName): OperationDetails[] {
  const document = bundle(api);
  return listOperations(document).map((info) => {
    const pathItem = resolve(document, document.paths[info.path]);
    const operation = pathItem[info.method];
    const inputs = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]
      .map((ref: unknown) => resolve(document, ref))
      .filter((parameter: any) => parameter.in === "path" || parameter.in === "query")
      .map((parameter: any) => ({
        name: parameter.name,
        in: parameter.in,
        required: Boolean(parameter.required),
        schema: resolveSchema(document, parameter.schema),
        example: parameter.example ?? Object.values<any>(parameter.examples ?? {})[0]?.value,
      }));
    const requestBody = operation.requestBody ? resolve(document, operation.requestBody) : undefined;
    const media = requestBody ? Object.values<any>(requestBody.content)[0] : undefined;
    return {
      ...info,
      operation,
      inputs,
      ...(media ? { bodySchema: resolveSchema(document, media.schema) } : {}),
      bodyRequired: Boolean(requestBody?.required),
    };
  });
}

/** Resolves `$ref`s at the top of a schema and merges `allOf` parts into one object schema. */
export function resolveSchema(document: Record<string, any>, node: unknown): Schema {
  const schema = resolve(document, node) ?? {};
  if (!schema.allOf) return schema;
  const { allOf, ...rest } = schema;
  return allOf.map((part: unknown) => resolveSchema(document, part)).reduce(
    (merged: Schema, part: Schema) => ({
      ...merged,
      ...part,
      properties: { ...merged.properties, ...part.properties },
      required: [...(merged.required ?? []), ...(part.required ?? [])],
    }),
    rest,
  );
}

/** The first (documented) example of a media type object. */
export function firstExample(media: Record<string, any> | undefined): unknown {
  return firstNamedExample(media).value;
}

/** The first example of a media type object with its key (for Prism's `Prefer: example=<key>`). */
export function firstNamedExample(media: Record<string, any> | undefined): { key?: string; value: unknown } {
  const [entry] = Object.entries<any>(media?.examples ?? {});
  return entry ? { key: entry[0], value: entry[1].value } : { value: media?.example };
}

/** The params object of an operation's documented example: parameter examples and the first body example. */
export function exampleInput(api: ApiName, details: OperationDetails): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const parameter of details.inputs) if (parameter.example !== undefined) input[parameter.name] = parameter.example;
  const document = bundle(api);
  const requestBody = details.operation.requestBody ? resolve(document, details.operation.requestBody) : undefined;
  const body = firstExample(requestBody ? Object.values<any>(requestBody.content)[0] : undefined);
  if (body && typeof body === "object") Object.assign(input, body);
  return input;
}

export interface ResponseExample {
  status: number;
  /** The example's key, if the response has named examples. */
  key?: string;
  body: unknown;
}

/** The `Prefer` header asking Prism for exactly this response and example. */
export function preferFor(example: ResponseExample): string {
  return example.key ? `code=${example.status}, example=${example.key}` : `code=${example.status}`;
}

function responseExample(api: ApiName, status: string, response: unknown): ResponseExample {
  const media = resolve(bundle(api), response).content;
  const { key, value } = firstNamedExample(media ? Object.values<any>(media)[0] : undefined);
  return { status: Number(status), ...(key ? { key } : {}), body: value };
}

/** The status and first example of an operation's success response. */
export function successExample(api: ApiName, details: OperationDetails): ResponseExample {
  const [status, response] = Object.entries<any>(details.operation.responses).find(([code]) => /^2/.test(code))!;
  return responseExample(api, status, response);
}

/** Declared error responses with a numeric status, with their first example. */
export function errorExamples(api: ApiName, details: OperationDetails): ResponseExample[] {
  return Object.entries<any>(details.operation.responses)
    .filter(([code]) => /^[45]\d\d$/.test(code))
    .map(([code, response]) => responseExample(api, code, response));
}
