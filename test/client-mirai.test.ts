// The generated mirai-api-http client against real HTTP servers on 127.0.0.1: sessions, status codes, charset,
// image upload and message builders.
import { describe, expect, it, vi } from "vitest";
import {
  InvalidResponseError,
  MiraiApiError,
  at,
  atAll,
  createMiraiClient,
  face,
  image,
  miraiStatus,
  plain,
  quoteTarget,
  xml,
  type MiraiClientOptions,
} from "../generated/mirai/client.js";
import { sendJson, sendText, serverPerTest, type ReceivedRequest, type TestServer } from "./support/http-server.js";
import { withRaw } from "../src/with-raw.js";

const authKey = "mirai-test-auth-key";
const qq = 123456789;
let server: TestServer;
const serve = serverPerTest((started) => (server = started));

const ok = { code: 0, msg: "success" };

interface Build {
  /** Where /auth puts the session key: `msg` up to the build of 2020-02-26, `session` from then on. */
  authKeyIn?: "session" | "msg";
  /** Routes this build does not have: they answer 404, as Ktor does. */
  missing?: string[];
  /** Routes that do their work and then never answer. */
  unanswered?: string[];
}

/**
 * A small mirai: /auth hands out numbered session keys, /verify and /release check them, the rest is `routes`
 * (which see the request before the session check), routes listed in `build.missing` answer 404.
 */
async function miraiServer(
  routes: Record<string, (request: ReceivedRequest) => { status?: number; body: unknown; text?: boolean }> = {},
  build: Build = {},
) {
  let sessions = 0;
  const live = new Set<string>();
  const verified = new Set<string>();
  await serve((request, response) => {
    if (build.missing?.includes(request.path)) return sendText(response, 404, "Not Found");
    const route = routes[request.path];
    if (route) {
      const { status = 200, body, text } = route(request);
      return text ? sendText(response, status, String(body)) : sendJson(response, status, body);
    }
    const input = request.method === "GET" ? Object.fromEntries(request.query) : request.json();
    if (request.path === "/auth") {
      if (input.authKey !== authKey) return sendJson(response, 200, { code: 1, msg: "Auth Key错误" });
      const session = `session-${++sessions}`;
      live.add(session);
      return sendJson(response, 200, { code: 0, [build.authKeyIn ?? "session"]: session });
    }
    if (!live.has(input.sessionKey)) return sendJson(response, 200, { code: 3, msg: `Session失效或不存在: ${input.sessionKey}` });
    if (request.path === "/verify") verified.add(input.sessionKey);
    else if (!verified.has(input.sessionKey)) return sendJson(response, 200, { code: 4, msg: "Session未认证" });
    if (request.path === "/release") live.delete(input.sessionKey);
    if (build.unanswered?.includes(request.path)) return;
    sendJson(response, 200, ok);
  });
  return { server, live };
}

function client(options: Partial<MiraiClientOptions> = {}) {
  return createMiraiClient({ authKey, baseUrl: server.url, ...options });
}

describe("mirai client: sessions", () => {
  it("opens a session with auth + verify and injects its key into every call", async () => {
    await miraiServer({ "/friendList": () => ({ body: [{ id: 1, nickName: "a", remark: "" }] }) });
    const session = await client().openSession(qq);
    expect(session.sessionKey).toBe("session-1");
    expect(session.qq).toBe(qq);
    await session.sendFriendMessage({ target: 42, messageChain: [plain("hi")] });
    const friends = await session.listFriends();
    expect(friends).toEqual([{ id: 1, nickName: "a", remark: "" }]);

    const [auth, verify, send, list] = server.requests;
    expect(auth!.json()).toEqual({ authKey });
    expect(verify!.json()).toEqual({ sessionKey: "session-1", qq });
    expect(send!.json()).toEqual({ sessionKey: "session-1", target: 42, messageChain: [{ type: "Plain", text: "hi" }] });
    expect(list!.query.get("sessionKey")).toBe("session-1");
  });

  it("releases the session when an `await using` block ends", async () => {
    const { live } = await miraiServer();
    const mirai = client();
    {
      await using session = await mirai.openSession(qq);
      await session.muteAll({ target: 7 });
      expect(live.has(session.sessionKey)).toBe(true);
    }
    expect(server.hits("/release").map((request) => request.json())).toEqual([{ sessionKey: "session-1", qq }]);
    expect(live.size).toBe(0);
  });

  it("releases the session when the `await using` block throws", async () => {
    const { live } = await miraiServer();
    const mirai = client();
    const run = async () => {
      await using session = await mirai.openSession(qq);
      await session.muteAll({ target: 7 });
      throw new Error("handler failed");
    };
    await expect(run()).rejects.toThrow("handler failed");
    expect(server.hits("/release")).toHaveLength(1);
    expect(live.size).toBe(0);
  });

  it("releases once, however often release() is called", async () => {
    await miraiServer();
    const session = await client().openSession(qq);
    await Promise.all([session.release(), session.release()]);
    await session[Symbol.asyncDispose]();
    expect(server.hits("/release")).toHaveLength(1);
  });

  it("can release again after a failed release", async () => {
    await miraiServer({ "/release": () => (server.hits("/release").length === 1 ? { status: 500, body: "busy", text: true } : { body: ok }) });
    const session = await client().openSession(qq);
    await expect(session.release()).rejects.toBeInstanceOf(MiraiApiError);
    await session.release();
    expect(server.hits("/release")).toHaveLength(2);
  });

  it.each(["session", "msg"] as const)("opens a session with a server answering /auth with the key in `%s`", async (authKeyIn) => {
    await miraiServer({ "/groupList": () => ({ body: [] }) }, { authKeyIn });
    const session = await client().openSession(qq);
    expect(session.sessionKey).toBe("session-1");
    await expect(session.listGroups()).resolves.toEqual([]);
    expect(server.hits("/verify").map((request) => request.json())).toEqual([{ sessionKey: "session-1", qq }]);
    expect(server.hits("/groupList")[0]!.query.get("sessionKey")).toBe("session-1");
  });

  it("refuses an /auth answer without a session key as an invalid response, naming the operation", async () => {
    await miraiServer({ "/auth": () => ({ body: { code: 0 } }) });
    const error = await client().openSession(qq).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ operationId: "authenticate", status: 200 });
    expect(server.hits("/verify")).toHaveLength(0);
  });

  it("releases the session from /auth when /verify fails, and throws the verify error", async () => {
    const released: string[] = [];
    await miraiServer({
      "/verify": () => ({ body: { code: 2, msg: "指定Bot不存在" } }),
      "/release": (request) => {
        released.push(request.json().sessionKey);
        return { body: { code: 4, msg: "Session未认证" } };
      },
    });
    const error = await client().openSession(qq).catch((e: unknown) => e);
    expect(error).toMatchObject({ operationId: "verifySession", code: 2, codeName: "BOT_NOT_FOUND" });
    // openSession does not wait for the release: the caller's time may be up.
    await vi.waitFor(() => expect(released).toEqual(["session-1"]));
  });

  it("releases a session whose /verify answer never came (the server verified it)", async () => {
    const { live } = await miraiServer({}, { unanswered: ["/verify"] });
    const error = await client({ timeoutMs: 200 }).openSession(qq).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "TimeoutError", operationId: "verifySession" });
    await vi.waitFor(() => expect(live.size).toBe(0));
    expect(server.hits("/release").map((request) => request.json())).toEqual([{ sessionKey: "session-1", qq }]);
  });

  it("fails to open a session with a wrong auth key: WRONG_AUTH_KEY", async () => {
    await miraiServer();
    const error = await client({ authKey: "wrong" }).openSession(qq).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MiraiApiError);
    expect(error).toMatchObject({ status: 200, code: 1, codeName: "WRONG_AUTH_KEY", operationId: "authenticate" });
    expect(server.requests).toHaveLength(1);
  });

  it("names the status code of a failed call: SESSION_INVALID", async () => {
    await miraiServer();
    const error = await client().muteAll({ sessionKey: "gone", target: 1 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 200, code: miraiStatus.SESSION_INVALID, codeName: "SESSION_INVALID", method: "POST" });
  });

  it("reads a 400 status body and a 500 text body", async () => {
    await miraiServer({
      "/groupConfig": () => ({ status: 400, body: { code: 400, msg: "参数错误" } }),
      "/memberInfo": () => ({ status: 500, body: "java.lang.NullPointerException", text: true }),
    });
    const mirai = client();
    await expect(mirai.getGroupConfig({ sessionKey: "s", target: 1 })).rejects.toMatchObject({
      status: 400,
      code: 400,
      codeName: "BAD_REQUEST",
    });
    await expect(mirai.getMemberInfo({ sessionKey: "s", target: 1, memberId: 2 })).rejects.toMatchObject({
      status: 500,
      code: undefined,
      codeName: undefined,
      body: "java.lang.NullPointerException",
    });
  });
});

describe("mirai client: quote replies on every build", () => {
  const reply = { messageChain: [plain("re")] };

  it.each([
    ["/sendQuoteMessage (builds from 2020-02-23)", "/quoteMessage", "/sendQuoteMessage"],
    ["/quoteMessage (builds of 2020-02-14 to 2020-02-22)", "/sendQuoteMessage", "/quoteMessage"],
  ])("quote-replies through a server that has only %s", async (_, missing, served) => {
    await miraiServer({}, { missing: [missing] });
    const session = await client().openSession(qq);
    await session.sendQuoteMessage({ target: 7, ...reply });
    await session.sendQuoteMessage({ target: 8, ...reply });
    await session.quoteMessage({ target: 9, ...reply });
    // Each message reached the server once, on the route it has; the missing one was tried once, then no more.
    expect(server.hits(served).map((request) => request.json().target)).toEqual([7, 8, 9]);
    expect(server.hits(missing)).toHaveLength(missing === "/quoteMessage" ? 0 : 1);
  });

  it("does not try the other route when the quote reply fails for another reason", async () => {
    await miraiServer({ "/sendQuoteMessage": () => ({ body: { code: 5, msg: "指定对象不存在" } }) });
    const error = await client().sendQuoteMessage({ sessionKey: "s", target: 1, ...reply }).catch((e: unknown) => e);
    expect(error).toMatchObject({ operationId: "sendQuoteMessage", code: 5 });
    expect(server.hits("/quoteMessage")).toHaveLength(0);
  });

  it("reports the 404 when neither route exists (builds before 2020-02-14)", async () => {
    await miraiServer({}, { missing: ["/quoteMessage", "/sendQuoteMessage"] });
    const error = await client().sendQuoteMessage({ sessionKey: "s", target: 1, ...reply }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MiraiApiError);
    expect(error).toMatchObject({ operationId: "sendQuoteMessage", status: 404 });
    expect(server.requests.map((request) => request.path)).toEqual(["/sendQuoteMessage", "/quoteMessage"]);
  });

  it("reads the quote target from a Source with `uid` or `id`, from the element, the chain or the message", () => {
    const older = { type: "GroupMessage", messageChain: [{ type: "Source", uid: 11 }, { type: "Plain", text: "a" }] } as const;
    const newer = { type: "GroupMessage", messageChain: [{ type: "Source", id: 12 }, { type: "Plain", text: "b" }] } as const;
    expect(quoteTarget(older)).toBe(11);
    expect(quoteTarget(newer.messageChain)).toBe(12);
    expect(quoteTarget({ type: "Source", id: 13 })).toBe(13);
    expect(() => quoteTarget([{ type: "Plain", text: "no source" }])).toThrow(TypeError);
  });
});

describe("mirai client: bodies", () => {
  it("sends JSON as application/json; charset=utf-8 and keeps Chinese text intact", async () => {
    await miraiServer({ "/sendGroupMessage": () => ({ body: { ...ok, messageId: 1 } }) });
    const session = await client().openSession(qq);
    await session.sendGroupMessage({ target: 1, messageChain: [plain("你好，世界"), at(2, "@小明"), face(1), image("{AB}.jpg")] });
    const send = server.hits("/sendGroupMessage")[0]!;
    expect(send.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(send.json().messageChain).toEqual([
      { type: "Plain", text: "你好，世界" },
      { type: "At", target: 2, display: "@小明" },
      { type: "Face", faceId: 1 },
      { type: "Image", imageId: "{AB}.jpg" },
    ]);
  });

  it.each([
    ["a Buffer", () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])],
    ["a Blob", () => new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])], { type: "image/png" })],
  ])("uploads %s as a multipart image and returns the id from the text answer", async (_, img) => {
    await miraiServer({ "/uploadImage": () => ({ body: "{0A1B2C3D-0000-0000-0000-000000000000}.png", text: true }) });
    const session = await client().openSession(qq);
    const imageId = await session.uploadImage({ type: "group", img: img() });
    expect(imageId).toBe("{0A1B2C3D-0000-0000-0000-000000000000}.png");

    const upload = server.hits("/uploadImage")[0]!;
    expect(upload.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const form = await upload.formData();
    expect(form.get("sessionKey")).toBe("session-1");
    expect(form.get("type")).toBe("group");
    const file = form.get("img") as File;
    expect(file).toBeInstanceOf(Blob);
    expect([...new Uint8Array(await file.arrayBuffer())]).toEqual([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
  });

  it("resends a multipart upload after 429 with a body that still parses", async () => {
    await miraiServer({
      "/uploadImage": () =>
        server.hits("/uploadImage").length === 1 ? { status: 429, body: "slow down", text: true } : { body: "{ID}.png", text: true },
    });
    const session = await client().openSession(qq);
    await expect(session.uploadImage({ type: "friend", img: Buffer.from([1, 2, 3]) })).resolves.toBe("{ID}.png");
    const [rejected, resent] = server.hits("/uploadImage");
    for (const upload of [rejected!, resent!]) {
      const form = await upload.formData();
      expect([...new Uint8Array(await (form.get("img") as File).arrayBuffer())]).toEqual([1, 2, 3]);
    }
  });

  it("builds message chain elements", () => {
    expect([plain("hi"), at(123, "@name"), atAll(), face(1), image("id"), xml("<x/>")]).toEqual([
      { type: "Plain", text: "hi" },
      { type: "At", target: 123, display: "@name" },
      { type: "AtAll" },
      { type: "Face", faceId: 1 },
      { type: "Image", imageId: "id" },
      { type: "Xml", xml: "<x/>" },
    ]);
  });

  it("gives `raw` the charset middleware too", async () => {
    await miraiServer();
    await withRaw(client()).raw.POST("/muteAll", { body: { sessionKey: "x", target: 1 } });
    expect(server.requests[0]!.headers["content-type"]).toBe("application/json; charset=utf-8");
  });
});
