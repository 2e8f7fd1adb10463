// The second to fourth rounds of fault injection: what a hostile server or a careless caller could still do after the
// hardening issue. Credentials echoed as error codes, as numbers (rounded ones too) or as HTML character references,
// named ones too; a signal that is none; server text that forges log lines; bodies nested too deep to serialise;
// redirects; calls that are never answered; mirai sessions opened under a time limit or by the thousand; pages that
// repeat for ever; inputs that cannot be serialised. Real HTTP servers on 127.0.0.1.
import { inspect } from "node:util";
import { describe, expect, it, vi } from "vitest";
import { AbortedError, InvalidResponseError, NetworkError, TimeoutError } from "../src/errors.js";
import { createKookClient, KookApiError } from "../generated/kook/client.js";
import { createMiraiClient, MiraiApiError, quoteTarget } from "../generated/mirai/client.js";
import { createTomonClient, TomonApiError } from "../generated/tomon/client.js";
import { createRedactor } from "../src/redact.js";
import { withRaw } from "../src/with-raw.js";
import { sendJson, sendText, serverPerTest, startServer, type TestServer } from "./support/http-server.js";
import { runNodeScript } from "./support/node-script.js";

let server: TestServer;
const serve = serverPerTest((started) => (server = started));

/** Every form a user or logger may see an error in. */
const shown = (error: unknown) => [String(error), (error as Error).stack, inspect(error, { depth: Infinity }), JSON.stringify(error)].join("\n");

describe("credentials echoed where the first round did not look", () => {
  it("redacts a token the server echoes as the error code, in every form of the error", async () => {
    const token = "tomon-secret-token-41";
    await serve((request, response) => sendJson(response, 401, { code: String(request.headers.authorization).slice("Bearer ".length), message: "bad" }));
    const error = await createTomonClient({ token, baseUrl: server.url })
      .getInvite({ inviteCode: "x" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TomonApiError);
    expect((error as TomonApiError).code).toBe("[REDACTED]");
    expect(shown(error)).not.toContain(token);
  });

  it("redacts a credential of digits echoed as a JSON number, in the code and in the body", async () => {
    const authKey = "8675309112358";
    await serve((_, response) => sendText(response, 200, `{"code":1,"msg":"wrong key","key":${authKey},"list":[${authKey}, 5]}`, { "Content-Type": "application/json" }));
    const error = await createMiraiClient({ authKey, baseUrl: server.url })
      .openSession(1)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MiraiApiError);
    expect((error as MiraiApiError).body).toEqual({ code: 1, msg: "wrong key", key: "[REDACTED]", list: ["[REDACTED]", 5] });
    expect(shown(error)).not.toContain(authKey);

    server.handle((_, response) => sendText(response, 401, `{"code":${authKey},"message":"no"}`, { "Content-Type": "application/json" }));
    const echoed = await createTomonClient({ token: authKey, baseUrl: server.url })
      .getInvite({ inviteCode: "x" })
      .catch((e: unknown) => e);
    expect(echoed).toMatchObject({ code: "[REDACTED]" });
    expect(shown(echoed)).not.toContain(authKey);
  });

  it("redacts a mirai session key given as a number", async () => {
    const sessionKey = 9081726354;
    await serve((_, response) => sendJson(response, 200, { code: 3, msg: `Session失效或不存在: ${sessionKey}` }));
    const error = await createMiraiClient({ authKey: "mirai-auth-1", baseUrl: server.url })
      .listFriends({ sessionKey } as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MiraiApiError);
    expect(shown(error)).not.toContain(String(sessionKey));
  });

  it("redacts a credential written as HTML character references, decimal or hex, as an error page shows it", async () => {
    const token = "kook/secret=token+1";
    const decimal = [...token].map((char) => `&#${char.codePointAt(0)};`).join("");
    const mixed = token.replace("/", "&#x2F;").replace("=", "&#0061;").replace("+", "&#X2b;");
    await serve((_, response) => sendText(response, 502, `<p>${decimal}</p><p>${mixed}</p>`, { "Content-Type": "text/html" }));
    const error = await createKookClient({ token, baseUrl: server.url, retry: false })
      .getCurrentUser()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KookApiError);
    expect((error as KookApiError).body).toBe("<p>[REDACTED]</p><p>[REDACTED]</p>");
  });
});

describe("the fourth round: named references, rounded numbers, a signal that is none", () => {
  it("redacts a credential with characters HTML escapes by name, as an error page echoes it", async () => {
    const authKey = `k3y&<"secret">'1`;
    const named = authKey.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
    await serve((_, response) => sendText(response, 500, `<pre>{"authKey":"${named}"}</pre>`, { "Content-Type": "text/html" }));
    const error = await createMiraiClient({ authKey, baseUrl: server.url })
      .openSession(1)
      .catch((e: unknown) => e);
    expect((error as MiraiApiError).body).toBe('<pre>{"authKey":"[REDACTED]"}</pre>');
    expect(shown(error)).not.toContain("secret");
  });

  it.each(["98765432109876543210", "12345678901234567", "1.5", "-7e3"])("redacts a credential %s echoed as a JSON number that JSON.parse may round", async (authKey) => {
    await serve((_, response) => sendText(response, 200, `{"code":1,"msg":"wrong key","key":${authKey}}`, { "Content-Type": "application/json" }));
    const error = await createMiraiClient({ authKey, baseUrl: server.url })
      .openSession(1)
      .catch((e: unknown) => e);
    expect((error as MiraiApiError).body).toEqual({ code: 1, msg: "wrong key", key: "[REDACTED]" });
    expect(shown(error)).not.toContain(String(Number(authKey)).slice(0, 6));
  });

  it.each([
    ["an AbortController", new AbortController()],
    ["a string", "stop"],
  ])("refuses %s given as the signal, naming the operation, sending nothing and leaving no rejection unhandled", async (_name, signal) => {
    await serve((_, response) => sendJson(response, 200, { code: 0, message: "", data: { id: "1" } }));
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      const kook = createKookClient({ token: "kook-token-signal", baseUrl: server.url });
      const tomon = createTomonClient({ token: "tomon-token-signal", baseUrl: server.url });
      const refused = (operationId: string) => new TypeError(`${operationId}: signal must be an AbortSignal`);
      await expect(kook.getUser({ user_id: "1" }, { signal: signal as never })).rejects.toThrow(refused("getUser"));
      await expect(kook.getCurrentUser({ signal: signal as never, timeoutMs: 1000 })).rejects.toThrow(refused("getCurrentUser"));
      await expect(tomon.getInvite({ inviteCode: "x" }, { signal: signal as never })).rejects.toThrow(refused("getInvite"));
      await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
    expect(server.requests).toEqual([]);
    expect(unhandled).toEqual([]);
  });
});

describe("the fifth round: inputs that cannot be read, inherited fields, odd quotes", () => {
  const throwing = () =>
    Object.defineProperty({}, "sessionKey", {
      enumerable: true,
      get() {
        throw new Error("getter boom");
      },
    });

  it("rejects a mirai call whose input cannot be read, or whose session key is no scalar, as a TypeError naming it, never throwing", async () => {
    await serve((request, response) => sendJson(response, 200, request.path === "/auth" ? { code: 0, session: "s-1" } : { code: 0, msg: "ok" }));
    const mirai = createMiraiClient({ authKey: "mirai-auth-5", baseUrl: server.url });
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    for (const input of [throwing(), revoked.proxy]) {
      const call = mirai.listFriends(input as never);
      expect(call).toBeInstanceOf(Promise);
      await expect(call).rejects.toThrow(new TypeError("listFriends: the input cannot be read"));
    }
    await expect(mirai.listFriends({ sessionKey: Object.create(null) } as never)).rejects.toThrow(TypeError);
    await expect(mirai.listFriends({ sessionKey: Object.create(null) } as never)).rejects.toThrow(/^listFriends: /);
    const session = await mirai.openSession(1);
    const call = session.sendFriendMessage(throwing() as never);
    expect(call).toBeInstanceOf(Promise);
    await expect(call).rejects.toThrow(new TypeError("sendFriendMessage: the input cannot be read"));
    expect(server.requests.map((request) => request.path)).toEqual(["/auth", "/verify"]);
  });

  it("sends only an input's own fields: inherited ones are no input", async () => {
    await serve((_, response) => sendJson(response, 200, { code: 0, message: "", data: { id: "1", msg_id: "m" } }));
    const kook = createKookClient({ token: "kook-token-own", baseUrl: server.url });
    await kook.getUser(Object.assign(Object.create({ guild_id: "9" }), { user_id: "1" }));
    await kook.createMessage(Object.assign(Object.create({ quote: "q" }), { target_id: "1", content: "x" }));
    expect(server.requests[0]!.raw.url).toBe("/user/view?user_id=1");
    expect(server.requests[1]!.json()).toEqual({ target_id: "1", content: "x" });
  });

  it("refuses to quote what has no Source with a whole-number id, with quoteTarget's own TypeError", () => {
    const refused = new TypeError("quoteTarget: the message has no Source element with an `id` or `uid`");
    for (const message of [[{ type: "Source", id: NaN }], null, 5, [null], { messageChain: "x" }, [{ type: "Source", id: 1.5 }]]) {
      expect(() => quoteTarget(message as never)).toThrow(refused);
    }
  });

  it("refuses a message that cannot be read (a getter that throws, a revoked Proxy) with quoteTarget's own TypeError", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const throwing = Object.defineProperty({}, "messageChain", {
      get() {
        throw 1;
      },
    });
    for (const message of [throwing, proxy, [proxy], [{ get type() { throw new Error("boom"); } }]]) {
      expect(() => quoteTarget(message as never)).toThrow(new TypeError("quoteTarget: the message cannot be read"));
    }
  });
});

describe("the sixth round: the system clock steps (NTP)", () => {
  /** Moves Date.now by `ms` from now on, as an NTP step does; performance.now goes on. */
  function stepClock(ms: number) {
    const real = Date.now.bind(Date);
    return vi.spyOn(Date, "now").mockImplementation(() => real() + ms);
  }

  it("holds no KOOK bucket for as long as the clock stepped back", async () => {
    // 5 calls per 300 ms, counted by a clock that only moves forward.
    let windowEnd = 0;
    let used = 0;
    let rejected = 0;
    await serve((request, response) => {
      const now = performance.now();
      if (now >= windowEnd) [windowEnd, used] = [now + 300, 0];
      const allowed = used < 5;
      if (allowed) used++;
      else rejected++;
      const headers = { "X-Rate-Limit-Limit": "5", "X-Rate-Limit-Remaining": String(5 - used), "X-Rate-Limit-Reset": String((windowEnd - now) / 1000) };
      sendJson(response, allowed ? 200 : 429, { code: allowed ? 0 : 429, message: "", data: { id: request.query.get("user_id") } }, headers);
    });
    const kook = createKookClient({ token: "kook-token-clock", baseUrl: server.url, timeoutMs: 5000 });
    await kook.getUser({ user_id: "first" });
    const step = stepClock(-120_000);
    try {
      const started = performance.now();
      await Promise.all(Array.from({ length: 15 }, (_, i) => kook.getUser({ user_id: String(i) })));
      expect(performance.now() - started).toBeLessThan(3000);
    } finally {
      step.mockRestore();
    }
    expect(rejected).toBe(0);
  });

  it("waits a Retry-After by the time that passes, not by the clock", async () => {
    let step: ReturnType<typeof stepClock> | undefined;
    await serve((_, response) => {
      if (server.requests.length > 1) return sendJson(response, 200, { code: "abc" });
      sendJson(response, 429, { message: "slow down" }, { "Retry-After": "1" });
      // While the client waits.
      setTimeout(() => (step = stepClock(-60_000)), 200);
    });
    try {
      const started = performance.now();
      await expect(createTomonClient({ token: "tomon-token-clock", baseUrl: server.url, timeoutMs: 5000 }).getInvite({ inviteCode: "abc" })).resolves.toEqual({ code: "abc" });
      expect(performance.now() - started).toBeLessThan(3000);
    } finally {
      step?.mockRestore();
    }
  });

  it("keeps openSession's time limit by the time that passes when the clock steps forward", async () => {
    let step: ReturnType<typeof stepClock> | undefined;
    await serve((request, response) => {
      if (request.path === "/auth") step ??= stepClock(60_000);
      sendJson(response, 200, request.path === "/auth" ? { code: 0, session: "s-clock" } : { code: 0, msg: "success" });
    });
    try {
      const session = await createMiraiClient({ authKey: "mirai-auth-clock", baseUrl: server.url }).openSession(1, { timeoutMs: 10_000 });
      expect(session.sessionKey).toBe("s-clock");
    } finally {
      step?.mockRestore();
    }
  });
});

describe("the sixth round: a mirai quote tried on both routes", () => {
  it("keeps the call's time limit for both routes together, and the timeout names the whole limit", async () => {
    await serve((request, response) => {
      setTimeout(() => (request.path === "/quoteMessage" ? sendJson(response, 200, { code: 0, msg: "success", messageId: 1 }) : sendText(response, 404, "Not Found")), 700);
    });
    const mirai = createMiraiClient({ authKey: "mirai-auth-quote", baseUrl: server.url });
    const started = performance.now();
    const error = await mirai.sendQuoteMessage({ sessionKey: "s-quote", target: 1, messageChain: [{ type: "Plain", text: "re" }] }, { timeoutMs: 1000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 1000, operationId: "sendQuoteMessage" });
    expect(performance.now() - started).toBeLessThan(1300);
  });
});

describe("the seventh round", () => {
  it("takes Response.error() from a user's fetch for the network error it is: a NetworkError, after a GET's retries", async () => {
    let calls = 0;
    const failing = async () => {
      calls++;
      return Response.error();
    };
    const tomon = createTomonClient({ token: "tomon-token-neterr", baseUrl: "http://127.0.0.1:9", fetch: failing, retry: { baseDelayMs: 1 } });
    await expect(tomon.getInvite({ inviteCode: "x" })).rejects.toBeInstanceOf(NetworkError);
    expect(calls).toBe(3);
  });

  it("takes a method's call options given second even when it takes no input", async () => {
    await serve(() => undefined); // never answers
    const kook = createKookClient({ token: "kook-token-noinput", baseUrl: server.url, rateLimit: false });
    const started = performance.now();
    await expect((kook.getCurrentUser as (input: unknown, options: object) => Promise<unknown>)(undefined, { timeoutMs: 100 })).rejects.toBeInstanceOf(TimeoutError);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("refuses a call's own secret that is no string: what is sent must be what is redacted", async () => {
    await serve((_, response) => sendJson(response, 400, { message: "bad" }));
    const wrapped = { toJSON: () => "WRAPPED-SECRET-2", toString: () => "***" };
    const kook = createKookClient({ token: "kook-token-secret", baseUrl: server.url });
    const input = { grant_type: "authorization_code", client_id: "1", client_secret: wrapped, code: "c", redirect_uri: "https://example.com" };
    await expect(kook.createOAuth2Token(input as never)).rejects.toThrow(new TypeError("createOAuth2Token: `client_secret` must be a string"));
    expect(server.requests).toEqual([]);
  });

  it.each([["a string", "boom"], ["a number", 42], ["undefined", undefined], ["null", null]])(
    "lets %s that middleware throws reach the caller unchanged, through methods and raw",
    async (_name, thrown) => {
      await serve((_, response) => sendJson(response, 200, { code: "abc" }));
      const tomon = withRaw(createTomonClient({ token: "tomon-token-mw", baseUrl: server.url }));
      tomon.use({
        onRequest() {
          throw thrown;
        },
      });
      expect(await tomon.getInvite({ inviteCode: "abc" }).then(() => "resolved", (e: unknown) => e)).toBe(thrown);
      expect(await tomon.raw.GET("/invites/{inviteCode}", { params: { path: { inviteCode: "abc" } } }).then(() => "resolved", (e: unknown) => e)).toBe(thrown);
      expect(server.requests).toEqual([]);
    },
  );

  it("counts the bytes of a body from a user's fetch whatever its Content-Length says, and stops at the limit", async () => {
    let produced = 0;
    const lying = async () => {
      const chunk = new Uint8Array(1 << 16).fill(0x20);
      const body = new ReadableStream({
        async pull(controller) {
          await new Promise((resolve) => setTimeout(resolve, 0));
          produced += chunk.byteLength;
          controller.enqueue(chunk);
          if (produced >= 64 << 20) controller.close();
        },
      });
      return new Response(body, { headers: { "Content-Type": "application/json", "Content-Length": "10" } });
    };
    const tomon = createTomonClient({ token: "tomon-token-length", baseUrl: "http://127.0.0.1:9", fetch: lying, maxResponseBytes: 1 << 20 });
    await expect(tomon.getInvite({ inviteCode: "x" })).rejects.toThrow(/larger than maxResponseBytes/);
    expect(produced).toBeLessThan(3 << 20);
  });

  it("ends a call on time when its body stream has every chunk ready at once", async () => {
    const ready = async () => new Response(new ReadableStream({ pull: (controller) => controller.enqueue(new Uint8Array(1).fill(0x20)) }));
    const tomon = createTomonClient({ token: "tomon-token-ready", baseUrl: "http://127.0.0.1:9", fetch: ready });
    const started = performance.now();
    await expect(tomon.getInvite({ inviteCode: "x" }, { timeoutMs: 200 })).rejects.toBeInstanceOf(TimeoutError);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("redacts an error body built to make the pattern backtrack in bounded time, hiding what it cannot check", async () => {
    // The server picks the session key; its first part over and over makes a backtracking pattern try nearly the
    // whole key at every position: 256 KiB took 9 s.
    const sessionKey = `${"a-".repeat(511)}b`;
    await serve((request, response) => {
      if (request.path === "/auth") return sendJson(response, 200, { code: 0, session: sessionKey });
      if (request.path === "/verify") return sendJson(response, 200, { code: 0, msg: "success" });
      sendJson(response, 200, { code: 3, msg: "a-".repeat(128 * 1024) });
    });
    const session = await createMiraiClient({ authKey: "mirai-auth-7", baseUrl: server.url }).openSession(1);
    const started = performance.now();
    const error = await session.listFriends().catch((e: unknown) => e);
    expect(performance.now() - started).toBeLessThan(1500);
    expect(error).toBeInstanceOf(MiraiApiError);
    expect((error as MiraiApiError).body).toEqual({ code: 3, msg: "[REDACTED]" });
  });
});

describe("errors any logger can print", () => {
  it("escapes control characters of the server's message and code, so that a server cannot forge log lines", async () => {
    await serve((_, response) =>
      sendJson(response, 200, { code: 40000, message: "bad\n2026-12-02T00:00:00Z INFO admin login ok\u001b[2K\u0007\u2028\u202eend" }),
    );
    const error = (await createKookClient({ token: "kook-token-9", baseUrl: server.url })
      .getCurrentUser()
      .catch((e: unknown) => e)) as KookApiError;
    expect(error.message).toBe(
      `getCurrentUser (GET ${server.url}/user/me): HTTP 200, code 40000: bad\\u000a2026-12-02T00:00:00Z INFO admin login ok\\u001b[2K\\u0007\\u2028\\u202eend`,
    );
    expect(error.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028-\u202e\u2066-\u2069]/);
    // The body keeps what the server sent.
    expect((error.body as { message: string }).message).toContain("\n");
  });

  it("cuts off an error body nested deeper than 1000 levels, so that JSON.stringify and structuredClone work", async () => {
    const depth = 100_000;
    await serve((_, response) => sendText(response, 500, `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`, { "Content-Type": "application/json" }));
    const error = await createTomonClient({ token: "tomon-token-9", baseUrl: server.url, retry: false })
      .getInvite({ inviteCode: "x" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TomonApiError);
    expect(() => JSON.stringify(error)).not.toThrow();
    expect(() => structuredClone((error as TomonApiError).body)).not.toThrow();
    let level = (error as TomonApiError).body as { a: unknown };
    for (let i = 0; i < 1000; i++) level = level.a as { a: unknown };
    expect(level).toBe("[nested too deep]");
  });
});

describe("redirects are not followed", () => {
  it("answers a redirect with the API's error, sending nothing to where it points, directly and through middleware", async () => {
    const elsewhere = await startServer((_, response) => sendJson(response, 200, { code: 0, session: "s" }));
    try {
      await serve((_, response) => {
        response.writeHead(307, { Location: `${elsewhere.url}/auth?sessionKey=leak` });
        response.end();
      });
      const direct = createMiraiClient({ authKey: "mirai-auth-redirect", baseUrl: server.url });
      const viaMiddleware = withRaw(createMiraiClient({ authKey: "mirai-auth-redirect", baseUrl: server.url }));
      viaMiddleware.use({ onRequest: () => undefined });
      for (const mirai of [direct, viaMiddleware]) {
        const error = await mirai.openSession(1).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(MiraiApiError);
        expect(error).toMatchObject({ status: 307, operationId: "authenticate" });
      }
      const raw = await viaMiddleware.raw.POST("/auth", { body: { authKey: "mirai-auth-redirect" } });
      expect(raw.response.status).toBe(307);
      expect(elsewhere.requests).toHaveLength(0);
    } finally {
      await elsewhere.close();
    }
  });
});

describe("calls that are never answered", () => {
  it("do not hold a KOOK route's later windows: a call counts against at most the window after its own", async () => {
    let answered = 0;
    await serve((request, response) => {
      // The second and third calls are swallowed; every answer says 2 calls per 1 s window, 1 left.
      if (server.requests.length === 2 || server.requests.length === 3) return;
      answered++;
      sendJson(response, 200, { code: 0, message: "", data: { n: answered } }, { "X-Rate-Limit-Limit": "2", "X-Rate-Limit-Remaining": "1", "X-Rate-Limit-Reset": "0.3" });
    });
    const kook = createKookClient({ token: "kook-token-hang", baseUrl: server.url });
    await kook.getCurrentUser();
    const hung = [kook.getCurrentUser(), kook.getCurrentUser()];
    for (const call of hung) call.catch(() => undefined);
    await vi.waitFor(() => expect(server.requests).toHaveLength(3));
    // Before, both hung calls were taken off every later window for good: this call waited for ever.
    await expect(kook.getCurrentUser({ timeoutMs: 5000 })).resolves.toEqual({ n: 2 });
  });
});

describe("mirai sessions", () => {
  /**
   * A mirai that opens numbered sessions (in 200 ms when `stall`, which also leaves /verify and /release unanswered),
   * and answers the rest with `answer`.
   */
  async function mirai(stall: boolean, answer: (request: { path: string; body: Record<string, unknown> }) => unknown = () => ({ code: 0, msg: "" })) {
    let sessions = 0;
    await serve(async (request, response) => {
      if (request.path === "/auth") {
        if (stall) await new Promise((resolve) => setTimeout(resolve, 200));
        return sendJson(response, 200, { code: 0, session: `session-key-${++sessions}` });
      }
      if ((request.path === "/verify" || request.path === "/release") && stall) return;
      sendJson(response, 200, answer({ path: request.path, body: request.method === "GET" ? Object.fromEntries(request.query) : request.json() }));
    });
  }

  it("keeps openSession within the caller's time limit and abort, all steps together, and still releases the session", async () => {
    await mirai(true);
    const started = Date.now();
    // /auth answers in 200 ms: the limit runs out in /verify, with room for a loaded machine's slower /auth.
    const timedOut = await createMiraiClient({ authKey: "mirai-auth-1", baseUrl: server.url })
      .openSession(1, { timeoutMs: 700 })
      .catch((e: unknown) => e);
    // The whole limit is named, not what was left of it for the step that ran out.
    expect(timedOut).toMatchObject({ name: "TimeoutError", operationId: "verifySession", timeoutMs: 700 });
    expect((timedOut as Error).message).toMatch(/: no answer within 700 ms$/);
    // Each step had its own limit, and the release after a failed verify was awaited with 5 s more: 5.5 s in all.
    expect(Date.now() - started).toBeLessThan(2500);
    await vi.waitFor(() => expect(server.hits("/release")).toHaveLength(1));

    const controller = new AbortController();
    setTimeout(() => controller.abort(), 700);
    const abortStarted = Date.now();
    const aborted = await createMiraiClient({ authKey: "mirai-auth-1", baseUrl: server.url })
      .openSession(1, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(aborted).toMatchObject({ name: "AbortedError", operationId: "verifySession" });
    expect(Date.now() - abortStarted).toBeLessThan(2500);

    await expect(createMiraiClient({ authKey: "mirai-auth-1", baseUrl: server.url }).openSession(1, { timeoutMs: -5 })).rejects.toThrow(RangeError);
  });

  it("redacts a call's own session key even when 16 others were used while it waited", async () => {
    let others = 0;
    await serve(async (request, response) => {
      const { sessionKey } = Object.fromEntries(request.query);
      if (sessionKey === "victim-session-key") {
        await vi.waitFor(() => expect(others).toBe(20));
        return sendJson(response, 200, { code: 3, msg: `bad session ${sessionKey}` });
      }
      others++;
      sendJson(response, 200, []);
    });
    const client = createMiraiClient({ authKey: "mirai-auth-4", baseUrl: server.url });
    const victim = client.listGroups({ sessionKey: "victim-session-key" }).catch((e: unknown) => e);
    for (let i = 0; i < 20; i++) await client.listGroups({ sessionKey: `other-session-key-${i}` });
    const error = (await victim) as MiraiApiError;
    expect(error).toBeInstanceOf(MiraiApiError);
    expect(shown(error)).not.toContain("victim-session-key");
  });

  it("redacts the session key a call sends however many sessions came before, and forgets keys past the 16 most recent", async () => {
    await mirai(false, ({ path, body }) => (path === "/groupList" ? { code: 3, msg: `keys: ${String(body.sessionKey)} session-key-1 session-key-20` } : { code: 0, msg: "" }));
    const client = createMiraiClient({ authKey: "mirai-auth-2", baseUrl: server.url });
    const sessions = [];
    for (let i = 0; i < 20; i++) sessions.push(await client.openSession(1));
    const error = (await sessions[0]!.listGroups().catch((e: unknown) => e)) as MiraiApiError;
    // The key of the session in use, the oldest, is redacted: the call sent it. So is the newest's.
    expect(error.message).toMatch(/keys: \[REDACTED\] \[REDACTED\] \[REDACTED\]$/);
    const other = (await sessions[19]!.listGroups().catch((e: unknown) => e)) as MiraiApiError;
    expect(other.message).toMatch(/keys: \[REDACTED\] \[REDACTED\] \[REDACTED\]$/);
    // A client that opened sessions by the thousand used to redact every key it had ever sent, each error costing
    // more: the keys of sessions not used lately are let go, and so is a released session's.
    for (const session of sessions.slice(0, 19)) await session.release();
    const later = await client.openSession(1);
    const forgot = (await later.listGroups().catch((e: unknown) => e)) as MiraiApiError;
    expect(forgot.message).toMatch(/keys: \[REDACTED\] session-key-1 \[REDACTED\]$/);
  });

  it("resends a quote to the other route only when its 404 is not mirai's own answer", async () => {
    await serve((request, response) => {
      if (request.path === "/sendQuoteMessage") return sendJson(response, 404, { code: 5, msg: "指定对象不存在" });
      sendJson(response, 200, { code: 0, msg: "", messageId: 1 });
    });
    const error = await createMiraiClient({ authKey: "mirai-auth-3", baseUrl: server.url })
      .sendQuoteMessage({ sessionKey: "s", target: 1, messageChain: [{ type: "Plain", text: "hi" }] } as never)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 404, code: 5, operationId: "sendQuoteMessage" });
    expect(server.requests.map((request) => request.path)).toEqual(["/sendQuoteMessage"]);
  });
});

describe("KOOK paginators against pages that lie", () => {
  async function walk(operationId: string, input: Record<string, unknown>, page: (n: number) => unknown, most = 200) {
    let n = 0;
    await serve((_, response) => sendJson(response, 200, { code: 0, message: "", data: page(++n) }));
    const kook = createKookClient({ token: "kook-token-pages", baseUrl: server.url, rateLimit: false });
    const items: unknown[] = [];
    for await (const item of (kook.paginate as Record<string, (input: object) => AsyncGenerator<unknown>>)[operationId]!(input)) {
      items.push(item);
      if (items.length >= most) break;
    }
    return { items, requests: server.requests.length };
  }

  it("yields only objects from `items`, and nothing from `items` that is no list", async () => {
    expect((await walk("listThreads", { channel_id: "1" }, () => ({ items: [null, 5, "x", { id: "a", latest_active_time: 1 }] }))).items).toEqual([
      { id: "a", latest_active_time: 1 },
    ]);
    expect((await walk("listInvites", { guild_id: "1" }, () => ({ items: "abc", meta: { page_total: 3 } }))).items).toEqual([]);
    expect((await walk("listInvites", { guild_id: "1" }, () => ({ items: { a: 1 }, meta: { page_total: 3 } }))).items).toEqual([]);
    expect((await walk("listMessages", { target_id: "1" }, () => ({ items: [null, 5, "x"] }))).items).toEqual([]);
    expect((await walk("listInvites", { guild_id: "1" }, () => ({ items: [[1], { url_code: "a" }], meta: { page_total: 1 } }))).items).toEqual([{ url_code: "a" }]);
  });

  it("refuses a first page that is no whole number from 1, sending nothing", async () => {
    for (const page of ["abc", 0, 1.5, -1]) {
      await expect(walk("listGuilds", { page }, () => ({ items: [], meta: { page_total: 1 } }))).rejects.toThrow(
        new TypeError("listGuilds: page must be a whole number from 1"),
      );
      expect(server.requests).toEqual([]);
    }
  });

  it("ends a page walk whose server repeats a page, whatever page_total it claims", async () => {
    const walked = await walk("listGuilds", {}, () => ({ items: [{ id: "same" }], meta: { page_total: 1e9 } }));
    expect(walked.items).toEqual([{ id: "same" }]);
    expect(walked.requests).toBe(2);
    // Items without an id may be alike (two boosts of one user in one second): none is dropped, and the walk ends when
    // the same page has come three times in a row.
    const alike = await walk("listInvites", { guild_id: "1" }, () => ({ items: [{ url_code: "same" }], meta: { page_total: 1e9 } }));
    expect(alike.items).toEqual([{ url_code: "same" }, { url_code: "same" }, { url_code: "same" }]);
    expect(alike.requests).toBe(3);
    const boosts = await walk("listGuildBoosts", { guild_id: "1" }, (n) => ({ items: [n < 3 ? { user_id: "1", start_time: 5 } : { user_id: "2", start_time: 6 }], meta: { page_total: 3 } }));
    expect(boosts.items).toEqual([{ user_id: "1", start_time: 5 }, { user_id: "1", start_time: 5 }, { user_id: "2", start_time: 6 }]);
  });

  it("ends a page walk that cycles between pages, yielding each item once", async () => {
    const walked = await walk("listGuilds", {}, (n) => ({ items: n % 2 ? [{ id: "a" }, { id: "b" }] : [{ id: "c" }], meta: { page_total: 1e9 } }));
    expect(walked.items).toEqual([{ id: "a" }, { id: "b" }, { id: "c" }]);
    expect(walked.requests).toBe(3);
  });

  it("ends a page walk that cycles between pages of items without an id, once a page has come three times", async () => {
    const boost = (user_id: string) => ({ user_id, start_time: 5 });
    const walked = await walk("listGuildBoosts", { guild_id: "1" }, (n) => ({ items: [boost(n % 2 ? "a" : "b")], meta: { page_total: 1e9 } }));
    expect(walked.items).toEqual([boost("a"), boost("b"), boost("a"), boost("b"), boost("a")]);
    expect(walked.requests).toBe(5);
  });

  it("yields no message twice in a message walk, and ends it after a page with a message it cannot place", async () => {
    const pages = [
      [{ id: "a", create_at: 30 }, { id: "dup", create_at: 20 }, { id: "dup", create_at: 20 }],
      [{ id: "b", create_at: 10 }, { id: "dup", create_at: 20 }, { id: "c", create_at: 5 }],
      [],
    ];
    const walked = await walk("listMessages", { target_id: "1", page_size: 2 }, (n) => ({ items: pages[n - 1] ?? [] }));
    expect(walked.items.map((item) => (item as { id: string }).id)).toEqual(["a", "dup", "b", "c"]);
    const lost = await walk("listMessages", { target_id: "1", page_size: 2 }, () => ({ items: [{ id: "x" }, { id: "y", create_at: 20 }] }));
    expect(lost.items).toEqual([{ id: "x" }, { id: "y", create_at: 20 }]);
    expect(lost.requests).toBe(1);
  });

  it("ends a thread walk whose cursor moves on while its pages cycle", async () => {
    const walked = await walk("listThreads", { channel_id: "1", page_size: 2 }, (n) => ({
      items: n % 2 ? [{ id: "a", latest_active_time: n * 10 }, { id: "b", latest_active_time: n * 10 + 1 }] : [{ id: "c", latest_active_time: n * 10 }, { id: "d", latest_active_time: n * 10 + 1 }],
    }));
    expect(walked.items.map((item) => (item as { id: string }).id)).toEqual(["a", "b", "c", "d"]);
    expect(walked.requests).toBe(3);
  });
});

describe("inputs that cannot be sent", () => {
  it.each([
    ["a BigInt", { guild_id: 1n }],
    ["a throwing toJSON", { guild_id: { toJSON: () => { throw new Error("nope"); } } }],
    ["a cycle", (() => { const cycle: Record<string, unknown> = {}; cycle.self = cycle; return { guild_id: "1", extra: cycle }; })()],
    // JSON.stringify sent these as null, silently (the eleventh round).
    ["NaN", { guild_id: Number.parseInt("x") }],
    ["Infinity deep in the body", { guild_id: "1", extra: { list: [1, -Infinity] } }],
    ["undefined in an array", { guild_id: "1", extra: ["a", undefined] }],
    ["a Number object holding NaN", { guild_id: "1", extra: Object(Number.NaN) }],
  ])("refuse %s with a TypeError naming the operation, sending nothing, directly and through middleware", async (_, input) => {
    await serve((_, response) => sendJson(response, 200, { code: 0, message: "", data: {} }));
    const direct = createKookClient({ token: "kook-token-input", baseUrl: server.url });
    const viaMiddleware = withRaw(createKookClient({ token: "kook-token-input", baseUrl: server.url }));
    viaMiddleware.use({ onRequest: () => undefined });
    for (const kook of [direct, viaMiddleware]) {
      const error = await kook.leaveGuild(input as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toMatch(/^leaveGuild: the input cannot be sent: /);
    }
    expect(server.requests).toHaveLength(0);
  });

  it("refuse NaN and Infinity in the query and the path, and send null where the caller wrote it", async () => {
    await serve((_, response) => sendJson(response, 200, { code: 0, message: "", data: {} }));
    const kook = createKookClient({ token: "kook-token-input", baseUrl: server.url });
    await expect(kook.getUser({ user_id: Number.NaN } as never)).rejects.toEqual(new TypeError("getUser: parameter `user_id` must be a string, finite number or boolean"));
    await expect(kook.listGuilds({ page: Infinity })).rejects.toBeInstanceOf(TypeError);
    expect(server.requests).toHaveLength(0);
    await kook.leaveGuild({ guild_id: "1", note: null, list: [null, 1] } as never);
    expect(server.requests.map((request) => request.text())).toEqual(['{"guild_id":"1","note":null,"list":[null,1]}']);
  });

  it("checks the retry settings it uses: a getter cannot pass the check with one value and give the client another", async () => {
    let reads = 0;
    const retry = {};
    Object.defineProperty(retry, "retries", { enumerable: true, get: () => (reads++ === 0 ? 2 : 50) });
    Object.defineProperty(retry, "baseDelayMs", { enumerable: true, get: () => 1 });
    await serve((_, response) => sendText(response, 503, ""));
    await createTomonClient({ token: "tomon-token-retry", baseUrl: server.url, retry })
      .getInvite({ inviteCode: "a" })
      .catch(() => undefined);
    expect(server.requests).toHaveLength(3);

    // Settings inherited from a prototype are read as before.
    server.requests.length = 0;
    await createTomonClient({ token: "tomon-token-retry", baseUrl: server.url, retry: Object.create({ retries: 0 }) })
      .getInvite({ inviteCode: "a" })
      .catch(() => undefined);
    expect(server.requests).toHaveLength(1);
  });
});

// The third round: what a hostile server, a careless caller or an odd `fetch` could still do after the second.

describe("credentials too long to redact", () => {
  const long = "p".repeat(20_000);

  it("are refused by the factory, by the call that carries one, and from a mirai server as a session key", async () => {
    expect(() => createKookClient({ token: long })).toThrow(new TypeError("createKookClient: the `token` option is longer than 1024 characters"));
    await serve((_, response) => sendJson(response, 200, { code: 0, session: long }));
    const pipe = await createKookClient({ token: "kook-token-long", baseUrl: server.url })
      .sendPipeMessage({ access_token: long, content: "hi" } as never)
      .catch((e: unknown) => e);
    expect(pipe).toEqual(new TypeError("sendPipeMessage: `access_token` is longer than 1024 characters"));
    expect(server.requests).toHaveLength(0);

    const authKey = "mirai-auth-long-1";
    const error = await createMiraiClient({ authKey, baseUrl: server.url })
      .openSession(1)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(shown(error)).not.toContain(authKey);
    expect(shown(error)).not.toContain(long);
  });

  it("are redacted whole, never thrown, if one reaches the redactor anyway", () => {
    const redactor = createRedactor(() => ["short-secret-1", long]);
    expect(redactor.text(`a ${long} b short-secret-1`)).toBe("[REDACTED]");
  });
});

describe("calls a user's fetch never ends", () => {
  const neverEnding = () => new ReadableStream({ start: (controller) => controller.enqueue(new TextEncoder().encode("{")) });
  it.each([
    ["a fetch that never settles", () => new Promise<Response>(() => undefined)],
    ["a body that never ends", async () => new Response(neverEnding(), { headers: { "Content-Type": "application/json" } })],
  ])("end at timeoutMs and at the caller's abort: %s", async (_, fetch) => {
    const tomon = createTomonClient({ token: "tomon-token-hang", baseUrl: "http://127.0.0.1:9", fetch, timeoutMs: 200 });
    const started = Date.now();
    await expect(tomon.getInvite({ inviteCode: "a" })).rejects.toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(5_000);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(tomon.getInvite({ inviteCode: "a" }, { signal: controller.signal, timeoutMs: 0 })).rejects.toBeInstanceOf(AbortedError);
  });

  it("turn whatever the fetch throws into a NetworkError, redacted, even a value that cannot be shown", async () => {
    const token = "tomon-token-thrown-1";
    const throwing = Object.defineProperty(new Error(), "message", { get: () => { throw new Error(`getter ${token}`); } });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const thrown of [throwing, proxy, Object.create(null)]) {
      const error = await createTomonClient({ token, baseUrl: "http://127.0.0.1:9", retry: false, fetch: () => Promise.reject(thrown) })
        .getInvite({ inviteCode: "a" })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NetworkError);
      expect(shown(error)).not.toContain(token);
    }
  });
});

describe("inputs that would send another request than the caller's", () => {
  it("refuse a missing path parameter, a query name that needs encoding and a value that is no scalar, directly and through middleware", async () => {
    await serve((_, response) => sendJson(response, 200, { code: 0, message: "", data: {} }));
    const viaMiddleware = withRaw(createKookClient({ token: "kook-token-url", baseUrl: server.url }));
    viaMiddleware.use({ onRequest: () => undefined });
    for (const kook of [createKookClient({ token: "kook-token-url", baseUrl: server.url }), viaMiddleware]) {
      await expect(kook.getUser({ user_id: "1", "x&user_id=999#": "y" } as never)).rejects.toEqual(
        new TypeError('getUser: "x&user_id=999#" cannot be a query parameter name'),
      );
      await expect(kook.getUser({ user_id: { a: 1 } } as never)).rejects.toEqual(new TypeError("getUser: parameter `user_id` must be a string, finite number or boolean"));
      // JSON.parse makes `__proto__` an own field, which no operation has: its fields are not sent as the input's.
      await expect(kook.getUser(JSON.parse('{"user_id":"1","__proto__":{"guild_id":"INJECTED"}}'))).rejects.toEqual(new TypeError("getUser: `__proto__` cannot be a field"));
      await expect(kook.leaveGuild(JSON.parse('{"guild_id":"1","__proto__":{"x":"y"}}'))).rejects.toEqual(new TypeError("leaveGuild: `__proto__` cannot be a field"));
    }
    const tomon = createTomonClient({ token: "tomon-token-url", baseUrl: server.url });
    await expect(tomon.getInvite({} as never)).rejects.toEqual(new TypeError("getInvite: path parameter `inviteCode` is missing"));
    await expect(tomon.deleteInvite({ inviteCode: null } as never)).rejects.toEqual(new TypeError("deleteInvite: path parameter `inviteCode` is missing"));
    expect(server.requests).toHaveLength(0);
  });

  it("refuses a KOOK language that cannot go into a header", () => {
    for (const language of ["zh-cn\r\nX-Evil: 1", "中文", " en-US", ""]) {
      expect(() => createKookClient({ token: "kook-token-lang", language })).toThrow(/^createKookClient: language must be a language tag in ASCII/);
    }
    expect(() => createKookClient({ token: "kook-token-lang", language: "en-US,en;q=0.9" })).not.toThrow();
  });
});

describe("multipart uploads", () => {
  it("send bytes in any binary form as the file, and refuse what has no multipart form", async () => {
    await serve((request, response) =>
      request.path === "/uploadImage" ? sendText(response, 200, "{ID}.png") : sendJson(response, 200, { code: 0, message: "", data: { url: "u" } }),
    );
    const bytes = [0x89, 0x50, 0x4e, 0x47, 0xff, 0x00];
    const mirai = createMiraiClient({ authKey: "mirai-auth-upload", baseUrl: server.url });
    for (const img of [new Uint8Array(bytes).buffer, new DataView(new Uint8Array(bytes).buffer), Buffer.from(bytes), new Uint8Array(bytes)]) {
      await mirai.uploadImage({ sessionKey: "s1", type: "friend", img } as never);
      const file = (await server.requests.at(-1)!.formData()).get("img") as File;
      expect([...new Uint8Array(await file.arrayBuffer())]).toEqual(bytes);
    }
    await createKookClient({ token: "kook-token-upload", baseUrl: server.url }).createAsset({ file: Buffer.from(bytes) } as never);
    const asset = (await server.requests.at(-1)!.formData()).get("file") as File;
    expect([...new Uint8Array(await asset.arrayBuffer())]).toEqual(bytes);

    const sent = server.requests.length;
    for (const img of [null, { data: bytes }]) {
      await expect(mirai.uploadImage({ sessionKey: "s1", type: "friend", img } as never)).rejects.toThrow(/^uploadImage: the input cannot be sent: field `img` must be a Blob, bytes/);
    }
    expect(server.requests).toHaveLength(sent);
  });
});

describe("raw", () => {
  it("rejects an answer over maxResponseBytes with a TypeError, as fetch's own failures are", async () => {
    await serve((_, response) => sendText(response, 200, "x".repeat(100)));
    const tomon = withRaw(createTomonClient({ token: "tomon-token-raw", baseUrl: server.url, maxResponseBytes: 10 }));
    const error = await tomon.raw.GET("/invites/{inviteCode}", { params: { path: { inviteCode: "a" } } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe("HTTP 200 with a body larger than maxResponseBytes (10 bytes)");
  });
});

describe("the tenth round: long walks, long ids, deep pages", () => {
  /** Heap growth (after full collections) between the 5th and the 30th page of a walk, in a process of its own. */
  async function heapGrowthOfWalk(operationId: string, input: Record<string, unknown>): Promise<number> {
    const script = `
      const { createKookClient } = await import(${JSON.stringify(new URL("../generated/kook/client.ts", import.meta.url).href)});
      const kook = createKookClient({ token: "t-walk-token", baseUrl: process.env.BASE_URL, rateLimit: false });
      let before = 0, growth = 0, count = 0;
      // Measured before the walk ends: what it holds is let go then.
      for await (const item of kook.paginate[${JSON.stringify(operationId)}](${JSON.stringify(input)})) {
        if (++count === 5 * 50) before = heap();
        if (count === 30 * 50) {
          growth = heap() - before;
          break;
        }
      }
      console.log(count, growth);
    `;
    const [count, growth] = (await runNodeScript(script, { env: { BASE_URL: server.url }, heap: true })).split(" ").map(Number);
    expect(count).toBe(1500);
    return growth!;
  }

  // Ids of 20 000 characters, chosen by the server: kept whole, 30 pages of 50 held 30 MB until the walk ended.
  const longId = (n: number) => `${n}-${"i".repeat(20_000)}`;

  it("keeps no long id of a page list for the rest of the walk", async () => {
    await serve((request, response) => {
      const page = Number(request.query.get("page"));
      sendJson(response, 200, { code: 0, message: "", data: { items: Array.from({ length: 50 }, (_, i) => ({ id: longId(page * 50 + i) })), meta: { page_total: 1000 } } });
    });
    expect(await heapGrowthOfWalk("listGuilds", {})).toBeLessThan(8_000_000);
  });

  it("keeps only a message list's ids at the reference's time, not every id of the walk", async () => {
    // Each page: 49 messages with long ids, newest first, and the oldest with a short id, the next reference.
    await serve((request, response) => {
      const reference = Number(request.query.get("msg_id") ?? "100000");
      const items = Array.from({ length: 50 }, (_, i) => {
        const time = reference - 1 - i;
        return { id: i === 49 ? String(time) : longId(time), create_at: time };
      });
      sendJson(response, 200, { code: 0, message: "", data: { items } });
    });
    expect(await heapGrowthOfWalk("listMessages", { target_id: "1" })).toBeLessThan(8_000_000);
  });

  it("ends a walk over pages nested too deep to compare, with the items read, instead of a stack overflow", async () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    await serve((_, response) => sendText(response, 200, `{"code":0,"message":"","data":{"items":[{"nested":${deep}}],"meta":{"page_total":10}}}`, { "Content-Type": "application/json" }));
    const kook = createKookClient({ token: "kook-token-pages", baseUrl: server.url, rateLimit: false });
    const items: unknown[] = [];
    for await (const item of kook.paginate.listGuilds({})) items.push(item);
    // Such pages all count as one page seen again: the third ends the walk.
    expect(items).toHaveLength(3);
  });

  it("quotes the start of a long URL in an error's message, and keeps the whole of it in `url`", async () => {
    await serve((_, response) => sendJson(response, 400, { code: 40000, message: "bad msg_id" }));
    const kook = createKookClient({ token: "kook-token-pages", baseUrl: server.url, retry: false });
    const error = (await kook.getMessage({ msg_id: "m".repeat(10_000) }).catch((caught: unknown) => caught)) as KookApiError;
    expect(error).toBeInstanceOf(KookApiError);
    expect(error.url.length).toBeGreaterThan(10_000);
    expect(error.message.length).toBeLessThan(2200);
    expect(error.message).toMatch(/^getMessage \(GET http:\/\/127\.0\.0\.1:\d+\/message\/view\?msg_id=m+…\): HTTP 400, code 40000: bad msg_id$/);
  });
});

describe("the eleventh round: mirai sessions a server or a caller can turn against the bot", () => {
  it("does not build the redaction pattern again for each session a call uses, nor keep keys of thousands of characters", async () => {
    // 16 sessions with 1020-character keys, used in turn by failing calls: each error built a pattern of all 16 keys
    // again, 1.6 MB (2.5 s with the event loop held). What is built is counted, not timed.
    let opened = 0;
    await serve((request, response) => {
      if (request.path === "/auth") return sendJson(response, 200, { code: 0, session: `${String(++opened).padStart(4, "0")}abcdefgh`.repeat(85) });
      if (request.path === "/verify") return sendJson(response, 200, { code: 0, msg: "success" });
      return sendJson(response, 200, { code: 5, msg: "target not found" });
    });
    const mirai = createMiraiClient({ authKey: "mirai-auth-11", baseUrl: server.url });
    const sessions = [];
    for (let i = 0; i < 16; i++) sessions.push(await mirai.openSession(1));
    const built: number[] = [];
    vi.stubGlobal("RegExp", new Proxy(RegExp, { construct: (target, args) => (built.push(String(args[0]).length), Reflect.construct(target, args)) }));
    try {
      for (let call = 0; call < 16; call++) {
        const error = await sessions[call]!.sendGroupMessage({ target: 1, messageChain: [] }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(MiraiApiError);
        expect(shown(error)).not.toContain(sessions[call]!.sessionKey);
      }
      expect(Math.max(...built)).toBeLessThan(600_000);
      // Calls on one session reuse the pattern built for it.
      const before = built.length;
      for (let call = 0; call < 4; call++) await sessions[15]!.sendGroupMessage({ target: 1, messageChain: [] }).catch(() => undefined);
      expect(built.length).toBe(before);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("refuses a qq that /verify cannot take before /auth opens a session", async () => {
    const paths: string[] = [];
    await serve((request, response) => {
      paths.push(request.path);
      sendJson(response, 200, request.path === "/auth" ? { code: 0, session: "LeftOpen" } : { code: 0, msg: "success" });
    });
    const mirai = createMiraiClient({ authKey: "mirai-auth-12", baseUrl: server.url });
    for (const qq of [1n, Number.NaN, -1.5, 0, "123", undefined, 2 ** 53]) {
      const error = await mirai.openSession(qq as never).catch((e: unknown) => e);
      expect(error, String(qq)).toBeInstanceOf(TypeError);
      expect((error as Error).message).toMatch(/^openSession: qq must be/);
    }
    expect(paths).toEqual([]);
    await (await mirai.openSession(123456789)).release();
    expect(paths).toEqual(["/auth", "/verify", "/release"]);
  });

  it("answers /auth's null with InvalidResponseError", async () => {
    await serve((_, response) => sendText(response, 200, "null", { "Content-Type": "application/json" }));
    const error = await createMiraiClient({ authKey: "mirai-auth-13", baseUrl: server.url })
      .openSession(1)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toContain("without a session key");
  });

  it("ends an await using block quietly when the server no longer knows the session, and only then", async () => {
    let releaseAnswer = { code: 3, msg: "Session失效或不存在" };
    await serve((request, response) => {
      if (request.path === "/auth") return sendJson(response, 200, { code: 0, session: "ExpiredKey" });
      if (request.path === "/verify") return sendJson(response, 200, { code: 0, msg: "success" });
      sendJson(response, 200, releaseAnswer);
    });
    const mirai = createMiraiClient({ authKey: "mirai-auth-14", baseUrl: server.url });
    const session = await mirai.openSession(1);
    await expect(session.release()).resolves.toBeUndefined();
    releaseAnswer = { code: 5, msg: "qq不匹配" };
    const other = await mirai.openSession(1);
    await expect(other.release()).rejects.toMatchObject({ code: 5 });
  });

  it("never sends fetchMessages twice, which takes the messages it answers off the queue: directly, through middleware and raw", async () => {
    // Resent after an answer cut off half way, it returned the next batch: the first batch was gone without a word.
    let fetches = 0;
    await serve((request, response) => {
      if (request.path === "/auth") return sendJson(response, 200, { code: 0, session: "QueueKey" });
      if (request.path !== "/fetchMessage") return sendJson(response, 200, { code: 0, msg: "success" });
      fetches++;
      if (fetches % 2 === 0) return sendText(response, 503, "");
      response.writeHead(200, { "Content-Type": "application/json", "Content-Length": "100" });
      response.write('{"code":0,"data":[');
      setTimeout(() => response.socket?.destroy(), 20);
    });
    const plain = createMiraiClient({ authKey: "mirai-auth-15", baseUrl: server.url });
    const withMiddleware = withRaw(createMiraiClient({ authKey: "mirai-auth-15", baseUrl: server.url }));
    withMiddleware.use({ onRequest: () => undefined });
    for (const mirai of [plain, withMiddleware]) {
      const session = await mirai.openSession(1);
      const before = fetches;
      await expect(session.fetchMessages({ count: 3 })).rejects.toBeInstanceOf(NetworkError);
      await expect(session.fetchMessages({ count: 3 })).rejects.toMatchObject({ status: 503 });
      expect(fetches - before).toBe(2);
    }
    const before = fetches;
    await withMiddleware.raw.GET("/fetchMessage", { params: { query: { sessionKey: "QueueKey", count: 3 } } }).catch(() => undefined);
    await withMiddleware.raw.GET("/fetchMessage", { params: { query: { sessionKey: "QueueKey", count: 3 } } });
    expect(fetches - before).toBe(2);
    // Other GETs are still resent.
    const friends = server.requests.length;
    server.handle((_, response) => sendText(response, 503, ""));
    await plain.listFriends({ sessionKey: "QueueKey" }).catch(() => undefined);
    expect(server.requests.length - friends).toBe(3);
  });
});

describe("the thirteenth round: raw and the middleware path against hostile servers", () => {
  it("ends a raw call at the client's timeoutMs and at its signal, however the user's fetch behaves", async () => {
    // raw had no time limit (a server that never answers hung it) and waited for a fetch that ignored the signal.
    await serve((_, response) => {
      response.writeHead(200, { "Content-Type": "application/json" });
      response.write('{"code":0,"data":');
    });
    const timed = withRaw(createKookClient({ token: "kook-token-raw-1", baseUrl: server.url, timeoutMs: 300 }));
    const started = performance.now();
    await expect(timed.raw.GET("/user/me")).rejects.toMatchObject({ name: "TimeoutError" });
    expect(performance.now() - started).toBeLessThan(2000);

    const deaf = (request: Request) => fetch(request.url, { method: request.method, headers: request.headers });
    const ignoring = withRaw(createKookClient({ token: "kook-token-raw-1", baseUrl: server.url, rateLimit: false, fetch: deaf }));
    const reason = new Error("stop");
    const controller = new AbortController();
    setTimeout(() => controller.abort(reason), 200);
    await expect(ignoring.raw.GET("/user/me", { signal: controller.signal })).rejects.toBe(reason);
  });

  it.each([
    ["a reason phrase in UTF-8", "HTTP/1.1 200 成功"],
    ["a control character in the reason phrase", "HTTP/1.1 200 OK\x7f"],
    ["a status above 599", "HTTP/1.1 999 Odd"],
  ])("takes an answer with %s through middleware and raw as directly, sending it once", async (_label, statusLine) => {
    // The Response copy made for openapi-fetch threw: a POST the server carried out was a NetworkError, a GET went 3 times.
    const { createServer } = await import("node:net");
    let received = 0;
    const body = JSON.stringify({ code: 0, message: "", data: { msg_id: "m1", msg_timestamp: 1 } });
    const raw = createServer((socket) =>
      socket.once("data", () => {
        received++;
        socket.end(Buffer.concat([Buffer.from(statusLine, "utf8"), Buffer.from(`\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`)]));
      }),
    );
    await new Promise<void>((resolve) => raw.listen(0, "127.0.0.1", resolve));
    try {
      const baseUrl = `http://127.0.0.1:${(raw.address() as { port: number }).port}`;
      const direct = createKookClient({ token: "kook-token-raw-2", baseUrl, rateLimit: false });
      const viaMiddleware = withRaw(createKookClient({ token: "kook-token-raw-2", baseUrl, rateLimit: false }));
      viaMiddleware.use({ onRequest: () => undefined });
      const outcome = async (call: Promise<unknown>) => {
        received = 0;
        const settled = await call.then((value) => ({ value }), (error: unknown) => ({ error }));
        return { ...settled, received };
      };
      const directly = await outcome(direct.createMessage({ target_id: "1", content: "hi" }));
      const middleware = await outcome(viaMiddleware.createMessage({ target_id: "1", content: "hi" }));
      expect(middleware).toEqual(directly);
      expect(directly.received).toBe(1);
      const rawGet = await outcome(viaMiddleware.raw.GET("/user/me"));
      expect(rawGet).toMatchObject({ received: 1, value: { response: { status: statusLine.includes("999") ? 999 : 200 } } });
    } finally {
      raw.close();
    }
  });

  it("does not send a call that timed out while it waited for its rate limit, when middleware made another Request", async () => {
    const sent: number[] = [];
    const started = Date.now();
    await serve((_, response) => {
      sent.push(Date.now() - started);
      sendJson(response, 200, { code: 0, message: "", data: { msg_id: "1", msg_timestamp: 1 } }, { "X-Rate-Limit-Limit": "1", "X-Rate-Limit-Remaining": "0", "X-Rate-Limit-Reset": "1.5", "X-Rate-Limit-Bucket": "message/create" });
    });
    const kook = withRaw(createKookClient({ token: "kook-token-raw-3", baseUrl: server.url }));
    kook.use({
      async onRequest({ request }) {
        return new Request(request.url, { method: request.method, headers: request.headers, body: await request.text() });
      },
    });
    await kook.createMessage({ target_id: "1", content: "first" });
    await expect(kook.createMessage({ target_id: "1", content: "second" }, { timeoutMs: 300 })).rejects.toBeInstanceOf(TimeoutError);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(sent).toHaveLength(1);
  });

  it("runs a middleware hook added after the middleware was first used, as openapi-fetch does", async () => {
    await serve((_, response) => sendJson(response, 200, { code: 0, message: "", data: { id: "1" } }));
    const kook = withRaw(createKookClient({ token: "kook-token-raw-5", baseUrl: server.url, rateLimit: false }));
    const middleware: { onRequest(): void; onResponse?: () => void } = { onRequest() {} };
    kook.use(middleware);
    await kook.getCurrentUser();
    let responses = 0;
    middleware.onResponse = () => void responses++;
    await kook.getCurrentUser();
    await kook.raw.GET("/user/me");
    expect(responses).toBe(2);
  });

  it.each(["/message/send%2Dpipemsg", "/message/send-pipemsg/", "//message/send-pipemsg", "/../oauth2/%74oken", "/../oauth2/token/"])(
    "takes the bot token off a raw request to %s, a spelling of a route that takes none",
    async (path) => {
      await serve((_, response) => sendJson(response, 200, { code: 0, message: "", data: {} }));
      const kook = withRaw(createKookClient({ token: "kook-token-raw-4", baseUrl: `${server.url}/api/v3` }));
      await kook.raw.POST(path as "/message/send-pipemsg", { params: { query: { access_token: "pipe-token" } }, body: {} } as never);
      expect(server.requests[0]!.headers.authorization).toBeUndefined();
    },
  );
});
