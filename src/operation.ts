/** How the generated operation table describes one operation, and the types derived from generated `operations`. */
export interface OperationSpec {
  readonly method: "get" | "put" | "post" | "delete" | "patch" | "head" | "options" | "trace";
  readonly path: string;
  /** Where each named input goes; any other input field belongs to the request body. */
  readonly parameters: Readonly<Record<string, "path" | "query">>;
  /** Media type of the request body. */
  readonly body?: string;
  /** The body may be left out: it is, when the params object has no body field. */
  readonly optionalBody?: true;
  /** Media type of the success response when it is not JSON. */
  readonly response?: string;
  /** The success response has no body (e.g. 204). */
  readonly noContent?: true;
  /** The operation takes no path, query or body fields: its method's only argument is the call options. */
  readonly noInput?: true;
  /** The success body is the payload itself, not wrapped in the API's envelope (KOOK's OAuth2 token). */
  readonly unwrapped?: true;
  /** The operation takes no client credential: the `Authorization` header is left out (KOOK's pipe messages, OAuth2 token). */
  readonly noAuth?: true;
  /** Input fields carrying a credential of their own (a pipe's `access_token`), redacted from the call's errors. */
  readonly secrets?: readonly string[];
  /** A GET that changes the server's state (`x-idempotent: false`: mirai's fetchMessage), never sent twice. */
  readonly notIdempotent?: true;
}

export type OperationTable = Readonly<Record<string, OperationSpec>>;

export type Simplify<T> = { [K in keyof T]: T[K] } & {};
/** `{}` for an absent part (`never` or `undefined` in the generated types), the part itself otherwise. */
type Part<T> = [NonNullable<T>] extends [never] ? {} : NonNullable<T>;
type ParametersOf<Op> = Op extends { parameters: infer P } ? P : {};
type PathOf<Op> = Part<ParametersOf<Op> extends { path?: infer X } ? X : never>;
type QueryOf<Op> = Part<ParametersOf<Op> extends { query?: infer X } ? X : never>;
type BodyOf<Op> = Op extends { requestBody?: infer B }
  ? NonNullable<B> extends { content: infer C }
    ? Part<C[keyof C]>
    : {}
  : {};

/**
 * Optional fields also take `undefined`, which the runtime leaves out, so that callers compiling with
 * `exactOptionalPropertyTypes` can pass `{ guild_id: maybeId }`.
 */
type UndefinedWhereOptional<T> = { [K in keyof T]: {} extends Pick<T, K> ? T[K] | undefined : T[K] };

/** A file part (a Blob in the generated types) also takes bytes: a Buffer, any typed array, DataView or ArrayBuffer. */
type FileFriendly<T> = { [K in keyof T]: [NonNullable<T[K]>] extends [Blob] ? T[K] | ArrayBuffer | ArrayBufferView : T[K] };

/** The single params object of an operation method: path, query and body fields merged. */
export type OperationInput<Op> = UndefinedWhereOptional<FileFriendly<PathOf<Op> & QueryOf<Op> & BodyOf<Op>>>;

/**
 * The arguments of a method taking `Input`: only the call options when it has no fields; otherwise the params object,
 * which may be left out when nothing in it is required.
 */
export type MethodArgs<Input, Options> = [keyof Input] extends [never]
  ? [options?: Options]
  : {} extends Input
    ? [input?: Simplify<Input>, options?: Options]
    : [input: Simplify<Input>, options?: Options];

/** The arguments of an operation method. */
export type OperationArgs<Op, Options> = MethodArgs<OperationInput<Op>, Options>;

type SuccessResponse<Op> = Op extends { responses: infer R } ? R[Extract<keyof R, 200 | 201 | 202 | 204>] : never;
/** The body of an operation's success response (`void` when it has none). */
export type SuccessBody<Op> = SuccessResponse<Op> extends { content: infer C } ? C[keyof C] : void;

/** One object type (each member of a union flattened), so that `A & { b: string }` shows `b` as required. */
type Flat<T> = T extends Blob ? T : T extends object ? Simplify<T> : T;
type FlatItems<T> = T extends readonly (infer Item)[] ? Flat<Item>[] : T;
/**
 * A result type as an editor should show it: flattened, and so are an array's items and those of an array field (such as
 * a page's `items`), so that a hover shows fields rather than the helper types (`WithRequired<...>`) that made them.
 */
export type Readable<T> = T extends readonly unknown[] ? FlatItems<T> : T extends Blob ? T : T extends object ? { [K in keyof T]: FlatItems<T[K]> } & {} : T;

export interface SplitInput {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  body: Record<string, unknown> | undefined;
}

/**
 * Distributes a params object over path, query and body as the operation table says. Throws a TypeError for a field
 * that would send another request than the caller's: `__proto__` (as JSON.parse makes one), which would set the
 * prototype of a part rather than be a field of it, and, on an operation without a body, an undeclared field whose
 * name would need percent-encoding in the query (openapi-fetch sends names as they are: `a&b=c` adds a parameter).
 */
export function splitInput(spec: OperationSpec, input: Record<string, unknown> = {}): SplitInput {
  const split: SplitInput = { path: {}, query: {}, body: spec.body ? {} : undefined };
  let bodyFields = 0;
  for (const key in input) {
    // Inherited fields are no input (JSON.stringify leaves them out too): with them, a polluted Object.prototype would
    // change every request.
    if (!Object.hasOwn(input, key)) continue;
    const value = input[key];
    if (value === undefined) continue;
    if (key === "__proto__") throw new TypeError("`__proto__` cannot be a field");
    const location = spec.parameters[key];
    if (location === "path") split.path[key] = value;
    else if (location === "query") split.query[key] = value;
    else if (split.body) {
      split.body[key] = value;
      bodyFields++;
    } else {
      if (encode(key) !== key) throw new TypeError(`${JSON.stringify(key)} cannot be a query parameter name`);
      split.query[key] = value;
    }
  }
  if (bodyFields === 0 && spec.optionalBody) split.body = undefined;
  return split;
}

/**
 * The request URL, serialized as openapi-fetch does by default for the scalar path and query parameters every
 * operation has (the client build step checks that): values percent-encoded, absent query parameters left out.
 * openapi-fetch's own `createFinalURL` gives the same string, but measured 1.5–2 % slower per call on loopback (it
 * matches a pattern over the whole URL and joins arrays). Throws a TypeError for what would send another request than
 * the caller's: a path parameter left out, or a value that is no scalar (`[object Object]`).
 */
export function operationUrl(baseUrl: string, template: string, path: Record<string, unknown>, query: Record<string, unknown>): string {
  const segments = segmentsOf(template);
  let url = baseUrl + segments[0];
  for (let i = 1; i < segments.length; i += 2) {
    const value = path[segments[i]!];
    if (value == null) throw new TypeError(missing(segments[i]!));
    url += pathValue(segments[i]!, value) + segments[i + 1];
  }
  let separator = "?";
  for (const name in query) {
    if (query[name] == null) continue;
    url += `${separator}${name}=${scalar(name, query[name])}`;
    separator = "&";
  }
  return url;
}

/** openapi-fetch's `pathSerializer`: fills the `{name}` placeholders of `url` as `operationUrl` does, refusing as it does. */
export function fillPath(url: string, path: Record<string, unknown>): string {
  return url.replace(/\{([^{}]+)\}/g, (_placeholder, name: string) => {
    if (path[name] == null) throw new TypeError(missing(name));
    return pathValue(name, path[name]);
  });
}

const missing = (name: string) => `path parameter \`${name}\` is missing`;

/**
 * A path parameter's value, percent-encoded. An empty value, `.` or `..` would make the URL name another resource
 * (`DELETE /invites/..` is `DELETE /`), and no encoding prevents it: URL parsers take `%2E` for a dot too. Such a value
 * is refused before anything is sent.
 */
function pathValue(name: string, value: unknown): string {
  const encoded = scalar(name, value);
  if (encoded === "" || encoded === "." || encoded === "..") {
    throw new TypeError(`path parameter \`${name}\` cannot be ${JSON.stringify(String(value))}: it would name another resource`);
  }
  return encoded;
}

const encode = (value: unknown) => encodeURIComponent(value as string | number | boolean);

/** A parameter's value percent-encoded; one that is not a scalar is refused. */
function scalar(name: string, value: unknown): string {
  if (!isScalar(value)) throw new TypeError(`parameter \`${name}\` must be a string, finite number or boolean`);
  return encode(value);
}

/**
 * Whether a value has one text form (a string, finite number, boolean or bigint), which a URL or a form part can carry.
 * NaN and Infinity are refused: sent as `NaN`, they are a mistake (`Number.parseInt` of a bad string) no server reads.
 */
export function isScalar(value: unknown): boolean {
  const type = typeof value;
  return type === "string" || (type === "number" && Number.isFinite(value)) || type === "boolean" || type === "bigint";
}

/** A path template split at its parameters, once per template: text, name, text, ..., text. */
const templates = new Map<string, string[]>();
function segmentsOf(template: string): string[] {
  let segments = templates.get(template);
  if (!segments) templates.set(template, (segments = template.split(/\{(\w+)\}/)));
  return segments;
}
