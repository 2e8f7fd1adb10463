import type { DirectRequest, Gate } from "../fetch/transport.js";
import { retryAfterHeader } from "../fetch/retry.js";
import { readLimits, resetDelay, type Limits } from "./rate-limit.js";

/** What the shared state lets through on one request for slots. */
export interface Grant {
  /** Calls that may go out now; 0 when they must wait. */
  granted: number;
  /** The window they go out in, to be handed back with their answers. */
  window: number;
  /** When nothing was granted: how long to wait before asking again, in ms from when the grant arrived. */
  waitMs: number;
  /** Whether the one call granted probes a bucket whose limits are not known yet. */
  probe: boolean;
  /** How many processes share the bucket now, this one included. */
  sharing: number;
}

/** What an answer said about its bucket. */
export interface Booking {
  /** X-Rate-Limit-Bucket, if sent. */
  bucket: string | undefined;
  /** The limits it stated, if they can be trusted (as the in-memory limiter reads them). */
  limits: Limits | undefined;
  /** A 429 not for the global limit: the bucket is empty now, whatever its headers say. */
  exhausted: boolean;
  /** With `exhausted`: how long the 429 asked to wait (a gateway's Retry-After), if it said. */
  holdMs: number | undefined;
  /** `performance.now()` when the answer came: the store takes its age, a duration, never this instant. */
  receivedAt: number;
}

/** How a call let through ended: answered, sent but unanswered, or never sent (its slot is given back). */
export type Outcome = { answer: Booking } | "lost" | "unsent";

/**
 * One token's KOOK rate-limit state, shared by every process that calls with the token: per bucket the calls left in
 * the window, the window's end and the calls in flight, and the global hold. Each operation is atomic where the state
 * lives, and reads that store's clock, not the caller's.
 */
export interface SharedLimits {
  /** Whether the store is connected; while it is not, calls go to the local limiter without asking it. */
  readonly ready: boolean;
  /** Why it is not, if it knows. */
  readonly lastError?: unknown;
  /** Takes up to `want` slots of the bucket that `route` counts against. */
  acquire(route: string, want: number): Promise<Grant>;
  /** Ends `count` calls that one grant let through; resolves with the ms left in the bucket's window, if known. */
  book(route: string, window: number, probe: boolean, outcome: Outcome, count: number): Promise<number | undefined>;
  /** Holds every bucket for `ms` (the global limit was hit). */
  hold(ms: number): Promise<void>;
}

/** What the user hears about the shared store: falling back to the local limiter, and coming back. */
export type StoreEvent = { type: "fallback"; error: unknown } | { type: "recovered" };

export interface SharedRateLimitOptions {
  /** An operation on the store slower than this counts as the store being away, in ms. */
  timeoutMs: number;
  /** After a failure, how long to stay on the local limiter before trying the store again, in ms. */
  retryMs: number;
  onEvent?: ((event: StoreEvent) => void) | undefined;
}

const BUCKET = "x-rate-limit-bucket";
const GLOBAL = "x-rate-limit-global";

interface SharedPass {
  route: string;
  window: number;
  probe: boolean;
}
interface LocalPass {
  gate: Gate;
  pass: unknown;
}
type Pass = SharedPass | LocalPass;

interface Waiter {
  request: Request | DirectRequest;
  resolve(pass: Pass): void;
  reject(reason: unknown): void;
  onAbort(): void;
}

/** The calls of one process waiting for slots of one route, in arrival order. */
interface Line {
  waiters: Set<Waiter>;
  /** The line is being served: a request to the store is under way, or calls go one by one to the local limiter. */
  asking: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** When the timer fires (`performance.now()` time). */
  wakeAt: number;
}

/**
 * A KOOK rate limiter whose state lives in a store shared with other processes. Each process keeps its waiting calls
 * in line per route and asks the store for as many slots as it has calls waiting; the store decides, atomically and by
 * its own clock, how many may go now and how long the others wait.
 *
 * While the store is unreachable or slower than `timeoutMs`, calls go through a local limiter instead (a fresh one
 * each time, which learns the bucket's state from the server's answers as a new client does, and uses this process's
 * share of each window: the others are on their own too), and `onEvent` is told; once the store is connected again
 * and `retryMs` has passed, the calls still in line go back to it.
 */
export function createSharedRateLimit(store: SharedLimits, createLocal: (share: number) => Gate, options: SharedRateLimitOptions): Gate<Pass> {
  const { timeoutMs, retryMs, onEvent } = options;
  const lines = new Map<string, Line>();
  /** The limiter in use while the store is away. */
  let local: Gate | undefined;
  let retryAt = 0;
  /** How many processes shared a bucket at the last grant: on its own, this one keeps to its part of each window. */
  let sharing = 1;

  function fallBack(error: unknown): void {
    retryAt = performance.now() + retryMs;
    if (local) return;
    local = createLocal(1 / sharing);
    onEvent?.({ type: "fallback", error });
    watchForReturn();
    for (const [route, line] of lines) {
      clearTimeout(line.timer);
      line.timer = undefined;
      void drain(route, line);
    }
  }

  /** Whether calls go to the store now; comes back to it once it is connected and `retryMs` has passed. */
  function shared(): boolean {
    if (local === undefined) {
      if (store.ready) return true;
      fallBack(store.lastError ?? new Error("The rate-limit store is not connected"));
      return false;
    }
    if (!store.ready || performance.now() < retryAt) return false;
    local = undefined;
    onEvent?.({ type: "recovered" });
    return true;
  }

  /** Looks for the store's return while calls wait, so that they go back to it; never keeps the process alive. */
  function watchForReturn(): void {
    setTimeout(() => {
      if (local === undefined) return;
      if (!shared()) return watchForReturn();
      for (const [route, line] of lines) void drain(route, line);
    }, retryMs).unref?.();
  }

  /**
   * Lets the line's calls through the local limiter, one at a time, so that the others are still in line, and go back
   * to the store, if it returns while they wait.
   */
  async function drainLocally(route: string, line: Line): Promise<void> {
    if (line.asking) return;
    const gate = local!;
    line.asking = true;
    for (const waiter of line.waiters) {
      if (local !== gate) break;
      line.waiters.delete(waiter);
      waiter.request.signal?.removeEventListener("abort", waiter.onAbort);
      try {
        const pass = gate.enter(waiter.request);
        waiter.resolve({ gate, pass: pass instanceof Promise ? await pass : pass });
      } catch (error) {
        waiter.reject(error);
      }
    }
    line.asking = false;
    if (line.waiters.size > 0) return drain(route, line);
    if (lines.get(route) === line) lines.delete(route);
  }

  function settle(route: string, window: number, probe: boolean, outcome: Outcome, count: number): void {
    // Once a probe has been answered, the calls waiting behind it need not wait for their next look; nor, once an answer
    // has told an earlier end of the window, for the end told before.
    within(store.book(route, window, probe, outcome, count), timeoutMs).then((endsIn) => wake(route, probe ? 0 : endsIn), fallBack);
  }

  function wake(route: string, inMs: number | undefined): void {
    const line = lines.get(route);
    if (line?.timer === undefined || inMs === undefined || performance.now() + inMs >= line.wakeAt) return;
    clearTimeout(line.timer);
    line.timer = undefined;
    if (inMs === 0) return void drain(route, line);
    sleepLine(route, line, inMs);
  }

  function sleepLine(route: string, line: Line, ms: number): void {
    line.wakeAt = performance.now() + ms;
    line.timer = setTimeout(() => {
      line.timer = undefined;
      void drain(route, line);
    }, ms);
  }

  async function drain(route: string, line: Line): Promise<void> {
    if (line.asking || line.timer !== undefined || line.waiters.size === 0) return;
    if (!shared()) return drainLocally(route, line);
    line.asking = true;
    let grant: Grant;
    const asking = store.acquire(route, line.waiters.size);
    try {
      grant = await within(asking, timeoutMs);
    } catch (error) {
      line.asking = false;
      // A grant that comes after all finds its calls gone to the local limiter: its slots go back.
      asking.then((late) => late.granted > 0 && settle(route, late.window, late.probe, "unsent", late.granted), () => {});
      fallBack(error);
      return drain(route, line);
    }
    line.asking = false;
    sharing = grant.sharing;
    let left = grant.granted;
    for (const waiter of line.waiters) {
      if (left === 0) break;
      left--;
      line.waiters.delete(waiter);
      waiter.request.signal?.removeEventListener("abort", waiter.onAbort);
      waiter.resolve({ route, window: grant.window, probe: grant.probe });
    }
    // Slots for calls aborted while the store was asked.
    if (left > 0) settle(route, grant.window, grant.probe, "unsent", left);
    if (line.waiters.size === 0) {
      if (lines.get(route) === line) lines.delete(route);
      return;
    }
    if (grant.granted > 0) return drain(route, line);
    sleepLine(route, line, grant.waitMs);
  }

  return {
    enter(request) {
      const query = request.url.indexOf("?");
      const route = query < 0 ? request.url : request.url.slice(0, query);
      let line = lines.get(route);
      if (!line) lines.set(route, (line = { waiters: new Set(), asking: false, timer: undefined, wakeAt: 0 }));
      const waiting = line;
      return new Promise<Pass>((resolve, reject) => {
        const signal = request.signal;
        if (signal?.aborted) return reject(signal.reason);
        const waiter: Waiter = {
          request,
          resolve,
          reject,
          onAbort() {
            waiting.waiters.delete(waiter);
            if (waiting.waiters.size === 0) {
              clearTimeout(waiting.timer);
              waiting.timer = undefined;
            }
            reject(signal!.reason);
          },
        };
        signal?.addEventListener("abort", waiter.onAbort, { once: true });
        waiting.waiters.add(waiter);
        void drain(route, waiting);
      });
    },

    leave(pass, response, sent) {
      if ("gate" in pass) return pass.gate.leave(pass.pass, response, sent);
      const { route, window, probe } = pass;
      if (!response) return settle(route, window, probe, sent ? "lost" : "unsent", 1);
      settle(route, window, probe, { answer: booking(response) }, 1);
      if (response.status === 429 && response.headers.has(GLOBAL)) {
        within(store.hold(resetDelay(response) ?? 1000), timeoutMs).catch(fallBack);
      }
    },
  };
}

function booking(response: Response): Booking {
  const { headers } = response;
  const exhausted = response.status === 429 && !headers.has(GLOBAL);
  return {
    receivedAt: performance.now(),
    bucket: headers.get(BUCKET) ?? undefined,
    limits: readLimits(headers, undefined),
    exhausted,
    holdMs: exhausted ? retryAfterHeader(response) : undefined,
  };
}

/**
 * `promise`, or a rejection once `ms` have passed without it settling. A busy process runs expired timers before it
 * reads the sockets that became readable meanwhile, so the rejection waits for one more turn of the event loop: an
 * answer that already arrived wins.
 */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let check: ReturnType<typeof setImmediate> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      check = setImmediate(() => reject(new Error(`The rate-limit store did not answer within ${ms} ms`)));
    }, ms);
  });
  return Promise.race([promise, late]).finally(() => {
    clearTimeout(timer);
    clearImmediate(check);
  });
}
