import type { DirectRequest, Gate } from "../fetch/transport.js";
import { headerNumber } from "../fetch/header-number.js";
import { LONGEST_SERVER_WAIT_MS, retryAfterHeader, secondsHeader } from "../fetch/retry.js";
import { LONGEST_TIMER_MS } from "../sleep.js";

/**
 * KOOK's rate-limit headers (seconds in Reset, possibly fractional; Global present when the global limit hit), in
 * lower case: Headers lower-cases the name of every lookup, which then costs no copy.
 */
const LIMIT = "x-rate-limit-limit";
const REMAINING = "x-rate-limit-remaining";
const RESET = "x-rate-limit-reset";
const BUCKET = "x-rate-limit-bucket";
const GLOBAL = "x-rate-limit-global";

/** Milliseconds until the bucket of a rate-limited response resets, if the server says so believably. */
export const resetDelay = secondsHeader(RESET);

/**
 * How long a window is assumed to last when no answer has told its end (answers without rate-limit headers, or
 * none yet), and how long an unanswered probe holds the line, while the bucket has never told a Reset above 0.
 */
const FALLBACK_WINDOW_MS = 1000;

/** What one answer says about its bucket; only believable answers say anything. */
export interface Limits {
  /** X-Rate-Limit-Limit, when sent. */
  limit: number | undefined;
  remaining: number;
  /** X-Rate-Limit-Reset in ms. */
  resetMs: number;
  /** The precision of Reset, in ms: 1000 for whole seconds, 100 for one decimal, and so on. */
  resolutionMs: number;
}

/** More calls than any bucket of a chat API lets through one window: a count above it is no limit to trust. */
const MOST_CALLS_PER_WINDOW = 100_000;

/**
 * The limits an answer states, or undefined if it states none that can be trusted: Remaining and Reset absent, not
 * plain numbers, negative, fractional or absurdly large counts, a Reset beyond any believable wait, or Remaining above
 * Limit. An answer that is not trusted says nothing; it never makes a bucket look unlimited. `knownLimit` spares
 * reading Limit again when Remaining is within the limit already known.
 */
export function readLimits(headers: Headers, knownLimit: number | undefined): Limits | undefined {
  const remaining = headerNumber(headers.get(REMAINING));
  if (!(remaining >= 0 && remaining <= MOST_CALLS_PER_WINDOW && Number.isInteger(remaining))) return undefined;
  const reset = headers.get(RESET);
  const resetMs = headerNumber(reset) * 1000;
  if (!(resetMs >= 0 && resetMs <= LONGEST_SERVER_WAIT_MS)) return undefined;
  let limit = knownLimit;
  if (limit === undefined || remaining > limit) {
    const text = headers.get(LIMIT);
    limit = text === null ? undefined : headerNumber(text);
    if (limit !== undefined && !(limit >= 1 && limit <= MOST_CALLS_PER_WINDOW && Number.isInteger(limit) && remaining <= limit)) return undefined;
  }
  const point = reset!.indexOf(".");
  const resolutionMs = point < 0 ? 1000 : 1000 / 10 ** Math.min(3, reset!.length - point - 1);
  return { limit, remaining, resetMs, resolutionMs };
}

/**
 * The part of a window's lead taken, less a margin in ms, for what may still make the next window's first call
 * faster on its way than the last window's fastest: timers, whole-millisecond clocks, a server or event loop that was
 * slow for both windows measured. 0.8 and 30 ms are what the repository's tests needed, run side by side on two cores
 * with their servers in the same process: with 0.9 and 10 ms the mock's test of several routes met a 429 in 1 of 12
 * runs, with 0.9 and 20 ms the test of 1000 calls in 100 ms windows in 1 of 11; with 0.8 and 30 ms none of them did.
 */
const LEAD_SHARE = 0.8;
const LEAD_MARGIN_MS = 30;

/** What a bucket lets a call do: go out in a window (at `grantedAt`), as a probe of an unknown bucket, or wait. */
type Turn = (window: number, probe: boolean, grantedAt: number) => void;

/**
 * One KOOK rate-limit bucket. Its state is what the server has said (limit, calls left, the window's end); its
 * decisions are `take` (may a call go now?) and `wakeAt` (when to look again). Neither ever depends on an answer that
 * may not come: a bucket whose limits are unknown sends one probe at a time, and a window whose end no answer told
 * ends after a bounded fallback, so a bucket always has a way forward.
 *
 * Every answer tells when its window ends, as `receivedAt + Reset`: at or after the true end, since it is read after
 * the server wrote it, plus Reset's precision, since a server may round it down (one that sends whole seconds may be
 * up to a second early). Among the answers to calls sent in this window, the earliest end is the closest. Calls sent
 * in a burst may reach the server after its window closed and open the next one; their ends lie about a window later
 * and are kept instead. Answers to calls sent before the window started may only push its end later.
 *
 * That end is late by the way back of the answer, and calls sent at it arrive later still by the way there: a round
 * trip lost per window. But a call let through at `grantedAt` was counted after its way there, when its window had
 * Reset left, so `grantedAt + Reset` is no earlier than the end less that call's way there (and the server's time
 * before it counted). The latest of these among a window's calls is the end less their fastest way there, which needs
 * no clock shared with the server and no guess of the round trip: the next window's calls go out then (less a margin),
 * and reach the server as its window opens, unless they travel faster than every call of the last window. They do
 * when those calls were slowed (connections being opened, a busy event loop or server), so a window leads only by
 * what it and the window before agree on. A bucket's first window has none before it and leads by nothing.
 *
 * Its times are `performance.now()`, which only moves forward: a step of the system clock (NTP) would otherwise hold
 * a bucket for as long as the step.
 *
 * Its fields are TypeScript-private, not `#` ones: V8 reads `#` fields more slowly until it has optimised the code
 * that reads them, and code run once per call takes thousands of calls to be optimised.
 */
class Bucket {
  /** The server's name for the bucket (`X-Rate-Limit-Bucket`), once it has said it. */
  name: string | undefined;

  // What the server said.
  private limit: number | undefined;
  /** Calls left in this window; undefined while unknown, when calls go out one probe at a time. */
  private remaining: number | undefined;
  /** The window's end told by calls sent in it, and by calls sent earlier (Reset's precision included). */
  private end: number | undefined;
  private lateEnd: number | undefined;
  /** The longest Reset seen (its precision included): about the length of a window. */
  private longestReset = 0;
  /** The finest precision of Reset seen: until a fraction is seen, Reset may be whole seconds rounded down. */
  private resolutionMs = 1000;
  /**
   * Answers that opened their server window (one call fewer than the limit left), up to 2, among the answer that told
   * this window's state first and the answers to its calls: two are two server windows (calls that reached the server
   * after the first closed), and this window then lasts as long as the later, even when whole-second Resets make
   * their ends look alike.
   */
  private openers = 0;
  /**
   * The latest and earliest `grantedAt + Reset` (its precision included) among this window's calls but probes and
   * the call that opened it, and how many there were.
   */
  private sendNextAt = -Infinity;
  private sendEarliestAt = Infinity;
  private sendSamples = 0;
  /** The lead of the last window, if its calls told it. */
  private previousLead: number | undefined;

  // What the client did.
  /** Numbers the windows, so that an answer tells whether its call was sent in this one. */
  private window = 0;
  private windowStartedAt = 0;
  /** When the probe in flight went out, while the bucket is unknown. */
  private probeSentAt: number | undefined;
  /**
   * Calls let through in this window and not answered yet. A call counts against at most the window after its own:
   * one that is never answered must not shrink every later window.
   */
  private inFlight = 0;
  /** Calls waiting for their turn, in arrival order. */
  private readonly line = new Set<Turn>();
  /** Set only while calls wait, so that a bucket never keeps the process alive once they are gone. */
  private timer: ReturnType<typeof setTimeout> | undefined;

  private readonly global: { resetAt: number };

  /** The part of each window this limiter may use: less than 1 while other processes share the bucket unseen. */
  private readonly share: number;

  constructor(global: { resetAt: number }, share: number) {
    this.global = global;
    this.share = share;
  }

  /**
   * This limiter's part of `count` calls: at least one of any, so that a bucket with fewer calls per window than
   * processes sharing it still moves (a 429 is waited out) instead of holding every call for good.
   */
  private shareOf(count: number): number {
    return Math.max(Math.min(count, 1), Math.floor(count * this.share));
  }

  /** Whether the last call let through is a probe, and when it was let through. */
  probe = false;
  grantedAt = 0;

  /** The window a call may go out in now, or undefined if it has to wait; the caller must then `settle` it. */
  tryAcquire(): number | undefined {
    const now = performance.now();
    if (this.line.size === 0 && this.global.resetAt <= now) {
      this.startNextWindowIfDue(now);
      if (this.take(now)) return this.window;
    }
    return undefined;
  }

  /** Resolves when the call may go out, with the window and whether it is a probe; the caller must then `settle` it. */
  acquire(signal: AbortSignal | undefined): Promise<{ window: number; probe: boolean; grantedAt: number }> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const turn: Turn = (window, probe, grantedAt) => {
        signal?.removeEventListener("abort", onAbort);
        resolve({ window, probe, grantedAt });
      };
      const onAbort = () => {
        this.line.delete(turn);
        if (this.line.size === 0) this.stopTimer();
        reject(signal!.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.line.add(turn);
      this.drain();
    });
  }

  /**
   * Ends a call this bucket let through: takes the answer, or none when it failed. A call that failed may have reached
   * the server and been counted, so only one that was never `sent` gives its turn back.
   */
  settle(answer: Response | undefined, receivedAt: number, window: number, probe: boolean, sent: boolean, grantedAt: number): void {
    if (window === this.window) this.inFlight--;
    if (probe) this.probeSentAt = undefined;
    if (answer) this.takeAnswer(answer, receivedAt, window === this.window, probe ? undefined : grantedAt);
    else if (!sent && !probe && window === this.window && this.remaining !== undefined) {
      this.remaining = Math.min(this.remaining + 1, this.limit ?? Infinity);
    }
    this.drain();
  }

  /** Takes an answer to a call counted here that another bucket let through (before the two were known to be one). */
  hear(response: Response, receivedAt: number): void {
    this.takeAnswer(response, receivedAt, false);
    this.drain();
  }

  /** Takes an answer to a call counted here. */
  private takeAnswer(answer: Response, receivedAt: number, current: boolean, grantedAt?: number): void {
    const told = this.learn(answer, receivedAt, current, grantedAt);
    // A 429 says the bucket is empty now, even when its headers cannot be trusted: wait a fallback window.
    if (!told && answer.status === 429 && !answer.headers.has(GLOBAL)) this.exhausted(receivedAt, retryAfterHeader(answer));
  }

  /**
   * Takes what an answer says about this bucket, for a call sent in this window (`current`) or before, and let through
   * at `grantedAt` if it was no probe; false when it says nothing that can be trusted.
   */
  private learn(response: Response, receivedAt: number, current: boolean, grantedAt?: number): boolean {
    const said = readLimits(response.headers, this.end === undefined ? undefined : this.limit);
    if (said === undefined) return false;
    if (said.limit !== undefined) this.limit = said.limit;
    if (said.resolutionMs < this.resolutionMs) this.refine(said.resolutionMs);
    const reset = said.resetMs + this.resolutionMs;
    this.longestReset = Math.max(this.longestReset, reset);
    const end = receivedAt + reset;
    const opened = said.remaining === (this.limit ?? 0) - 1;
    // A call that opened its window saw all of it left: a Reset rounded down to whole seconds tells least there.
    if (current && grantedAt !== undefined && !opened) {
      this.sendNextAt = Math.max(this.sendNextAt, grantedAt + reset);
      this.sendEarliestAt = Math.min(this.sendEarliestAt, grantedAt + reset);
      this.sendSamples++;
    }
    const halfWindow = this.longestReset / 2;
    if ((current || this.remaining === undefined) && opened) this.openers = Math.min(2, this.openers + 1);
    if (this.remaining === undefined) {
      this.remaining = this.shareOf(said.remaining);
      this.end = end;
    } else {
      // Answers arrive in any order: the lowest count is the one the server reached.
      this.remaining = Math.min(this.remaining, said.remaining);
      if (!current) this.lateEnd = Math.max(this.lateEnd ?? end, end);
      else if (this.openers === 2) this.end = Math.max(this.end ?? end, end);
      else if (this.end === undefined || end - this.end > halfWindow) this.end = end;
      else if (this.end - end <= halfWindow) this.end = Math.min(this.end, end);
    }
    return true;
  }

  /**
   * No call is left in this window, which ends a fallback wait from now if no answer has told when, or as long from now
   * as a gateway's 429 said with Retry-After (`holdMs`).
   */
  private exhausted(now: number, holdMs: number | undefined): void {
    this.remaining = 0;
    this.end = holdMs === undefined ? Math.max(this.end ?? 0, now + this.fallbackMs()) : now + holdMs;
    this.forgetWaysThere();
  }

  private forgetWaysThere(): void {
    this.sendNextAt = -Infinity;
    this.sendEarliestAt = Infinity;
    this.sendSamples = 0;
  }

  /** Reset has been seen with a finer precision: the ends kept so far allowed for a coarser one. */
  private refine(resolutionMs: number): void {
    const finer = this.resolutionMs - resolutionMs;
    if (this.end !== undefined) this.end -= finer;
    if (this.lateEnd !== undefined) this.lateEnd -= finer;
    this.sendNextAt -= finer;
    this.sendEarliestAt -= finer;
    this.longestReset = Math.max(0, this.longestReset - finer);
    this.resolutionMs = resolutionMs;
  }

  /** How long a window without a told end, or an unanswered probe, is given: about a window, and never unbounded. */
  private fallbackMs(): number {
    return this.longestReset > 0 ? this.longestReset : FALLBACK_WINDOW_MS;
  }

  /**
   * When the next window's calls may go: when they reach the server as this window ends, as its calls' answers told
   * it, or a fallback after it started when none has (answers to earlier calls may only make it later).
   */
  private resetAt(): number | undefined {
    if (this.end !== undefined) {
      const lead = this.agreedLead();
      return Math.max(this.end, this.lateEnd ?? this.end) - Math.max(0, LEAD_SHARE * lead - LEAD_MARGIN_MS);
    }
    if (this.remaining === undefined) return this.lateEnd;
    return Math.max(this.windowStartedAt + this.fallbackMs(), this.lateEnd ?? 0);
  }

  /**
   * How much earlier than its told end this window's calls say the next window's may go, if at least two say: less
   * how far apart they put it, since the fastest way there of a few calls whose ways vary says little of the next.
   */
  private lead(): number | undefined {
    if (this.sendSamples < 2 || this.end === undefined || (this.lateEnd ?? 0) > this.end) return undefined;
    return Math.max(0, this.end - 2 * this.sendNextAt + this.sendEarliestAt);
  }

  /**
   * The lead this window and the last agree on: the smaller of theirs, less how much they differ. Leads measured in a
   * burst that opened connections, or while the server or the event loop was slow, are longer than the next window's
   * calls will need; two windows that differ say that one of them was, and then little or nothing is led.
   */
  private agreedLead(): number {
    const current = this.lead();
    const previous = this.previousLead;
    return current === undefined || previous === undefined ? 0 : Math.max(0, 2 * Math.min(current, previous) - Math.max(current, previous));
  }

  /** Lets waiting calls go while the window has room; otherwise looks again when a call may go. */
  private drain(): void {
    if (this.line.size === 0) return this.stopTimer();
    const now = performance.now();
    if (this.global.resetAt > now) return this.wakeAt(this.global.resetAt);
    this.startNextWindowIfDue(now);
    for (const turn of this.line) {
      if (!this.take(now)) break;
      this.line.delete(turn);
      turn(this.window, this.probe, now);
    }
    if (this.line.size === 0) return this.stopTimer();
    // An unknown bucket goes on with the next probe when the one in flight is answered or has had its fallback wait.
    this.wakeAt(this.remaining === undefined ? this.probeSentAt! + this.fallbackMs() : this.resetAt()!);
  }

  /** Starts the next window once this one is over; an unknown limit is probed again. */
  private startNextWindowIfDue(now: number): void {
    const resetAt = this.resetAt();
    if (resetAt !== undefined && resetAt <= now) {
      // Calls still in flight may reach the server in the new window (it opens with the first call that arrives),
      // so they count against it.
      this.remaining = this.limit === undefined ? undefined : Math.max(0, this.shareOf(this.limit) - this.inFlight);
      this.inFlight = 0;
      this.previousLead = this.lead();
      this.end = this.lateEnd = undefined;
      this.forgetWaysThere();
      this.openers = 0;
      this.window++;
      this.windowStartedAt = now;
    }
  }

  /** Whether a call may go out now, counting it if so. */
  private take(now: number): boolean {
    if (this.remaining === undefined) {
      if (this.probeSentAt !== undefined && now - this.probeSentAt < this.fallbackMs()) return false;
      this.probeSentAt = now;
      this.probe = true;
    } else if (this.remaining > 0) {
      this.remaining--;
      this.probe = false;
    } else {
      return false;
    }
    this.inFlight++;
    this.grantedAt = now;
    return true;
  }

  /** One timer per bucket; drain checks the clock again, since timers may fire early or be capped. */
  private wakeAt(time: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.drain(), Math.min(Math.max(0, time - performance.now()), LONGEST_TIMER_MS));
  }

  private stopTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/**
 * A call let through: its route, the bucket it counts against, the window it went out in, whether it probes, and when
 * it was let through.
 */
interface Pass {
  route: string;
  bucket: Bucket;
  window: number;
  probe: boolean;
  grantedAt: number;
}

/**
 * Holds requests to an exhausted KOOK bucket until it resets instead of sending them, and holds every bucket
 * while the global limit is hit. Buckets are learned from `X-Rate-Limit-Bucket`; until then a route is its own.
 * `share` is the part of each window it uses (a process standing in for a shared store uses its share).
 */
export function createKookRateLimit(share = 1): Gate<Pass> {
  return new KookRateLimit(share);
}

/**
 * The limiter of one client. A class, with its maps made on first use: every client has one, used or not, and its
 * methods live once on the prototype instead of as closures in each.
 */
class KookRateLimit implements Gate<Pass> {
  /** While the global limit is hit: when it lifts (the buckets read it). */
  resetAt = 0;
  /** The buckets the server named (X-Rate-Limit-Bucket), by name. */
  private buckets: Map<string, Bucket> | undefined;
  /** The bucket of each route (a URL without its query). */
  private routes: Map<string, Bucket> | undefined;
  /** The part of each window this limiter may use. */
  private readonly share: number;

  constructor(share: number) {
    this.share = share;
  }

  enter(request: Request | DirectRequest): Pass | Promise<Pass> {
    const query = request.url.indexOf("?");
    const route = query < 0 ? request.url : request.url.slice(0, query);
    const bucket = this.bucketOf(route);
    const window = bucket.tryAcquire();
    return window === undefined ? this.wait(route, bucket, request.signal) : { route, bucket, window, probe: bucket.probe, grantedAt: bucket.grantedAt };
  }

  leave({ route, bucket, window, probe, grantedAt }: Pass, response: Response | undefined, sent: boolean): void {
    const receivedAt = performance.now();
    // Read on every answer: a server may move a route to another bucket at any time.
    const name = response?.headers.get(BUCKET);
    const shared = name && name !== bucket.name ? this.namedBucket(route, bucket, name) : bucket;
    if (shared === bucket) bucket.settle(response, receivedAt, window, probe, sent, grantedAt);
    else {
      // The call was counted in the shared bucket, not in the route's own.
      bucket.settle(undefined, receivedAt, window, probe, false, grantedAt);
      shared.hear(response!, receivedAt);
    }
    if (response?.status === 429 && response.headers.has(GLOBAL)) {
      this.resetAt = receivedAt + (resetDelay(response) ?? FALLBACK_WINDOW_MS);
    }
  }

  /**
   * The bucket `name` the route's answer named, which the route's calls go to from now on. A name no route's bucket
   * bears any more is forgotten: a server naming a new bucket in every answer must not grow the map with each.
   */
  private namedBucket(route: string, bucket: Bucket, name: string): Bucket {
    const buckets = (this.buckets ??= new Map());
    let shared = buckets.get(name);
    if (!shared) buckets.set(name, (shared = bucket));
    this.routes!.set(route, shared);
    if (bucket.name !== undefined && buckets.get(bucket.name) === bucket && (shared === bucket || !this.isRouted(bucket))) buckets.delete(bucket.name);
    shared.name = name;
    return shared;
  }

  private isRouted(bucket: Bucket): boolean {
    for (const routed of this.routes!.values()) if (routed === bucket) return true;
    return false;
  }

  private bucketOf(route: string): Bucket {
    const routes = (this.routes ??= new Map());
    let bucket = routes.get(route);
    if (!bucket) routes.set(route, (bucket = new Bucket(this, this.share)));
    return bucket;
  }

  private async wait(route: string, bucket: Bucket, signal: AbortSignal | undefined): Promise<Pass> {
    for (;;) {
      const { window, probe, grantedAt } = await bucket.acquire(signal);
      // While it waited, the route may have been found to share a named bucket.
      if (this.routes!.get(route) === bucket) return { route, bucket, window, probe, grantedAt };
      bucket.settle(undefined, performance.now(), window, probe, false, grantedAt);
      bucket = this.routes!.get(route)!;
      const next = bucket.tryAcquire();
      if (next !== undefined) return { route, bucket, window: next, probe: bucket.probe, grantedAt: bucket.grantedAt };
    }
  }
}
