/**
 * What the docs step adds to a copy of a bundle before Redoc renders it (the spec sources and bundles stay as they are):
 * a curl and a botspec code sample per operation (`x-codeSamples`), the `Prefer` header that makes the mock serve each
 * response example, and the entries of the page's own search, which Redoc's cannot serve for Chinese text.
 */
import type { ApiEntry } from "./apis.js";
import { holdsFile, listOperations, resolve, type OperationInfo } from "./operations.js";

/** One searchable operation: where it is, what it is called, and all the text it is found by. */
export interface SearchEntry {
  anchor: string;
  summary: string;
  method: string;
  path: string;
  /** Lower-cased: operationId, summary, description, and the descriptions of its parameters and fields. */
  text: string;
}

export function decorate(api: ApiEntry, bundle: Record<string, any>): { document: Record<string, any>; search: SearchEntry[] } {
  const document = structuredClone(bundle);
  const search: SearchEntry[] = [];
  for (const info of listOperations(document)) {
    const operation = resolve(document, document.paths[info.path])[info.method];
    const input = exampleInput(document, operation, info);
    const files = fileFields(document, operation);
    operation["x-codeSamples"] = [
      { lang: "Shell", label: "curl", source: curl(api, document, info, input, files) },
      { lang: "TypeScript", label: "botspec", source: clientCall(api, info, input, files) },
    ];
    nameResponseExamples(document, operation);
    search.push({
      anchor: operationAnchor(info),
      summary: info.summary,
      method: info.method.toUpperCase(),
      path: info.path,
      text: [info.operationId, info.summary, info.description, ...fieldTexts(document, operation)].join("\n").toLowerCase(),
    });
  }
  titleVariants(document);
  return { document, search };
}

/**
 * Gives every variant of a `oneOf`/`anyOf` a title (Redoc names its tabs by them; without one they all read `object`):
 * a referenced schema its component name, an inline one a short account of its shape. Titles the spec gives are kept;
 * a `null` variant needs none (Redoc calls it `null`).
 */
function titleVariants(document: Record<string, any>): void {
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== "object") return;
    const schema = node as Record<string, any>;
    for (const key of ["oneOf", "anyOf"]) {
      if (!Array.isArray(schema[key])) continue;
      const taken = new Set<string>();
      for (const variant of schema[key] as Record<string, any>[]) {
        if (variant.type === "null") continue;
        const target = resolve(document, variant);
        if (target.title === undefined) target.title = variant.$ref ? String(variant.$ref).split("/").pop() : shapeOf(target);
        if (taken.has(target.title) && !variant.$ref) target.title = `${target.title} (${taken.size + 1})`;
        taken.add(target.title);
      }
    }
    for (const child of Object.values(schema)) walk(child);
  };
  walk(document);
}

function shapeOf(schema: Record<string, any>): string {
  const type = [schema.type ?? "any"].flat().filter((name) => name !== "null").join(" or ");
  if (Array.isArray(schema.enum)) return `${type}: ${schema.enum.map((value: unknown) => JSON.stringify(value)).join(", ")}`;
  if (type === "array") return schema.items?.$ref ? `list of ${String(schema.items.$ref).split("/").pop()}` : schema.maxItems === 0 ? "empty list" : "list";
  if (Array.isArray(schema.required) && schema.required.length > 0) return `with ${schema.required.join(", ")}`;
  if (type === "object" && schema.maxProperties === 0) return "empty object";
  return type;
}

/** Redoc's anchor of an operation (also what a method's doc comment links to). */
export function operationAnchor(info: Pick<OperationInfo, "operationId" | "tag">): string {
  return info.tag === undefined ? `operation/${info.operationId}` : `tag/${encodeURIComponent(info.tag)}/operation/${info.operationId}`;
}

/**
 * Each response example's name, which the mock takes in `Prefer`, in its summary (Redoc's example picker shows it) and
 * its description (shown above the example when there is only one).
 */
function nameResponseExamples(document: Record<string, any>, operation: Record<string, any>): void {
  const firstSuccess = Object.keys(operation.responses ?? {}).find((status) => /^2/.test(status));
  for (const [status, ref] of Object.entries<any>(operation.responses ?? {})) {
    if (ref.$ref) operation.responses[status] = structuredClone(resolve(document, ref));
    for (const media of Object.values<any>(operation.responses[status].content ?? {})) {
      for (const [name, exampleRef] of Object.entries<any>(media.examples ?? {})) {
        const example = structuredClone(resolve(document, exampleRef));
        const code = status === "default" ? "" : status === firstSuccess ? "" : `code=${status}, `;
        const prefer = `Prefer: ${code}example=${name}`;
        example.summary = `${example.summary ?? name} · ${prefer}`;
        example.description = `Mock: \`${prefer}\`${example.description ? `\n\n${example.description}` : ""}`;
        media.examples[name] = example;
      }
    }
  }
}

/** The operation's documented input: each parameter's example and the fields of the first request body example. */
function exampleInput(document: Record<string, any>, operation: Record<string, any>, info: OperationInfo): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const ref of [...(resolve(document, document.paths[info.path]).parameters ?? []), ...(operation.parameters ?? [])]) {
    const parameter = resolve(document, ref);
    if (!(parameter.name in info.parameters)) continue;
    const schema = resolve(document, parameter.schema ?? {});
    const value = parameter.example ?? Object.values<any>(parameter.examples ?? {})[0]?.value ?? schema.example ?? schema.examples?.[0];
    if (value !== undefined) input[parameter.name] = value;
  }
  const body = operation.requestBody ? resolve(document, operation.requestBody) : undefined;
  const media: any = body ? Object.values(body.content ?? {})[0] : undefined;
  const example = media ? (media.example ?? resolve(document, Object.values<any>(media.examples ?? {})[0] ?? {}).value) : undefined;
  if (example && typeof example === "object" && !Array.isArray(example)) Object.assign(input, example);
  return input;
}

/** The body fields that are file parts (binary content). */
function fileFields(document: Record<string, any>, operation: Record<string, any>): Set<string> {
  const body = operation.requestBody ? resolve(document, operation.requestBody) : undefined;
  const schema = resolve(document, (Object.values(body?.content ?? {})[0] as any)?.schema ?? {});
  const files = Object.entries<any>(schema.properties ?? {}).filter(([, property]) => holdsFile(property));
  return new Set(files.map(([name]) => name));
}

function baseUrl(document: Record<string, any>): string {
  const server = document.servers?.[0];
  return String(server?.url ?? "").replace(/\{(\w+)\}/g, (_: string, name: string) => server.variables[name].default);
}

const authHeaders: Record<ApiEntry["name"], string[]> = {
  kook: ['-H "Authorization: Bot $KOOK_TOKEN"'],
  tomon: ['-H "Authorization: Bearer $TOMON_TOKEN"'],
  mirai: [],
};

const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

function curl(api: ApiEntry, document: Record<string, any>, info: OperationInfo, input: Record<string, unknown>, files: Set<string>): string {
  let path = info.path;
  const query: string[] = [];
  const body: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(input)) {
    if (info.parameters[name] === "path") path = path.replace(`{${name}}`, encodeURIComponent(String(value)));
    else if (info.parameters[name] === "query") query.push(`${name}=${encodeURIComponent(String(value))}`);
    else body[name] = value;
  }
  const url = `${baseUrl(document)}${path}${query.length > 0 ? `?${query.join("&")}` : ""}`;
  const lines = [`curl${info.method === "get" ? "" : ` -X ${info.method.toUpperCase()}`} ${shellQuote(url)}`, ...(info.noAuth ? [] : authHeaders[api.name])];
  if (info.body === "multipart/form-data") {
    for (const [name, value] of Object.entries(body)) lines.push(`-F ${shellQuote(files.has(name) ? `${name}=@image.png` : `${name}=${value}`)}`);
  } else if (info.body) {
    lines.push(`-H 'Content-Type: ${info.body}; charset=utf-8'`, `-d ${shellQuote(JSON.stringify(body))}`);
  }
  return lines.join(" \\\n  ");
}

function clientCall(api: ApiEntry, info: OperationInfo, input: Record<string, unknown>, files: Set<string>): string {
  const client = api.name;
  const factory = `create${api.prefix}Client`;
  const credential = api.name === "mirai" ? "authKey: process.env.MIRAI_AUTH_KEY!" : `token: process.env.${api.name.toUpperCase()}_TOKEN!`;
  const lines = [`import { ${factory} } from "botspec/${api.name}";`, "", `const ${client} = ${factory}({ ${credential} });`];
  let target: string = client;
  const fields = { ...input };
  if (api.session && !api.session.exclude.includes(info.operationId)) {
    lines.push(`const session = await ${client}.openSession(123456789); // the session fills in sessionKey`);
    delete fields.sessionKey;
    target = "session";
  }
  for (const name of files) if (name in fields) fields[name] = FILE;
  if (Object.values(fields).includes(FILE)) lines.unshift('import { readFile } from "node:fs/promises";');
  const args = Object.keys(fields).length > 0 ? literal(fields) : "";
  const call = `await ${target}.${info.operationId}(${args})`;
  lines.push(info.responseType ? `const result = ${call};` : `${call};`);
  return lines.join("\n");
}

const FILE = Symbol("file");

/** A JavaScript object literal: keys unquoted where they can be, a file part as a Blob of `await readFile(...)`. */
function literal(value: unknown): string {
  if (value === FILE) return 'new Blob([await readFile("image.png")])';
  if (Array.isArray(value)) return `[${value.map((item) => literal(item)).join(", ")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).map(([key, item]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${literal(item)}`);
    return entries.length === 0 ? "{}" : `{ ${entries.join(", ")} }`;
  }
  return JSON.stringify(value);
}

/** The descriptions (and titles) of an operation's parameters and of the fields of its request and success bodies. */
function fieldTexts(document: Record<string, any>, operation: Record<string, any>): string[] {
  const texts: string[] = [];
  const seen = new Set<unknown>();
  const visit = (node: any, depth: number): void => {
    node = resolve(document, node);
    if (!node || typeof node !== "object" || seen.has(node) || depth > 6) return;
    seen.add(node);
    if (typeof node.description === "string") texts.push(node.description);
    if (typeof node.title === "string") texts.push(node.title);
    for (const key of ["properties", "patternProperties"]) for (const [name, child] of Object.entries<any>(node[key] ?? {})) {
      texts.push(name);
      visit(child, depth + 1);
    }
    for (const key of ["items", "additionalProperties", "schema"]) if (node[key] && typeof node[key] === "object") visit(node[key], depth + 1);
    for (const key of ["allOf", "oneOf", "anyOf"]) for (const child of node[key] ?? []) visit(child, depth + 1);
    for (const media of Object.values<any>(node.content ?? {})) visit(media.schema, depth + 1);
  };
  for (const parameter of operation.parameters ?? []) visit(parameter, 0);
  if (operation.requestBody) visit(operation.requestBody, 0);
  for (const [status, response] of Object.entries<any>(operation.responses ?? {})) if (/^2/.test(status)) visit(response, 0);
  return texts;
}
