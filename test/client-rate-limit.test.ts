// The KOOK rate limiter against servers that do not play by the rules: answers without or with untrustworthy
// rate-limit headers, Reset rounded down to whole seconds, calls aborted after they were sent, absurd waits, and a
// process that must be able to exit once its calls are over; and against servers far away, whose windows it should
// fill from the moment they open. Each server here counts the 429s it sends.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { createKookClient, type KookClientOptions } from "../generated/kook/client.js";
import { createTomonClient } from "../generated/tomon/client.js";
import { sendJson, serverPerTest, type Handler, type TestServer } from "./support/http-server.js";

const token = "kook-rate-limit-token";
let server: TestServer;
const serve = serverPerTest((started) => (server = started));

function client(options: Partial<KookClientOptions> = {}) {
  return createKookClient({ token, baseUrl: server.url, retry: { baseDelayMs: 5 }, ...options });
}

const ok = (data: unknown = { id: "1" }) => ({ code: 0, message: "", data });
const tooMany = { code: 429, message: "too many requests", data: [] };

/**
 * A KOOK bucket as the server keeps it: `limit` calls per window of `windowMs` opened by the first call after the last
 * one closed, or windows `aligned` to the clock. `headers` turns the true state into the headers sent (the default:
 * exact, as KOOK documents them).
 */
function serverBucket(limit: number, windowMs: number, headers = exactHeaders, aligned = false) {
  let windowEnd = 0;
  let used = 0;
  const state = {
    rejected: 0,
    answered: 0,
    /** When each window opened. */
    opened: [] as number[],
    /** The windows (counted from 1) in which calls were rejected. */
    rejectedIn: new Set<number>(),
    take(now: number): { allowed: boolean; headers: Record<string, string> } {
      if (now >= windowEnd) {
        windowEnd = aligned ? (Math.floor(now / windowMs) + 1) * windowMs : now + windowMs;
        used = 0;
        state.opened.push(now);
      }
      const allowed = used < limit;
      if (allowed) used++;
      else {
        state.rejected++;
        state.rejectedIn.add(state.opened.length);
      }
      state.answered++;
      return { allowed, headers: headers({ limit, remaining: limit - used, resetMs: windowEnd - now, call: state.answered }) };
    },
    handler: ((request, response) => {
      const { allowed, headers } = state.take(request.receivedAt);
      sendJson(response, allowed ? 200 : 429, allowed ? ok({ id: request.query.get("user_id") }) : tooMany, headers);
    }) as Handler,
  };
  return state;
}

interface TrueState {
  limit: number;
  remaining: number;
  resetMs: number;
  /** 1 for the first call the server answers. */
  call: number;
}

function exactHeaders({ limit, remaining, resetMs }: TrueState): Record<string, string> {
  return { "X-Rate-Limit-Limit": String(limit), "X-Rate-Limit-Remaining": String(remaining), "X-Rate-Limit-Reset": String(resetMs / 1000) };
}

/** Reset rounded down to whole seconds: mostly 0 in a window of 1 s, while up to a second is left. */
const roundedHeaders = (s: TrueState) => ({ ...exactHeaders(s), "X-Rate-Limit-Reset": String(Math.floor(s.resetMs / 1000)) });

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A bucket's server `way()` ms away each way (drawn again for every request and every answer): a request is counted
 * when it has come that far, and its answer takes as long back. Its clock counts fractions of a millisecond, as a
 * server's does: calls that reach it in the millisecond a window of whole seconds opened are told 0 s, not 1.
 */
function faraway(bucket: ReturnType<typeof serverBucket>, way: () => number): Handler {
  return async (request, response) => {
    await pause(way());
    const { allowed, headers } = bucket.take(performance.timeOrigin + performance.now());
    await pause(way());
    sendJson(response, allowed ? 200 : 429, allowed ? ok({ id: request.query.get("user_id") }) : tooMany, headers);
  };
}

/** How long after each window of `windowMs` closed the next one opened. */
function gapsBetween(opened: number[], windowMs: number): number[] {
  return opened.slice(1).map((at, i) => at - opened[i]! - windowMs);
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** Pseudo-random numbers from 0 to 1, the same on every run (mulberry32). */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const users = (count: number) => Array.from({ length: count }, (_, i) => String(i));

describe("KOOK rate limiter: a bucket always has a way forward", () => {
  it("lets queued calls go when the calls of a fresh window are answered without rate-limit headers", async () => {
    // The first window is told; then the route stops sending headers (a gateway answering, a changed route).
    await serve((request, response) =>
      server.requests.length === 1
        ? sendJson(response, 200, ok(), { "X-Rate-Limit-Limit": "2", "X-Rate-Limit-Remaining": "1", "X-Rate-Limit-Reset": "0.2" })
        : sendJson(response, 200, ok({ id: request.query.get("user_id") })),
    );
    const kook = client({ timeoutMs: 5000 });
    await kook.getUser({ user_id: "first" });
    await new Promise((resolve) => setTimeout(resolve, 250));
    const results = await Promise.allSettled(users(6).map((id) => kook.getUser({ user_id: id })));
    expect(results.map((result) => result.status)).toEqual(Array(6).fill("fulfilled"));
    expect(server.requests).toHaveLength(7);
  });

  it("goes on probing a route whose answers never carry rate-limit headers, one call at a time", async () => {
    let inFlight = 0;
    let mostInFlight = 0;
    await serve(async (request, response) => {
      mostInFlight = Math.max(mostInFlight, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 10));
      inFlight--;
      sendJson(response, 200, ok({ id: request.query.get("user_id") }));
    });
    const kook = client({ timeoutMs: 5000 });
    const found = await Promise.all(users(8).map((id) => kook.getUser({ user_id: id })));
    expect(found.map((user) => user.id)).toEqual(users(8));
    // Unknown limits are not "no limit": a route that says nothing is not flooded.
    expect(mostInFlight).toBe(1);
  });

  it("sends the next probe when the one in flight stays unanswered, after a bounded wait", async () => {
    await serve((request, response) => {
      if (request.query.get("user_id") === "stuck") return; // never answered
      sendJson(response, 200, ok({ id: request.query.get("user_id") }));
    });
    const kook = client({ timeoutMs: 5000 });
    const stuck = kook.getUser({ user_id: "stuck" }, { timeoutMs: 4000 }).catch(() => "gave up");
    await new Promise((resolve) => setTimeout(resolve, 20));
    const started = Date.now();
    await expect(kook.getUser({ user_id: "next" })).resolves.toEqual({ id: "next" });
    expect(Date.now() - started).toBeLessThan(2500);
    await server.close();
    await stuck;
  });

  it.each([
    ["a negative Reset", (s: TrueState) => ({ ...exactHeaders(s), "X-Rate-Limit-Reset": "-1" })],
    ["a non-numeric Reset", (s: TrueState) => ({ ...exactHeaders(s), "X-Rate-Limit-Reset": "soon" })],
    ["an absurd Reset", (s: TrueState) => ({ ...exactHeaders(s), "X-Rate-Limit-Reset": "1e12" })],
    ["Remaining above Limit", (s: TrueState) => ({ ...exactHeaders(s), "X-Rate-Limit-Remaining": String(s.limit + 100) })],
    ["a non-numeric Remaining", (s: TrueState) => ({ ...exactHeaders(s), "X-Rate-Limit-Remaining": "many" })],
    ["no headers at all", () => ({})],
  ])("does not take a route sending %s as unlimited: no call fails, few 429s", async (_name, headers) => {
    const bucket = serverBucket(4, 150, headers);
    await serve(bucket.handler);
    const kook = client({ timeoutMs: 8000 });
    const results = await Promise.allSettled(users(7).map((id) => kook.getUser({ user_id: id })));
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
    // Sent as if unlimited, 3 of the 7 would meet a 429 at once, and again on their retries within the window.
    expect(bucket.rejected).toBeLessThanOrEqual(2);
  });
});

describe("KOOK rate limiter: no needless 429s", () => {
  it("counts a call aborted after it was sent against its window: the server counted it", async () => {
    const bucket = serverBucket(3, 800);
    await serve((request, response) => {
      // The server counts the slow call, then takes its time to answer it.
      if (request.query.get("user_id") === "slow") return void bucket.take(request.receivedAt);
      bucket.handler(request, response);
    });
    const kook = client({ retry: false, timeoutMs: 5000 });
    await kook.getUser({ user_id: "a" });
    const controller = new AbortController();
    const slow = kook.getUser({ user_id: "slow" }, { signal: controller.signal }).catch((error: unknown) => error);
    while (server.requests.length < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    await slow;
    const results = await Promise.allSettled([kook.getUser({ user_id: "b" }), kook.getUser({ user_id: "c" })]);
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "fulfilled"]);
    expect(bucket.rejected).toBe(0);
  });

  it("gives the turn of a call aborted while it waited in line back: it never left", async () => {
    const bucket = serverBucket(1, 300);
    await serve(bucket.handler);
    const kook = client({ retry: false });
    await kook.getUser({ user_id: "a" });
    const controller = new AbortController();
    const waiting = kook.getUser({ user_id: "aborted" }, { signal: controller.signal }).catch((error: unknown) => error);
    const next = kook.getUser({ user_id: "next" });
    controller.abort();
    await waiting;
    await expect(next).resolves.toEqual({ id: "next" });
    expect(server.requests.map((request) => request.query.get("user_id"))).toEqual(["a", "next"]);
    expect(bucket.rejected).toBe(0);
  });

  it("sends no call before the window ends when the server rounds Reset down to whole seconds", async () => {
    // Windows of whole seconds on the server's clock.
    const bucket = serverBucket(5, 1000, roundedHeaders, true);
    await serve(bucket.handler);
    const kook = client({ retry: false });
    const started = Date.now();
    const found = await Promise.all(users(15).map((id) => kook.getUser({ user_id: id })));
    expect(found).toHaveLength(15);
    expect(bucket.rejected).toBe(0);
    // Three windows: the cost of the rounding is bounded by about one second per window at worst.
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("holds every route after a 429 without trustworthy headers, for a bounded wait", async () => {
    const bucket = serverBucket(2, 300, () => ({}));
    await serve(bucket.handler);
    const kook = client({ timeoutMs: 8000 });
    const found = await Promise.all(users(6).map((id) => kook.getUser({ user_id: id })));
    expect(found.map((user) => user.id)).toEqual(users(6));
    expect(bucket.rejected).toBeLessThanOrEqual(2);
  });
});

describe("KOOK rate limiter: windows at the server's pace", () => {
  // Each window ends, as the client sees it, when an answer written as it closed would arrive: waiting for that, the
  // next window's calls would reach the server a whole round trip after it opened. The limiter sends them earlier by
  // the part of a round trip that its answers vouch for.
  it("fills windows from about when they open, with Reset exact", async () => {
    const rtt = 600;
    const bucket = serverBucket(4, 1000);
    await serve(faraway(bucket, () => rtt / 2));
    const kook = client();
    const found = await Promise.all(users(24).map((id) => kook.getUser({ user_id: id })));
    expect(found).toHaveLength(24);
    expect(bucket.rejected).toBe(0);
    const gaps = gapsBetween(bucket.opened, 1000);
    expect(gaps).toHaveLength(5);
    // A round trip lost at each gap would add up to 5; the credit grows from nothing as windows agree.
    expect(sum(gaps)).toBeLessThan(4 * rtt);
  });

  it("fills windows from about when they open, with Reset rounded down to whole seconds", async () => {
    const rtt = 400;
    const bucket = serverBucket(4, 1000, roundedHeaders);
    await serve(faraway(bucket, () => rtt / 2));
    const kook = client();
    await Promise.all(users(28).map((id) => kook.getUser({ user_id: id })));
    expect(bucket.rejected).toBe(0);
    const gaps = gapsBetween(bucket.opened, 1000);
    expect(gaps).toHaveLength(6);
    // The first window's end is told only by calls sent after its first was answered: the first gap is two round
    // trips without the credit, each other one; 7 in all. Half a round trip is left for a loaded machine.
    expect(sum(gaps)).toBeLessThan(6.5 * rtt);
  });

  it.each([
    ["exact", exactHeaders],
    ["rounded down to whole seconds", roundedHeaders],
  ])("sends no window early when the latency jitters, with Reset %s", async (_, headers) => {
    // Each way 150 ms ± 50 ms.
    const random = seeded(21);
    const bucket = serverBucket(8, 1000, headers);
    await serve(faraway(bucket, () => 100 + 100 * random()));
    const kook = client();
    const found = await Promise.all(users(48).map((id) => kook.getUser({ user_id: id })));
    expect(found).toHaveLength(48);
    expect(bucket.opened).toHaveLength(6);
    expect(bucket.rejected).toBe(0);
  });

  it("backs off after a window sent early meets 429s", async () => {
    // The server's windows last 300 ms longer than its Reset says: a window sent a quarter of a round trip early is too
    // early. Each 429 halves, for good, the round trip the limiter counts on.
    const understated = (s: TrueState) => ({ ...exactHeaders(s), "X-Rate-Limit-Reset": String(Math.max(0, s.resetMs - 300) / 1000) });
    const bucket = serverBucket(3, 1000, understated);
    await serve(faraway(bucket, () => 200));
    const kook = client({ retry: { baseDelayMs: 5, rateLimitRetries: 20 } });
    await Promise.all(users(24).map((id) => kook.getUser({ user_id: id })));
    expect(bucket.opened.length).toBeGreaterThanOrEqual(8);
    // Without backing off, every window after the first would meet them.
    expect(bucket.rejectedIn.size).toBeLessThanOrEqual(2);
  });
});

describe("KOOK retries after a 429", () => {
  it("waits the standard Retry-After of a 429 without KOOK's headers (a gateway's)", async () => {
    await serve((_, response) =>
      server.requests.length === 1 ? sendJson(response, 429, {}, { "Retry-After": "0.3" }) : sendJson(response, 200, ok()),
    );
    await expect(client({ rateLimit: false }).getCurrentUser()).resolves.toEqual({ id: "1" });
    const [rejected, resent] = server.requests;
    expect(resent!.receivedAt - rejected!.receivedAt).toBeGreaterThanOrEqual(300);
  });
});

describe("timers the client owns", () => {
  it("never sets a timer beyond what Node can hold, whatever Reset or Retry-After a server sends", async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => void warnings.push(warning.name);
    process.on("warning", onWarning);
    try {
      await serve((request, response) => {
        const first = server.hits(request.path).length === 1;
        if (request.path.startsWith("/invites/")) {
          return first ? sendJson(response, 429, {}, { "Retry-After": "9999999999" }) : sendJson(response, 200, { code: "abc" });
        }
        const headers = { "X-Rate-Limit-Limit": "1", "X-Rate-Limit-Remaining": "0", "X-Rate-Limit-Reset": "99999999999" };
        sendJson(response, first ? 429 : 200, first ? tooMany : ok(), headers);
      });
      const kook = client({ timeoutMs: 5000 });
      const tomon = createTomonClient({ token, baseUrl: server.url, retry: { baseDelayMs: 5 }, timeoutMs: 5000 });
      const calls = await Promise.allSettled([
        tomon.getInvite({ inviteCode: "abc" }),
        ...users(5).map((id) => kook.getUser({ user_id: id })),
      ]);
      expect(calls.map((call) => call.status)).toEqual(Array(6).fill("fulfilled"));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(warnings.filter((name) => name === "TimeoutOverflowWarning")).toEqual([]);
    } finally {
      process.off("warning", onWarning);
    }
  });

  it("let the process exit as soon as its last call settles: queued calls aborted or timed out, retry waits aborted", async () => {
    await serve((request, response) => {
      if (request.path === "/invites/abc") return sendJson(response, 503, {});
      sendJson(response, 200, ok(), { "X-Rate-Limit-Limit": "1", "X-Rate-Limit-Remaining": "0", "X-Rate-Limit-Reset": "300" });
    });
    const script = `
      const { createKookClient } = await import(${JSON.stringify(new URL("../generated/kook/client.ts", import.meta.url).href)});
      const { createTomonClient } = await import(${JSON.stringify(new URL("../generated/tomon/client.ts", import.meta.url).href)});
      const kook = createKookClient({ token: "t-exit-token", baseUrl: process.env.BASE_URL, timeoutMs: 600000 });
      await kook.getCurrentUser();
      // The bucket is empty for 300 s: one queued call times out, one is aborted.
      const controller = new AbortController();
      const queued = [kook.getCurrentUser({ timeoutMs: 100 }), kook.getCurrentUser({ signal: controller.signal })];
      setTimeout(() => controller.abort(), 50);
      // A GET waiting to be retried after a 503 is aborted during its backoff.
      const tomon = createTomonClient({ token: "t-exit-token", baseUrl: process.env.BASE_URL, retry: { baseDelayMs: 200000, maxDelayMs: 200000 } });
      const retrying = new AbortController();
      queued.push(tomon.getInvite({ inviteCode: "abc" }, { signal: retrying.signal }));
      setTimeout(() => retrying.abort(), 150);
      const outcomes = await Promise.allSettled(queued);
      console.log(JSON.stringify(outcomes.map((outcome) => outcome.reason?.name)));
      globalThis.settledAt = Date.now();
      process.on("exit", () => console.log("exit after", Date.now() - globalThis.settledAt));
    `;
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      env: { ...process.env, BASE_URL: server.url },
      timeout: 60_000,
    });
    const [names, exit] = stdout.trim().split("\n");
    expect(JSON.parse(names!)).toEqual(["TimeoutError", "AbortedError", "AbortedError"]);
    expect(Number(exit!.replace("exit after ", ""))).toBeLessThan(1000);
  });
});
