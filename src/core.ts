import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { FetchLike } from "./fetch/fetch-like.js";
import { DeferredRequest, isReplayable, requestClass } from "./fetch/replayable-request.js";
import { withRetry, type RetryAfter, type RetryOptions } from "./fetch/retry.js";
import { createInvoker, type Answer, type CallOptions } from "./invoke.js";
import type { OperationSpec, OperationTable } from "./operation.js";
import type { Redactor } from "./redact.js";

/** Options every client takes. */
export interface CommonOptions {
  /** Where the API lives; defaults to the spec's server. */
  baseUrl?: string;
  /** The fetch to send requests with (default: the global fetch). */
  fetch?: FetchLike;
  /** Time limit of one call, including retries and rate-limit waits, in ms (default: none). */
  timeoutMs?: number;
}

/** What every client has besides its operation methods. */
export interface ClientBase<Paths extends {}> {
  /** The path-based openapi-fetch client, with the same headers, retries and rate limiting. */
  raw: Client<Paths>;
  /** Registers openapi-fetch middleware on `raw` and on every operation method. */
  use(...middleware: Middleware[]): void;
}

export interface CoreSettings extends CommonOptions {
  baseUrl: string;
  headers?: Record<string, string>;
  retry?: RetryOptions | false;
  retryAfter?: RetryAfter;
  /** Wraps the transport inside the retries (e.g. a rate limiter, so that every attempt passes through it). */
  limit?: (fetch: FetchLike) => FetchLike;
  redactor: Redactor;
  /** botspec's own middleware, which reads and sets only `request.headers` (so it works on a DeferredRequest too). */
  middleware?: Middleware[];
}

export interface Core<Paths extends {}> extends ClientBase<Paths> {
  invoke(operationId: string, spec: OperationSpec, input: Record<string, unknown> | undefined, options?: CallOptions): Promise<Answer>;
}

/** The openapi-fetch client with botspec's transport underneath, and the invoker the operation methods share. */
export function createCore<Paths extends {}>(settings: CoreSettings): Core<Paths> {
  const userFetch = settings.fetch;
  const send: FetchLike = userFetch ? (request) => userFetch(toRequest(request)) : sendWithGlobalFetch;
  const limited = settings.limit ? settings.limit(send) : send;
  const transport = settings.retry === false ? limited : withRetry(limited, settings.retry, settings.retryAfter);
  // Requests are real Requests once user middleware may see them.
  let userMiddleware = false;
  const raw = createClient<Paths>({
    baseUrl: settings.baseUrl,
    fetch: transport,
    Request: requestClass(() => !userMiddleware),
    ...(settings.headers ? { headers: settings.headers } : {}),
  });
  if (settings.middleware) raw.use(...settings.middleware);
  const use = raw.use;
  raw.use = (...middleware) => {
    userMiddleware = true;
    use(...middleware);
  };
  const invoke = createInvoker(raw as Client<any>, {
    baseUrl: settings.baseUrl.replace(/\/+$/, ""),
    timeoutMs: settings.timeoutMs,
    redactor: settings.redactor,
  });
  return { raw, invoke, use: (...middleware) => raw.use(...middleware) };
}

/** One method per table entry, each calling `call` with its operationId and spec. */
export function bindOperations(
  table: OperationTable,
  call: (operationId: string, spec: OperationSpec, input: Record<string, unknown> | undefined, options?: CallOptions) => Promise<unknown>,
): Record<string, (input?: Record<string, unknown>, options?: CallOptions) => Promise<unknown>> {
  return Object.fromEntries(
    Object.entries(table).map(([operationId, spec]) => [
      operationId,
      (input?: Record<string, unknown>, options?: CallOptions) => call(operationId, spec, input, options),
    ]),
  );
}

/** The default transport; `fetch(input, init)` is cheaper than `fetch(request)`, which copies the Request. */
function sendWithGlobalFetch(request: Request): Promise<Response> {
  return isReplayable(request) ? globalThis.fetch(...request.fetchArgs()) : globalThis.fetch(request);
}

/** A custom fetch gets a real Request, also in place of a DeferredRequest. */
function toRequest(request: Request | DeferredRequest): Request {
  return request instanceof DeferredRequest ? request.toRequest() : request;
}
