// KOOK's rate limits as the mock simulates them: a bucket per route with real counts, 429s, a global limit.
import { afterEach, describe, expect, it } from "vitest";
import { createKookClient } from "../generated/kook/client.js";
import type { AccessEntry } from "../scripts/mock/access-log.js";
import type { RateLimitOptions } from "../scripts/mock/rate-limit.js";
import { startMock, type MockServer } from "../scripts/prism.js";
import { runNodeScript } from "./support/node-script.js";
import { send } from "./support/raw-http.js";

const bot = { Authorization: "Bot rate-token-1" };
let mock: MockServer | undefined;
afterEach(async () => {
  await mock?.close();
  mock = undefined;
});

async function start(rateLimit?: RateLimitOptions, log?: (entry: AccessEntry) => void): Promise<MockServer> {
  return (mock = await startMock("kook", { rateLimit, log }));
}

const rateHeaders = (answer: { headers: Record<string, unknown> }) => ({
  limit: answer.headers["x-rate-limit-limit"],
  remaining: answer.headers["x-rate-limit-remaining"],
  reset: Number(answer.headers["x-rate-limit-reset"]),
  bucket: answer.headers["x-rate-limit-bucket"],
  global: answer.headers["x-rate-limit-global"],
});

describe("KOOK rate limits", () => {
  it("names each route's own bucket and counts it down, per token, by default 120 per 60 s", async () => {
    const { url } = await start();
    const first = rateHeaders(await send(url, { path: "/user/me", headers: bot }));
    const second = rateHeaders(await send(url, { path: "/user/me", headers: bot }));
    const other = rateHeaders(await send(url, { path: "/invite/list?guild_id=1", headers: bot }));
    const otherToken = rateHeaders(await send(url, { path: "/user/me", headers: { Authorization: "Bot another" } }));
    expect(first).toMatchObject({ limit: "120", remaining: "119", bucket: "user/me", global: undefined });
    expect(first.reset).toBeGreaterThan(59);
    expect(first.reset).toBeLessThanOrEqual(60);
    expect(second).toMatchObject({ remaining: "118", bucket: "user/me" });
    expect(other).toMatchObject({ remaining: "119", bucket: "invite/list" });
    expect(otherToken).toMatchObject({ remaining: "119", bucket: "user/me" });
  });

  it("counts a token however many spaces its header puts before it", async () => {
    // Each spelling had windows of its own: a client dodged every 429 by adding a space.
    const { url } = await start({ bucket: { limit: 2, seconds: 60 } });
    const statuses = [];
    for (const authorization of ["Bot spaced-token", "Bot  spaced-token", "Bot   spaced-token ", "Bot    spaced-token"]) {
      statuses.push((await send(url, { path: "/user/me", headers: { Authorization: authorization } })).status);
    }
    expect(statuses).toEqual([200, 200, 429, 429]);
  });

  it("answers 429 with KOOK's envelope and headers once a bucket is empty, and serves again after Reset", async () => {
    const { url } = await start({ bucket: { limit: 3, seconds: 1 } });
    for (let call = 0; call < 3; call++) expect((await send(url, { path: "/user/me", headers: bot })).status).toBe(200);
    const refused = await send(url, { path: "/user/me", headers: bot });
    expect(refused.status).toBe(429);
    expect(refused.json()).toMatchObject({ code: 40000, message: expect.stringContaining("user/me") });
    const headers = rateHeaders(refused);
    expect(headers).toMatchObject({ limit: "3", remaining: "0", bucket: "user/me", global: undefined });
    expect(headers.reset).toBeGreaterThan(0);
    expect(headers.reset).toBeLessThanOrEqual(1);
    expect(refused.headers["sl-violations"]).toBeTypeOf("string");
    // Other buckets are not affected.
    expect((await send(url, { path: "/user/view?user_id=1", headers: bot })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, headers.reset * 1000));
    const again = await send(url, { path: "/user/me", headers: bot });
    expect(again.status).toBe(200);
    expect(rateHeaders(again)).toMatchObject({ remaining: "2" });
  });

  it("enforces a global limit across routes, flagged with X-Rate-Limit-Global", async () => {
    const { url } = await start({ bucket: { limit: 100, seconds: 1 }, global: { limit: 4, seconds: 1 } });
    const paths = ["/user/me", "/user/view?user_id=1", "/invite/list?guild_id=1", "/user/get-online-status"];
    for (const path of paths) expect((await send(url, { path, headers: bot })).status).toBe(200);
    const refused = await send(url, { path: "/category/list?channel_id=1", headers: bot });
    expect(refused.status).toBe(429);
    expect(rateHeaders(refused)).toMatchObject({ limit: "4", remaining: "0", global: "" });
  });

  it("only counts when not enforcing, and never refuses", async () => {
    const { url } = await start({ bucket: { limit: 1, seconds: 60 }, enforce: false });
    for (let call = 0; call < 3; call++) {
      const answer = await send(url, { path: "/user/me", headers: bot });
      expect(answer.status).toBe(200);
      expect(rateHeaders(answer).remaining).toBe("0");
    }
  });

  it("lets the project's own client run many calls on several routes with no 429 after the first window", async () => {
    const window = 1;
    const log: { at: number; status: number }[] = [];
    const { url } = await start({ bucket: { limit: 5, seconds: window }, global: { limit: 100, seconds: window } }, (entry) =>
      log.push({ at: Date.now(), status: entry.status }),
    );
    const kook = createKookClient({ token: "client-token", baseUrl: url });
    const started = Date.now();
    const calls = [
      ...Array.from({ length: 15 }, () => kook.getCurrentUser()),
      ...Array.from({ length: 15 }, () => kook.getUser({ user_id: "1" })),
      ...Array.from({ length: 15 }, () => kook.listInvites({ guild_id: "1" })),
    ];
    const results = await Promise.allSettled(calls);
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
    const firstWindowEnd = log[0]!.at + window * 1000;
    const late429s = log.filter((entry) => entry.status === 429 && entry.at > firstWindowEnd);
    console.log(`KOOK client vs mock: ${log.length} requests, ${log.filter((e) => e.status === 429).length} 429s, ${late429s.length} after the first window, ${Date.now() - started} ms`);
    expect(late429s).toEqual([]);
    // 15 calls on a bucket of 5 per second take at least two more windows: the limits were really in force.
    expect(Date.now() - started).toBeGreaterThanOrEqual(2 * window * 1000);
  });
});

describe("KOOK rate limits: the mock's memory", () => {
  it("keeps its windows' memory small however long the tokens clients send", async () => {
    // 10 000 windows (the table's most) of tokens of 16 KB (Node's header limit): 160 MB when tokens were the keys.
    const script = `
      const { createRateLimiter } = await import(${JSON.stringify(new URL("../scripts/mock/rate-limit.ts", import.meta.url).href)});
      const limiter = createRateLimiter();
      const before = heap();
      const { randomBytes } = await import("node:crypto");
      for (let i = 0; i < 5000; i++) limiter.take("Bot " + randomBytes(8000).toString("hex"), "user/me", false);
      console.log(heap() - before);
    `;
    expect(Number(await runNodeScript(script, { heap: true }))).toBeLessThan(10_000_000);
  });
});
