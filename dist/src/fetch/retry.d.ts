import type { DirectRequest, Gate } from "./transport.js";
export interface RetryOptions {
    /** Retries after a network error (also one cutting off the body) or a 502/503/504, for GET and HEAD only. Default 2. */
    retries?: number | undefined;
    /** Retries after a 429, for every method: a 429 means the server did not process the request. Default 3. */
    rateLimitRetries?: number | undefined;
    /** First backoff delay; it doubles per attempt, with full jitter. Default 250 ms. */
    baseDelayMs?: number | undefined;
    /** Upper bound of one backoff delay. Default 5000 ms. */
    maxDelayMs?: number | undefined;
}
/** How long a 429 response asks the client to wait, in milliseconds, if it says so believably. */
export type RetryAfter = (response: Response) => number | undefined;
/**
 * The longest wait a server is believed: a longer `Retry-After` or `X-Rate-Limit-Reset` is taken as unknown (the
 * client then backs off as it does without one), never as a timer that would overflow or hold a call for days.
 */
export declare const LONGEST_SERVER_WAIT_MS: number;
/** Reads a wait given in seconds by the header `name` (possibly fractional); undefined when absent or not believable. */
export declare function secondsHeader(name: string): RetryAfter;
/** The HTTP standard `Retry-After`, in seconds (its date form is not used by these APIs). */
export declare const retryAfterHeader: RetryAfter;
export interface AttemptSettings<T> {
    /** How long a 429 asks the client to wait (default: the `Retry-After` header). */
    retryAfter?: RetryAfter | undefined;
    /** Consulted before and after every attempt. */
    gate?: Gate | undefined;
    /**
     * Reads the body of the answer that is returned. It runs inside the retry loop, so that a body cut off by the
     * network counts as a network error, and an idempotent call is sent again.
     */
    read: (response: Response, request: Request | DirectRequest) => Promise<T>;
    /**
     * Whether a Request (from openapi-fetch) goes to an operation that must not be sent twice although its method is a
     * GET; a DirectRequest says so itself (`idempotent: false`).
     */
    notIdempotent?: ((request: Request) => boolean) | undefined;
}
/** An answer, and its body as `read` read it. */
export interface Answered<T> {
    response: Response;
    body: T;
}
/**
 * Sends a request through the gate and resends it while that is safe and useful, with exponential backoff and jitter;
 * resolves with the answer and its body.
 */
export declare function withRetry<T>(send: (request: Request | DirectRequest) => Promise<Response>, options: RetryOptions | undefined, { retryAfter, gate, read, notIdempotent }: AttemptSettings<T>): (request: Request | DirectRequest) => Promise<Answered<T>>;
