// The client objects themselves: operation methods made per client on first use from a shared prototype (so that a
// client holds only what it uses), and `raw`/`use`, which botspec/raw's withRaw adds, so that the client entries
// need no openapi-fetch.
import { describe, expect, it } from "vitest";
import { createKookClient } from "../generated/kook/client.js";
import { createMiraiClient } from "../generated/mirai/client.js";
import { createTomonClient } from "../generated/tomon/client.js";
import { withRaw } from "../src/with-raw.js";
import { sendJson, serverPerTest, type TestServer } from "./support/http-server.js";

let server: TestServer;
const serve = serverPerTest((started) => (server = started));

async function echoServer() {
  await serve((request, response) =>
    sendJson(response, 200, { code: 0, message: "ok", data: { auth: request.headers.authorization, user: request.query.get("user_id") } }),
  );
}

describe("operation methods", () => {
  it("work taken off their client, each bound to its own client, and stay the same function", async () => {
    await echoServer();
    const first = createKookClient({ token: "first", baseUrl: server.url });
    const second = createKookClient({ token: "second", baseUrl: server.url });
    const { getUser } = first;
    expect(first.getUser).toBe(getUser);
    expect(second.getUser).not.toBe(getUser);
    const [a, b] = await Promise.all([getUser({ user_id: "1" }), second.getUser({ user_id: "2" })]);
    expect(a).toEqual({ auth: "Bot first", user: "1" });
    expect(b).toEqual({ auth: "Bot second", user: "2" });
  });

  it("exist on every client before they are used, and may be replaced like any property, read or not", () => {
    const tomon = createTomonClient({ token: "t", baseUrl: "http://127.0.0.1:9" });
    expect("getInvite" in tomon).toBe(true);
    const replaced = async () => ({ code: "stub" });
    (tomon as { getInvite: unknown }).getInvite = replaced;
    expect(tomon.getInvite).toBe(replaced);
    expect(typeof tomon.createChannelInvite).toBe("function");
    (tomon as { createChannelInvite: unknown }).createChannelInvite = replaced;
    expect(tomon.createChannelInvite).toBe(replaced);
  });

  it("give each KOOK client its own paginators, made once", async () => {
    await serve((request, response) =>
      sendJson(response, 200, { code: 0, message: "ok", data: { items: [{ id: request.headers.authorization }], meta: { page_total: 1 } } }),
    );
    const kook = createKookClient({ token: "p", baseUrl: server.url });
    expect(kook.paginate).toBe(kook.paginate);
    const items: unknown[] = [];
    for await (const item of kook.paginate.listInvites({ guild_id: "g" })) items.push(item);
    expect(items).toEqual([{ id: "Bot p" }]);
  });
});

describe("withRaw (botspec/raw)", () => {
  it("is what gives a client raw and use; without it the methods send directly", async () => {
    await echoServer();
    const kook = createKookClient({ token: "k", baseUrl: server.url });
    expect("raw" in kook).toBe(false);
    expect("use" in kook).toBe(false);
    await kook.getCurrentUser();
    const same = withRaw(kook);
    expect(same).toBe(kook);
    const seen: string[] = [];
    same.use({ onRequest: ({ request }) => void seen.push(new URL(request.url).pathname) });
    await kook.getCurrentUser();
    const { data } = await same.raw.GET("/user/me");
    expect(data).toMatchObject({ data: { auth: "Bot k" } });
    expect(seen).toEqual(["/user/me", "/user/me"]);
  });

  it("changes nothing when called again, and refuses what is not a botspec client", () => {
    const mirai = withRaw(createMiraiClient({ authKey: "k", baseUrl: "http://127.0.0.1:9" }));
    const { raw, use } = mirai;
    expect(withRaw(mirai).raw).toBe(raw);
    expect(mirai.use).toBe(use);
    expect(() => withRaw({} as never)).toThrow(new TypeError("withRaw: not a botspec client"));
  });
});
