import type { Client, Middleware } from "openapi-fetch";
import { buffered, DEFAULT_MAX_RESPONSE_BYTES, readText } from "./fetch/body.js";
import { withRetry, type RetryAfter, type RetryOptions } from "./fetch/retry.js";
import type { DirectRequest, FetchLike, Gate } from "./fetch/transport.js";
import { createInvoker, type Answer, type CallOptions, type Invoke } from "./invoke.js";
import { fillPath, type OperationTable } from "./operation.js";
import { createLazyClient } from "./raw.js";
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

/** What every client has besides its operation methods. */
export interface ClientBase<Paths extends {}> {
  /**
   * The path-based openapi-fetch client, with the same headers, retries and rate limiting. openapi-fetch is imported
   * on its first request.
   */
  raw: Client<Paths>;
  /** Registers openapi-fetch middleware on `raw` and on every operation method (`raw.eject` removes it). */
  use(...middleware: Middleware[]): void;
}

export interface CoreSettings extends CommonOptions {
  baseUrl: string;
  headers: Record<string, string>;
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

export interface Core<Paths extends {}> extends ClientBase<Paths> {
  invoke: Invoke;
}

/**
 * botspec's transport (rate limiting, retries, the `fetch` option) under both the openapi-fetch client and the
 * operation methods, which go through openapi-fetch only while user middleware is registered.
 */
export function createCore<Paths extends {}>(settings: CoreSettings): Core<Paths> {
  const { fetch: userFetch, headers, jsonType = "application/json" } = settings;
  const maxBytes = settings.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const send = (request: Request | DirectRequest) => {
    if (request instanceof Request) return (userFetch ?? fetch)(request);
    return userFetch ? userFetch(new Request(request.url, request.init)) : fetch(request.url, request.init);
  };
  const retry = settings.retry === false ? SEND_ONCE : settings.retry;
  const { retryAfter, gate } = settings;
  // openapi-fetch reads the body itself, after the retry loop: it gets the answer with its body read already.
  const viaOpenapiFetch = withRetry(send, retry, { retryAfter, gate, read: (response) => buffered(response, maxBytes) });
  const transport = async (request: Request) => (await viaOpenapiFetch(request)).body;
  const direct = withRetry(send, retry, { retryAfter, gate, read: (response) => readText(response, maxBytes) });
  const builtIn = jsonType === "application/json" ? [] : [setJsonType(jsonType)];
  const { client: raw, middleware } = createLazyClient<Paths>({ baseUrl: settings.baseUrl, fetch: transport, headers, pathSerializer: fillPath }, builtIn);
  const invoke = createInvoker({
    raw: raw as Client<any>,
    transport: direct,
    direct: () => middleware.length === 0,
    baseUrl: settings.baseUrl,
    headers,
    jsonType,
    timeoutMs: settings.timeoutMs,
    redactor: settings.redactor,
    result: settings.result,
  });
  return { raw, invoke, use: (...middleware) => raw.use(...middleware) };
}

const SEND_ONCE: RetryOptions = { retries: 0, rateLimitRetries: 0 };

/** One method per table entry, each calling `call` with its operationId and spec. */
export function bindOperations(table: OperationTable, call: Invoke): Record<string, (input?: Record<string, unknown>, options?: CallOptions) => Promise<unknown>> {
  return Object.fromEntries(
    Object.entries(table).map(([operationId, spec]) => [
      operationId,
      spec.noInput
        ? // A method without inputs takes only the call options.
          (options?: CallOptions) => call(operationId, spec, undefined, options)
        : (input?: Record<string, unknown>, options?: CallOptions) => call(operationId, spec, input, options),
    ]),
  );
}

/** Gives JSON bodies sent through openapi-fetch the Content-Type `type` instead of its plain `application/json`. */
function setJsonType(type: string): Middleware {
  return {
    onRequest({ request }) {
      if (request.headers.get("Content-Type") === "application/json") request.headers.set("Content-Type", type);
    },
  };
}
