import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import { isJsonMediaType, resolve } from "./operations.js";

/** A request violation in the shape Prism reports its own (`sl-violations`, logs). */
export interface ContentViolation {
  message: string;
  code: string;
  /** DiagnosticSeverity.Error */
  severity: 0;
  path: string[];
}

const DOCUMENT = "openapi";

/**
 * Checks the strings of JSON request bodies that declare `contentMediaType: application/json` with a
 * `contentSchema` (KOOK's card messages, sent as a JSON string in `content`). JSON Schema 2020-12 makes both keywords
 * annotations, so Prism's validator ignores them; here `contentSchema` is an assertion: the string must be JSON that
 * the schema accepts. Only operations whose request schema uses `contentSchema` are checked, with the whole request
 * schema, so that a `contentSchema` inside a `oneOf` branch applies only where that branch is chosen.
 *
 * Returns, per request, the violations of an operation's body (none for operations without such strings).
 * `document` becomes the checker's own: its discriminators lose their `mapping`.
 */
export function createContentChecker(document: Record<string, any>): (method: string, path: string, body: unknown) => ContentViolation[] {
  // With `discriminator`, a wrong card reports the errors of the variant its `type` names, not of every variant.
  const options = { strict: false, allErrors: true, validateSchema: false, validateFormats: false, discriminator: true } as const;
  withoutMappings(document);
  // `plain` reads contentSchema as the annotation it is; `asserting` also checks it. A body `plain` rejects is
  // Prism's to report; one that only `asserting` rejects has a wrong content string.
  const plain = new Ajv2020(options);
  const asserting = new Ajv2020(options);
  asserting.removeKeyword("contentSchema");
  asserting.addKeyword({
    keyword: "contentSchema",
    schemaType: "object",
    errors: true,
    compile(subschema: object, parent: Record<string, unknown>) {
      if (!isJsonMediaType(String(parent.contentMediaType ?? "application/json"))) return () => true;
      let validate: ValidateFunction | undefined;
      const check: DataValidateFunction = (data) => {
        if (typeof data !== "string") return true;
        let parsed: unknown;
        try {
          parsed = JSON.parse(data);
        } catch {
          check.errors = [contentError("", "must be a JSON document (contentMediaType application/json)")];
          return false;
        }
        validate ??= asserting.compile(inDocument(subschema));
        if (validate(parsed)) return true;
        check.errors = (validate.errors ?? []).map((error) => contentError(error.instancePath, error.message ?? "is invalid"));
        return false;
      };
      return check;
    },
  });
  plain.addSchema(document, DOCUMENT);
  asserting.addSchema(document, DOCUMENT);

  const validators = new Map<string, [ValidateFunction, ValidateFunction] | null>();
  const validatorsOf = (method: string, path: string) => {
    const key = `${method} ${path}`;
    if (!validators.has(key)) {
      const media = document.paths?.[path]?.[method]?.requestBody?.content?.["application/json"];
      const ref = `${DOCUMENT}#/paths/${escape(path)}/${method}/requestBody/content/application~1json/schema`;
      const checked = media && usesContentSchema(document, media.schema, new Set());
      validators.set(key, checked ? [plain.compile({ $ref: ref }), asserting.compile({ $ref: ref })] : null);
    }
    return validators.get(key)!;
  };

  return (method, path, body) => {
    const pair = validatorsOf(method.toLowerCase(), path);
    if (!pair || !pair[0](body) || pair[1](body)) return [];
    return (pair[1].errors ?? [])
      .filter((error) => error.keyword === "contentSchema")
      .map((error) => ({
        message: error.message ?? "content is invalid",
        code: "contentSchema",
        severity: 0,
        path: ["body", ...error.instancePath.split("/").filter(Boolean)],
      }));
  };
}

type DataValidateFunction = ((data: unknown) => boolean) & { errors?: Partial<ErrorObject>[] };

/** Removes `discriminator.mapping` (Ajv finds each variant by its `const` tag, and refuses mappings). */
function withoutMappings(node: unknown): void {
  if (!node || typeof node !== "object") return;
  const schema = node as Record<string, any>;
  if (schema.discriminator && typeof schema.discriminator === "object") delete schema.discriminator.mapping;
  for (const value of Object.values(schema)) withoutMappings(value);
}

function contentError(instancePath: string, message: string): Partial<ErrorObject> {
  return { keyword: "contentSchema", message: `content${instancePath ? ` ${instancePath}` : ""}: ${message}`, params: {} };
}

/** A subschema of the document with its local `$ref`s pointing into the document, to compile on its own. */
function inDocument(schema: object): object {
  return JSON.parse(JSON.stringify(schema).replaceAll('"$ref":"#/', `"$ref":"${DOCUMENT}#/`));
}

function escape(path: string): string {
  return path.replaceAll("~", "~0").replaceAll("/", "~1");
}

/** Whether a schema, or any schema it references, has a `contentSchema`. */
function usesContentSchema(document: Record<string, any>, node: unknown, seen: Set<string>): boolean {
  if (!node || typeof node !== "object") return false;
  const schema = node as Record<string, unknown>;
  if (typeof schema.$ref === "string") {
    if (seen.has(schema.$ref)) return false;
    seen.add(schema.$ref);
    return usesContentSchema(document, resolve(document, schema), seen);
  }
  if ("contentSchema" in schema) return true;
  return Object.values(schema).some((value) => usesContentSchema(document, value, seen));
}

interface PrismInput {
  resource: { method: string; path: string };
  element: { body?: unknown };
}
type Either = { _tag: "Left"; left: readonly unknown[] } | { _tag: "Right"; right: unknown };

/**
 * Prism's request validator (`components.validateInput` of its server) with the content strings of `document`
 * checked too: their violations join Prism's, so the request is answered as any other invalid request, with them
 * listed in `sl-violations`.
 */
export function withContentChecks<V extends (input: any) => unknown>(validateInput: V, document: Record<string, any>): V {
  const check = createContentChecker(document);
  const validate = (input: PrismInput): Either => {
    const result = validateInput(input) as Either;
    const violations = check(input.resource.method, input.resource.path, input.element.body);
    if (violations.length === 0) return result;
    return { _tag: "Left", left: result._tag === "Left" ? [...result.left, ...violations] : violations };
  };
  return validate as unknown as V;
}
