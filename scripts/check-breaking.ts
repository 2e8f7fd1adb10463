/**
 * Breaking-change check: compares each API's bundle (generated/<api>/openapi.json) with an earlier version and fails
 * on changes that break existing clients.
 *
 *   npm run check:breaking                          against the last git tag (if any), else baseline/<api>.openapi.json
 *   npm run check:breaking -- --against baseline    always against the committed baseline
 *   npm run check:breaking -- --api tomon           one API
 *   npm run check:breaking -- --update-baseline     copy the current bundles to baseline/ (after a release, or to start)
 *
 * What counts as breaking (each has a kind, and every break an id):
 * - operation-removed: a method + path that is gone; operation-id-changed: a renamed operationId (the clients'
 *   method name).
 * - Inputs (parameters and request bodies): parameter-removed, parameter-retyped, parameter-required (new required
 *   parameter, or optional made required), request-body-required, request-media-type-removed, request-field-removed,
 *   request-field-retyped (accepts fewer types, formats or enum values, or a oneOf variant less),
 *   request-field-required (new required property, or optional made required).
 * - Outputs (responses): response-media-type-removed (of a 2xx response), response-field-removed,
 *   response-field-retyped (may now hold other types, formats or enum values, e.g. newly nullable),
 *   response-field-optional (a required property that may now be missing). A response schema that becomes a union
 *   is compared as the variant closest to it, and each other variant is a response-field-retyped.
 *
 * Intended breaks are acknowledged by id in baseline/acknowledged-breaks.yaml (`*` matches any text in an id).
 */
import { execFileSync } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { parse } from "yaml";
import { apis } from "./apis.js";
import { resolve as resolveRef } from "./operations.js";

export type BreakKind =
  | "operation-removed"
  | "operation-id-changed"
  | "parameter-removed"
  | "parameter-retyped"
  | "parameter-required"
  | "request-body-required"
  | "request-media-type-removed"
  | "request-field-removed"
  | "request-field-retyped"
  | "request-field-required"
  | "response-media-type-removed"
  | "response-field-removed"
  | "response-field-retyped"
  | "response-field-optional";

export interface Break {
  /** `<api>:<kind>:<METHOD> <path>:<location>`, stable across runs: what acknowledged-breaks.yaml lists. */
  id: string;
  kind: BreakKind;
  /** `GET /channels/{channelId}/invites` */
  operation: string;
  /** Where in the operation: `query.limit`, `body[application/json].name`, `response[200 application/json].items[].id`. */
  location: string;
  message: string;
}

type Doc = Record<string, any>;
type Direction = "request" | "response";

const methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** Every breaking change from `base` to `head` (two bundled OpenAPI 3.1 documents of the API `api`). */
export function findBreaks(api: string, base: Doc, head: Doc): Break[] {
  const breaks: Break[] = [];
  const headOperations = operationsOf(head);
  for (const [key, baseOp] of operationsOf(base)) {
    const report = (kind: BreakKind, location: string, message: string): void => {
      breaks.push({ id: `${api}:${kind}:${key}${location ? `:${location}` : ""}`, kind, operation: key, location, message });
    };
    const headOp = headOperations.get(key);
    if (headOp === undefined) {
      const moved = [...headOperations].find(([, op]) => op.operation.operationId === baseOp.operation.operationId && op.operation.operationId);
      report("operation-removed", "", moved ? `the operation was removed (operationId ${moved[1].operation.operationId} is now ${moved[0]})` : "the operation was removed");
      continue;
    }
    if (baseOp.operation.operationId && baseOp.operation.operationId !== headOp.operation.operationId) {
      report("operation-id-changed", "", `operationId ${baseOp.operation.operationId} became ${headOp.operation.operationId ?? "(none)"}: generated clients' method names change`);
    }
    compareParameters(base, head, baseOp, headOp, report);
    compareRequestBodies(base, head, baseOp.operation.requestBody, headOp.operation.requestBody, report);
    compareResponses(base, head, baseOp.operation.responses ?? {}, headOp.operation.responses ?? {}, report);
  }
  return breaks;
}

type Reporter = (kind: BreakKind, location: string, message: string) => void;

interface OperationRef {
  pathItem: Doc;
  operation: Doc;
}

function operationsOf(document: Doc): Map<string, OperationRef> {
  const operations = new Map<string, OperationRef>();
  for (const [path, item] of Object.entries<any>(document.paths ?? {})) {
    const pathItem = resolveRef(document, item);
    for (const method of methods) {
      if (pathItem[method]) operations.set(`${method.toUpperCase()} ${path}`, { pathItem, operation: pathItem[method] });
    }
  }
  return operations;
}

function parametersOf(document: Doc, op: OperationRef): Map<string, Doc> {
  const parameters = new Map<string, Doc>();
  for (const ref of [...(op.pathItem.parameters ?? []), ...(op.operation.parameters ?? [])]) {
    const parameter = resolveRef(document, ref);
    parameters.set(`${parameter.in}.${parameter.name}`, parameter);
  }
  return parameters;
}

function compareParameters(base: Doc, head: Doc, baseOp: OperationRef, headOp: OperationRef, report: Reporter): void {
  const before = parametersOf(base, baseOp);
  const after = parametersOf(head, headOp);
  for (const [key, parameter] of before) {
    const now = after.get(key);
    if (now === undefined) {
      report("parameter-removed", key, `${key} parameter was removed`);
      continue;
    }
    if (!parameter.required && now.required) report("parameter-required", key, `${key} parameter is now required`);
    const schemaBreaks = new SchemaComparison(base, head, "request", (kind, location, message) =>
      report(kind === "request-field-retyped" ? "parameter-retyped" : kind, location, message),
    );
    schemaBreaks.compare(parameter.schema ?? {}, now.schema ?? {}, key, []);
  }
  for (const [key, parameter] of after) {
    if (!before.has(key) && parameter.required) report("parameter-required", key, `new required ${key} parameter`);
  }
}

function compareRequestBodies(base: Doc, head: Doc, before: Doc | undefined, after: Doc | undefined, report: Reporter): void {
  const baseBody = before === undefined ? undefined : resolveRef(base, before);
  const headBody = after === undefined ? undefined : resolveRef(head, after);
  if (headBody === undefined) {
    if (baseBody !== undefined) {
      for (const mediaType of Object.keys(baseBody.content ?? {})) {
        report("request-media-type-removed", `body[${mediaType}]`, `the request body (${mediaType}) was removed`);
      }
    }
    return;
  }
  if (headBody.required && !baseBody?.required) {
    report("request-body-required", "body", baseBody ? "the request body is now required" : "new required request body");
  }
  if (baseBody === undefined) return;
  for (const [mediaType, media] of Object.entries<any>(baseBody.content ?? {})) {
    const location = `body[${mediaType}]`;
    const now = headBody.content?.[mediaType];
    if (now === undefined) report("request-media-type-removed", location, `the server no longer accepts ${mediaType} bodies`);
    else new SchemaComparison(base, head, "request", report).compare(media.schema ?? {}, now.schema ?? {}, location, []);
  }
}

function compareResponses(base: Doc, head: Doc, before: Doc, after: Doc, report: Reporter): void {
  for (const [status, ref] of Object.entries<any>(before)) {
    const baseResponse = resolveRef(base, ref);
    const headResponse = after[status] === undefined ? undefined : resolveRef(head, after[status]);
    for (const [mediaType, media] of Object.entries<any>(baseResponse.content ?? {})) {
      const location = `response[${status} ${mediaType}]`;
      const now = headResponse?.content?.[mediaType];
      if (now === undefined) {
        if (/^2/.test(status)) report("response-media-type-removed", location, `the ${status} response no longer has a ${mediaType} body`);
        continue;
      }
      new SchemaComparison(base, head, "response", report).compare(media.schema ?? {}, now.schema ?? {}, location, []);
    }
  }
}

/** What a schema allows, flattened through `$ref`, `allOf` and a nullable `oneOf`/`anyOf` wrapper. */
interface Shape {
  /** JSON types allowed; undefined = any. */
  types: Set<string> | undefined;
  enumValues: Set<string> | undefined;
  format: string | undefined;
  properties: Map<string, unknown>;
  required: Set<string>;
  items: unknown;
  additional: unknown;
  /** oneOf/anyOf branches by a stable key (component name, or index). */
  variants: Map<string, unknown> | undefined;
  /** Component names this shape came through, for cycle detection. */
  refs: string[];
}

class SchemaComparison {
  constructor(
    private readonly base: Doc,
    private readonly head: Doc,
    private readonly direction: Direction,
    private readonly report: Reporter,
  ) {}

  compare(baseNode: unknown, headNode: unknown, location: string, stack: string[]): void {
    const before = shapeOf(this.base, baseNode);
    const after = shapeOf(this.head, headNode);
    const pair = `${before.refs.join(",")}|${after.refs.join(",")}`;
    if ((before.refs.length > 0 || after.refs.length > 0) && stack.includes(pair)) return; // recursive schema
    const inner = [...stack, pair];
    const dir = this.direction;
    const retyped = dir === "request" ? "request-field-retyped" : "response-field-retyped";

    // A response that became a union (e.g. a success body that now also admits an error envelope): the old schema
    // lives on as its closest variant, and the others are what the response may now be.
    if (dir === "response" && before.types !== undefined && before.variants === undefined && after.variants !== undefined) {
      const [kept, node] = closestVariant(this.head, before, after.variants);
      const added = [...after.variants.keys()].filter((key) => key !== kept);
      if (added.length > 0) this.report(retyped, location, `${location} may now be ${added.map((key) => `the ${key} variant`).join(", ")}`);
      this.compare(baseNode, node, location, inner);
      return;
    }

    // Types: requests must still accept what they accepted; responses must not return anything new.
    const [from, to] = dir === "request" ? [before, after] : [after, before];
    const lost = lostTypes(from.types, to.types);
    if (lost.length > 0) {
      this.report(
        retyped,
        location,
        dir === "request"
          ? `${location} no longer accepts ${lost.join(", ")} (was ${describeTypes(before.types)}, now ${describeTypes(after.types)})`
          : `${location} may now be ${lost.join(", ")} (was ${describeTypes(before.types)}, now ${describeTypes(after.types)})`,
      );
    }
    if (before.format !== undefined && after.format !== undefined && before.format !== after.format) {
      this.report(retyped, location, `${location} changed format from ${before.format} to ${after.format}`);
    }
    if (from.enumValues !== undefined && to.enumValues !== undefined) {
      const missing = [...from.enumValues].filter((value) => !to.enumValues!.has(value));
      if (missing.length > 0) {
        this.report(
          retyped,
          location,
          dir === "request" ? `${location} no longer accepts ${missing.join(", ")}` : `${location} may now be ${missing.join(", ")}`,
        );
      }
    } else if (from.enumValues === undefined && to.enumValues !== undefined) {
      this.report(
        retyped,
        location,
        dir === "request"
          ? `${location} is now restricted to ${[...to.enumValues].join(", ")}`
          : `${location} is no longer restricted to ${[...to.enumValues].join(", ")}`,
      );
    }

    // Properties.
    for (const [name, node] of before.properties) {
      const path = join(location, name);
      const now = after.properties.get(name);
      if (now === undefined) {
        this.report(dir === "request" ? "request-field-removed" : "response-field-removed", path, `${path} was removed`);
        continue;
      }
      if (dir === "response" && before.required.has(name) && !after.required.has(name)) {
        this.report("response-field-optional", path, `${path} is no longer required: responses may leave it out`);
      }
      this.compare(node, now, path, inner);
    }
    if (dir === "request") {
      for (const name of after.required) {
        if (!before.required.has(name) && (before.properties.has(name) || after.properties.has(name))) {
          const path = join(location, name);
          this.report("request-field-required", path, before.properties.has(name) ? `${path} is now required` : `new required field ${path}`);
        }
      }
    }

    if (before.items !== undefined && after.items !== undefined) this.compare(before.items, after.items, `${location}[]`, inner);
    if (isSchema(before.additional) && isSchema(after.additional)) this.compare(before.additional, after.additional, `${location}{}`, inner);

    if (before.variants !== undefined || after.variants !== undefined) {
      // A union on one side only: the other side counts as a union of its one (named) schema.
      const single = (shape: Shape, node: unknown): Map<string, unknown> =>
        new Map(shape.refs.length > 0 ? [[shape.refs[0]!.split("/").pop()!, node]] : []);
      const beforeVariants = before.variants ?? single(before, baseNode);
      const afterVariants = after.variants ?? single(after, headNode);
      for (const [key, node] of beforeVariants) {
        const now = afterVariants.get(key);
        const path = `${location}<${key}>`;
        if (now === undefined) {
          if (dir === "request") this.report(retyped, path, `${location} no longer accepts the ${key} variant`);
          continue;
        }
        this.compare(node, now, path, inner);
      }
    }
  }
}

/** The variant of a union most like `shape`: the most properties in common, then the same types, then the first. */
function closestVariant(document: Doc, shape: Shape, variants: Map<string, unknown>): [string, unknown] {
  let best: [string, unknown] | undefined;
  let bestScore = -1;
  for (const [key, node] of variants) {
    const variant = shapeOf(document, node);
    const common = [...shape.properties.keys()].filter((name) => variant.properties.has(name)).length;
    const sameTypes = lostTypes(variant.types, shape.types).length === 0 ? 1 : 0;
    const score = common * 2 + sameTypes;
    if (score > bestScore) [best, bestScore] = [[key, node], score];
  }
  return best!;
}

function shapeOf(document: Doc, node: unknown, depth = 0): Shape {
  const shape: Shape = {
    types: undefined,
    enumValues: undefined,
    format: undefined,
    properties: new Map(),
    required: new Set(),
    items: undefined,
    additional: undefined,
    variants: undefined,
    refs: [],
  };
  if (depth > 20 || node === true || node === undefined) return shape;
  if (node === false) return { ...shape, types: new Set() };
  let schema = node as Doc;
  while (typeof schema.$ref === "string") {
    shape.refs.push(schema.$ref);
    const { $ref, ...siblings } = schema;
    schema = { ...resolveRef(document, { $ref }), ...siblings };
  }
  if (schema.type !== undefined) shape.types = new Set(Array.isArray(schema.type) ? schema.type : [schema.type]);
  if ("const" in schema) {
    shape.enumValues = new Set([JSON.stringify(schema.const)]);
    shape.types ??= new Set([jsonType(schema.const)]);
  }
  if (Array.isArray(schema.enum)) {
    shape.enumValues = new Set(schema.enum.map((value: unknown) => JSON.stringify(value)));
    shape.types ??= new Set(schema.enum.map(jsonType));
  }
  shape.format = schema.format;
  for (const [name, property] of Object.entries(schema.properties ?? {})) shape.properties.set(name, property);
  for (const name of schema.required ?? []) shape.required.add(name);
  shape.items = schema.items;
  shape.additional = schema.additionalProperties;

  for (const part of schema.allOf ?? []) {
    const partShape = shapeOf(document, part, depth + 1);
    if (partShape.types !== undefined) shape.types = shape.types === undefined ? partShape.types : intersect(shape.types, partShape.types);
    shape.enumValues ??= partShape.enumValues;
    absorb(shape, partShape);
  }

  const branches: unknown[] = [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])];
  if (branches.length > 0) {
    const isNull = (branch: any): boolean => branch?.type === "null" || (Array.isArray(branch?.type) && branch.type.length === 1 && branch.type[0] === "null");
    const concrete = branches.filter((branch) => !isNull(branch));
    const union = new Set<string>(concrete.length < branches.length ? ["null"] : []);
    if (concrete.length === 1) {
      // A nullable wrapper (`oneOf: [X, {type: null}]`) or a single branch: compare X itself.
      const inner = shapeOf(document, concrete[0], depth + 1);
      if (inner.types !== undefined) {
        for (const type of inner.types) union.add(type);
        shape.types = shape.types === undefined ? union : intersect(shape.types, union);
      }
      shape.enumValues ??= inner.enumValues === undefined ? undefined : new Set([...inner.enumValues, ...(union.has("null") ? ["null"] : [])]);
      absorb(shape, inner);
    } else {
      const variants = new Map<string, unknown>();
      let anyType = false;
      concrete.forEach((branch: any, index) => {
        const branchShape = shapeOf(document, branch, depth + 1);
        if (typeof branch?.$ref !== "string" && branchShape.types === undefined && branchShape.variants === undefined) {
          // A constraint branch (`anyOf: [{required: [a]}, {required: [b]}]`), not an alternative type: its
          // properties belong to the object itself.
          for (const [name, property] of branchShape.properties) if (!shape.properties.has(name)) shape.properties.set(name, property);
          return;
        }
        variants.set(typeof branch?.$ref === "string" ? branch.$ref.split("/").pop()! : `#${index}`, branch);
        if (branchShape.types === undefined) anyType = true;
        else for (const type of branchShape.types) union.add(type);
      });
      if (variants.size > 0) {
        shape.variants = variants;
        if (!anyType) shape.types = shape.types === undefined ? union : intersect(shape.types, union);
      }
    }
  }
  return shape;
}

/** Types in `from` that `to` no longer covers (`number` covers `integer`). Undefined = any type. */
function lostTypes(from: Set<string> | undefined, to: Set<string> | undefined): string[] {
  if (to === undefined) return [];
  if (from === undefined) return ["any other type"];
  return [...from].filter((type) => !to.has(type) && !(type === "integer" && to.has("number")));
}

function describeTypes(types: Set<string> | undefined): string {
  return types === undefined ? "any" : [...types].sort().join(" | ") || "nothing";
}

/** Takes into `shape` what a part of it (an `allOf` member, or the one branch of a union) says and it does not yet. */
function absorb(shape: Shape, part: Shape): void {
  shape.format ??= part.format;
  for (const [name, property] of part.properties) if (!shape.properties.has(name)) shape.properties.set(name, property);
  for (const name of part.required) shape.required.add(name);
  shape.items ??= part.items;
  shape.additional ??= part.additional;
  shape.variants ??= part.variants;
  shape.refs.push(...part.refs);
}

function intersect(a: Set<string>, b: Set<string>): Set<string> {
  return new Set([...a].filter((type) => b.has(type) || (type === "integer" && b.has("number"))).concat([...b].filter((type) => type === "integer" && a.has("number"))));
}

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function isSchema(value: unknown): boolean {
  return value !== undefined && typeof value === "object" && value !== null;
}

function join(location: string, name: string): string {
  return `${location}.${name}`;
}


// ---------------------------------------------------------------------------------------------------------------
// Acknowledged breaks, baselines and the command line.

export const acknowledgedBreaksFile = "baseline/acknowledged-breaks.yaml";

export interface Acknowledgement {
  id: string;
  reason?: string;
}

export function parseAcknowledged(text: string): Acknowledgement[] {
  const data = parse(text) ?? {};
  const list: unknown[] = data.acknowledged ?? [];
  if (!Array.isArray(list)) throw new Error(`${acknowledgedBreaksFile}: \`acknowledged\` must be a list`);
  return list.map((entry) => {
    if (typeof entry === "string") return { id: entry };
    if (entry && typeof entry === "object" && typeof (entry as any).id === "string") return entry as Acknowledgement;
    throw new Error(`${acknowledgedBreaksFile}: each entry is a break id or {id, reason}, got ${JSON.stringify(entry)}`);
  });
}

export function isAcknowledged(id: string, acknowledged: Acknowledgement[]): Acknowledgement | undefined {
  return acknowledged.find((entry) => matches(entry.id, id));
}

function matches(pattern: string, id: string): boolean {
  if (!pattern.includes("*")) return pattern === id;
  const regex = new RegExp(`^${pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
  return regex.test(id);
}

/** The text of a breaks report: unacknowledged breaks first, then acknowledged ones. */
export function formatReport(api: string, against: string, breaks: Break[], acknowledged: Acknowledgement[]): string {
  const open = breaks.filter((item) => !isAcknowledged(item.id, acknowledged));
  const accepted = breaks.filter((item) => isAcknowledged(item.id, acknowledged));
  const lines = [`${api}: ${open.length === 0 ? "no unacknowledged breaking changes" : `${open.length} breaking change${open.length === 1 ? "" : "s"}`} against ${against}${accepted.length > 0 ? ` (${accepted.length} acknowledged)` : ""}`];
  for (const item of open) {
    lines.push(`  ✗ ${item.kind}  ${item.operation}`, `      ${item.message}`, `      id: ${item.id}`);
  }
  for (const item of accepted) {
    const reason = isAcknowledged(item.id, acknowledged)?.reason;
    lines.push(`  ✓ acknowledged ${item.kind}  ${item.operation}: ${item.message}${reason ? ` (${reason})` : ""}`);
  }
  return lines.join("\n");
}

export function baselinePath(api: string): string {
  return `baseline/${api}.openapi.json`;
}

function lastTag(): string | undefined {
  try {
    return execFileSync("git", ["describe", "--tags", "--abbrev=0"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function fileAtTag(tag: string, path: string): string | undefined {
  try {
    return execFileSync("git", ["show", `${tag}:${path}`], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

const acknowledgedTemplate = `# Breaking changes made on purpose, acknowledged so that \`npm run check:breaking\` passes.
# List each break by the id the check prints; \`*\` matches any text. Give the reason, e.g.:
#   - id: "tomon:response-field-removed:GET /invites/{inviteCode}:response[200 application/json].inviter"
#     reason: upstream removed the field in 2024-05
# Entries can be removed after the next release (tag) or baseline update.
acknowledged: []
`;

async function main(argv: string[]): Promise<void> {
  const apiIndex = argv.indexOf("--api");
  const apiFilter = apiIndex >= 0 ? argv[apiIndex + 1] : undefined;
  const againstIndex = argv.indexOf("--against");
  const against = againstIndex >= 0 ? argv[againstIndex + 1] : "auto";
  if (!["auto", "tag", "baseline"].includes(against ?? "")) throw new Error("--against is tag, baseline or auto");
  const selected = apis.filter((api) => apiFilter === undefined || api.name === apiFilter);
  if (selected.length === 0) throw new Error(`unknown API ${apiFilter}; APIs are ${apis.map((api) => api.name).join(", ")}`);

  if (argv.includes("--update-baseline")) {
    await mkdir("baseline", { recursive: true });
    for (const api of selected) {
      await writeFile(baselinePath(api.name), await readFile(`generated/${api.name}/openapi.json`, "utf8"));
      console.log(`wrote ${baselinePath(api.name)} from generated/${api.name}/openapi.json`);
    }
    if ((await readFile(acknowledgedBreaksFile, "utf8").catch(() => undefined)) === undefined) {
      await writeFile(acknowledgedBreaksFile, acknowledgedTemplate);
      console.log(`wrote ${acknowledgedBreaksFile}`);
    }
    return;
  }

  const acknowledged = parseAcknowledged(await readFile(acknowledgedBreaksFile, "utf8").catch(() => ""));
  const tag = against === "baseline" ? undefined : lastTag();
  if (against === "tag" && tag === undefined) throw new Error("--against tag: the repository has no tag");
  let failed = 0;
  const seen = new Set<string>();
  for (const api of selected) {
    const head = JSON.parse(await readFile(`generated/${api.name}/openapi.json`, "utf8"));
    let baseText: string | undefined;
    let source: string;
    const tagged = tag === undefined ? undefined : fileAtTag(tag, `generated/${api.name}/openapi.json`);
    if (tagged !== undefined) {
      baseText = tagged;
      source = `tag ${tag}`;
    } else {
      if (against === "tag") throw new Error(`tag ${tag} has no generated/${api.name}/openapi.json`);
      baseText = await readFile(baselinePath(api.name), "utf8").catch(() => undefined);
      source = baselinePath(api.name);
    }
    if (baseText === undefined) {
      console.log(`${api.name}: no baseline (${baselinePath(api.name)} is missing and no tag has it): nothing to compare; create it with --update-baseline`);
      continue;
    }
    const breaks = findBreaks(api.name, JSON.parse(baseText), head);
    for (const item of breaks) {
      const entry = isAcknowledged(item.id, acknowledged);
      if (entry) seen.add(entry.id);
    }
    console.log(formatReport(api.name, source, breaks, acknowledged));
    failed += breaks.filter((item) => !isAcknowledged(item.id, acknowledged)).length;
  }
  const stale = acknowledged.filter((entry) => !seen.has(entry.id) && (apiFilter === undefined || entry.id.startsWith(`${apiFilter}:`)));
  for (const entry of stale) console.log(`note: acknowledged break ${entry.id} no longer occurs; it can be removed from ${acknowledgedBreaksFile}`);
  if (failed > 0) {
    console.error(
      `\n${failed} unacknowledged breaking change${failed === 1 ? "" : "s"}. Fix the spec, or if the break is intended, add its id to ${acknowledgedBreaksFile} with a reason.`,
    );
    process.exitCode = 1;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  });
}
