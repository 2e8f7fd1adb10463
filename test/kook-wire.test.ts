/**
 * The KOOK operations whose wire format differs from the usual JSON POST under /api/v3, called through the generated
 * client against a real HTTP server on 127.0.0.1: the multipart upload, the OAuth2 token (its own route, no envelope)
 * and the pipe message (its token in the query), which both take no bot token. The mock is used where it can tell what
 * is valid.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKookClient, KookApiError } from "../generated/kook/client.js";
import { startMock, type MockServer } from "../scripts/prism.js";
import { withRaw } from "../src/with-raw.js";
import { sendJson, startServer, type TestServer } from "./support/http-server.js";

const ok = (data: unknown) => ({ code: 0, message: "操作成功", data });

describe("KOOK wire formats", () => {
  let server: TestServer;
  let mock: MockServer;

  beforeAll(async () => {
    server = await startServer();
    mock = await startMock("kook");
  });
  afterAll(async () => {
    await server?.close();
    await mock?.close();
  });

  const client = (baseUrl: string) => createKookClient({ token: "wire-test-token", baseUrl, retry: false, rateLimit: false });

  it("uploads an asset as multipart/form-data with the file's name", async () => {
    server.handle((_, response) => sendJson(response, 200, ok({ url: "https://img.kookapp.cn/attachments/a.txt" })));
    const kook = client(`${server.url}/api/v3`);
    const file = new File(["hello asset"], "a.txt", { type: "text/plain" });
    await expect(kook.createAsset({ file })).resolves.toEqual({ url: "https://img.kookapp.cn/attachments/a.txt" });
    const request = server.hits("/api/v3/asset/create").at(-1)!;
    expect(request.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const part = (await request.formData()).get("file") as File;
    expect(part.name).toBe("a.txt");
    expect(await part.text()).toBe("hello asset");
  });

  it("uploads an asset to the mock, which refuses an upload without a file", async () => {
    const kook = client(mock.url);
    await expect(kook.createAsset({ file: new Blob([new Uint8Array([1, 2, 3])]) })).resolves.toMatchObject({ url: expect.any(String) });
    await expect(kook.createAsset({} as never)).rejects.toBeInstanceOf(KookApiError);
  });

  it("exchanges an OAuth2 code at /api/oauth2/token and returns the unenveloped token", async () => {
    const token = { access_token: "user-token-1", expires_in: 2678400, token_type: "Bearer", scope: "get_user_info" };
    server.handle((_, response) => sendJson(response, 200, token));
    const kook = client(`${server.url}/api/v3`);
    const input = { grant_type: "authorization_code", client_id: "id", client_secret: "secret", code: "c0de", redirect_uri: "https://app.example/cb" } as const;
    await expect(kook.createOAuth2Token(input)).resolves.toEqual(token);
    const request = server.requests.at(-1)!;
    expect(request.method).toBe("POST");
    expect(request.path).toBe("/api/oauth2/token");
    expect(request.headers["content-type"]).toBe("application/json");
    expect(request.json()).toEqual(input);
  });

  it("throws the API's error when the token endpoint answers with the error envelope", async () => {
    server.handle((_, response) => sendJson(response, 200, { code: 40000, message: "invalid code", data: [] }));
    const kook = client(`${server.url}/api/v3`);
    const failure = await kook
      .createOAuth2Token({ grant_type: "authorization_code", client_id: "id", client_secret: "secret", code: "bad", redirect_uri: "https://app.example/cb" })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(KookApiError);
    expect(failure).toMatchObject({ operationId: "createOAuth2Token", code: 40000 });
  });

  it("still unwraps the envelope of ordinary operations whose body has no code", async () => {
    server.handle((_, response) => sendJson(response, 200, { url: "wss://x" }));
    const failure = await client(`${server.url}/api/v3`).getGateway().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(KookApiError);
  });

  it("sends a pipe message with the pipe's token in the query and the template input as the body", async () => {
    server.handle((_, response) => sendJson(response, 200, ok({ msg_id: "m", msg_timestamp: 1, nonce: "", not_permissions_mention: [] })));
    const kook = client(`${server.url}/api/v3`);
    await kook.sendPipeMessage({ access_token: "pipe-token", type: 10, user: "x", roles: [1, 2] });
    const request = server.hits("/api/v3/message/send-pipemsg").at(-1)!;
    expect(request.query.get("access_token")).toBe("pipe-token");
    expect(request.query.get("type")).toBe("10");
    expect(request.json()).toEqual({ user: "x", roles: [1, 2] });
  });

  it("sends the bot token to no operation that takes none (security: []), directly or through middleware", async () => {
    server.handle((request, response) =>
      sendJson(response, 200, request.path.endsWith("/oauth2/token") ? { access_token: "u", expires_in: 1, token_type: "Bearer", scope: "s" } : ok({})),
    );
    const calls = async (kook: ReturnType<typeof client>) => {
      await kook.sendPipeMessage({ access_token: "pipe-token", content: "hi" });
      await kook.createOAuth2Token({ grant_type: "authorization_code", client_id: "id", client_secret: "secret", code: "c", redirect_uri: "https://app.example/cb" });
      await kook.getCurrentUser();
    };
    const seenByMiddleware: (string | null)[] = [];
    const viaMiddleware = withRaw(client(`${server.url}/api/v3`));
    viaMiddleware.use({ onRequest: ({ request }) => void seenByMiddleware.push(request.headers.get("authorization")) });
    for (const kook of [client(`${server.url}/api/v3`), viaMiddleware]) {
      server.requests.length = 0;
      await calls(kook);
      expect(server.requests.map((request) => [request.path, request.headers.authorization])).toEqual([
        ["/api/v3/message/send-pipemsg", undefined],
        ["/api/oauth2/token", undefined],
        ["/api/v3/user/me", "Bot wire-test-token"],
      ]);
    }
    expect(seenByMiddleware).toEqual([null, null, "Bot wire-test-token"]);
  });

  it("takes the bot token off raw calls to those operations' paths, and leaves a header the caller set", async () => {
    server.handle((request, response) => sendJson(response, 200, request.path.endsWith("/oauth2/token") ? {} : ok({})));
    const kook = withRaw(client(`${server.url}/api/v3`));
    server.requests.length = 0;
    await kook.raw.POST("/message/send-pipemsg", { params: { query: { access_token: "pipe-token" } }, body: { content: "hi" } } as never);
    await kook.raw.POST("/../oauth2/token" as never, { body: {} } as never);
    await kook.raw.POST("/message/send-pipemsg", { params: { query: { access_token: "pipe-token" } }, body: {}, headers: { Authorization: "Bearer mine" } } as never);
    await kook.raw.GET("/message/send-pipemsg" as never);
    await kook.raw.GET("/user/me");
    expect(server.requests.map((request) => [request.method, request.path, request.headers.authorization])).toEqual([
      ["POST", "/api/v3/message/send-pipemsg", undefined],
      ["POST", "/api/oauth2/token", undefined],
      ["POST", "/api/v3/message/send-pipemsg", "Bearer mine"],
      ["GET", "/api/v3/message/send-pipemsg", "Bot wire-test-token"],
      ["GET", "/api/v3/user/me", "Bot wire-test-token"],
    ]);
  });
});
