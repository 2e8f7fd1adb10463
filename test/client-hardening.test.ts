// The clients against inputs and servers that try to hurt them: options that would misbehave, path parameters that
// would name another resource, bodies cut off, oversized, endless or decompressing to gigabytes, and credentials echoed
// back as JSON keys or encoded. Real HTTP servers on 127.0.0.1.
import { getEventListeners } from "node:events";
import { inspect } from "node:util";
import { gzipSync } from "node:zlib";
import { describe, expect, it, vi } from "vitest";
import { createKookClient, KookApiError } from "../generated/kook/client.js";
import { createMiraiClient } from "../generated/mirai/client.js";
import { createTomonClient, InvalidResponseError, NetworkError } from "../generated/tomon/client.js";
import { withRaw } from "../src/with-raw.js";
import { sendJson, sendText, serverPerTest, type Handler, type TestServer } from "./support/http-server.js";

let server: TestServer;
const serve = serverPerTest((started) => (server = started));

const invite = { code: "abc", uses: 1, max_age: 0, max_uses: 0 };

describe("client factories check every option", () => {
  const factories = [
    ["createKookClient", (options: object) => createKookClient({ token: "kook-token-1", ...options })],
    ["createTomonClient", (options: object) => createTomonClient({ token: "tomon-token-1", ...options })],
    ["createMiraiClient", (options: object) => createMiraiClient({ authKey: "mirai-key-1", ...options })],
  ] as const;

  it.each(factories)("%s refuses a baseUrl with credentials, without quoting them", (factory, create) => {
    for (const baseUrl of ["http://user:hunter2-secret@127.0.0.1:1", "http://hunter2-secret@127.0.0.1:1/api", "https://:hunter2-secret@example.com"]) {
      const creating = () => create({ baseUrl });
      expect(creating).toThrow(TypeError);
      expect(creating).toThrow(new RegExp(`^${factory}: the \`baseUrl\` option must not contain credentials`));
      expect(creating).not.toThrow(/hunter2/);
    }
    // Nor in the message refusing a base URL that is not one.
    expect(() => create({ baseUrl: "user:hunter2-secret@127.0.0.1:1" })).toThrow(/must be an absolute http\(s\) URL string, not "\[REDACTED\]@127.0.0.1:1"$/);
    for (const baseUrl of ["ftp://user:hunter2@secret@host/", "http://user:hunter2/secret@host", "http://u:hunter2#secret@host"]) {
      expect(() => create({ baseUrl })).toThrow(/not "\w+:\/\/\[REDACTED\]@host\/?"$/);
    }
  });

  it.each(factories)("%s refuses a baseUrl that is not a string (a URL object), naming the option", (factory, create) => {
    expect(() => create({ baseUrl: new URL("http://127.0.0.1:1/api") })).toThrow(
      new TypeError(`${factory}: the \`baseUrl\` option must be an absolute http(s) URL string, not "http://127.0.0.1:1/api"`),
    );
  });

  it.each(factories)("%s refuses a baseUrl with a query or a fragment", (factory, create) => {
    for (const baseUrl of ["http://127.0.0.1:1/api?x=1", "http://127.0.0.1:1/api#part", "http://127.0.0.1:1/api?", "http://127.0.0.1:1/#"]) {
      expect(() => create({ baseUrl })).toThrow(new TypeError(`${factory}: the \`baseUrl\` option must not have a query or fragment`));
    }
  });

  it("refuse retry settings that are not sensible numbers, as they refuse such a timeoutMs", () => {
    const bad: [string, unknown][] = [
      ["baseDelayMs", NaN],
      ["baseDelayMs", -1],
      ["baseDelayMs", Infinity],
      ["maxDelayMs", 2 ** 31],
      ["maxDelayMs", "100"],
      ["retries", 1.5],
      ["retries", -1],
      ["retries", Infinity],
      ["rateLimitRetries", NaN],
      ["rateLimitRetries", 1e9],
    ];
    for (const [name, value] of bad) {
      expect(() => createKookClient({ token: "kook-token-1", retry: { [name]: value } as never })).toThrow(RangeError);
      expect(() => createTomonClient({ token: "tomon-token-1", retry: { [name]: value } as never })).toThrow(
        new RegExp(`^createTomonClient: retry\\.${name} must be an? (integer|number) from 0 to \\d+, not ${String(value)}$`),
      );
    }
    expect(() => createKookClient({ token: "kook-token-1", retry: true as never })).toThrow(TypeError);
    expect(() => createKookClient({ token: "kook-token-1", retry: [] as never })).toThrow(new TypeError("createKookClient: the `retry` option must be an object or false, not "));
    expect(() => createKookClient({ token: "kook-token-1", retry: { retries: 0, rateLimitRetries: 0, baseDelayMs: 0, maxDelayMs: 0 } })).not.toThrow();
  });

  it.each(factories)("%s refuses a maxResponseBytes that is not a whole number of bytes ≥ 1, and a fetch that is not a function", (_factory, create) => {
    for (const maxResponseBytes of [0, -1, NaN, 1.5, Infinity, "1000"]) expect(() => create({ maxResponseBytes })).toThrow(RangeError);
    expect(() => create({ maxResponseBytes: 1 })).not.toThrow();
    expect(() => create({ fetch: "fetch" })).toThrow(TypeError);
  });

  it("createKookClient refuses a tokenType or rateLimit it does not know", () => {
    expect(() => createKookClient({ token: "kook-token-1", tokenType: "Basic" as never })).toThrow(new TypeError('createKookClient: tokenType must be "Bot" or "Bearer", not Basic'));
    expect(() => createKookClient({ token: "kook-token-1", rateLimit: "no" as never })).toThrow(TypeError);
  });
});

describe("path parameters that would name another resource", () => {
  it.each(["..", ".", ""])("refuses %j before anything is sent, with and without middleware", async (value) => {
    await serve((_, response) => sendJson(response, 200, invite));
    const tomon = withRaw(createTomonClient({ token: "tomon-token-1", baseUrl: `${server.url}/api/v1`, retry: false }));
    const refused = new TypeError(`deleteInvite: path parameter \`inviteCode\` cannot be ${JSON.stringify(value)}: it would name another resource`);
    await expect(tomon.deleteInvite({ inviteCode: value })).rejects.toThrow(refused);
    tomon.use({ onRequest: () => undefined });
    await expect(tomon.deleteInvite({ inviteCode: value })).rejects.toThrow(refused);
    await expect(tomon.raw.DELETE("/invites/{inviteCode}", { params: { path: { inviteCode: value } } })).rejects.toThrow(TypeError);
    expect(server.requests).toEqual([]);
  });

  it("refuses a path parameter left out on raw too, instead of sending its {name} placeholder", async () => {
    await serve((_, response) => sendJson(response, 200, invite));
    const tomon = withRaw(createTomonClient({ token: "tomon-token-1", baseUrl: `${server.url}/api/v1`, retry: false }));
    const missing = new TypeError("path parameter `inviteCode` is missing");
    await expect(tomon.raw.DELETE("/invites/{inviteCode}", { params: { path: { inviteCode: undefined as never } } })).rejects.toThrow(missing);
    await expect(tomon.raw.DELETE("/invites/{inviteCode}", { params: { path: {} as never } })).rejects.toThrow(missing);
    await expect(tomon.raw.DELETE("/invites/{inviteCode}", {} as never)).rejects.toThrow(missing);
    await expect((tomon.raw.DELETE as (path: string) => Promise<unknown>)("/invites/{inviteCode}")).rejects.toThrow(missing);
    expect(server.requests).toEqual([]);
  });

  it("sends values that only look like dots, encoded, on both paths", async () => {
    await serve((_, response) => sendJson(response, 200, invite));
    const tomon = withRaw(createTomonClient({ token: "tomon-token-1", baseUrl: `${server.url}/api/v1`, retry: false }));
    await tomon.getInvite({ inviteCode: "..." });
    await tomon.getInvite({ inviteCode: "%2E%2E" });
    await tomon.getInvite({ inviteCode: "../x" });
    tomon.use({ onRequest: () => undefined });
    await tomon.getInvite({ inviteCode: "%2E%2E" });
    expect(server.requests.map((request) => request.raw.url)).toEqual([
      "/api/v1/invites/...",
      "/api/v1/invites/%252E%252E",
      "/api/v1/invites/..%2Fx",
      "/api/v1/invites/%252E%252E",
    ]);
  });
});

/** Answers with headers and part of a body, then resets the connection. */
function cutOff(request: Parameters<Handler>[0], response: Parameters<Handler>[1]): void {
  response.writeHead(200, { "Content-Type": "application/json", "Content-Length": "100" });
  response.write('{"code":"ab');
  setTimeout(() => request.raw.socket.destroy(), 10);
}

describe("answers cut off, oversized, endless or decompressing to far more", () => {
  it.each(["direct", "through middleware"])("retries a GET whose body is cut off by a connection reset (%s)", async (path) => {
    await serve((request, response) => (server.requests.length === 1 ? cutOff(request, response) : sendJson(response, 200, invite)));
    const tomon = withRaw(createTomonClient({ token: "tomon-token-1", baseUrl: server.url, retry: { baseDelayMs: 5 } }));
    if (path !== "direct") tomon.use({ onRequest: () => undefined });
    await expect(tomon.getInvite({ inviteCode: "abc" })).resolves.toEqual(invite);
    expect(server.requests).toHaveLength(2);
  });

  it("does not let a failure's body of too many values, or of megabytes, hold the event loop: it is redacted whole", async () => {
    // 400 000 zeros (0.8 MB) took a third of a second to redact value by value, eight million (15 MB) six seconds.
    const values = `{"code":40000,"message":"bad","data":[${"0,".repeat(399_999)}0]}`;
    // Over 1 MiB, a failure's body stays text: parsing 15 MB took a second before redaction started.
    const megabytes = `{"code":40000,"message":"bad","data":"${"x".repeat(1_200_000)}"}`;
    let body = values;
    await serve((_, response) => sendText(response, 400, body, { "Content-Type": "application/json" }));
    const kook = createKookClient({ token: "t-large-failure", baseUrl: server.url, retry: false });
    const many = (await kook.getCurrentUser().catch((error: unknown) => error)) as KookApiError;
    expect(many).toBeInstanceOf(KookApiError);
    expect(many.code).toBe(40000);
    expect(many.body).toBe("[REDACTED]");
    body = megabytes;
    const large = (await kook.getCurrentUser().catch((error: unknown) => error)) as KookApiError;
    expect(large).toBeInstanceOf(KookApiError);
    expect(large.code).toBeUndefined();
    expect(typeof large.body).toBe("string");
  });

  it("never resends a POST whose body is cut off: it was processed", async () => {
    await serve(cutOff);
    const tomon = createTomonClient({ token: "tomon-token-1", baseUrl: server.url, retry: { baseDelayMs: 5 } });
    await expect(tomon.acceptInvite({ inviteCode: "abc" })).rejects.toBeInstanceOf(NetworkError);
    expect(server.requests).toHaveLength(1);
  });

  /** Streams `chunk` until the client goes away; resolves `closed` when the connection closes. */
  function endless(chunk: string, headers: Record<string, string> = {}) {
    let written = 0;
    let closed!: () => void;
    const gone = new Promise<void>((resolve) => (closed = resolve));
    const handler: Handler = (request, response) => {
      response.writeHead(200, { "Content-Type": "application/json", ...headers });
      request.raw.socket.on("close", closed);
      const write = () => {
        if (response.destroyed || written > 512 * 1024 * 1024) return;
        written += chunk.length;
        if (response.write(chunk)) setImmediate(write);
        else response.once("drain", write);
      };
      write();
    };
    return { handler, gone, written: () => written };
  }

  it.each(["direct", "through middleware"])("stops reading an endless body at maxResponseBytes and closes its connection (%s)", async (path) => {
    const stream = endless(`"${"x".repeat(64 * 1024)}",`);
    await serve(stream.handler);
    const tomon = withRaw(createTomonClient({ token: "tomon-token-1", baseUrl: server.url, maxResponseBytes: 1024 * 1024, timeoutMs: 10_000 }));
    if (path !== "direct") tomon.use({ onRequest: () => undefined });
    const error = await tomon.getInvite({ inviteCode: "abc" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ status: 200, operationId: "getInvite", message: expect.stringContaining("larger than maxResponseBytes (1048576 bytes)") });
    await stream.gone;
    expect(stream.written()).toBeLessThan(64 * 1024 * 1024);
    expect(server.requests).toHaveLength(1);
  });

  it("stops a small gzip body that decodes to more than maxResponseBytes", async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, " "));
    expect(bomb.length).toBeLessThan(100 * 1024);
    await serve((_, response) => {
      response.writeHead(200, { "Content-Type": "application/json", "Content-Encoding": "gzip", "Content-Length": bomb.length });
      response.end(bomb);
    });
    const kook = createKookClient({ token: "kook-token-1", baseUrl: server.url, maxResponseBytes: 2 * 1024 * 1024 });
    const error = await kook.getCurrentUser().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toContain("larger than maxResponseBytes (2097152 bytes)");
  });

  it("refuses a body whose Content-Length is over the limit without reading it, error answers included", async () => {
    await serve((_, response) => sendText(response, 500, "e".repeat(4096)));
    const mirai = createMiraiClient({ authKey: "mirai-key-1", baseUrl: server.url, maxResponseBytes: 1000 });
    const error = await mirai.listFriends({ sessionKey: "session-1" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "InvalidResponseError", status: 500 });
    // Not retried: a 5xx answer too large to read is not a network failure.
    expect(server.requests).toHaveLength(1);
  });

  it("reads bodies up to the limit, compressed or not", async () => {
    const body = JSON.stringify({ ...invite, code: "c".repeat(5000) });
    await serve((request, response) => {
      if (request.raw.url?.endsWith("gz")) {
        const zipped = gzipSync(body);
        response.writeHead(200, { "Content-Type": "application/json", "Content-Encoding": "gzip", "Content-Length": zipped.length });
        return void response.end(zipped);
      }
      sendText(response, 200, body, { "Content-Type": "application/json" });
    });
    const tomon = createTomonClient({ token: "tomon-token-1", baseUrl: server.url, maxResponseBytes: body.length });
    await expect(tomon.getInvite({ inviteCode: "gz" })).resolves.toMatchObject({ code: "c".repeat(5000) });
    await expect(tomon.getInvite({ inviteCode: "plain" })).resolves.toMatchObject({ code: "c".repeat(5000) });
  });
});

describe("credentials echoed back in every form", () => {
  // A KOOK-like token with characters that encoders change: '/', '+', '='.
  const token = "1/MTA2ODk=/kLm+9Qz==";
  const percent = encodeURIComponent(token);
  const forms = {
    key: { [token]: "the token you sent", [`Bot ${token}`]: 1 },
    percentEncoded: `token=${percent}`,
    lowerCasePercent: `token=${percent.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase())}`,
    formEncoded: `auth=Bot+${percent}`,
    slashEscaped: token.replaceAll("/", "\\/"),
    unicodeEscaped: [...token].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`).join(""),
  };

  function shown(error: unknown): string[] {
    return [String(error), JSON.stringify(error), inspect(error, { depth: Infinity }), JSON.stringify((error as { body?: unknown }).body) ?? ""];
  }

  it("redacts a credential used as a JSON key, percent-encoded or JSON-escaped, in a parsed body", async () => {
    // The escapes are written into the JSON text, so that they reach the client as the server wrote them.
    const text = `{"code":40100,"message":"bad ${forms.slashEscaped} / ${forms.percentEncoded}","data":${JSON.stringify(forms)}}`;
    await serve((_, response) => sendText(response, 401, text, { "Content-Type": "application/json" }));
    const kook = createKookClient({ token, baseUrl: server.url, retry: false });
    const error = await kook.getCurrentUser().catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 401, code: 40100 });
    for (const form of shown(error)) {
      expect(form).not.toContain(token);
      expect(form).not.toContain(percent);
      expect(form).not.toContain(forms.slashEscaped);
      expect(form).not.toContain("MTA2ODk");
    }
    expect(inspect(error, { depth: Infinity })).toContain("[REDACTED]");
  });

  it("redacts the encoded forms in a text body", async () => {
    await serve((_, response) => sendText(response, 500, Object.values(forms).map((form) => (typeof form === "string" ? form : JSON.stringify(form))).join("\n")));
    const kook = createKookClient({ token, baseUrl: server.url, retry: false });
    const error = await kook.getCurrentUser().catch((e: unknown) => e);
    for (const form of shown(error)) expect(form).not.toContain("MTA2ODk");
  });

  it("redacts a one-letter credential where it stands whole, and leaves words containing its letter alone", async () => {
    await serve((request, response) =>
      sendJson(response, 401, { code: 401, message: `see https://kaiheila.test/doc: header was "${request.headers.authorization}"`, data: { t: "t" } }),
    );
    const kook = createKookClient({ token: "t", baseUrl: server.url, retry: false });
    const error = (await kook.getCurrentUser().catch((e: unknown) => e)) as Error & { body: unknown };
    expect(error.message).toContain('see https://kaiheila.test/doc: header was "Bot [REDACTED]"');
    expect(error.body).toEqual({ code: 401, message: expect.stringContaining("https://kaiheila.test/doc"), data: { "[REDACTED]": "[REDACTED]" } });
  });
});

describe("a caller's long-lived signal", () => {
  it("keeps no listener of a call that has ended, so that a bot's shutdown signal does not collect one per call", async () => {
    let answering = true;
    await serve((_, response) => void (answering && sendJson(response, 200, { code: 0, message: "", data: { id: "1" } })));
    const kook = createKookClient({ token: "t-signal-token", baseUrl: server.url });
    const shutdown = new AbortController();
    let most = 0;
    for (let call = 1; call <= 1500; call++) {
      await kook.getCurrentUser({ signal: shutdown.signal });
      if (call % 100 === 0) most = Math.max(most, getEventListeners(shutdown.signal, "abort").length);
    }
    // fetch keeps its listener on the signal it is given until the request is garbage-collected: hundreds here.
    expect(most).toBe(0);
    // The signal still aborts a call in progress.
    answering = false;
    const pending = kook.getCurrentUser({ signal: shutdown.signal });
    setTimeout(() => shutdown.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: "AbortedError" });
  });

  it("links a call with a time limit to the caller's signal without AbortSignal.any, which Node keeps on the signal for good", async () => {
    // With timeoutMs set, each call made AbortSignal.any([shutdown, deadline]): 55-67 kB more heap per 1000 calls, never
    // freed (measured over 50 000 calls: 3 kB per 1000 now).
    let answering = true;
    await serve((_, response) => void (answering && sendJson(response, 200, { code: 0, message: "", data: { id: "1" } })));
    const kook = withRaw(createKookClient({ token: "t-signal-token", baseUrl: server.url, timeoutMs: 5000 }));
    const shutdown = new AbortController();
    const any = vi.spyOn(AbortSignal, "any");
    try {
      await kook.getCurrentUser({ signal: shutdown.signal });
      await kook.getCurrentUser({ signal: shutdown.signal, timeoutMs: 0 });
      await kook.raw.GET("/user/me", { signal: shutdown.signal });
      expect(any.mock.calls.filter(([signals]) => [...signals].includes(shutdown.signal))).toEqual([]);
    } finally {
      any.mockRestore();
    }
    // Either still ends a call: the time limit, and the caller's signal.
    answering = false;
    await expect(kook.getCurrentUser({ signal: shutdown.signal, timeoutMs: 100 })).rejects.toMatchObject({ name: "TimeoutError" });
    const pending = kook.getCurrentUser({ signal: shutdown.signal });
    setTimeout(() => shutdown.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: "AbortedError" });
  });
});
