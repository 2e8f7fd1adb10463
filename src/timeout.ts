/** setTimeout's largest delay; AbortSignal.timeout fires at once for anything larger. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

/**
 * The signal that ends a call after `timeoutMs`: none for undefined, 0, or a limit beyond what a timer can hold
 * (about 24.8 days, Infinity included); fractions are rounded up, since timers take whole milliseconds.
 */
export function timeoutSignal(timeoutMs: number | undefined, where: string): AbortSignal | undefined {
  checkTimeout(timeoutMs, where);
  if (!timeoutMs || timeoutMs > LONGEST_TIMER_MS) return undefined;
  return AbortSignal.timeout(Math.ceil(timeoutMs));
}

/** Throws a RangeError, prefixed with `where`, for a `timeoutMs` that is not a number of milliseconds ≥ 0. */
export function checkTimeout(timeoutMs: number | undefined, where: string): void {
  if (timeoutMs !== undefined && !(typeof timeoutMs === "number" && timeoutMs >= 0)) {
    throw new RangeError(`${where}: timeoutMs must be a number of milliseconds ≥ 0 (0 for none), not ${String(timeoutMs)}`);
  }
}
