// Operations without inputs take only the call options: `kook.getCurrentUser(options)`, and a mirai session's methods
// whose only input is the session key, `session.listFriends(options)`. The options must reach the call, and nothing
// of them may go out as a parameter.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKookClient } from "../generated/kook/client.js";
import { createMiraiClient } from "../generated/mirai/client.js";
import { sendJson, startServer, type TestServer } from "./support/http-server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer((request, response) => {
    if (request.path === "/auth") return sendJson(response, 200, { code: 0, session: "s1" });
    if (request.path === "/verify" || request.path === "/release") return sendJson(response, 200, { code: 0, msg: "success" });
    if (request.path === "/friendList") return sendJson(response, 200, [{ id: 1, nickName: "a", remark: "" }]);
    if (request.path === "/user/me") return; // never answers
    sendJson(response, 404, {});
  });
});
afterAll(() => server?.close());

describe("methods without inputs", () => {
  it("take the call options as their only argument", async () => {
    const kook = createKookClient({ token: "t0ken", baseUrl: server.url, retry: false });
    await expect(kook.getCurrentUser({ timeoutMs: 50 })).rejects.toMatchObject({ name: "TimeoutError", timeoutMs: 50 });
  });

  it("in a mirai session, send the session key and nothing else", async () => {
    const session = await createMiraiClient({ authKey: "key", baseUrl: server.url }).openSession(1);
    expect(await session.listFriends({ timeoutMs: 5000 })).toEqual([{ id: 1, nickName: "a", remark: "" }]);
    expect(server.hits("/friendList").map((request) => Object.fromEntries(request.query))).toEqual([{ sessionKey: "s1" }]);
    const aborted = new AbortController();
    aborted.abort(new Error("stop"));
    await expect(session.listFriends({ signal: aborted.signal })).rejects.toMatchObject({ name: "AbortedError" });
    await session.release();
  });
});
