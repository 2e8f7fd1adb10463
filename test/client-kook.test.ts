// The generated KOOK client against real HTTP servers on 127.0.0.1: envelope, errors, rate limits, retries,
// pagination, middleware and concurrency.
import { describe, expect, it } from "vitest";
import {
  AbortedError,
  ApiError,
  InvalidResponseError,
  KookApiError,
  NetworkError,
  TimeoutError,
  createKookClient,
  type KookClientOptions,
} from "../generated/kook/client.js";
import { withRaw } from "../src/with-raw.js";
import { sendJson, serverPerTest, type ReceivedRequest, type TestServer } from "./support/http-server.js";

const token = "kook-test-token";
let server: TestServer;
const kookServer = serverPerTest((started) => (server = started));

function envelope(data: unknown, code = 0, message = "操作成功") {
  return { code, message, data };
}

/** Rate-limit headers of a bucket with `remaining` calls left for `resetSeconds`. */
function limitHeaders(limit: number, remaining: number, resetSeconds: number, bucket?: string): Record<string, string> {
  return {
    "X-Rate-Limit-Limit": String(limit),
    "X-Rate-Limit-Remaining": String(remaining),
    "X-Rate-Limit-Reset": String(resetSeconds),
    ...(bucket ? { "X-Rate-Limit-Bucket": bucket } : {}),
  };
}

/**
 * A server-side KOOK bucket: `limit` calls per window of `windowMs`, the window starting with its first call.
 * Calls over the limit get 429 and are counted in `rejected`.
 */
function serverBucket(limit: number, windowMs: number, name?: string) {
  let windowEnd = 0;
  let used = 0;
  const state = {
    rejected: 0,
    /** Answers one call: rate-limit headers to send, and whether it is within the limit. */
    take(now: number): { allowed: boolean; headers: Record<string, string> } {
      if (now >= windowEnd) {
        windowEnd = now + windowMs;
        used = 0;
      }
      const allowed = used < limit;
      if (allowed) used++;
      else state.rejected++;
      return { allowed, headers: limitHeaders(limit, limit - used, (windowEnd - now) / 1000, name) };
    },
  };
  return state;
}

function client(options: Partial<KookClientOptions> = {}) {
  return createKookClient({ token, baseUrl: server.url, retry: { baseDelayMs: 5 }, ...options });
}

const rawClient = (options: Partial<KookClientOptions> = {}) => withRaw(client(options));

describe("KOOK client: calls and envelope", () => {
  it("sends the bot token, language and query, and returns `data` from the envelope", async () => {
    await kookServer((request, response) => sendJson(response, 200, envelope({ id: request.query.get("user_id"), username: "u" })));
    const user = await client({ language: "en-US" }).getUser({ user_id: "42", guild_id: "7" });
    expect(user).toEqual({ id: "42", username: "u" });
    const [hit] = server.requests;
    expect(hit!.method).toBe("GET");
    expect(hit!.path).toBe("/user/view");
    expect(Object.fromEntries(hit!.query)).toEqual({ user_id: "42", guild_id: "7" });
    expect(hit!.headers.authorization).toBe(`Bot ${token}`);
    expect(hit!.headers["accept-language"]).toBe("en-US");
  });

  it("sends OAuth tokens as Bearer and POST params as a JSON body", async () => {
    await kookServer((_, response) => sendJson(response, 200, envelope({ url: "https://kook.top/abc" })));
    const result = await client({ tokenType: "Bearer" }).createInvite({ guild_id: "9", duration: 3600, setting_times: 5 });
    expect(result).toEqual({ url: "https://kook.top/abc" });
    const [hit] = server.requests;
    expect(hit!.headers.authorization).toBe(`Bearer ${token}`);
    expect(hit!.headers["content-type"]).toBe("application/json");
    expect(hit!.json()).toEqual({ guild_id: "9", duration: 3600, setting_times: 5 });
  });

  it("throws KookApiError for a non-zero code under HTTP 200", async () => {
    await kookServer((_, response) => sendJson(response, 200, envelope([], 40000, "频道不存在")));
    const error = await client().getThread({ channel_id: "1", thread_id: "2" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KookApiError);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 200,
      code: 40000,
      operationId: "getThread",
      method: "GET",
      url: `${server.url}/thread/view?channel_id=1&thread_id=2`,
      body: { code: 40000, message: "频道不存在", data: [] },
    });
    expect((error as Error).message).toContain("频道不存在");
  });

  it("reads the envelope of an HTTP error status", async () => {
    await kookServer((_, response) => sendJson(response, 403, envelope({}, 40300, "no permission")));
    const error = await client().deleteInvite({ url_code: "abc" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KookApiError);
    expect(error).toMatchObject({ status: 403, code: 40300, method: "POST", body: { code: 40300, message: "no permission" } });
  });

  it("keeps a non-JSON error body as text", async () => {
    await kookServer((_, response) => {
      response.writeHead(502, { "Content-Type": "text/html" });
      response.end("<html>bad gateway</html>");
    });
    const error = await client({ retry: false }).getCurrentUser().catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, code: undefined, body: "<html>bad gateway</html>" });
  });

  it("throws InvalidResponseError for malformed JSON under HTTP 200", async () => {
    await kookServer((_, response) => {
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end("{not json");
    });
    const error = await client().getCurrentUser().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ status: 200, operationId: "getCurrentUser" });
  });
});

describe("KOOK client: operations of issue 20 (kook-a)", () => {
  // Bytes that are not valid UTF-8, so that reading them as text would change them.
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00, 0x80]);

  it.each([
    ["directly", false],
    ["through middleware", true],
  ])("returns the badge image's bytes unchanged as a Blob (%s)", async (_, withMiddleware) => {
    await kookServer((_, response) => {
      response.writeHead(200, { "Content-Type": "image/png", "Content-Length": png.length });
      response.end(Buffer.from(png));
    });
    const kook = client();
    if (withMiddleware) withRaw(kook).use({ onRequest: ({ request }) => request });
    const badge = await kook.getGuildBadge({ guild_id: "9", style: 2 });
    expect(badge).toBeInstanceOf(Blob);
    expect(new Uint8Array(await badge.arrayBuffer())).toEqual(png);
    expect(Object.fromEntries(server.requests[0]!.query)).toEqual({ guild_id: "9", style: "2" });
  });

  it.each([
    ["directly", false],
    ["through middleware", true],
  ])("throws KookApiError when the badge route answers the JSON error envelope under HTTP 200 (%s)", async (_, withMiddleware) => {
    await kookServer((_, response) => sendJson(response, 200, envelope([], 40000, "服务器不存在")));
    const kook = client();
    if (withMiddleware) withRaw(kook).use({ onRequest: ({ request }) => request });
    const error = await kook.getGuildBadge({ guild_id: "9" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KookApiError);
    expect(error).toMatchObject({ status: 200, code: 40000, operationId: "getGuildBadge" });
  });

  it("uploads an emoji as multipart form data with the PNG as a file part", async () => {
    await kookServer((_, response) => sendJson(response, 200, envelope({ name: "smile", id: "9/abc", user_info: { id: "1", username: "u", identify_num: "0001", avatar: "" } })));
    const emoji = await client().createGuildEmoji({ guild_id: "9", name: "smile", emoji: new Blob([png], { type: "image/png" }) });
    expect(emoji.id).toBe("9/abc");
    const [hit] = server.requests;
    expect(hit!.path).toBe("/guild-emoji/create");
    expect(hit!.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const form = await hit!.formData();
    expect(form.get("guild_id")).toBe("9");
    expect(form.get("name")).toBe("smile");
    const file = form.get("emoji");
    expect(file).toBeInstanceOf(Blob);
    expect(new Uint8Array(await (file as Blob).arrayBuffer())).toEqual(png);
  });

  it("returns the plain list of a voice channel's users, and pages guild lists by page/meta", async () => {
    await kookServer((request, response) => {
      if (request.path === "/channel/user-list") return sendJson(response, 200, envelope([{ id: "1", username: "a", identify_num: "0001", avatar: "" }]));
      const page = Number(request.query.get("page"));
      const items = [{ role_id: page, name: `r${page}`, color: 0, position: page, hoist: 0, mentionable: 0, permissions: 0 }];
      return sendJson(response, 200, envelope({ items, meta: { page, page_total: 2, page_size: 1, total: 2 }, sort: [] }));
    });
    const kook = client();
    expect(await kook.listVoiceChannelUsers({ channel_id: "5" })).toEqual([{ id: "1", username: "a", identify_num: "0001", avatar: "" }]);
    const roles = [];
    for await (const role of kook.paginate.listGuildRoles({ guild_id: "9", page_size: 1 })) roles.push(role.role_id);
    expect(roles).toEqual([1, 2]);
  });
});

describe("KOOK client: rate limits", () => {
  it("holds the next call to a bucket emptied by Remaining=0 until its reset, without 429s", async () => {
    const bucket = serverBucket(1, 200);
    await kookServer((request, response) => {
      const { allowed, headers } = bucket.take(request.receivedAt);
      sendJson(response, allowed ? 200 : 429, envelope(allowed ? { online: true, online_os: [] } : [], allowed ? 0 : 429), headers);
    });
    const kook = client({ retry: false });
    await kook.getBotOnlineStatus();
    await kook.getBotOnlineStatus();
    const [first, second] = server.requests;
    expect(second!.receivedAt - first!.receivedAt).toBeGreaterThanOrEqual(200);
    expect(bucket.rejected).toBe(0);
  });

  it("waits Reset after a 429 and resends, also a POST: calls wait, none fail", async () => {
    const rejectedAt: number[] = [];
    await kookServer((request, response) => {
      if (server.hits(request.path).length === 1) {
        rejectedAt.push(Date.now());
        return sendJson(response, 429, envelope([], 429, "too many requests"), limitHeaders(5, 0, 0.2));
      }
      sendJson(response, 200, envelope({ path: request.path }), limitHeaders(5, 4, 1));
    });
    const kook = client({ rateLimit: false });
    const results = await Promise.all([kook.getCurrentUser(), kook.createThreadReply({ channel_id: "1", thread_id: "2", content: "hi" })]);
    expect(results).toEqual([{ path: "/user/me" }, { path: "/thread/reply" }]);
    for (const path of ["/user/me", "/thread/reply"]) {
      const [rejected, resent] = server.hits(path);
      expect(resent!.receivedAt - rejected!.receivedAt).toBeGreaterThanOrEqual(200);
    }
    expect(server.hits("/thread/reply")[1]!.json()).toEqual({ channel_id: "1", thread_id: "2", content: "hi" });
  });

  it("gives up after `rateLimitRetries` 429s with a KookApiError", async () => {
    await kookServer((_, response) => sendJson(response, 429, envelope([], 429, "slow down"), limitHeaders(1, 0, 0.01)));
    const error = await client({ rateLimit: false, retry: { rateLimitRetries: 2 } }).getCurrentUser().catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 429, code: 429 });
    expect(server.requests).toHaveLength(3);
  });

  it("honours the global flag across buckets", async () => {
    await kookServer((request, response) => {
      if (request.path === "/user/me") {
        return sendJson(response, 429, envelope([], 429), { ...limitHeaders(10, 0, 0.2), "X-Rate-Limit-Global": "" });
      }
      sendJson(response, 200, envelope({ list: [] }), limitHeaders(10, 9, 1));
    });
    const kook = client({ retry: false });
    await expect(kook.getCurrentUser()).rejects.toMatchObject({ status: 429 });
    await kook.listCategories({ channel_id: "1" });
    const [limited, other] = server.requests;
    expect(other!.path).toBe("/category/list");
    expect(other!.receivedAt - limited!.receivedAt).toBeGreaterThanOrEqual(200);
  });

  it("shares the window of routes that name the same X-Rate-Limit-Bucket", async () => {
    const bucket = serverBucket(2, 250, "user");
    await kookServer((request, response) => {
      const { allowed, headers } = bucket.take(request.receivedAt);
      sendJson(response, allowed ? 200 : 429, envelope({ id: "1" }, allowed ? 0 : 429), headers);
    });
    const kook = client({ retry: false });
    await kook.getCurrentUser();
    await kook.getUser({ user_id: "1" });
    // /user/me itself has one call left in its window, but the shared bucket has none.
    await kook.getCurrentUser();
    expect(bucket.rejected).toBe(0);
    expect(server.requests[2]!.receivedAt - server.requests[0]!.receivedAt).toBeGreaterThanOrEqual(250);
  });


  it("holds the next call when an answer says that calls made outside the client emptied the bucket", async () => {
    const bucket = serverBucket(3, 300, "user");
    await kookServer((request, response) => {
      const { allowed, headers } = bucket.take(request.receivedAt);
      sendJson(response, allowed ? 200 : 429, envelope({ id: "1" }, allowed ? 0 : 429), headers);
    });
    const kook = client({ retry: false });
    await kook.getCurrentUser();
    // Another process on the same token uses one call of the window. After its own second call the client would
    // count one left; the server answers that none are, so the next call waits for the reset.
    bucket.take(Date.now());
    await kook.getCurrentUser();
    await kook.getCurrentUser();
    expect(bucket.rejected).toBe(0);
    const [first, , third] = server.requests;
    expect(third!.receivedAt - first!.receivedAt).toBeGreaterThanOrEqual(300);
  });
  it("probes a bucket again after its reset when the server sends no Limit", async () => {
    await kookServer((_, response) =>
      sendJson(response, 200, envelope({ id: "1" }), { "X-Rate-Limit-Remaining": "0", "X-Rate-Limit-Reset": "0.1" }),
    );
    const kook = client({ timeoutMs: 2000 });
    await kook.getCurrentUser();
    await kook.getCurrentUser();
    await kook.getCurrentUser();
    const [a, b, c] = server.requests;
    expect(b!.receivedAt - a!.receivedAt).toBeGreaterThanOrEqual(100);
    expect(c!.receivedAt - b!.receivedAt).toBeGreaterThanOrEqual(100);
  });

  it("lets a held call go when the call ahead of it in an exhausted window fails without an answer", async () => {
    await kookServer((request, response) => {
      if (server.requests.length === 2) return request.raw.socket.destroy();
      sendJson(response, 200, envelope({ id: "1" }), limitHeaders(1, 0, 0.1));
    });
    const kook = client({ retry: false, timeoutMs: 2000 });
    await kook.getCurrentUser();
    const results = await Promise.allSettled([kook.getCurrentUser(), kook.getCurrentUser()]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const failure = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(failure.reason).toBeInstanceOf(NetworkError);
  });

  it("lets held calls go in the order they were made", async () => {
    const bucket = serverBucket(1, 50);
    await kookServer((request, response) => {
      const { allowed, headers } = bucket.take(request.receivedAt);
      sendJson(response, allowed ? 200 : 429, envelope({ id: request.query.get("user_id") }, allowed ? 0 : 429), headers);
    });
    const kook = client({ retry: false });
    await kook.getUser({ user_id: "first" });
    const ids = ["a", "b", "c", "d", "e"];
    await Promise.all(ids.map((id) => kook.getUser({ user_id: id })));
    expect(server.requests.slice(1).map((request) => request.query.get("user_id"))).toEqual(ids);
    expect(bucket.rejected).toBe(0);
  });

  it("sends at once when rate limiting is off", async () => {
    await kookServer((_, response) => sendJson(response, 200, envelope({ id: "1" }), limitHeaders(1, 0, 5)));
    const kook = client({ rateLimit: false });
    await kook.getCurrentUser();
    await kook.getCurrentUser();
    expect(server.requests[1]!.receivedAt - server.requests[0]!.receivedAt).toBeLessThan(1000);
  });

  it("counts a call held by the rate limiter against its timeout", async () => {
    await kookServer((_, response) => sendJson(response, 200, envelope({ id: "1" }), limitHeaders(1, 0, 5)));
    const kook = client();
    await kook.getCurrentUser();
    const error = await kook.getCurrentUser({ timeoutMs: 100 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(server.requests).toHaveLength(1);
  });

  it("answers 1000 concurrent calls correctly under a bucket of 250 per 100 ms, without a 429", async () => {
    const bucket = serverBucket(250, 100);
    await kookServer((request, response) => {
      const { allowed, headers } = bucket.take(request.receivedAt);
      sendJson(response, allowed ? 200 : 429, envelope({ id: request.query.get("user_id") }, allowed ? 0 : 429), headers);
    });
    const kook = client({ retry: false });
    const ids = Array.from({ length: 1000 }, (_, i) => String(i));
    const users = await Promise.all(ids.map((id) => kook.getUser({ user_id: id })));
    expect(users.map((user) => user.id)).toEqual(ids);
    expect(bucket.rejected).toBe(0);
    expect(server.requests).toHaveLength(1000);
  });
});

describe("KOOK client: retries, timeouts and aborts", () => {
  it("retries a GET after 503 and returns the answer that follows", async () => {
    await kookServer((_, response) =>
      server.requests.length <= 2 ? sendJson(response, 503, {}) : sendJson(response, 200, envelope({ id: "1" })),
    );
    await expect(client().getCurrentUser()).resolves.toEqual({ id: "1" });
    expect(server.requests).toHaveLength(3);
  });

  it("never resends a POST after 503", async () => {
    await kookServer((_, response) => sendJson(response, 503, envelope([], 50300, "unavailable")));
    const error = await client().setBotOnline().catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503, code: 50300 });
    expect(server.requests).toHaveLength(1);
  });

  it("times out a call that gets no answer", async () => {
    await kookServer(() => {});
    const error = await client({ timeoutMs: 100 }).getCurrentUser().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 100, operationId: "getCurrentUser" });
    expect(server.requests).toHaveLength(1);
  });

  it("aborts with the caller's signal", async () => {
    await kookServer(() => {});
    const controller = new AbortController();
    const call = client({ timeoutMs: 5000 }).getCurrentUser({ signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(call).rejects.toBeInstanceOf(AbortedError);
  });
});

describe("KOOK client: pagination", () => {
  it("walks page/meta lists across three pages", async () => {
    await kookServer((request, response) => {
      const page = Number(request.query.get("page"));
      const items = [{ url_code: `a${page}` }, { url_code: `b${page}` }];
      sendJson(response, 200, envelope({ items, meta: { page, page_total: 3, page_size: 2, total: 6 }, sort: {} }));
    });
    const codes: string[] = [];
    for await (const invite of client().paginate.listInvites({ guild_id: "9", page_size: 2 })) codes.push(invite.url_code);
    expect(codes).toEqual(["a1", "b1", "a2", "b2", "a3", "b3"]);
    expect(server.requests.map((request) => Object.fromEntries(request.query))).toEqual(
      [1, 2, 3].map((page) => ({ guild_id: "9", page_size: "2", page: String(page) })),
    );
  });

  it("walks the replies of a thread by page", async () => {
    await kookServer((request, response) => {
      const page = Number(request.query.get("page"));
      sendJson(response, 200, envelope({ items: [{ id: `p${page}` }], meta: { page, page_total: 3, page_size: 1, total: 3 } }));
    });
    const ids: string[] = [];
    for await (const post of client().paginate.listThreadPosts({ channel_id: "1", thread_id: "2", order: "asc" })) ids.push(post.id);
    expect(ids).toEqual(["p1", "p2", "p3"]);
  });

  it("follows the time cursor of the thread list until a short batch", async () => {
    const threads = Array.from({ length: 7 }, (_, i) => ({ id: `t${i}`, latest_active_time: 1000 - i * 10, create_time: 1 }));
    await kookServer((request, response) => {
      const time = request.query.get("time");
      // Inclusive cursor: the thread at the boundary comes again.
      const from = time === null ? 0 : threads.findIndex((thread) => thread.latest_active_time === Number(time));
      sendJson(response, 200, envelope({ items: threads.slice(from, from + 3) }));
    });
    const ids: string[] = [];
    for await (const thread of client().paginate.listThreads({ channel_id: "1", page_size: 3, sort: 1 })) ids.push(thread.id);
    expect(ids).toEqual(threads.map((thread) => thread.id));
    expect(server.requests.map((request) => request.query.get("time"))).toEqual([null, "980", "960", "940"]);
  });

  /** Messages `m0`..`m<count-1>`, one a millisecond, and the page of `page_size` (50 by default, at most `cap`) on the `flag` side of `msg_id`, oldest first. */
  function messageHistory(count: number, cap = 100) {
    const messages = Array.from({ length: count }, (_, i) => ({ id: `m${i}`, type: 1, content: `#${i}`, create_at: 1_700_000_000_000 + i }));
    return (query: URLSearchParams) => {
      const size = Math.min(Number(query.get("page_size") ?? 50), cap);
      const at = messages.findIndex((message) => message.id === query.get("msg_id"));
      if (at < 0) return messages.slice(-size);
      return query.get("flag") === "after" ? messages.slice(at + 1, at + 1 + size) : messages.slice(Math.max(0, at - size), at);
    };
  }

  it("walks a channel's history back from the newest messages, each page before the oldest message of the last", async () => {
    const page = messageHistory(120);
    await kookServer((request, response) => sendJson(response, 200, envelope({ items: page(request.query) })));
    const ids: string[] = [];
    for await (const message of client().paginate.listMessages({ target_id: "7" })) ids.push(message.id);
    expect(ids.toSorted((a, b) => Number(a.slice(1)) - Number(b.slice(1)))).toEqual(Array.from({ length: 120 }, (_, i) => `m${i}`));
    expect(new Set(ids).size).toBe(120);
    // The third page has 20 messages, fewer than a page: the history ends without a fourth request.
    expect(server.requests.map((request) => Object.fromEntries(request.query))).toEqual([
      { target_id: "7" },
      { target_id: "7", msg_id: "m70", flag: "before" },
      { target_id: "7", msg_id: "m20", flag: "before" },
    ]);
  });

  it("walks forward after a direct message with flag after, sending no page", async () => {
    const page = messageHistory(30);
    await kookServer((request, response) => sendJson(response, 200, envelope({ items: page(request.query).toReversed() })));
    const ids: string[] = [];
    for await (const message of client().paginate.listDirectMessages({ chat_code: "c", msg_id: "m10", flag: "after", page_size: 8 })) ids.push(message.id);
    expect(ids.toSorted((a, b) => Number(a.slice(1)) - Number(b.slice(1)))).toEqual(Array.from({ length: 19 }, (_, i) => `m${i + 11}`));
    expect(server.requests.map((request) => request.query.get("msg_id"))).toEqual(["m10", "m18", "m26"]);
    expect(server.requests.every((request) => request.query.get("flag") === "after" && !request.query.has("page"))).toBe(true);
  });

  it("walks on when the server cuts a larger page_size to 50, and reads pinned messages once", async () => {
    const page = messageHistory(120, 50);
    await kookServer((request, response) => sendJson(response, 200, envelope({ items: page(request.query) })));
    let count = 0;
    for await (const _ of client().paginate.listMessages({ target_id: "7", page_size: 100 })) count++;
    expect(count).toBe(120);
    server.requests.length = 0;
    for await (const _ of client().paginate.listMessages({ target_id: "7", pin: 1 })) count++;
    expect(server.requests).toHaveLength(1);
  });

  it("ends, yielding each message once, when the server repeats a page, cycles pages or sends messages without a time", async () => {
    const page = messageHistory(200);
    const answers: Record<string, (query: URLSearchParams, call: number) => unknown[]> = {
      // msg_id ignored: the newest page, again and again
      repeats: (query) => page(new URLSearchParams({ page_size: query.get("page_size") ?? "50" })),
      // the page before m150, then the newest again, and so on
      cycles: (query, call) => page(new URLSearchParams(call % 2 === 0 ? {} : { msg_id: "m150", flag: "before" })),
      timeless: (query) => page(query).map(({ create_at: _, ...message }) => message),
    };
    for (const [behaviour, answer] of Object.entries(answers)) {
      let calls = 0;
      await kookServer((request, response) =>
        // A walk that did not end would run into this error rather than hang the test.
        ++calls > 10 ? sendJson(response, 200, envelope(null, 40000, "walked on")) : sendJson(response, 200, envelope({ items: answer(request.query, calls - 1) })),
      );
      const ids: string[] = [];
      for await (const message of client().paginate.listMessages({ target_id: "7" })) ids.push(message.id);
      expect(new Set(ids).size, behaviour).toBe(ids.length);
      expect(calls, behaviour).toBeLessThanOrEqual(behaviour === "timeless" ? 1 : 3);
      await server.close();
    }
  });

  it("ends a page walk whose page_total is not a number, and a time walk whose cursor stands still or turns back", async () => {
    let calls = 0;
    await kookServer((request, response) => {
      // A walk that did not end would run into this error rather than hang the test.
      if (++calls > 10) return sendJson(response, 200, envelope(null, 40000, "walked on"));
      const page = Number(request.query.get("page"));
      sendJson(response, 200, envelope({ items: [{ url_code: `i${page}` }], meta: { page, page_total: "many", page_size: 1, total: 9 } }));
    });
    const codes: string[] = [];
    for await (const invite of client().paginate.listInvites({ guild_id: "9" })) codes.push(invite.url_code);
    expect(codes).toEqual(["i1"]);
    await server.close();

    const cursors = { still: [500, 500, 500], back: [500, 400, 450, 400, 450] };
    for (const [behaviour, times] of Object.entries(cursors)) {
      calls = 0;
      await kookServer((_, response) => {
        if (++calls > 10) return sendJson(response, 200, envelope(null, 40000, "walked on"));
        const time = times[Math.min(calls - 1, times.length - 1)]!;
        sendJson(response, 200, envelope({ items: [{ id: `t${calls}`, latest_active_time: time }] }));
      });
      const ids: string[] = [];
      for await (const thread of client().paginate.listThreads({ channel_id: "1", page_size: 1, sort: 1 })) ids.push(thread.id);
      expect(calls, behaviour).toBe(behaviour === "still" ? 2 : 3);
      await server.close();
    }
  });

  it("refuses to walk around a message", async () => {
    await kookServer((_, response) => sendJson(response, 200, envelope({ items: [] })));
    const walk = client().paginate.listMessages({ target_id: "7", msg_id: "m1", flag: "around" as "before" });
    await expect(walk.next()).rejects.toThrow(/listMessages: paginate reads with flag "before" or "after", not around/);
    expect(server.requests).toHaveLength(0);
  });

  it("stops at the first error", async () => {
    await kookServer((request, response) =>
      request.query.get("page") === "2"
        ? sendJson(response, 200, envelope([], 40000, "boom"))
        : sendJson(response, 200, envelope({ items: [{ url_code: "x" }], meta: { page: 1, page_total: 3, page_size: 1, total: 3 } })),
    );
    const seen: string[] = [];
    const walk = async () => {
      for await (const invite of client().paginate.listInvites({ guild_id: "1" })) seen.push(invite.url_code);
    };
    await expect(walk()).rejects.toMatchObject({ code: 40000 });
    expect(seen).toEqual(["x"]);
  });
});

describe("KOOK client: raw client and middleware", () => {
  it("sends raw calls and POST bodies without middleware, and resends a POST after a 429", async () => {
    let calls = 0;
    await kookServer((_, response) =>
      ++calls === 1 ? sendJson(response, 429, envelope(null, 429), { "X-Rate-Limit-Reset": "0.01" }) : sendJson(response, 200, envelope({ ok: true })),
    );
    const kook = rawClient();
    await kook.createThreadReply({ channel_id: "1", thread_id: "t1", content: "hi" });
    const { data } = await kook.raw.GET("/user/me");
    expect(data).toEqual(envelope({ ok: true }));
    const [first, second] = server.requests as ReceivedRequest[];
    expect(JSON.parse(first!.text())).toEqual({ channel_id: "1", thread_id: "t1", content: "hi" });
    expect(second!.text()).toBe(first!.text());
    expect(second!.headers["content-type"]).toBe("application/json");
  });

  it("hands middleware and a custom fetch real Requests, which middleware may clone and read", async () => {
    await kookServer((_, response) => sendJson(response, 200, envelope({ id: "1" })));
    const bodies: string[] = [];
    const sent: boolean[] = [];
    const kook = withRaw(
      createKookClient({
        token,
        baseUrl: server.url,
        fetch: (request) => (sent.push(request instanceof Request), fetch(request)),
      }),
    );
    await kook.getCurrentUser();
    kook.use({
      async onRequest({ request }) {
        expect(request).toBeInstanceOf(Request);
        bodies.push(await request.clone().text());
        return new Request(request, { headers: { ...Object.fromEntries(request.headers), "X-Signed": "yes" } });
      },
    });
    await kook.createThreadReply({ channel_id: "1", thread_id: "t1", content: "hi" });
    expect(sent).toEqual([true, true]);
    expect(JSON.parse(bodies[0]!)).toEqual({ channel_id: "1", thread_id: "t1", content: "hi" });
    const last = server.requests.at(-1) as ReceivedRequest;
    expect(last.headers["x-signed"]).toBe("yes");
    expect(last.text()).toBe(bodies[0]);
  });

  it("lets an error that middleware throws or returns from onError through as it is; a failed send is a NetworkError", async () => {
    class RefreshFailed extends Error {}
    let reset = false;
    await kookServer((request, response) => (reset ? request.raw.socket.destroy() : sendJson(response, 200, envelope({ id: "1" }))));
    const kook = rawClient({ retry: false });
    const thrown = new RefreshFailed("token refresh failed");
    const throwing = { onRequest: () => Promise.reject(thrown) };
    kook.use(throwing);
    await expect(kook.getCurrentUser()).rejects.toBe(thrown);
    await expect(kook.raw.GET("/user/me")).rejects.toBe(thrown);
    kook.raw.eject(throwing);

    reset = true;
    const returned = new RefreshFailed("mapped by onError");
    kook.use({ onError: () => returned });
    await expect(kook.getCurrentUser()).rejects.toBe(returned);
    const passing = withRaw(createKookClient({ token, baseUrl: server.url, retry: false }));
    passing.use({ onRequest: () => undefined, onError: ({ error }) => error as Error });
    await expect(passing.getCurrentUser()).rejects.toBeInstanceOf(NetworkError);
  });

  it("makes a NetworkError, with middleware registered, of a reset halfway through the body and of a fetch that rejects with a string", async () => {
    await kookServer((request, response) => {
      response.writeHead(200, { "Content-Type": "application/json", "Content-Length": "100" });
      response.write('{"code":0,');
      setTimeout(() => request.raw.socket.destroy(), 10);
    });
    const kook = rawClient({ retry: false });
    kook.use({ onRequest: () => undefined });
    await expect(kook.getCurrentUser()).rejects.toBeInstanceOf(NetworkError);

    const offline = withRaw(createKookClient({ token, baseUrl: server.url, fetch: () => Promise.reject("offline"), retry: false }));
    offline.use({ onRequest: () => undefined });
    await expect(offline.getCurrentUser()).rejects.toMatchObject({ name: "NetworkError", message: expect.stringMatching(/offline$/) });
  });

  it("times out a call whose middleware never finishes", async () => {
    await kookServer((_, response) => sendJson(response, 200, envelope({ id: "1" })));
    const kook = rawClient();
    kook.use({ onRequest: () => new Promise<undefined>(() => {}) });
    await expect(kook.getCurrentUser({ timeoutMs: 50 })).rejects.toMatchObject({ name: "TimeoutError", timeoutMs: 50 });
    expect(server.requests).toHaveLength(0);
  });

  it("stops running middleware that `raw.eject` removed, on `raw` and on the operation methods", async () => {
    await kookServer((_, response) => sendJson(response, 200, envelope({ id: "1" })));
    const kook = rawClient();
    const seen: string[] = [];
    const tracing = { onRequest: () => void seen.push("tracing") };
    const signing = { onRequest: () => void seen.push("signing") };
    kook.use(tracing, signing);
    await kook.getCurrentUser();
    kook.raw.eject(tracing);
    await kook.raw.GET("/user/me");
    kook.raw.eject(signing);
    await kook.getCurrentUser();
    await kook.raw.GET("/user/me");
    expect(seen).toEqual(["tracing", "signing", "signing"]);
    expect(server.requests).toHaveLength(4);
  });

  it("runs on a raw call the middleware registered when it was made, also while openapi-fetch is still loading", async () => {
    await kookServer((_, response) => sendJson(response, 200, envelope({ id: "1" })));
    const kook = rawClient();
    const seen: string[] = [];
    const first = kook.raw.GET("/user/me");
    kook.use({ onRequest: ({ request }) => void seen.push(request.url) });
    await first;
    await kook.raw.GET("/user/me");
    expect(seen).toEqual([`${server.url}/user/me`]);
    expect(server.requests).toHaveLength(2);
  });

  it("refuses middleware without a hook when it is registered, not at the next call", () => {
    const kook = withRaw(createKookClient({ token, baseUrl: "http://127.0.0.1:9" }));
    expect(() => kook.use({ onrequest() {} } as never)).toThrow(new TypeError("middleware must be an object with onRequest(), onResponse() or onError()"));
    expect(() => kook.raw.use((() => {}) as never)).toThrow(TypeError);
  });

  it("gives `raw` the same headers and middleware as the operation methods", async () => {
    await kookServer((_, response) => sendJson(response, 200, envelope({ id: "1" })));
    const kook = rawClient();
    const seen: string[] = [];
    kook.use({
      onRequest({ request }) {
        seen.push(new URL(request.url).pathname);
        request.headers.set("X-Trace", "t1");
      },
    });
    const { data } = await kook.raw.GET("/user/me");
    await kook.getCurrentUser();
    expect(data).toEqual(envelope({ id: "1" }));
    expect(seen).toEqual(["/user/me", "/user/me"]);
    for (const request of server.requests as ReceivedRequest[]) {
      expect(request.headers.authorization).toBe(`Bot ${token}`);
      expect(request.headers["x-trace"]).toBe("t1");
    }
  });
});
