import type { DirectRequest, Gate } from "../fetch/transport.js";
import { headerNumber } from "../fetch/header-number.js";
import { secondsHeader } from "../fetch/retry.js";

/**
 * KOOK's rate-limit headers (seconds in Reset, possibly fractional; Global present when the global limit hit), in
 * lower case: Headers lower-cases the name of every lookup, which then costs no copy.
 */
const LIMIT = "x-rate-limit-limit";
const REMAINING = "x-rate-limit-remaining";
const RESET = "x-rate-limit-reset";
const BUCKET = "x-rate-limit-bucket";
const GLOBAL = "x-rate-limit-global";

/** Milliseconds until the bucket of a rate-limited response resets. */
export const resetDelay = secondsHeader(RESET);

/**
 * One KOOK rate-limit bucket. While its size is unknown, one call probes it and the rest wait; then calls go out
 * while the window has room, and wait in line for the reset when it has none.
 *
 * Every answer tells when its window ends, as `receivedAt + Reset`: at or after the true end, since it is read after
 * the server wrote it. Among the answers to calls sent in this window, the earliest end is the closest. Calls sent in
 * a burst may reach the server after its window closed and open the next one; their ends lie about a window later and
 * are kept instead. Answers to calls sent before the window started may only push its end later.
 *
 * Its fields are TypeScript-private, not `#` ones: V8 reads `#` fields more slowly until it has optimised the code
 * that reads them, and code run once per call takes thousands of calls to be optimised.
 */
class Bucket {
  /** The server's name for the bucket (`X-Rate-Limit-Bucket`), once it has said it. */
  name: string | undefined;
  private limit: number | undefined;
  /** Calls left in this window; undefined while unknown. */
  private remaining: number | undefined;
  /** The window's end told by calls sent in it, and by calls sent earlier. */
  private end: number | undefined;
  private lateEnd: number | undefined;
  /** The longest Reset seen: about the length of a window. */
  private longestReset = 0;
  /** Numbers the windows, so that an answer tells whether its call was sent in this one. */
  private window = 0;
  private probing = false;
  /** Calls let through and not answered yet. */
  private inFlight = 0;
  /** Calls waiting for their turn, in arrival order; each gets the window it goes out in. */
  private readonly line = new Set<(window: number) => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  private readonly global: { resetAt: number };

  constructor(global: { resetAt: number }) {
    this.global = global;
  }

  /** The window a call may go out in now, or undefined if it has to wait; the caller must then `settle` it. */
  tryAcquire(): number | undefined {
    const now = Date.now();
    if (this.line.size === 0 && this.global.resetAt <= now) {
      this.startNextWindowIfDue(now);
      if (this.take()) return this.window;
    }
    return undefined;
  }

  /** Resolves, with the window it goes out in, when the call may go out; the caller must then `settle` it. */
  acquire(signal: AbortSignal | undefined): Promise<number> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const turn = (window: number) => {
        signal?.removeEventListener("abort", onAbort);
        resolve(window);
      };
      const onAbort = () => {
        this.line.delete(turn);
        reject(signal!.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.line.add(turn);
      this.drain();
    });
  }

  /** Ends a call `acquire` let through: takes the answer, or gives the call back if it went unanswered or elsewhere. */
  settle(answer: Response | undefined, receivedAt: number, window: number): void {
    this.inFlight--;
    if (answer) return this.update(answer, receivedAt, window === this.window);
    if (this.probing) this.probing = false;
    else if (this.remaining !== undefined) this.remaining = Math.min(this.remaining + 1, this.limit ?? Infinity);
    this.drain();
  }

  /** Takes what the server said about this bucket in answer to a call sent in this window (`current`) or before. */
  update(response: Response, receivedAt: number, current: boolean): void {
    const remaining = headerNumber(response.headers.get(REMAINING));
    const reset = resetDelay(response);
    if (Number.isFinite(remaining) && reset !== undefined) {
      // The limit is read once per window: it seldom changes, and each header read costs.
      if (this.end === undefined) {
        const limit = headerNumber(response.headers.get(LIMIT));
        if (limit > 0) this.limit = limit;
      }
      this.longestReset = Math.max(this.longestReset, reset);
      const end = receivedAt + reset;
      const halfWindow = this.longestReset / 2;
      if (this.probing || this.remaining === undefined) {
        this.remaining = remaining;
        this.end = end;
      } else {
        // Answers arrive in any order: the lowest count is the one the server reached.
        this.remaining = Math.min(this.remaining, remaining);
        if (!current) this.lateEnd = Math.max(this.lateEnd ?? end, end);
        else if (this.end === undefined || end - this.end > halfWindow) this.end = end;
        else if (this.end - end < halfWindow) this.end = Math.min(this.end, end);
      }
    } else if (this.remaining === undefined) {
      // A route that answers without rate-limit headers is not limited.
      this.remaining = this.limit = Infinity;
    }
    this.probing = false;
    this.drain();
  }

  private resetAt(): number | undefined {
    return this.end === undefined ? this.lateEnd : Math.max(this.end, this.lateEnd ?? this.end);
  }

  /** Lets waiting calls go while the window has room; otherwise waits for the reset, or for an answer. */
  private drain(): void {
    if (this.line.size === 0) return;
    const now = Date.now();
    if (this.global.resetAt > now) return this.drainAt(this.global.resetAt);
    this.startNextWindowIfDue(now);
    for (const turn of this.line) {
      if (!this.take()) break;
      this.line.delete(turn);
      turn(this.window);
    }
    const resetAt = this.resetAt();
    if (this.line.size > 0 && resetAt !== undefined) this.drainAt(resetAt);
  }

  /** Starts the next window once this one is over; an unknown limit is probed again. */
  private startNextWindowIfDue(now: number): void {
    const resetAt = this.resetAt();
    if (resetAt !== undefined && resetAt <= now) {
      // Calls still in flight may reach the server in the new window (it opens with the first call that arrives),
      // so they count against it.
      this.remaining = this.limit === undefined ? undefined : Math.max(0, this.limit - this.inFlight);
      this.end = this.lateEnd = undefined;
      this.window++;
    }
  }

  private take(): boolean {
    if (this.remaining === undefined) {
      if (this.probing) return false;
      this.probing = true;
    } else if (this.remaining > 0) {
      this.remaining--;
    } else {
      return false;
    }
    this.inFlight++;
    return true;
  }

  /** One timer per bucket; drain checks the clock again, since timers may fire early. */
  private drainAt(time: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.drain(), time - Date.now());
  }
}

/** A call let through: its route, the bucket it counts against, and the window it went out in. */
interface Pass {
  route: string;
  bucket: Bucket;
  window: number;
}

/**
 * Holds requests to an exhausted KOOK bucket until it resets instead of sending them, and holds every bucket
 * while the global limit is hit. Buckets are learned from `X-Rate-Limit-Bucket`; until then a route is its own.
 */
export function createKookRateLimit(): Gate<Pass> {
  const global = { resetAt: 0 };
  const named = new Map<string, Bucket>();
  /** The bucket of each route (a URL without its query). */
  const routes = new Map<string, Bucket>();

  function bucketOf(route: string): Bucket {
    let bucket = routes.get(route);
    if (!bucket) routes.set(route, (bucket = new Bucket(global)));
    return bucket;
  }

  async function wait(route: string, bucket: Bucket, signal: AbortSignal | undefined): Promise<Pass> {
    for (;;) {
      const window = await bucket.acquire(signal);
      // While it waited, the route may have been found to share a named bucket.
      if (routes.get(route) === bucket) return { route, bucket, window };
      bucket.settle(undefined, Date.now(), window);
      bucket = routes.get(route)!;
      const now = bucket.tryAcquire();
      if (now !== undefined) return { route, bucket, window: now };
    }
  }

  return {
    enter(request: Request | DirectRequest) {
      const query = request.url.indexOf("?");
      const route = query < 0 ? request.url : request.url.slice(0, query);
      const bucket = bucketOf(route);
      const window = bucket.tryAcquire();
      return window === undefined ? wait(route, bucket, request.signal) : { route, bucket, window };
    },

    leave({ route, bucket, window }, response) {
      const receivedAt = Date.now();
      const name = response && bucket.name === undefined ? response.headers.get(BUCKET) : null;
      if (name) {
        let shared = named.get(name);
        if (!shared) named.set(name, (shared = bucket));
        shared.name = name;
        routes.set(route, shared);
        if (shared !== bucket) {
          bucket.settle(undefined, receivedAt, window);
          return void shared.update(response!, receivedAt, false);
        }
      }
      bucket.settle(response, receivedAt, window);
      if (response?.status === 429 && response.headers.has(GLOBAL)) {
        global.resetAt = receivedAt + (resetDelay(response) ?? 1000);
      }
    },
  };
}
