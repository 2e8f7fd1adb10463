import { sleep } from "../sleep.js";
import type { FetchLike } from "../fetch/fetch-like.js";

/** KOOK's rate-limit headers (seconds in Reset, possibly fractional; Global present when the global limit hit). */
const LIMIT = "X-Rate-Limit-Limit";
const REMAINING = "X-Rate-Limit-Remaining";
const RESET = "X-Rate-Limit-Reset";
const BUCKET = "X-Rate-Limit-Bucket";
const GLOBAL = "X-Rate-Limit-Global";

/** Milliseconds until the bucket of a rate-limited response resets. */
export function resetDelay(response: Response): number | undefined {
  const seconds = Number(response.headers.get(RESET) ?? Number.NaN);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

/**
 * One KOOK rate-limit bucket. Until the first answer tells its size, one request probes it and the rest wait;
 * then requests go out while the window has calls left, and wait for the reset when it has none.
 */
class Bucket {
  private limit: number | undefined;
  private remaining: number | undefined;
  private resetAt: number | undefined;
  private probing = false;
  private waiters: (() => void)[] = [];

  constructor(private readonly global: { resetAt: number }) {}

  async acquire(signal: AbortSignal): Promise<void> {
    for (;;) {
      const now = Date.now();
      if (this.global.resetAt > now) {
        await sleep(this.global.resetAt - now, signal);
        continue;
      }
      if (this.resetAt !== undefined && this.resetAt <= now && this.limit !== undefined) {
        this.remaining = this.limit;
        this.resetAt = undefined;
      }
      if (this.remaining === undefined && !this.probing) {
        this.probing = true;
        return;
      }
      if (this.remaining !== undefined && this.remaining > 0) {
        this.remaining--;
        return;
      }
      await (this.resetAt !== undefined ? sleep(this.resetAt - now, signal) : this.nextUpdate(signal));
    }
  }

  /** Takes what the server said about this bucket. */
  update(response: Response, receivedAt: number): void {
    const limit = Number(response.headers.get(LIMIT));
    const remaining = Number(response.headers.get(REMAINING));
    const reset = resetDelay(response);
    if (!response.headers.has(REMAINING) || !Number.isFinite(remaining) || reset === undefined) {
      // A route without rate-limit headers is not limited.
      this.remaining = Number.POSITIVE_INFINITY;
    } else {
      if (Number.isFinite(limit) && limit > 0) this.limit = limit;
      this.remaining = this.probing || this.remaining === undefined ? remaining : Math.min(this.remaining, remaining);
      this.resetAt = receivedAt + reset;
    }
    this.probing = false;
    this.wake();
  }

  /** Gives back what `acquire` took, for a request that got no answer or went to another bucket. */
  release(): void {
    if (this.probing) {
      this.probing = false;
      this.wake();
    } else if (this.remaining !== undefined) {
      this.remaining++;
    }
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  private nextUpdate(signal: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal.aborted) return reject(signal.reason);
      const onAbort = () => reject(signal.reason);
      signal.addEventListener("abort", onAbort, { once: true });
      this.waiters.push(() => {
        signal.removeEventListener("abort", onAbort);
        resolve();
      });
    });
  }
}

/**
 * Holds requests to an exhausted KOOK bucket until it resets instead of sending them, and holds every bucket
 * while the global limit is hit. Buckets are learned from `X-Rate-Limit-Bucket`; until then a route is its own.
 */
export function withKookRateLimit(fetch: FetchLike): FetchLike {
  const global = { resetAt: 0 };
  const buckets = new Map<string, Bucket>();
  const bucketOfRoute = new Map<string, string>();

  function bucketFor(key: string): Bucket {
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = new Bucket(global)));
    return bucket;
  }

  return async (request) => {
    const route = `${request.method} ${new URL(request.url).pathname}`;
    let bucket: Bucket;
    for (;;) {
      const key = bucketOfRoute.get(route) ?? route;
      bucket = bucketFor(key);
      await bucket.acquire(request.signal);
      // While it waited, the route may have been found to share a named bucket.
      if ((bucketOfRoute.get(route) ?? route) === key) break;
      bucket.release();
    }
    let response: Response;
    try {
      response = await fetch(request);
    } catch (error) {
      bucket.release();
      throw error;
    }
    const receivedAt = Date.now();
    const name = response.headers.get(BUCKET);
    if (name && bucketFor(name) !== bucket) {
      bucketOfRoute.set(route, name);
      bucket.release();
      bucketFor(name).update(response, receivedAt);
    } else {
      bucket.update(response, receivedAt);
    }
    if (response.status === 429 && response.headers.has(GLOBAL)) {
      global.resetAt = receivedAt + (resetDelay(response) ?? 1000);
    }
    return response;
  };
}
