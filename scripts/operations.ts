/** Reads the operations of a bundled OpenAPI document: what the client generator and the tests need. */
export interface OperationInfo {
  operationId: string;
  method: string;
  path: string;
  summary: string;
  /** The operation's description (Markdown), empty when it has none. */
  description: string;
  /** Its first tag: Redoc files the operation under it. */
  tag?: string;
  /** Where each named parameter goes (header parameters are the client's business, not the caller's). */
  parameters: Record<string, "path" | "query">;
  /** The schema types of each path and query parameter (empty when its schema names none). */
  parameterTypes: Record<string, string[]>;
  /** Media type of the request body, if the operation takes one. */
  body?: string;
  /** Whether the request body must be sent (OpenAPI's `requestBody.required`). */
  bodyRequired?: boolean;
  /** Media type of the first success response, if it has content. */
  responseType?: string;
  /** URL of the operation's own server, when it declares one (`servers` of the operation). */
  server?: string;
  /** The success body is not wrapped in the API's envelope (`x-unwrapped: true` on the operation). */
  unwrapped?: boolean;
  /** The operation takes none of the API's credentials: its `security: []` overrides the document's. */
  noAuth?: boolean;
  /** Input fields that carry a credential (`format: password`): parameters and top-level body properties. */
  secrets?: string[];
  /** A GET or HEAD that changes the server's state, which a client must not resend (`x-idempotent: false`). */
  notIdempotent?: boolean;
}

const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export function listOperations(document: Record<string, any>): OperationInfo[] {
  const operations: OperationInfo[] = [];
  for (const [path, item] of Object.entries<any>(document.paths ?? {})) {
    const pathItem = resolve(document, item);
    for (const method of methods) {
      const operation = pathItem[method];
      if (!operation) continue;
      const parameters: OperationInfo["parameters"] = {};
      const parameterTypes: OperationInfo["parameterTypes"] = {};
      const secrets: string[] = [];
      for (const ref of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]) {
        const parameter = resolve(document, ref);
        if (parameter.in !== "path" && parameter.in !== "query") continue;
        parameters[parameter.name] = parameter.in;
        const schema = resolve(document, parameter.schema);
        parameterTypes[parameter.name] = schema?.type === undefined ? [] : [schema.type].flat();
        if (schema?.format === "password") secrets.push(parameter.name);
      }
      const requestBody = operation.requestBody ? resolve(document, operation.requestBody) : undefined;
      const body = requestBody ? Object.keys(requestBody.content ?? {})[0] : undefined;
      const bodySchema = body === undefined ? undefined : resolve(document, requestBody.content[body].schema);
      for (const [name, property] of Object.entries<any>(bodySchema?.properties ?? {})) {
        if (resolve(document, property)?.format === "password") secrets.push(name);
      }
      const success = Object.entries<any>(operation.responses ?? {}).find(([status]) => /^2/.test(status));
      const responseType = success ? Object.keys(resolve(document, success[1]).content ?? {})[0] : undefined;
      operations.push({
        operationId: operation.operationId,
        method,
        path,
        summary: operation.summary ?? "",
        description: operation.description ?? "",
        ...(operation.tags?.[0] === undefined ? {} : { tag: operation.tags[0] }),
        parameters,
        parameterTypes,
        ...(body === undefined ? {} : { body, bodyRequired: requestBody.required === true }),
        ...(responseType === undefined ? {} : { responseType }),
        ...(operation.servers?.[0] ? { server: operation.servers[0].url } : {}),
        ...(operation["x-unwrapped"] === true ? { unwrapped: true } : {}),
        ...(operation.security?.length === 0 && document.security?.length > 0 ? { noAuth: true } : {}),
        ...(secrets.length > 0 ? { secrets } : {}),
        ...(operation["x-idempotent"] === false ? { notIdempotent: true } : {}),
      });
    }
  }
  return operations;
}

/** Whether a media type is JSON: `application/json` or a `+json` type (`application/problem+json`), parameters aside. */
export function isJsonMediaType(mediaType: string): boolean {
  const type = mediaType.split(";")[0]!.trim().toLowerCase();
  return type === "application/json" || /^application\/[\w.+-]*\+json$/.test(type);
}

/**
 * Whether a string schema holds a file: `format: binary`, or a `contentMediaType` that is not JSON (a string holding
 * JSON, as KOOK's card messages with their `contentSchema`, stays a string).
 */
export function holdsFile(schema: { format?: unknown; contentMediaType?: unknown }): boolean {
  return schema.format === "binary" || (schema.contentMediaType !== undefined && !isJsonMediaType(String(schema.contentMediaType)));
}

/** Follows local `$ref`s (`#/components/...`) until it reaches an object that is not a reference. */
export function resolve(document: Record<string, any>, node: any): any {
  let current = node;
  const seen = new Set<string>();
  while (current && typeof current.$ref === "string") {
    const pointer: string = current.$ref;
    if (!pointer.startsWith("#/")) throw new Error(`unsupported $ref ${pointer}`);
    if (seen.has(pointer)) throw new Error(`$ref cycle at ${pointer}`);
    seen.add(pointer);
    current = pointer
      .slice(2)
      .split("/")
      .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce((value: any, key) => value?.[key], document);
    if (current === undefined) throw new Error(`unresolvable $ref ${pointer}`);
  }
  return current;
}
