import { LONGEST_TIMER_MS } from "./sleep.js";

/** A call's time limit: its signal, and `clear` to call when the call has ended, which frees its timer. */
export interface Deadline {
  signal: AbortSignal;
  clear(): void;
}

/**
 * The deadline that ends a call after `timeoutMs`: none for undefined, 0, or a limit beyond what a timer can hold
 * (about 24.8 days, Infinity included); fractions are rounded up, since timers take whole milliseconds. Its timer is
 * unref'd and cleared when the call ends, so a finished call never keeps the process alive or its timer in memory.
 */
export function deadline(timeoutMs: number | undefined, where: string): Deadline | undefined {
  checkTimeout(timeoutMs, where);
  if (!timeoutMs || timeoutMs > LONGEST_TIMER_MS) return undefined;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException("The operation timed out.", "TimeoutError")), Math.ceil(timeoutMs));
  timer.unref?.();
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}

/**
 * What a call's requests carry: the caller's signal (and the deadline's) through a link of the call's own, undone when
 * the call ends. fetch listens on the signal it is given until the request is garbage-collected: given a caller's
 * long-lived signal itself, calls long ended piled listeners on it (and Node's warnings of a leak). Nor is the link
 * `AbortSignal.any`: Node 20 keeps something on the source signal for every signal made from it, for good (60 kB per
 * 1000 calls of a bot passing its shutdown signal with a time limit set).
 */
export function callSignal(callerSignal: AbortSignal | undefined, timeout: Deadline | undefined): Deadline | undefined {
  if (!callerSignal) return timeout;
  const controller = new AbortController();
  const abort = () => controller.abort(callerSignal.reason);
  if (callerSignal.aborted) abort();
  else callerSignal.addEventListener("abort", abort, { once: true });
  if (timeout) {
    const timedOut = () => controller.abort(timeout.signal.reason);
    if (timeout.signal.aborted) timedOut();
    else timeout.signal.addEventListener("abort", timedOut, { once: true });
  }
  return {
    signal: controller.signal,
    clear: () => {
      callerSignal.removeEventListener("abort", abort);
      timeout?.clear();
    },
  };
}

/** Throws a RangeError, prefixed with `where`, for a `timeoutMs` that is not a number of milliseconds ≥ 0. */
export function checkTimeout(timeoutMs: number | undefined, where: string): void {
  if (timeoutMs !== undefined && !(typeof timeoutMs === "number" && timeoutMs >= 0)) {
    throw new RangeError(`${where}: timeoutMs must be a number >= 0 (0 for none), not ${String(timeoutMs)}`);
  }
}

/**
 * The caller's signal; a TypeError, prefixed with `where`, for anything else given as one (the AbortController
 * itself is a common slip), before anything is sent: the rate limiter and fetch would each fail on it later, as if
 * the network had.
 */
export function checkSignal(signal: unknown, where: string): AbortSignal | undefined {
  if (signal == null || signal instanceof AbortSignal) return signal ?? undefined;
  throw new TypeError(`${where}: signal must be an AbortSignal`);
}

/**
 * `promise`, or its abort reason as soon as `signal` aborts: what a call awaits may not be bound by the signal (a
 * user's `fetch` that ignores it, a body it never ends, slow middleware).
 */
export function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    // Settled either way, so that what it does after an abort is never an unhandled rejection.
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
