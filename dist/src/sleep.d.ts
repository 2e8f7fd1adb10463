/** setTimeout's largest delay: Node fires a longer one after 1 ms, with a TimeoutOverflowWarning. */
export declare const LONGEST_TIMER_MS: number;
/**
 * Waits `ms` milliseconds by `performance.now()` (a step of the system clock neither stretches nor cuts it), or
 * rejects with the signal's reason as soon as it aborts (clearing its timer, so that nothing keeps the process alive).
 * Node starts timers from the event loop's cached time, so a timer set late in a busy loop turn fires early; it is set
 * again, as it is when the wait is longer than a timer can hold.
 */
export declare function sleep(ms: number, signal?: AbortSignal | null): Promise<void>;
