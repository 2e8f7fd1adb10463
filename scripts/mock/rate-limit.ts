import { createHash } from "node:crypto";

/** `limit` requests per `seconds`-long window. */
export interface Quota {
  limit: number;
  seconds: number;
}

export interface RateLimitOptions {
  /** Each route bucket's quota (default 120 per 60 s). */
  bucket?: Quota;
  /** The quota across all routes of one token (default 600 per 60 s); false for none. */
  global?: Quota | false;
  /** Refuse requests over a quota with 429 (default true); false only counts them in the headers. */
  enforce?: boolean;
}

export const defaultRateLimit = { bucket: { limit: 120, seconds: 60 }, global: { limit: 600, seconds: 60 }, enforce: true } as const;

/** What one request did to its bucket: the headers to send, and whether it is refused (and by which limit). */
export interface RateDecision {
  headers: Record<string, string>;
  refused: false | "bucket" | "global";
}

interface Window {
  count: number;
  end: number;
}

/** Fixed windows, each opened by its first request; expired ones are swept when the table grows. */
class Windows {
  private readonly table = new Map<string, Window>();

  current(key: string, seconds: number, now: number): Window {
    let window = this.table.get(key);
    if (!window || window.end <= now) {
      if (window) this.table.delete(key);
      if (this.table.size >= 10_000) this.sweep(now);
      window = { count: 0, end: now + seconds * 1000 };
      this.table.set(key, window);
    }
    return window;
  }

  private sweep(now: number): void {
    for (const [key, window] of this.table) if (window.end <= now) this.table.delete(key);
    // Still full of live windows (many tokens at once): drop the oldest.
    for (const key of this.table.keys()) {
      if (this.table.size < 10_000) break;
      this.table.delete(key);
    }
  }
}

/**
 * KOOK's rate limits: each route is its own bucket, named after its path (`user/me`), counted per token in fixed
 * windows; every answer carries the bucket's `X-Rate-Limit-*` headers with the real counts, and a request over the
 * bucket's or the global quota is refused (HTTP 429, with `X-Rate-Limit-Global` when the global one was hit).
 */
export function createRateLimiter(options: RateLimitOptions = {}) {
  const bucketQuota = options.bucket ?? defaultRateLimit.bucket;
  const globalQuota = options.global === undefined ? defaultRateLimit.global : options.global;
  const enforce = options.enforce ?? defaultRateLimit.enforce;
  const windows = new Windows();

  return {
    /** Counts a request of `token` to `bucket`; `scripted` requests (with `Prefer`) are counted but never refused. */
    take(token: string, bucket: string, scripted: boolean, now = Date.now()): RateDecision {
      // By a digest: a client's token (a header of up to 16 KB) kept as a key of 10 000 windows could hold 160 MB.
      const tokenKey = createHash("sha256").update(token).digest("base64");
      const route = windows.current(`${bucket}\n${tokenKey}`, bucketQuota.seconds, now);
      const global = globalQuota ? windows.current(`\n${tokenKey}`, globalQuota.seconds, now) : undefined;
      const overGlobal = globalQuota && global!.count >= globalQuota.limit;
      const overBucket = route.count >= bucketQuota.limit;
      const refused = !enforce || scripted ? false : overGlobal ? "global" : overBucket ? "bucket" : false;
      if (!refused) {
        route.count++;
        if (global) global.count++;
      }
      const shown = refused === "global" ? { quota: globalQuota as Quota, window: global! } : { quota: bucketQuota, window: route };
      const headers: Record<string, string> = {
        "X-Rate-Limit-Limit": String(shown.quota.limit),
        "X-Rate-Limit-Remaining": String(Math.max(0, shown.quota.limit - shown.window.count)),
        "X-Rate-Limit-Reset": seconds(shown.window.end - now),
        "X-Rate-Limit-Bucket": bucket,
      };
      if (refused === "global") headers["X-Rate-Limit-Global"] = "";
      return { headers, refused };
    },
  };
}

/** Milliseconds as seconds with three decimals, rounded up so that a client waiting that long finds the window over. */
function seconds(ms: number): string {
  return String(Math.ceil(Math.max(0, ms)) / 1000);
}

/** Reads `<limit>/<seconds>` (e.g. `120/60`). */
export function parseQuota(value: string): Quota {
  const match = /^(\d+)\/(\d+(?:\.\d+)?)$/.exec(value.trim());
  const quota = match ? { limit: Number(match[1]), seconds: Number(match[2]) } : undefined;
  if (!quota || quota.limit < 1 || !(quota.seconds > 0) || quota.seconds > 86_400) {
    throw new Error(`invalid quota "${value}": expected <requests>/<seconds>, e.g. 120/60`);
  }
  return quota;
}
