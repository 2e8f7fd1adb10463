import { sleep } from "../sleep.js";
import { headerNumber } from "./header-number.js";
import type { Gate, Transport } from "./transport.js";

export interface RetryOptions {
  /** Retries after a network error or a 502/503/504, for GET and HEAD only. Default 2. */
  retries?: number | undefined;
  /** Retries after a 429, for every method: a 429 means the server did not process the request. Default 3. */
  rateLimitRetries?: number | undefined;
  /** First backoff delay; it doubles per attempt, with full jitter. Default 250 ms. */
  baseDelayMs?: number | undefined;
  /** Upper bound of one backoff delay. Default 5000 ms. */
  maxDelayMs?: number | undefined;
}

/** How long a 429 response asks the client to wait, in milliseconds, if it says. */
export type RetryAfter = (response: Response) => number | undefined;

const RETRIED_STATUSES = new Set([502, 503, 504]);
const IDEMPOTENT_METHODS = new Set(["GET", "HEAD"]);

/** Reads a wait given in seconds by the header `name` (possibly fractional). */
export function secondsHeader(name: string): RetryAfter {
  return (response) => {
    const seconds = headerNumber(response.headers.get(name));
    return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
  };
}

/** The HTTP standard `Retry-After`, in seconds (its date form is not used by these APIs). */
export const retryAfterHeader = secondsHeader("Retry-After");

export interface AttemptSettings {
  /** How long a 429 asks the client to wait (default: the `Retry-After` header). */
  retryAfter?: RetryAfter | undefined;
  /** Consulted before and after every attempt. */
  gate?: Gate | undefined;
}

/** Sends a request through the gate and resends it while that is safe and useful, with exponential backoff and jitter. */
export function withRetry(send: Transport, options: RetryOptions = {}, { retryAfter = retryAfterHeader, gate }: AttemptSettings = {}): Transport {
  const { retries = 2, rateLimitRetries = 3, baseDelayMs = 250, maxDelayMs = 5000 } = options;
  const backoff = (attempt: number) => Math.random() * Math.min(maxDelayMs, baseDelayMs * 2 ** attempt);

  return async (request) => {
    const idempotent = IDEMPOTENT_METHODS.has(request.method);
    // A Request's body can be read once: one that may be resent is copied before it is sent.
    const template = request instanceof Request && request.body && rateLimitRetries > 0 ? request.clone() : undefined;
    let failures = 0;
    let limited = 0;
    for (let next = request; ; next = template ? template.clone() : request) {
      let pass = gate?.enter(next);
      if (pass instanceof Promise) pass = await pass;
      let response: Response;
      try {
        response = await send(next);
      } catch (error) {
        gate?.leave(pass, undefined);
        if (!idempotent || request.signal?.aborted || failures >= retries) throw error;
        await sleep(backoff(failures++), request.signal);
        continue;
      }
      gate?.leave(pass, response);
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
      return response;
    }
  };
}
