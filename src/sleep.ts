/** setTimeout's largest delay: Node fires a longer one after 1 ms, with a TimeoutOverflowWarning. */
export const LONGEST_TIMER_MS = 2 ** 31 - 1;

/**
 * Waits `ms` milliseconds by `performance.now()` (a step of the system clock neither stretches nor cuts it), or
 * rejects with the signal's reason as soon as it aborts (clearing its timer, so that nothing keeps the process alive).
 * Node starts timers from the event loop's cached time, so a timer set late in a busy loop turn fires early; it is set
 * again, as it is when the wait is longer than a timer can hold.
 */
export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  const until = performance.now() + ms;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const wait = () => {
      const left = until - performance.now();
      if (left > 0) return void (timer = setTimeout(wait, Math.min(left, LONGEST_TIMER_MS)));
      signal?.removeEventListener("abort", onAbort);
      resolve();
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    wait();
  });
}
