// mirai's session flow as the mock simulates it, driven through the project's own client and raw requests.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMiraiClient } from "../generated/mirai/client.js";
import { startMock, type MockServer } from "../scripts/prism.js";
import { createMockServer } from "../scripts/mock/server.js";
import { createSessions, defaultMiraiAuthKey, SESSION } from "../scripts/mock/sessions.js";
import { MiraiApiError } from "../src/mirai/errors.js";
import { send } from "./support/raw-http.js";

const authKey = "session-test-auth-key-91c2";
const json = { "Content-Type": "application/json; charset=utf-8" };

describe("mirai sessions", () => {
  let mock: MockServer;
  beforeAll(async () => void (mock = await startMock("mirai", { miraiAuthKey: authKey })));
  afterAll(() => mock?.close());

  const post = (path: string, body: unknown) => send(mock.url, { method: "POST", path, headers: json, body: JSON.stringify(body) }).then((answer) => answer.json());
  const auth = async () => (await post("/auth", { authKey })).session as string;

  it("gives the client a working session: auth, verify, calls, release", async () => {
    const mirai = createMiraiClient({ authKey, baseUrl: mock.url });
    const session = await mirai.openSession(123456789);
    expect(session.sessionKey).toMatch(/^[A-Za-z0-9]{8}$/);
    await expect(session.listFriends()).resolves.toBeInstanceOf(Array);
    await session.release();
    const after = await session.listFriends().catch((error: unknown) => error);
    expect(after).toBeInstanceOf(MiraiApiError);
    expect(after).toMatchObject({ status: 200, code: 3, codeName: "SESSION_INVALID" });
  });

  it("answers a wrong auth key with code 1, and issues a different key on every /auth", async () => {
    expect(await post("/auth", { authKey: "not-the-key" })).toEqual({ code: 1, msg: expect.any(String) });
    expect(await post("/auth", { authKey: defaultMiraiAuthKey })).toMatchObject({ code: 1 });
    const [first, second] = [await auth(), await auth()];
    expect(first).not.toBe(second);
  });

  it("refuses an unknown key with code 3 and an unverified one with code 4, on GET, POST and multipart routes", async () => {
    const unverified = await auth();
    for (const [sessionKey, code] of [
      ["Unknown1", 3],
      [unverified, 4],
    ] as const) {
      expect((await send(mock.url, { path: `/friendList?sessionKey=${sessionKey}` })).json()).toMatchObject({ code });
      expect(await post("/sendFriendMessage", { sessionKey, target: 1, messageChain: [{ type: "Plain", text: "hi" }] })).toMatchObject({ code });
      const form = new FormData();
      form.set("sessionKey", sessionKey);
      form.set("type", "friend");
      form.set("img", new Blob([new Uint8Array([1, 2, 3])]), "a.png");
      const upload = await fetch(`${mock.url}/uploadImage`, { method: "POST", body: form });
      expect(await upload.json()).toMatchObject({ code });
    }
  });

  it("binds a key to one bot on /verify; /release needs that bot (5), a verified key (4), a known key (3)", async () => {
    const key = await auth();
    expect(await post("/release", { sessionKey: key, qq: 1 })).toMatchObject({ code: 4 });
    expect(await post("/verify", { sessionKey: "Unknown1", qq: 1 })).toMatchObject({ code: 3 });
    expect(await post("/verify", { sessionKey: key, qq: 1 })).toEqual({ code: 0, msg: "success" });
    expect((await send(mock.url, { path: `/groupList?sessionKey=${key}` })).json()).toBeInstanceOf(Array);
    expect(await post("/release", { sessionKey: key, qq: 2 })).toMatchObject({ code: 5 });
    expect(await post("/release", { sessionKey: key, qq: 1 })).toEqual({ code: 0, msg: "success" });
    expect(await post("/release", { sessionKey: key, qq: 1 })).toMatchObject({ code: 3 });
  });

  it("answers /auth in the shape of the spec's own example", async () => {
    const answer = await post("/auth", { authKey });
    expect(Object.keys(answer).sort()).toEqual(["code", "session"]);
    expect(answer.code).toBe(0);
  });

  it("lets `Prefer` script any answer, session or not", async () => {
    const answer = await send(mock.url, { path: "/friendList?sessionKey=Unknown1", headers: { Prefer: "code=200, example=friends" } });
    expect(answer.status).toBe(200);
    expect(answer.json()).toBeInstanceOf(Array);
  });
});

describe("mirai sessions with an older build's /auth answer", () => {
  it("returns the key in `msg` when the spec's example and schema say `{code: 0, msg: <key>}`", async () => {
    const document = JSON.parse(readFileSync("generated/mirai/openapi.json", "utf8"));
    const media = document.paths["/auth"].post.responses["200"].content["application/json"];
    media.schema = { type: "object", required: ["code", "msg"], properties: { code: { const: 0 }, msg: { type: "string" } } };
    media.examples = { session: { value: { code: 0, msg: "UnVerifiedSession" } } };
    const server = await createMockServer("mirai", document, { miraiAuthKey: authKey });
    const url = await server.listen(0, "127.0.0.1");
    try {
      const answer = (await send(url, { method: "POST", path: "/auth", headers: json, body: JSON.stringify({ authKey }) })).json();
      expect(Object.keys(answer).sort()).toEqual(["code", "msg"]);
      expect(answer.msg).toMatch(/^[A-Za-z0-9]{8}$/);
      const verify = await send(url, { method: "POST", path: "/verify", headers: json, body: JSON.stringify({ sessionKey: answer.msg, qq: 1 }) });
      expect(verify.json()).toEqual({ code: 0, msg: "success" });
    } finally {
      await server.close();
    }
  });
});

describe("mirai sessions at capacity", () => {
  // /auth in a loop must not grow the table: at 10,000 sessions the oldest unverified key goes, else the oldest one.
  it("drops the oldest unverified key first, and the oldest session when all are verified", () => {
    const sessions = createSessions("k");
    const verified = sessions.authenticate("k")!;
    sessions.verify(verified, 1);
    const unverified = sessions.authenticate("k")!;
    for (let i = 2; i < 10_000; i++) sessions.authenticate("k");
    const newest = sessions.authenticate("k")!;
    expect([sessions.check(verified), sessions.check(unverified), sessions.check(newest)]).toEqual([SESSION.OK, SESSION.UNKNOWN, SESSION.NOT_VERIFIED]);

    const all = createSessions("k");
    const keys = Array.from({ length: 10_000 }, () => all.authenticate("k")!);
    for (const key of keys) all.verify(key, 1);
    all.authenticate("k");
    expect([all.check(keys[0]), all.check(keys[1])]).toEqual([SESSION.UNKNOWN, SESSION.OK]);
  });
});
