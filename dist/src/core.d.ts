import { type RetryAfter, type RetryOptions } from "./fetch/retry.js";
import type { DirectRequest, FetchLike, Gate, Transport } from "./fetch/transport.js";
import { type Answer, type CallOptions, type Invoke, type InvokerSettings } from "./invoke.js";
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
export declare function rawSupportOf(client: object): RawSupport | undefined;
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
export declare function createCore(settings: CoreSettings): Core;
/** The operation table of a client's methods, on their shared prototype, for `withRaw`. */
export declare const TABLE: unique symbol;
type Method = ((input?: Record<string, unknown>, options?: CallOptions) => Promise<unknown>) | ((options?: CallOptions) => Promise<unknown>);
/**
 * A client object with one method per table entry, each calling `call` with its operationId and spec, and `fields`;
 * `shared` adds what else the API's clients share to their prototype, once.
 * The methods are getters on a prototype all clients of the table share, and each makes its method, an own property
 * from then on, when first read: a client holds only the methods it uses (an API has up to a hundred), and a method
 * still works when taken off its client (`const { getUser } = kook`).
 */
export declare function bindOperations<Fields extends object>(table: OperationTable, call: Invoke, raw: RawSupport, fields: Fields, shared?: (prototype: object) => void): Fields & Record<string, Method>;
/** Sets `name` on `client` as an own property, hiding the prototype's getter. */
export declare function own<T>(client: object, name: string, value: T): T;
export {};
