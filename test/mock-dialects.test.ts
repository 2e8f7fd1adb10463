// The mock answers failures the way each real API does, and keeps Prism's reasons in `sl-violations`.
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKookClient } from "../generated/kook/client.js";
import { normalizeMultipart } from "../scripts/mock/multipart.js";
import { startMock, type MockServer } from "../scripts/prism.js";
import { send } from "./support/raw-http.js";

const bot = { Authorization: "Bot contract-token-5f1e9c" };
const json = { "Content-Type": "application/json" };

function violations(answer: { headers: Record<string, string | string[] | undefined> }): { location: unknown[]; message: string }[] {
  const header = answer.headers["sl-violations"];
  expect(header, "sl-violations header").toBeTypeOf("string");
  return JSON.parse(header as string);
}

describe("KOOK dialect", () => {
  let mock: MockServer;
  beforeAll(async () => void (mock = await startMock("kook")));
  afterAll(() => mock?.close());

  it.each([
    ["no Authorization", {}, "the Authorization header is missing"],
    ["a wrong scheme", { Authorization: "Token abc" }, "must be `Bot <token>` or `Bearer <token>`"],
    ["a scheme without a token", { Authorization: "Bot " }, "must be `Bot <token>` or `Bearer <token>`"],
  ])("answers %s with HTTP 401 and KOOK's 401 envelope", async (_label, headers, reason) => {
    const answer = await send(mock.url, { path: "/user/me", headers });
    expect(answer.status).toBe(401);
    expect(answer.json()).toMatchObject({ code: 401, message: expect.stringContaining(reason), data: { name: "Unauthorized", status: 401 } });
    expect(violations(answer)[0]).toMatchObject({ location: ["request", "header", "Authorization"] });
  });

  it.each([["Bot"], ["Bearer"]])("accepts the %s scheme", async (scheme) => {
    const answer = await send(mock.url, { path: "/user/me", headers: { Authorization: `${scheme} t0ken` } });
    expect(answer.status).toBe(200);
    expect(answer.json()).toMatchObject({ code: 0, data: { id: expect.any(String) } });
    expect(answer.headers["sl-violations"]).toBeUndefined();
  });

  it("answers invalid parameters as KOOK does: HTTP 200, the general failure code, a message naming the violation", async () => {
    const answer = await send(mock.url, { method: "POST", path: "/invite/create", headers: { ...bot, ...json }, body: JSON.stringify({ guild_id: 5 }) });
    expect(answer.status).toBe(200);
    expect(answer.json()).toMatchObject({ code: 40000, message: expect.stringContaining("guild_id"), data: [] });
    expect(violations(answer).some((entry) => entry.location.includes("guild_id"))).toBe(true);
  });

  it("answers a missing query parameter the same way, naming it", async () => {
    const answer = await send(mock.url, { path: "/user/view", headers: bot });
    expect(answer.status).toBe(200);
    expect(answer.json()).toMatchObject({ code: 40000, message: expect.stringContaining("user_id") });
    expect(violations(answer).length).toBeGreaterThan(0);
  });

  it("answers malformed JSON with HTTP 400 in the envelope, with a violation on the body", async () => {
    const answer = await send(mock.url, { method: "POST", path: "/invite/create", headers: { ...bot, ...json }, body: "{bad" });
    expect(answer.status).toBe(400);
    expect(answer.json()).toMatchObject({ code: 40000, message: expect.stringContaining("not valid JSON") });
    expect(violations(answer)[0]).toMatchObject({ location: ["request", "body"], code: "invalid_json" });
  });

  it("answers an unknown route with HTTP 404 and a wrong method with 405 and Allow, in the envelope", async () => {
    const missing = await send(mock.url, { path: "/no/such/route", headers: bot });
    expect(missing.status).toBe(404);
    expect(missing.json()).toMatchObject({ code: 404, message: expect.any(String) });
    violations(missing);
    const wrongMethod = await send(mock.url, { method: "DELETE", path: "/user/me", headers: bot });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.allow).toBe("GET");
    violations(wrongMethod);
  });
});

describe("Tomon dialect", () => {
  let mock: MockServer;
  beforeAll(async () => void (mock = await startMock("tomon")));
  afterAll(() => mock?.close());

  it("answers the request that used to crash the mock, GET /invites/%FF, with 400 {message}, and keeps serving", async () => {
    const answer = await send(mock.url, { path: "/invites/%FF", headers: { Authorization: "Bearer t" } });
    expect(answer.status).toBe(400);
    expect(answer.json()).toEqual({ message: expect.stringContaining("percent-encoding") });
    expect(violations(answer)[0]).toMatchObject({ location: ["request", "path"] });
    const next = await send(mock.url, { path: "/invites/y5gRxd", headers: { Authorization: "Bearer t" } });
    expect(next.status).toBe(200);
  });

  it("checks the bearer scheme: none or another scheme is 401 {message}", async () => {
    for (const [headers, reason] of [
      [{}, "the Authorization header is missing"],
      [{ Authorization: "Bot t" }, "must be `Bearer <token>`"],
    ] as const) {
      const answer = await send(mock.url, { path: "/invites/y5gRxd", headers });
      expect(answer.status).toBe(401);
      expect(answer.json()).toEqual({ message: expect.stringContaining(reason) });
      violations(answer);
    }
  });

  it("answers an invalid body with 400 {message} naming the violation", async () => {
    const answer = await send(mock.url, {
      method: "POST",
      path: "/channels/136412396083740672/invites",
      headers: { Authorization: "Bearer t", ...json },
      body: JSON.stringify({ max_age: "soon" }),
    });
    expect(answer.status).toBe(400);
    expect(answer.json().message).toMatch(/max_age|additional/);
    violations(answer);
  });
});

describe("mirai dialect", () => {
  let mock: MockServer;
  beforeAll(async () => void (mock = await startMock("mirai")));
  afterAll(() => mock?.close());

  it("answers malformed and invalid requests with HTTP 400 {code: 400, msg}", async () => {
    for (const body of ["{bad", JSON.stringify({ authKey: 5 }), JSON.stringify({ authKey: "k", extra: 1 })]) {
      const answer = await send(mock.url, { method: "POST", path: "/auth", headers: json, body });
      expect(answer.status).toBe(400);
      expect(answer.json()).toEqual({ code: 400, msg: expect.any(String) });
      violations(answer);
    }
  });

  it("answers a missing query parameter with 400 naming it", async () => {
    const answer = await send(mock.url, { path: "/friendList" });
    expect(answer.status).toBe(400);
    expect(answer.json()).toEqual({ code: 400, msg: expect.stringMatching(/sessionkey/i) });
  });

  it("answers a missing or non-numeric numeric query parameter with HTTP 500 and no body, as the server fails converting it", async () => {
    // The mock answered 400 {code: 400}, which a bot's handling would expect and the real server never sends.
    for (const path of ["/fetchMessage?sessionKey=Abc12345&count=abc", "/fetchMessage?sessionKey=Abc12345", "/memberInfo?sessionKey=Abc12345&target=1"]) {
      const answer = await send(mock.url, { path });
      expect(answer.status, path).toBe(500);
      expect(answer.text, path).toBe("");
    }
  });
});

describe("a Content-Type that is no media type", () => {
  const authKey = JSON.stringify({ authKey: "botspec-mock-auth-key" });
  it.each([
    ["kook", "GET", "/user/me", { Authorization: "Bot t" }, undefined, { code: 40000, message: expect.stringContaining("not a media type") }],
    ["tomon", "GET", "/invites/y5gRxd", { Authorization: "Bearer t" }, undefined, { message: expect.stringContaining("not a media type") }],
    ["mirai", "POST", "/auth", {}, authKey, { code: 400, msg: expect.stringContaining("not a media type") }],
  ] as const)("is refused by the %s mock with 400 in its own shape, which stays up after Prism's time limit", async (api, method, path, headers, body, refusal) => {
    // Prism's MIME parser threw before its time limit was armed, and the limit's rejection killed the mock later.
    const mock = await startMock(api, { prismTimeoutMs: 100 });
    try {
      for (const contentType of ["/", ";;;=", "application/"]) {
        const answer = await send(mock.url, { method, path, headers: { ...headers, "Content-Type": contentType }, body });
        expect(answer.status).toBe(400);
        expect(answer.json()).toMatchObject(refusal);
        expect(violations(answer)[0]).toMatchObject({ location: ["request", "header", "content-type"] });
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((await send(mock.url, { method, path, headers: { ...headers, ...json }, body })).status).toBe(200);
    } finally {
      await mock.close();
    }
  });
});

describe("an Accept header that is no list of media types", () => {
  it("is refused with 400 in the API's shape, while empty entries, which HTTP allows, are dropped", async () => {
    // Prism failed on both with HTTP 500, "the mock failed".
    const mock = await startMock("kook");
    try {
      for (const accept of ["((((", "text/", "application/json, /"]) {
        const answer = await send(mock.url, { path: "/user/me", headers: { ...bot, Accept: accept } });
        expect(answer.status).toBe(400);
        expect(answer.json()).toMatchObject({ code: 40000, message: expect.stringContaining("not a list of media types") });
        expect(violations(answer)[0]).toMatchObject({ location: ["request", "header", "accept"] });
      }
      // Parameters that are not `name=value`, and weights outside 0 to 1: Prism threw, or failed its own answer's check.
      for (const accept of ["*/*;q=abc", "*/*;q=-1", "*/*; a=b c", "application/json;q="]) {
        const answer = await send(mock.url, { path: "/user/me", headers: { ...bot, Accept: accept } });
        expect(answer.status, accept).toBe(400);
      }
      // Weight 0 excludes: nothing acceptable is Prism's 406 (`*/*;q=0` was a 500, the mock failing its own check).
      for (const accept of ["*/*;q=0", "*/*; q=0.0, application/json;q=0"]) {
        const answer = await send(mock.url, { path: "/user/me", headers: { ...bot, Accept: accept } });
        expect(answer.status, accept).toBe(406);
      }
      for (const accept of ["application/json, ", ",", "*/*;q=0.8,,", 'application/json; charset="utf-8"; q=1.0', "application/json, text/plain;q=0"]) {
        expect((await send(mock.url, { path: "/user/me", headers: { ...bot, Accept: accept } })).status).toBe(200);
      }
    } finally {
      await mock.close();
    }
  });
});

describe("multipart bodies", () => {
  const form = (parts: string[], boundary = "b") => parts.map((part) => `--${boundary}\r\n${part}\r\n`).join("") + `--${boundary}--\r\n`;
  const upload = (boundary = "b") => ({ ...bot, "Content-Type": `multipart/form-data; boundary=${boundary}` });
  let kook: MockServer;
  let mirai: MockServer;
  beforeAll(async () => void ([kook, mirai] = await Promise.all([startMock("kook"), startMock("mirai")])));
  afterAll(async () => void (await Promise.all([kook?.close(), mirai?.close()])));

  it.each([
    ["a file part without a Content-Type of its own", 'Content-Disposition: form-data; name="file"; filename="a.png"\r\n\r\nPNG'],
    ["an unquoted file name", 'Content-Disposition: form-data; name="file"; filename=a.png\r\nContent-Type: image/png\r\n\r\nPNG'],
    ["a file name holding = and ;", 'Content-Disposition: form-data; name="file"; filename="a=b;c.png"\r\nContent-Type: image/png\r\n\r\nPNG'],
  ])("takes an upload with %s, as HTTP allows (Prism's parser failed with 500)", async (_label, part) => {
    const answer = await send(kook.url, { method: "POST", path: "/asset/create", headers: upload(), body: form([part]) });
    expect(answer.status).toBe(200);
    expect(answer.json()).toMatchObject({ code: 0, data: { url: expect.any(String) } });
  });

  it("takes mirai's image upload without a Content-Type on the image, and reads its text fields", async () => {
    const body = form(['Content-Disposition: form-data; name="sessionKey"\r\n\r\nNoSuchSession', 'Content-Disposition: form-data; name="type"\r\n\r\nfriend', 'Content-Disposition: form-data; name="img"; filename="a.png"\r\n\r\nPNG']);
    const answer = await send(mirai.url, { method: "POST", path: "/uploadImage", headers: { "Content-Type": "multipart/form-data; boundary=b" }, body });
    // The session key was read from the form: the mock's sessions do not know it.
    expect(answer.status).toBe(200);
    expect(answer.json()).toMatchObject({ code: 3 });
  });

  it.each([
    ["a part without a name", [`Content-Disposition: form-data\r\n\r\nx`, 'Content-Disposition: form-data; name="file"; filename="a.png"\r\n\r\nPNG']],
    ["no closing boundary", null],
  ])("refuses a body with %s with 400 in KOOK's shape", async (_label, parts) => {
    const body = parts ? form(parts) : '--b\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\nPNG';
    const answer = await send(kook.url, { method: "POST", path: "/asset/create", headers: upload(), body });
    expect(answer.status).toBe(400);
    expect(answer.json()).toMatchObject({ code: 40000, message: expect.stringContaining("multipart") });
    expect(violations(answer)[0]).toMatchObject({ location: ["request", "body"], code: "invalid_multipart" });
  });

  it("takes text fields of any content or size at once, and hands Prism a small body", async () => {
    // A value of dashes made the mock grow its boundary a dash at a time (2.6 s for 80 kB, minutes for 160 kB); a 9 MB
    // text value went through Prism's parser a byte at a time.
    const dashes = Buffer.from(form([`Content-Disposition: form-data; name="guild_id"\r\n\r\nbotspec-mock-part${"-".repeat(60_000)}`]));
    const started = performance.now();
    expect(normalizeMultipart(dashes, "multipart/form-data; boundary=b")).toHaveProperty("bytes");
    expect(performance.now() - started).toBeLessThan(300);
    const big = Buffer.from(form([`Content-Disposition: form-data; name="guild_id"\r\n\r\n${"x".repeat(9_000_000)}`]));
    const normalized = normalizeMultipart(big, "multipart/form-data; boundary=b") as { bytes: Buffer };
    expect(normalized.bytes.length).toBeLessThan(1000);
    const body = form(['Content-Disposition: form-data; name="guild_id"\r\n\r\n1', 'Content-Disposition: form-data; name="emoji"; filename="a.png"\r\n\r\nPNG']);
    expect((await send(kook.url, { method: "POST", path: "/guild-emoji/create", headers: upload(), body })).status).toBe(200);
  });

  it("reads a 10 MB upload without holding other requests or taking hundreds of MB", async () => {
    // Prism's parser copied it a byte at a time: 2 s with the event loop held, 480 MB.
    const file = Buffer.alloc(10 * 1024 * 1024 - 1024, 0x61);
    const head = Buffer.from('--b\r\nContent-Disposition: form-data; name="file"; filename="big.png"\r\nContent-Type: image/png\r\n\r\n');
    const body = Buffer.concat([head, file, Buffer.from("\r\n--b--\r\n")]);
    const before = process.memoryUsage().rss;
    const uploaded = send(kook.url, { method: "POST", path: "/asset/create", headers: upload(), body });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    const other = await send(kook.url, { path: "/user/me", headers: bot });
    const waited = performance.now() - started;
    expect(other.status).toBe(200);
    expect((await uploaded).status).toBe(200);
    expect(waited).toBeLessThan(1000);
    expect(process.memoryUsage().rss - before).toBeLessThan(150 * 1024 * 1024);
  });
});

describe("KOOK page lists", () => {
  it("are served page by page as the request asks, so that paginate gets each item once", async () => {
    // Every page was the example with its own meta (page 1 of 10): paginate stopped after it, or got it three times.
    const mock = await startMock("kook");
    try {
      const kook = createKookClient({ token: "page-token", baseUrl: mock.url });
      for (const walk of [kook.paginate.listGuilds({}), kook.paginate.listInvites({ guild_id: "1" }), kook.paginate.listUserChats({})]) {
        const items: unknown[] = [];
        for await (const item of walk) items.push(item);
        expect(items.length).toBeGreaterThan(0);
        expect(new Set(items.map((item) => JSON.stringify(item))).size).toBe(items.length);
      }
      const beyond = await send(mock.url, { path: "/guild/list?page=3&page_size=10", headers: bot });
      expect(beyond.json().data).toMatchObject({ items: [], meta: { page: 3, page_size: 10, page_total: 1 } });
    } finally {
      await mock.close();
    }
  });
});

describe("request bodies the mock would hold", () => {
  const stalledUpload = (url: string, path: string, headers: string, declared: number, sent: number) => {
    const { hostname, port } = new URL(url);
    const socket = connect(Number(port), hostname);
    socket.on("error", () => undefined);
    socket.write(`POST ${path} HTTP/1.1\r\nHost: x\r\n${headers}Content-Type: application/json\r\nContent-Length: ${declared}\r\n\r\n${"x".repeat(sent)}`);
    return socket;
  };

  it.each([
    ["a path no operation has", "/nope", "Authorization: Bot t\r\n", "404"],
    ["an operation without credentials", "/message/create", "", "401"],
  ])("refuses a request to %s before its body is read, and closes the connection", async (_name, path, headers, status) => {
    const mock = await startMock("kook");
    try {
      // A 9 MB body of which 10 bytes ever come: it used to be read (and held) until 5 s without a byte.
      const answer = new Promise<string>((resolve) => {
        const socket = stalledUpload(mock.url, path, headers, 9_000_000, 10);
        let text = "";
        socket.on("data", (chunk: Buffer) => (text += chunk.toString("latin1")));
        socket.on("close", () => resolve(text));
      });
      const started = performance.now();
      const text = await answer;
      expect(text).toMatch(new RegExp(`^HTTP/1.1 ${status} `));
      expect(text.toLowerCase()).toContain("connection: close");
      expect(performance.now() - started).toBeLessThan(2000);
    } finally {
      await mock.close();
    }
  });

  it("refuses a body beyond what the bodies being read may hold together with 503, and takes it once there is room", async () => {
    const mock = await startMock("kook", { bodiesLimit: 100_000 });
    const body = JSON.stringify({ target_id: "1", content: "x".repeat(30_000) });
    const createMessage = () => send(mock.url, { method: "POST", path: "/message/create", headers: { ...bot, ...json }, body });
    const stalled = stalledUpload(mock.url, "/message/create", "Authorization: Bot t\r\n", 95_000, 90_000);
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const refused = await createMessage();
      expect(refused.status).toBe(503);
      expect(refused.headers.connection).toBe("close");
      expect(violations(refused)[0]!.message).toContain("more request bodies at once");
      stalled.destroy();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((await createMessage()).status).toBe(200);
    } finally {
      stalled.destroy();
      await mock.close();
    }
  });
});

describe("Prefer", () => {
  let mock: MockServer;
  beforeAll(async () => void (mock = await startMock("kook")));
  afterAll(() => mock?.close());

  it("serves the response and example it names", async () => {
    const answer = await send(mock.url, { path: "/user/me", headers: { ...bot, Prefer: "example=newerDocExample" } });
    expect(answer.status).toBe(200);
    expect(answer.json().data).toMatchObject({ id: "57655610" });
    const failure = await send(mock.url, { path: "/user/me", headers: { ...bot, Prefer: "code=403" } });
    expect(failure.status).toBe(403);
    expect(failure.json()).toMatchObject({ code: 40000 });
  });

  it.each([
    ["code=999", "code=999"],
    ["code=abc", "code=abc"],
    ["code=200, example=nope", "example=nope"],
    ["example=nope", "example=nope"],
    ["code=429, example=docExample", "example=docExample"],
    ["dynamic=maybe", "dynamic=maybe"],
  ])("answers `Prefer: %s`, which names nothing, with a 400 listing what exists", async (prefer, named) => {
    const answer = await send(mock.url, { path: "/user/me", headers: { ...bot, Prefer: prefer } });
    expect(answer.status).toBe(400);
    const { code, message } = answer.json();
    expect(code).toBe(40000);
    expect(message).toContain(named);
    if (!prefer.startsWith("dynamic")) expect(message).toMatch(/code=200 \(examples docExample, newerDocExample\).*code=429 \(example rateLimited\)/);
    expect(violations(answer)[0]).toMatchObject({ location: ["request", "header", "Prefer"] });
  });

  it("ignores preferences it does not know (RFC 7240)", async () => {
    const answer = await send(mock.url, { path: "/user/me", headers: { ...bot, Prefer: "return=minimal, respond-async" } });
    expect(answer.status).toBe(200);
  });
});
