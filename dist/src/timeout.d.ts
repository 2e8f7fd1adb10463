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
export declare function deadline(timeoutMs: number | undefined, where: string): Deadline | undefined;
/**
 * What a call's requests carry: the caller's signal (and the deadline's) through a link of the call's own, undone when
 * the call ends. fetch listens on the signal it is given until the request is garbage-collected: given a caller's
 * long-lived signal itself, calls long ended piled listeners on it (and Node's warnings of a leak). Nor is the link
 * `AbortSignal.any`: Node 20 keeps something on the source signal for every signal made from it, for good (60 kB per
 * 1000 calls of a bot passing its shutdown signal with a time limit set).
 */
export declare function callSignal(callerSignal: AbortSignal | undefined, timeout: Deadline | undefined): Deadline | undefined;
/** Throws a RangeError, prefixed with `where`, for a `timeoutMs` that is not a number of milliseconds ≥ 0. */
export declare function checkTimeout(timeoutMs: number | undefined, where: string): void;
/**
 * The caller's signal; a TypeError, prefixed with `where`, for anything else given as one (the AbortController
 * itself is a common slip), before anything is sent: the rate limiter and fetch would each fail on it later, as if
 * the network had.
 */
export declare function checkSignal(signal: unknown, where: string): AbortSignal | undefined;
/**
 * `promise`, or its abort reason as soon as `signal` aborts: what a call awaits may not be bound by the signal (a
 * user's `fetch` that ignores it, a body it never ends, slow middleware).
 */
export declare function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T>;
