// No credential in any error a client throws: servers echo tokens, auth keys and session keys back in every way
// they can, and each error class of each API is checked in every form it can be shown or logged.
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKookClient } from "../generated/kook/client.js";
import { createMiraiClient } from "../generated/mirai/client.js";
import { createTomonClient } from "../generated/tomon/client.js";
import {
  AbortedError,
  ApiError,
  BotspecError,
  InvalidResponseError,
  NetworkError,
  TimeoutError,
} from "../src/errors.js";
import { sendJson, sendText, startServer, type ReceivedRequest, type TestServer } from "./support/http-server.js";

const kookToken = "kook-SECRET-token-9f3a1c";
const tomonToken = "tomon-SECRET-token-4b1c7e";
const authKey = "mirai-SECRET-authkey-7d2e";
const sessionKey = "mirai-SECRET-session-55aa";
const pipeToken = "pipe-SECRET-token-3e8d";
const clientSecret = "oauth-SECRET-client-6c0f";
const secrets = [kookToken, tomonToken, authKey, sessionKey, pipeToken, clientSecret];

type Kind = "api" | "api-text" | "network" | "timeout" | "abort" | "invalid-json";
const expectedClass: Record<Kind, new (...args: any[]) => BotspecError> = {
  api: ApiError,
  "api-text": ApiError,
  network: NetworkError,
  timeout: TimeoutError,
  abort: AbortedError,
  "invalid-json": InvalidResponseError,
};

/** Everything the server saw of the request, credentials included: what a careless server might echo. */
function echo(request: ReceivedRequest): string {
  return `${[...request.query.values()].join(" ")} ${request.method} ${request.raw.url} ${request.headers.authorization ?? ""} ${request.text()}`;
}

/** Answers every request the way `kind` asks, echoing the request in every body. */
function answer(kind: Kind, request: ReceivedRequest, response: import("node:http").ServerResponse, apiBody: unknown): void {
  switch (kind) {
    case "api":
      return sendJson(response, 401, apiBody);
    case "api-text":
      return sendText(response, 500, `failed: ${echo(request)}`);
    case "network":
      return void request.raw.socket.destroy();
    case "timeout":
    case "abort":
      return;
    case "invalid-json":
      response.writeHead(200, { "Content-Type": "application/json" });
      return void response.end(`{not json ${echo(request)}`);
  }
}

let server: TestServer;
let kind: Kind = "api";
const kookPaths = new Set(["/user/me", "/message/send-pipemsg", "/oauth2/token"]);

beforeAll(async () => {
  server = await startServer((request, response) => {
    if (request.path === "/auth") return sendJson(response, 200, { code: 0, session: sessionKey });
    if (request.path === "/verify") return sendJson(response, 200, { code: 0, msg: "success" });
    const said = echo(request);
    if (kookPaths.has(request.path)) {
      return answer(kind, request, response, { code: 40100, message: `bad ${said}`, data: { said: [said], query: Object.fromEntries(request.query) } });
    }
    if (request.path.startsWith("/invites/")) return answer(kind, request, response, { message: `bad ${said}`, said: { nested: said } });
    // mirai: a status code under HTTP 200 rather than 401
    if (kind === "api") return sendJson(response, 200, { code: 3, msg: `Session失效: ${said}` });
    answer(kind, request, response, undefined);
  });
});

afterAll(async () => {
  await server.close();
});

function callFor(api: (typeof apis)[number]): (options: { signal?: AbortSignal }) => Promise<unknown> {
  // mirai retries GETs after a connection reset with its default backoff, which must fit in the time limit.
  const common = { baseUrl: server.url, timeoutMs: kind === "timeout" ? 150 : 5000 };
  switch (api) {
    case "kook": {
      const kook = createKookClient({ ...common, token: kookToken, retry: false });
      return (options) => kook.getCurrentUser(options);
    }
    case "kook-pipe": {
      const kook = createKookClient({ ...common, token: kookToken, retry: false });
      return (options) => kook.sendPipeMessage({ access_token: pipeToken, content: "hi" }, options);
    }
    case "kook-oauth": {
      const kook = createKookClient({ ...common, token: kookToken, retry: false });
      const exchange = { grant_type: "authorization_code", client_id: "id", client_secret: clientSecret, code: "c", redirect_uri: "https://app.example/cb" } as const;
      return (options) => kook.createOAuth2Token(exchange, options);
    }
    case "tomon": {
      const tomon = createTomonClient({ ...common, token: tomonToken, retry: false });
      return (options) => tomon.getInvite({ inviteCode: "abc" }, options);
    }
    case "mirai-get": {
      const mirai = createMiraiClient({ ...common, authKey });
      return async (options) => {
        const session = await mirai.openSession(1);
        return session.getMemberInfo({ target: 1, memberId: 2 }, options);
      };
    }
    case "mirai-post": {
      const mirai = createMiraiClient({ ...common, authKey });
      return async (options) => {
        const session = await mirai.openSession(1);
        return session.kickMember({ target: 1, memberId: 2, msg: `bye ${authKey}` }, options);
      };
    }
  }
}

const kinds: Kind[] = ["api", "api-text", "network", "timeout", "abort", "invalid-json"];
// kook-pipe and kook-oauth send credentials of their own: a pipe's access token in the query, a client secret in the body.
const apis = ["kook", "kook-pipe", "kook-oauth", "tomon", "mirai-get", "mirai-post"] as const;

describe.each(apis)("%s errors", (api) => {
  it.each(kinds)("%s: no credential in the message, url, body, stack, JSON or a logged line", async (which) => {
    kind = which;
    const controller = new AbortController();
    if (which === "abort") setTimeout(() => controller.abort(), 30);
    const error = await callFor(api)({ signal: controller.signal }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(expectedClass[which]);
    const shown = error as BotspecError & { body?: unknown };
    const forms = {
      message: shown.message,
      url: shown.url,
      body: String(shown.body),
      bodyJson: JSON.stringify(shown.body) ?? "",
      stack: shown.stack ?? "",
      json: JSON.stringify(shown),
      logged: inspect(shown, { depth: Infinity }),
      string: String(shown),
    };
    for (const [form, text] of Object.entries(forms)) {
      for (const secret of secrets) expect(text, `${form} shows ${secret}`).not.toContain(secret);
    }
    // The server did see the credentials, so the test would catch an echo that is not redacted.
    if (which === "api" || which === "api-text") expect(forms.logged).toContain("[REDACTED]");
  });
});

it("keeps a session key out of a send failure whose message quotes the URL", async () => {
  const quoting = (request: Request) => Promise.reject(new TypeError(`cannot reach ${request.url}`));
  const mirai = createMiraiClient({ baseUrl: "http://127.0.0.1:1", authKey, fetch: quoting });
  const error = await mirai.getMemberInfo({ sessionKey, target: 1, memberId: 2 }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(NetworkError);
  const logged = inspect(error, { depth: Infinity });
  expect(logged).toContain("sessionKey=[REDACTED]");
  expect(logged).not.toContain(sessionKey);
});

it("redacts an error body nested deeper than the stack, cut off at 1000 levels, and still throws the API's error", async () => {
  const depth = 200_000;
  const deep = `${"[".repeat(depth)}"${kookToken}"${"]".repeat(depth)}`;
  const deepServer = await startServer((_request, response) => {
    response.writeHead(400, { "Content-Type": "application/json" });
    response.end(`{"code":40000,"message":"bad","data":${deep}}`);
  });
  try {
    const kook = createKookClient({ baseUrl: deepServer.url, token: kookToken, retry: false });
    const error = (await kook.getCurrentUser().catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    let innermost = (error.body as { data: unknown }).data;
    for (let level = 1; level < 1000; level++) innermost = (innermost as unknown[])[0];
    expect(innermost).toBe("[nested too deep]");
    expect(JSON.stringify(error)).not.toContain(kookToken);
  } finally {
    await deepServer.close();
  }
});

it("quotes the start of a long server message in the error message, and keeps the whole of it in the body", async () => {
  const long = `${"slow down ".repeat(100_000)}${kookToken}`;
  const chatty = await startServer((_request, response) => sendJson(response, 400, { code: 40000, message: long }));
  try {
    const kook = createKookClient({ baseUrl: chatty.url, token: kookToken, retry: false });
    const error = (await kook.getCurrentUser().catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toMatch(/: HTTP 400, code 40000: (slow down ){50}…$/);
    expect((error.body as { message: string }).message).toBe(`${"slow down ".repeat(100_000)}[REDACTED]`);
  } finally {
    await chatty.close();
  }
});

describe("clients and sessions shown or logged", () => {
  // console.log, a logger or a debugger dumping an object that holds a client: every property, hidden ones too (a
  // getter's value only when asked for by name).
  const shown = (value: unknown) => [inspect(value), inspect(value, { showHidden: true, depth: Infinity }), JSON.stringify(value) ?? ""].join("\n");

  it.each(["kook", "tomon", "mirai"] as const)("a %s client shows no credential, before and after a call and withRaw", async (api) => {
    const { withRaw } = await import("../src/with-raw.js");
    const options = { baseUrl: server.url } as const;
    const client =
      api === "kook"
        ? createKookClient({ ...options, token: kookToken })
        : api === "tomon"
          ? createTomonClient({ ...options, token: tomonToken })
          : createMiraiClient({ ...options, authKey });
    expect(shown(client)).not.toMatch(/SECRET/);
    if ("getCurrentUser" in client) await client.getCurrentUser().catch(() => undefined);
    if ("getInvite" in client) await client.getInvite({ inviteCode: "abc" }).catch(() => undefined);
    if ("openSession" in client) await client.openSession(1).then((session) => session.release().catch(() => undefined));
    withRaw(client);
    expect(shown(client)).not.toMatch(/SECRET/);
  });

  it("a mirai session shows no session key, and still gives it when asked", async () => {
    const session = await createMiraiClient({ baseUrl: server.url, authKey }).openSession(1);
    expect(session.sessionKey).toBe(sessionKey);
    expect(shown(session)).not.toMatch(/SECRET/);
  });
});
