import { sleep } from "../sleep.js";
import { ResponseTooLarge } from "./body.js";
import { headerNumber } from "./header-number.js";
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
export const LONGEST_SERVER_WAIT_MS = 10 * 60_000;

const RETRIED_STATUSES = new Set([502, 503, 504]);
const IDEMPOTENT_METHODS = new Set(["GET", "HEAD"]);

/** Reads a wait given in seconds by the header `name` (possibly fractional); undefined when absent or not believable. */
export function secondsHeader(name: string): RetryAfter {
  return (response) => {
    const ms = headerNumber(response.headers.get(name)) * 1000;
    return ms >= 0 && ms <= LONGEST_SERVER_WAIT_MS ? ms : undefined;
  };
}

/** The HTTP standard `Retry-After`, in seconds (its date form is not used by these APIs). */
export const retryAfterHeader = secondsHeader("Retry-After");

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
export function withRetry<T>(
  send: (request: Request | DirectRequest) => Promise<Response>,
  options: RetryOptions = {},
  { retryAfter = retryAfterHeader, gate, read, notIdempotent }: AttemptSettings<T>,
): (request: Request | DirectRequest) => Promise<Answered<T>> {
  const { retries = 2, rateLimitRetries = 3, baseDelayMs = 250, maxDelayMs = 5000 } = options;
  const backoff = (attempt: number) => Math.random() * Math.min(maxDelayMs, baseDelayMs * 2 ** attempt);

  return async (request) => {
    const isRequest = request instanceof Request;
    const idempotent = IDEMPOTENT_METHODS.has(request.method) && (isRequest ? !notIdempotent?.(request) : request.idempotent !== false);
    // A Request's body can be read once: one that may be resent is copied before it is sent.
    const template = isRequest && request.body && rateLimitRetries > 0 ? request.clone() : undefined;
    let failures = 0;
    let limited = 0;
    for (let next = request; ; next = template ? template.clone() : request) {
      let pass = gate?.enter(next);
      if (pass instanceof Promise) pass = await pass;
      // Aborted while it waited for the gate: it never left, so its turn goes back.
      if (request.signal?.aborted) {
        gate?.leave(pass, undefined, false);
        throw request.signal.reason;
      }
      let response: Response;
      try {
        response = await send(next);
      } catch (error) {
        gate?.leave(pass, undefined, true);
        if (!idempotent || request.signal?.aborted || failures >= retries) throw error;
        await sleep(backoff(failures++), request.signal);
        continue;
      }
      gate?.leave(pass, response, true);
      if (response.status === 429 && limited < rateLimitRetries) {
        await response.body?.cancel();
        await sleep(retryAfter(response) ?? backoff(limited), request.signal);
        limited++;
        continue;
      }
      if (RETRIED_STATUSES.has(response.status) && idempotent && failures < retries) {
        await response.body?.cancel();
        await sleep(backoff(failures++), request.signal);
        continue;
      }
      try {
        return { response, body: await read(response, request) };
      } catch (error) {
        if (error instanceof ResponseTooLarge || !idempotent || request.signal?.aborted || failures >= retries) throw error;
        await sleep(backoff(failures++), request.signal);
      }
    }
  };
}
