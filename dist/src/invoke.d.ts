import { type RequestContext } from "./errors.js";
import type { Answered } from "./fetch/retry.js";
import type { DirectRequest } from "./fetch/transport.js";
import { type OperationSpec, type SplitInput } from "./operation.js";
import { type Redactor } from "./redact.js";
/** Per-call options of every operation method. */
export interface CallOptions {
    /** Cancels the call; the method then rejects with AbortedError. */
    signal?: AbortSignal | undefined;
    /** Overrides the client's `timeoutMs` for this call (0: none). */
    timeoutMs?: number | undefined;
}
export interface Answer {
    /** The parsed body: JSON, text for text/plain operations or unparsable error bodies, undefined when there is none. */
    body: unknown;
    response: Response;
    spec: OperationSpec;
    /** Where the call went, for an error (built only when asked, since most calls succeed). */
    context(): RequestContext;
    /** The client's redactor, with the call's own credentials (the operation's `secrets` fields) added. */
    redactor: Redactor;
}
/**
 * Sends operations through openapi-fetch, which runs the user's middleware, while any is registered. `withRaw`
 * (botspec/raw) sets it, so that a client entry holds none of that path.
 */
export interface Detour {
    active(): boolean;
    /**
     * The answer, and its body: the success body as text (a Blob when `binary`), an error body parsed if it is JSON.
     * `payload` is the body as the direct way sends it.
     */
    send(spec: OperationSpec, input: SplitInput, payload: string | FormData | null, signal: AbortSignal | undefined, binary: boolean): Promise<{
        response: Response;
        content: unknown;
    }>;
    /** Whether the user's middleware threw `error` or returned it from `onError`: the call rejects with `original(error)`. */
    owns(error: unknown): boolean;
    /** What the middleware threw, as it threw it. */
    original(error: unknown): unknown;
}
export interface InvokerSettings {
    /** Sends directly, through the client's rate limiting and retries; resolves with the answer and its body read. */
    transport: (request: DirectRequest) => Promise<Answered<string | Blob>>;
    detour?: Detour | undefined;
    baseUrl: string;
    headers: Record<string, string>;
    jsonType: string;
    timeoutMs: number | undefined;
    redactor: Redactor;
    /** The method's result for an answer (e.g. the `data` of KOOK's envelope), or the API's typed error thrown. */
    result: (answer: Answer) => unknown;
}
export type Invoke = (operationId: string, spec: OperationSpec, input: Record<string, unknown> | undefined, options?: CallOptions) => Promise<unknown>;
/**
 * Sends one operation and reads the answer, turning every way a call can fail without an answer (network, timeout,
 * abort, unreadable body) into a typed error naming the operation. The API's `result` reads the answer in the same
 * async step: each step a call passes through costs a turn of the microtask queue.
 *
 * While no user middleware is registered the request is sent directly, as the one openapi-fetch would build;
 * test/client-direct.test.ts compares the two ways on the wire.
 */
export declare function createInvoker(settings: InvokerSettings): Invoke;
/**
 * Whether a success body is read as bytes: the operation answers neither JSON nor text (an image; the operation table
 * names only non-JSON answer types) and the server did not send JSON after all (an error envelope under HTTP 200).
 */
export declare function isBytes(spec: OperationSpec, response?: Response): boolean;
/** A request body as the operation sends it: multipart form data for uploads, JSON otherwise. */
export declare function serializeBody(spec: OperationSpec, body: Record<string, unknown>): string | FormData;
