// The KOOK rate limiter shared through a real redis-server (started on a free port): clients of one token share its
// buckets, fairly, keyed by a hash of the token; when Redis dies they carry on with their local limiters and say so,
// and they go back to Redis when it returns.
import { createClient } from "redis";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createKookClient, type KookClientOptions } from "../generated/kook/client.js";
import { redisStore, type RedisStoreOptions, type StoreEvent } from "../src/kook/redis-store.js";
import { sendJson, startServer, type TestServer } from "./support/http-server.js";
import { startRedis, type RedisServer } from "./support/redis-server.js";

const token = "kook-redis-test-token-8c1d";
let redis: RedisServer;
let server: TestServer;
const connections: { close(): Promise<unknown>; destroy(): void }[] = [];

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis?.stop();
});
afterEach(async () => {
  await Promise.all(connections.splice(0).map((connection) => connection.close().catch(() => connection.destroy())));
  await server?.close();
  // Each test's server is a KOOK of its own: its buckets start empty.
  const cleaner = await connect();
  await cleaner.flushAll();
  await connections.splice(0)[0]!.close();
});

/** A connection of its own for each client, as separate processes would have. */
async function connect() {
  const connection = createClient({ url: redis.url, socket: { reconnectStrategy: () => 50 } });
  connections.push(connection);
  connection.on("error", () => {});
  await connection.connect();
  return connection;
}

/**
 * A KOOK-like server: one bucket of `limit` calls per window of `windowMs` on every route, the window starting with
 * the first call after the last one ended. It records, per call, when it arrived, its `user_id` and whether it got
 * through; calls over the limit get 429.
 */
async function bucketServer(limit: number, windowMs: number, { aligned = false, wholeSeconds = false } = {}) {
  let windowEnd = 0;
  let used = 0;
  let firstWindowEnd = 0;
  const calls: { at: number; id: string; allowed: boolean; afterFirstWindow: boolean; opened: boolean }[] = [];
  server = await startServer((request, response) => {
    const now = Date.now();
    if (now >= windowEnd) {
      windowEnd = aligned ? (Math.floor(now / windowMs) + 1) * windowMs : now + windowMs;
      used = 0;
      firstWindowEnd ||= windowEnd;
    }
    const allowed = used < limit;
    if (allowed) used++;
    calls.push({ at: now, id: request.query.get("user_id") ?? "", allowed, afterFirstWindow: now >= firstWindowEnd, opened: used <= 1 && (aligned || windowEnd === now + windowMs) && now + windowMs >= windowEnd });
    sendJson(response, allowed ? 200 : 429, { code: allowed ? 0 : 429, message: allowed ? "ok" : "too many", data: { id: request.query.get("user_id") } }, {
      "X-Rate-Limit-Limit": String(limit),
      "X-Rate-Limit-Remaining": String(limit - used),
      "X-Rate-Limit-Reset": String(wholeSeconds ? Math.floor((windowEnd - now) / 1000) : (windowEnd - now) / 1000),
      "X-Rate-Limit-Bucket": "user/view",
    });
  });
  return {
    calls,
    /** The calls of each server window, in order. */
    windows: () => {
      const windows: (typeof calls)[] = [];
      for (const call of calls) {
        if (call.opened || windows.length === 0) windows.push([]);
        windows[windows.length - 1]!.push(call);
      }
      return windows;
    },
    rejectedAfterFirstWindow: () => calls.filter((call) => !call.allowed && call.afterFirstWindow).length,
    /** Ids that got through more than once: calls the server processed twice. */
    duplicates: () => {
      const through = calls.filter((call) => call.allowed).map((call) => call.id);
      return through.filter((id, i) => through.indexOf(id) !== i);
    },
  };
}

async function sharedClient(options: RedisStoreOptions = {}, clientOptions: Partial<KookClientOptions> = {}) {
  const store = redisStore(await connect(), options);
  return createKookClient({ token, baseUrl: server.url, retry: { rateLimitRetries: 50, baseDelayMs: 5 }, rateLimit: { store }, ...clientOptions });
}

/** `count` calls from each client at once; resolves with when each client's last call ended. */
async function burst(clients: ReturnType<typeof createKookClient>[], count: number, tag = ""): Promise<number[]> {
  return Promise.all(
    clients.map(async (client, c) => {
      await Promise.all(Array.from({ length: count }, (_, i) => client.getUser({ user_id: `${tag}${c}-${i}` })));
      return Date.now();
    }),
  );
}

describe("KOOK rate limits shared through Redis", () => {
  it("lets clients of one token share a bucket: no 429 after the first window, while separate limiters get 429s", async () => {
    const limit = 10;
    const windowMs = 300;
    const alone = await bucketServer(limit, windowMs);
    await burst(
      Array.from({ length: 4 }, () => createKookClient({ token, baseUrl: server.url, retry: { rateLimitRetries: 50, baseDelayMs: 5 } })),
      15,
    );
    expect(alone.rejectedAfterFirstWindow()).toBeGreaterThan(0);
    await server.close();

    const shared = await bucketServer(limit, windowMs);
    const clients = await Promise.all(Array.from({ length: 4 }, () => sharedClient()));
    await burst(clients, 15);
    expect(shared.rejectedAfterFirstWindow()).toBe(0);
    expect(shared.calls.filter((call) => call.allowed)).toHaveLength(60);
    expect(shared.duplicates()).toEqual([]);
  });

  it("shares each window fairly: no client waits for the others to finish", async () => {
    const bucket = await bucketServer(8, 400);
    const clients = await Promise.all(Array.from({ length: 4 }, () => sharedClient()));
    // One call each first, so that the burst meets warm clients and a bucket whose limits are known.
    await burst(clients, 1, "warm-");
    bucket.calls.length = 0;
    await burst(clients, 10);
    // 40 calls, 8 per window: 5 windows. Served one client after another, the first would be done in the second
    // window and the last in the fifth; with equal shares of 2 each, every client has calls in the last two, and in
    // the last three when a loaded machine kept a client from asking in time (seen once in CI, with other work running).
    const windows = bucket.windows();
    const lastWindowOf = (c: number) => Math.max(...windows.map((calls, i) => (calls.some((call) => call.allowed && call.id.startsWith(`${c}-`)) ? i : -1)));
    for (let c = 0; c < 4; c++) expect(lastWindowOf(c)).toBeGreaterThanOrEqual(windows.length - 3);
  });

  it("keys Redis by a hash of the token, never the token", async () => {
    await bucketServer(5, 200);
    await burst([await sharedClient()], 6);
    const inspector = await connect();
    const keys = await inspector.keys("*");
    expect(keys.length).toBeGreaterThan(0);
    const values = await Promise.all(keys.map(async (key) => ((await inspector.type(key)) === "hash" ? inspector.hGetAll(key) : {})));
    const dump = JSON.stringify([keys, values]);
    expect(dump).not.toContain(token);
    expect(keys.every((key) => key.startsWith("botspec:kook:{"))).toBe(true);
  });

  it("adds one error listener to a Redis connection however many stores share it (a bot host with many tokens)", async () => {
    await bucketServer(5, 200);
    const shared = await connect();
    const before = shared.listenerCount("error");
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    try {
      for (let i = 0; i < 20; i++) {
        const kook = createKookClient({ token: `${token}-${i}`, baseUrl: server.url, rateLimit: { store: redisStore(shared) } });
        await expect(kook.getUser({ user_id: `u${i}` })).resolves.toEqual({ id: `u${i}` });
      }
      // Warnings are emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off("warning", onWarning);
    }
    expect(shared.listenerCount("error")).toBe(before + 1);
    expect(warnings.filter((warning) => warning.name === "MaxListenersExceededWarning")).toEqual([]);
  });

  it("falls back to the local limiter while Redis is down, says so, and goes back to Redis when it returns", async () => {
    const windowMs = 200;
    const bucket = await bucketServer(10, windowMs);
    const events: StoreEvent[] = [];
    const client = await sharedClient({ onEvent: (event) => events.push(event), retryMs: 100 });

    const first = burst([client], 60);
    await new Promise((resolve) => setTimeout(resolve, 2 * windowMs));
    await redis.kill();
    const killedAt = Date.now();
    // While Redis is down, the calls waiting when it died and new ones go through the local limiter.
    await burst([client], 10, "down-");
    await new Promise((resolve) => setTimeout(resolve, 2 * windowMs));
    const restartedAt = Date.now();
    expect(bucket.calls.filter((call) => call.allowed && !call.id.startsWith("down-") && call.at > killedAt).length).toBeGreaterThan(0);
    await redis.restart();
    await first;
    expect(events.map((event) => event.type)).toEqual(["fallback"]);
    expect(events[0]).toMatchObject({ type: "fallback", error: expect.any(Error) });
    expect(bucket.calls.filter((call) => call.at > killedAt && call.at < restartedAt).length).toBeGreaterThan(10);

    // Calls made once the client has reconnected go through Redis again.
    const inspector = await connect();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await burst([client], 10, "again-");
    expect(events.map((event) => event.type)).toEqual(["fallback", "recovered"]);
    expect((await inspector.keys("botspec:kook:*")).length).toBeGreaterThan(0);

    expect(bucket.calls.filter((call) => call.allowed)).toHaveLength(80);
    expect(bucket.duplicates()).toEqual([]);
  });
});

describe("KOOK rate limits shared through Redis: the hardened limiter's rules, across clients", () => {
  it("sends no call before the window ends when the server rounds Reset down to whole seconds", async () => {
    const bucket = await bucketServer(4, 1000, { aligned: true, wholeSeconds: true });
    const clients = await Promise.all(Array.from({ length: 2 }, () => sharedClient({}, { retry: false })));
    await burst(clients, 6);
    expect(bucket.calls.filter((call) => !call.allowed)).toEqual([]);
  });

  it("probes a route whose answers carry no rate-limit headers one call at a time, across clients", async () => {
    let inFlight = 0;
    let mostInFlight = 0;
    server = await startServer(async (request, response) => {
      mostInFlight = Math.max(mostInFlight, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 10));
      inFlight--;
      sendJson(response, 200, { code: 0, message: "", data: { id: request.query.get("user_id") } });
    });
    const clients = await Promise.all(Array.from({ length: 2 }, () => sharedClient({}, { timeoutMs: 5000 })));
    await burst(clients, 4);
    expect(server.requests).toHaveLength(8);
    expect(mostInFlight).toBe(1);
  });

  it("does not let a client that died while probing hold the bucket past a window", async () => {
    server = await startServer((request, response) => {
      if (request.query.get("user_id") === "stuck") return; // never answered
      sendJson(response, 200, { code: 0, message: "", data: { id: request.query.get("user_id") } }, {
        "X-Rate-Limit-Limit": "5",
        "X-Rate-Limit-Remaining": "4",
        "X-Rate-Limit-Reset": "0.5",
      });
    });
    const dying = await sharedClient();
    const stuck = dying.getUser({ user_id: "stuck" }, { timeoutMs: 5000 }).catch(() => "gave up");
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The process dies: its connection goes, and its probe is never booked.
    connections.shift()!.destroy();
    const survivor = await sharedClient({}, { timeoutMs: 4000 });
    await expect(survivor.getUser({ user_id: "next" })).resolves.toEqual({ id: "next" });
    await server.close();
    await stuck;
  });

  it("holds every client of the token, on every route, while the global limit is hit", async () => {
    let globalAt = 0;
    server = await startServer((request, response) => {
      if (globalAt === 0) {
        globalAt = Date.now();
        return sendJson(response, 429, { code: 429, message: "global", data: [] }, { "X-Rate-Limit-Global": "1", "X-Rate-Limit-Reset": "0.5" });
      }
      sendJson(response, 200, { code: 0, message: "", data: { id: request.query.get("user_id") ?? "me" } }, {
        "X-Rate-Limit-Limit": "100",
        "X-Rate-Limit-Remaining": "99",
        "X-Rate-Limit-Reset": "1",
      });
    });
    const [first, second] = await Promise.all([sharedClient(), sharedClient()]);
    const held = first.getUser({ user_id: "a" });
    let settled = false;
    void held.then(
      () => (settled = true),
      () => (settled = true),
    );
    // The other client calls once the first has put the hold in Redis (or it is over already): a fixed pause could
    // end before the first client has even read the 429 on a busy machine, and then nothing is shared yet.
    const inspector = await connect();
    while (!settled && (await inspector.keys("botspec:kook:*hold")).length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    // Another client, another route: it waits for the hold too.
    await second.getCurrentUser();
    await held;
    const me = server.requests.find((request) => request.path === "/user/me")!;
    expect(me.receivedAt - globalAt).toBeGreaterThanOrEqual(450);
  });
});

describe("KOOK rate limits shared through Redis: what Redis answers is checked", () => {
  it.each([
    ["no grant", []],
    ["strings", ["a", "b", "c", "d", "e"]],
    ["a negative grant", [-3, 0, 0, 0, 1]],
    ["a grant nobody shares", [1, 0, 0, 1, 0]],
    ["a grant larger than asked", [1e9, 0, 0, 0, 1]],
  ])("takes %s for Redis failing: the calls fall back to the local limiter, which keeps to the bucket", async (_name, reply) => {
    const bucket = await bucketServer(5, 300);
    const events: StoreEvent[] = [];
    const garbage = { isReady: true, on: () => undefined, sendCommand: async () => structuredClone(reply) };
    // No second look at Redis within the test (the default retryMs is 1 s, which a loaded machine's burst outlasted).
    const store = redisStore(garbage, { retryMs: 60_000, onEvent: (event) => events.push(event) });
    const client = createKookClient({ token, baseUrl: server.url, retry: { rateLimitRetries: 50, baseDelayMs: 5 }, rateLimit: { store } });
    await burst([client], 15);
    expect(bucket.calls.filter((call) => call.allowed)).toHaveLength(15);
    expect(bucket.rejectedAfterFirstWindow()).toBe(0);
    expect(bucket.calls.filter((call) => !call.allowed)).toHaveLength(0);
    expect(events.map((event) => event.type)).toEqual(["fallback"]);
  });

  it.each([
    ["an hour ahead (Redis's clock stepped back an hour)", (now: number) => ({ remaining: "0", end: String(now + 3_600_000) })],
    ["at infinity", () => ({ remaining: "0", end: "inf" })],
    ["a probe's lease years ahead", (now: number) => ({ probe: String(now + 1e11) })],
  ])("does not hold calls for a bucket whose stored end or lease lies %s", async (_name, state) => {
    const bucket = await bucketServer(5, 300);
    const client = await sharedClient({}, { timeoutMs: 4000 });
    await client.getUser({ user_id: "first" });
    const redisClient = await connect();
    const [bucketKey] = await redisClient.keys("*:b:*");
    const [seconds, micros] = (await redisClient.sendCommand(["TIME"])) as [string, string];
    const now = Number(seconds) * 1000 + Math.floor(Number(micros) / 1000);
    const fields = state(now);
    // A probe's lease is only read while the bucket's limits are unknown.
    if ("probe" in fields) await redisClient.hDel(bucketKey!, ["remaining", "limit"]);
    await redisClient.hSet(bucketKey!, fields);
    const started = performance.now();
    await burst([client], 8);
    expect(bucket.calls.filter((call) => call.allowed)).toHaveLength(9);
    // A window or two of 300 ms, not the hour (every call waited for its timeout before).
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it("refuses options that cannot become timers, and a client that is none", () => {
    const client = { isReady: true, on: () => undefined, sendCommand: async () => null };
    for (const timeoutMs of [Infinity, 3e9, NaN, -5, 0, "100"]) {
      expect(() => redisStore(client, { timeoutMs: timeoutMs as number })).toThrow(RangeError);
    }
    for (const retryMs of [Infinity, NaN, -1]) expect(() => redisStore(client, { retryMs })).toThrow(/^redisStore: retryMs must be a number from 1 to 2147483647/);
    expect(() => redisStore(client, { prefix: "" })).toThrow(new TypeError("redisStore: prefix must be a non-empty string"));
    expect(() => redisStore(client, { onEvent: "log" as never })).toThrow(TypeError);
    expect(() => redisStore({} as never)).toThrow(TypeError);
  });
});

describe("KOOK rate limits shared through Redis: a gateway's 429", () => {
  it("holds the bucket for the Retry-After it gives, not for the rest of the window the bucket's headers told", async () => {
    let answered = 0;
    server = await startServer((_, response) => {
      answered++;
      if (answered === 2) return sendJson(response, 429, { message: "busy" }, { "Retry-After": "1" });
      sendJson(response, 200, { code: 0, message: "ok", data: { id: "1" } }, { "X-Rate-Limit-Limit": "100", "X-Rate-Limit-Remaining": String(100 - answered), "X-Rate-Limit-Reset": "59" });
    });
    const client = await sharedClient({}, { timeoutMs: 5000 });
    await client.getUser({ user_id: "1" });
    const started = performance.now();
    await expect(client.getUser({ user_id: "2" })).resolves.toEqual({ id: "1" });
    const waited = performance.now() - started;
    expect(waited).toBeGreaterThanOrEqual(950);
    expect(waited).toBeLessThan(2500);
  });
});

describe("KOOK rate limits shared through Redis: a route the server moves to another bucket", () => {
  it("follows the bucket its answers name now, not the one they named first", async () => {
    // The first answer of /user/me names bucket `a`; from then on the server counts /user/me and
    // /user/get-online-status together as bucket `ab`, 5 calls per 400 ms.
    let first = true;
    let windowEnd = 0;
    let used = 0;
    let rejected = 0;
    server = await startServer((_, response) => {
      const now = Date.now();
      if (first) {
        first = false;
        return sendJson(response, 200, { code: 0, message: "ok", data: {} }, { "X-Rate-Limit-Limit": "5", "X-Rate-Limit-Remaining": "4", "X-Rate-Limit-Reset": "0.4", "X-Rate-Limit-Bucket": "a" });
      }
      if (now >= windowEnd) [windowEnd, used] = [now + 400, 0];
      const allowed = used < 5;
      if (allowed) used++;
      else rejected++;
      sendJson(response, allowed ? 200 : 429, { code: allowed ? 0 : 429, message: "", data: {} }, {
        "X-Rate-Limit-Limit": "5",
        "X-Rate-Limit-Remaining": String(5 - used),
        "X-Rate-Limit-Reset": String((windowEnd - now) / 1000),
        "X-Rate-Limit-Bucket": "ab",
      });
    });
    const client = await sharedClient({}, { timeoutMs: 10_000 });
    await client.getCurrentUser();
    await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? client.getCurrentUser() : client.getBotOnlineStatus())));
    expect(rejected).toBeLessThanOrEqual(5);
  });
});
