import { DEFAULT_MAX_RESPONSE_BYTES, readBlob, readText } from "./fetch/body.js";
import { withRetry, type RetryAfter, type RetryOptions } from "./fetch/retry.js";
import type { DirectRequest, FetchLike, Gate, Transport } from "./fetch/transport.js";
import { createInvoker, type Answer, type CallOptions, type Invoke, type InvokerSettings } from "./invoke.js";
import type { OperationTable } from "./operation.js";
import type { Redactor } from "./redact.js";

/** Options every client takes. */
export interface CommonOptions {
  /** Where the API lives; defaults to the spec's server. */
  baseUrl?: string | undefined;
  /** The fetch to send requests with (default: the global fetch). */
  fetch?: FetchLike | undefined;
  /** Time limit of one call, including retries and rate-limit waits, in ms (default: none). */
  timeoutMs?: number | undefined;
  /**
   * The largest answer body read, in bytes after decompression (default 16 MiB). A larger one fails the call with
   * InvalidResponseError as soon as the limit is passed, and its connection is closed.
   */
  maxResponseBytes?: number | undefined;
}

declare const pathsOf: unique symbol;

/** What every client has besides its operation methods: its API's `paths`, for `withRaw` (botspec/raw) to type `raw`. */
export interface ClientBase<Paths extends {}> {
  /** Types only: never set. */
  readonly [pathsOf]?: Paths;
}

/**
 * What `withRaw` needs to give each client `raw` and `use`. Kept off the clients: util.inspect and console.log would
 * show it, and it holds the credential's header.
 */
const rawSupports = new WeakMap<object, RawSupport>();

export function rawSupportOf(client: object): RawSupport | undefined {
  return rawSupports.get(client);
}

/**
 * What `withRaw` needs to give a client `raw` and `use`: the operation methods' own settings, where it sets their
 * detour through openapi-fetch, and the parts of their transport, so that a client holds no second object for it.
 */
export interface RawSupport extends InvokerSettings {
  send: Transport;
  retry: RetryOptions | undefined;
  retryAfter: RetryAfter | undefined;
  gate: Gate | undefined;
  maxBytes: number;
  /** Whether answers come from Node's fetch, whose Content-Length holds. */
  lengthTrusted: boolean;
}

export interface CoreSettings extends CommonOptions {
  baseUrl: string;
  headers: Record<string, string>;
  /**
   * Sends a request an operation method builds (a DirectRequest) when the user gave no `fetch`; the global fetch by
   * default. The bench measures a prototype undici transport through it (bench/undici-transport.ts).
   */
  sendDirect?: ((request: DirectRequest) => Promise<Response>) | undefined;
  /** The Content-Type of JSON request bodies (default `application/json`). */
  jsonType?: string;
  retry?: RetryOptions | false | undefined;
  retryAfter?: RetryAfter;
  /** A rate limiter every attempt passes through. */
  gate?: Gate;
  redactor: Redactor;
  /** An operation method's result for an answer, or the API's typed error thrown. */
  result: (answer: Answer) => unknown;
}

export interface Core {
  invoke: Invoke;
  raw: RawSupport;
}

/**
 * botspec's transport (rate limiting, retries, the `fetch` option) under the operation methods and, once `withRaw`
 * has given the client one, the openapi-fetch client; the methods go through it only while user middleware is
 * registered. openapi-fetch is no part of a client entry: an app that never imports botspec/raw never bundles it.
 */
export function createCore(settings: CoreSettings): Core {
  const { fetch: userFetch, sendDirect, headers, jsonType = "application/json" } = settings;
  const maxBytes = settings.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  // Node's fetch (and undici, under the bench's prototype transport) fails a body longer than its Content-Length; a
  // Response a user's fetch made may say anything.
  const lengthTrusted = !userFetch;
  const send = (request: Request | DirectRequest) => {
    if (userFetch) return userFetch(request instanceof Request ? request : new Request(request.url, request.init)).then(answered);
    if (request instanceof Request) return fetch(request);
    return sendDirect ? sendDirect(request) : fetch(request.url, request.init);
  };
  const retry = settings.retry === false ? SEND_ONCE : settings.retry;
  const { retryAfter, gate } = settings;
  const raw: RawSupport = {
    transport: withRetry(send, retry, {
      retryAfter,
      gate,
      read: (response, request): Promise<string | Blob> =>
        (request as DirectRequest).binary && response.ok ? readBlob(response, maxBytes, lengthTrusted) : readText(response, maxBytes, lengthTrusted),
    }),
    detour: undefined,
    baseUrl: settings.baseUrl,
    headers,
    jsonType,
    timeoutMs: settings.timeoutMs,
    redactor: settings.redactor,
    result: settings.result,
    send,
    retry,
    retryAfter,
    gate,
    maxBytes,
    lengthTrusted,
  };
  return { invoke: createInvoker(raw), raw };
}

const SEND_ONCE: RetryOptions = { retries: 0, rateLimitRetries: 0 };

/** A user's fetch may resolve with `Response.error()`, which Node's never does: no server answered, a network error. */
function answered(response: Response): Response {
  if (response?.type === "error") throw new TypeError("fetch answered with a network error (Response.error())");
  return response;
}

const CALL = Symbol("botspec.call");
/** The operation table of a client's methods, on their shared prototype, for `withRaw`. */
export const TABLE = Symbol("botspec.table");
type Method = ((input?: Record<string, unknown>, options?: CallOptions) => Promise<unknown>) | ((options?: CallOptions) => Promise<unknown>);
const prototypes = new WeakMap<OperationTable, object>();

/**
 * A client object with one method per table entry, each calling `call` with its operationId and spec, and `fields`;
 * `shared` adds what else the API's clients share to their prototype, once.
 * The methods are getters on a prototype all clients of the table share, and each makes its method, an own property
 * from then on, when first read: a client holds only the methods it uses (an API has up to a hundred), and a method
 * still works when taken off its client (`const { getUser } = kook`).
 */
export function bindOperations<Fields extends object>(
  table: OperationTable,
  call: Invoke,
  raw: RawSupport,
  fields: Fields,
  shared?: (prototype: object) => void,
): Fields & Record<string, Method> {
  let prototype = prototypes.get(table);
  if (!prototype) {
    prototypes.set(table, (prototype = operationsPrototype(table)));
    shared?.(prototype);
  }
  const client = Object.create(prototype) as Record<string | symbol, unknown>;
  Object.defineProperty(client, CALL, { value: call });
  rawSupports.set(client, raw);
  return Object.assign(client, fields) as Fields & Record<string, Method>;
}

function operationsPrototype(table: OperationTable): object {
  const prototype = { [TABLE]: table };
  for (const operationId in table) {
    const spec = table[operationId]!;
    Object.defineProperty(prototype, operationId, {
      configurable: true,
      get(this: Record<string | symbol, unknown>) {
        const call = this[CALL] as Invoke;
        const method: Method = spec.noInput
          ? // A method without inputs takes only the call options; given second, as other methods take them, they count.
            (options?: CallOptions, second?: CallOptions) => call(operationId, spec, undefined, second ?? options)
          : (input, options) => call(operationId, spec, input, options);
        own(this, operationId, method);
        return method;
      },
      // A method may be replaced (a test's stub) before it was ever read, as an own property could.
      set(this: object, value: unknown) {
        own(this, operationId, value);
      },
    });
  }
  return prototype;
}

/** Sets `name` on `client` as an own property, hiding the prototype's getter. */
export function own<T>(client: object, name: string, value: T): T {
  Object.defineProperty(client, name, { value, writable: true, configurable: true, enumerable: true });
  return value;
}
