// Operation methods send `fetch(url, init)` themselves while no middleware is registered, and go through
// openapi-fetch once one is (src/invoke.ts). Both must put the same request on the wire: every operation of every API
// is sent with generated valid inputs and hand-picked edge inputs, once through each path, to a real HTTP server on
// 127.0.0.1, and the two requests it received are compared.
import fc from "fast-check";
import type { Middleware } from "openapi-fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKookClient } from "../generated/kook/client.js";
import { createMiraiClient } from "../generated/mirai/client.js";
import { createTomonClient } from "../generated/tomon/client.js";
import type { FetchLike } from "../src/fetch/transport.js";
import { secrets, type AnyOperation } from "./support/clients.js";
import { sendJson, sendText, startServer, type ReceivedRequest, type TestServer } from "./support/http-server.js";
import { validInputs } from "./support/inputs.js";
import { apiNames, operationsOf, type ApiName, type OperationDetails } from "./support/spec.js";
import { withRaw } from "../src/with-raw.js";

const SEED = 20261122;
const RUNS = 6;

/** Where each API's clients point: under a path prefix like the real servers' (mirai's has none). */
const prefixes: Record<ApiName, string> = { kook: "/api/v3", tomon: "/api/v1", mirai: "" };

/** How the client sends: the global fetch (`fetch(url, init)` on the direct path) or a `fetch` option (a Request). */
const transports = ["global fetch", "fetch option"] as const;
type TransportName = (typeof transports)[number];

/** A middleware that changes nothing; registering it is what moves the operation methods onto openapi-fetch. */
const noOp: Middleware = { onRequest() {} };

interface Clients {
  /** The operation method `operationId` of the client without middleware. */
  direct(operationId: string): AnyOperation;
  /** The same method of a client with the no-op middleware registered. */
  viaOpenapiFetch(operationId: string): AnyOperation;
}

function createClient(api: ApiName, baseUrl: string, transport: TransportName) {
  const userFetch: FetchLike = (request) => fetch(request);
  const common = { baseUrl, ...(transport === "fetch option" ? { fetch: userFetch } : {}) };
  return api === "kook"
    ? createKookClient({ token: secrets.token, language: "en-US", retry: false, rateLimit: false, ...common })
    : api === "tomon"
      ? createTomonClient({ token: secrets.token, retry: false, ...common })
      : createMiraiClient({ authKey: secrets.authKey, ...common });
}

function clientsFor(api: ApiName, baseUrl: string, transport: TransportName): Clients {
  const direct = createClient(api, baseUrl, transport);
  const viaOpenapiFetch = createClient(api, baseUrl, transport);
  withRaw(viaOpenapiFetch).use(noOp);
  const method = (client: object, operationId: string) => {
    const operation = (client as Record<string, AnyOperation | undefined>)[operationId];
    if (!operation) throw new Error(`no operation method ${operationId}`);
    return operation;
  };
  return { direct: (id) => method(direct, id), viaOpenapiFetch: (id) => method(viaOpenapiFetch, id) };
}

/** Characters that need percent-encoding in a path or query, or that encoders are known to disagree on. */
const AWKWARD = [" ", "&", "=", "/", "?", "#", "+", "%", "%20", ";", ",", ":", "@", "[", "]", "'", "(", ")", "*", "!", "~", "中文", "😀", "é", "\u2028", "a", "0"];
const awkwardString = fc.string({ unit: fc.constantFrom(...AWKWARD), minLength: 1, maxLength: 6 });

/**
 * Generated valid inputs with some of their top-level strings (path, query and body fields) swapped for strings of
 * awkward characters. They may break a pattern of the schema, which does not matter here: only the two paths' requests
 * are compared, and patterned parameters (Tomon's IDs, mirai's session keys) would otherwise never need encoding.
 */
function awkwardInputs(api: ApiName, op: OperationDetails): fc.Arbitrary<Record<string, unknown>> {
  return validInputs(api, op).chain((input) => {
    const keys = Object.keys(input).filter((key) => typeof input[key] === "string");
    return fc.tuple(...keys.map(() => fc.option(awkwardString, { nil: undefined }))).map((values) => {
      const copy = { ...input };
      keys.forEach((key, index) => {
        if (values[index] !== undefined) copy[key] = values[index];
      });
      return copy;
    });
  });
}

/** What is compared of a received request. */
interface Wire {
  method: string;
  /** The request target exactly as sent: path and query, percent-encoding included. */
  target: string;
  /**
   * Every header by lowercased name, with a multipart Content-Type reduced to its media type (the boundary is random).
   * Not their order or the case of their names, which HTTP gives no meaning and which differ: the direct path sends
   * `Content-Type` after the client's headers, openapi-fetch before them.
   */
  headers: Record<string, string | string[] | undefined>;
  /** JSON or other text bodies as sent; multipart bodies as parsed fields, and as sent with the boundary masked. */
  body: string | { fields: FormField[]; masked: string };
}

type FormField = { name: string; value: string } | { name: string; filename: string; type: string; bytes: string };

const MULTIPART = "multipart/form-data";

async function wire(request: ReceivedRequest): Promise<Wire> {
  const headers = { ...request.headers };
  const contentType = request.headers["content-type"];
  const base = { method: request.method, target: request.raw.url ?? "", headers };
  if (!contentType?.startsWith(`${MULTIPART};`)) return { ...base, body: request.body.toString("utf8") };
  const boundary = /;\s*boundary=(.+)$/.exec(contentType)?.[1];
  if (!boundary) throw new Error(`multipart request without a boundary: ${contentType}`);
  headers["content-type"] = MULTIPART;
  const form = await request.formData();
  const fields = await Promise.all(
    [...form.entries()].map(async ([name, value]): Promise<FormField> =>
      typeof value === "string"
        ? { name, value }
        : { name, filename: value.name, type: value.type, bytes: Buffer.from(await value.arrayBuffer()).toString("hex") },
    ),
  );
  return { ...base, body: { fields, masked: request.body.toString("latin1").replaceAll(boundary, "<boundary>") } };
}

/** How a call ended, for comparing the two paths' results too. */
type Outcome = { resolved: unknown } | { rejected: string };

function settle(call: Promise<unknown>): Promise<Outcome> {
  return call.then(
    (resolved) => ({ resolved }),
    (error: unknown) => ({ rejected: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
  );
}

/**
 * Calls `operationId` with `input` through both paths and asserts that the server received one request from each,
 * equal on the wire, and that both calls ended the same way. Returns the request and the outcome of the direct path.
 */
async function sendBoth(server: TestServer, clients: Clients, operationId: string, input: Record<string, unknown> | undefined) {
  server.requests.length = 0;
  const direct = await settle(clients.direct(operationId)(input));
  const received = server.requests.length;
  const viaOpenapiFetch = await settle(clients.viaOpenapiFetch(operationId)(input));
  expect(received, "requests received from the direct path").toBe(1);
  expect(server.requests, "requests received from both paths").toHaveLength(2);
  const [first, second] = server.requests as [ReceivedRequest, ReceivedRequest];
  const sent = await wire(first);
  expect(sent, "the direct request (expected: the openapi-fetch one)").toEqual(await wire(second));
  if (typeof sent.body === "string") expect(first.body.equals(second.body), "body bytes are equal").toBe(true);
  expect(direct, "outcome of the direct call (expected: the openapi-fetch one)").toEqual(viaOpenapiFetch);
  return { request: first, wire: sent, outcome: direct };
}

/** Answers what each client takes as a success: KOOK's envelope (also fine for Tomon and mirai), text for uploads. */
function answer(request: ReceivedRequest, response: Parameters<typeof sendJson>[0]): void {
  if (request.path.endsWith("/uploadImage")) sendText(response, 200, "{abc-image-id}.png");
  else sendJson(response, 200, { code: 0, message: "ok", data: {} });
}

interface EdgeCase {
  name: string;
  operationId: string;
  input?: Record<string, unknown>;
  /** The request target the server must see (the path prefix of the API added). */
  target: string;
  /** The body text the server must see ("" for none). */
  body?: string;
  /** The Content-Type the server must see (undefined for none; the media type for multipart). */
  contentType?: string | undefined;
  /** Multipart fields the server must see. */
  fields?: FormField[];
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");
const imageBytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0x22, 0x0d, 0x0a]);
const unicodeThread = { channel_id: "1", guild_id: "2", title: "标题 ✓ 😀 \"q\" \\", content: '[{"type":"card","text":"é\u2028中文"}]' };
const unicodeMessage = { sessionKey: "k", target: 1, messageChain: [{ type: "Plain", text: "你好, \"mirai\" 😀 \u2028\n" }] };

/** Inputs chosen so that a direct path encoding, leaving out or serializing anything differently would show. */
const edgeCases: Record<ApiName, EdgeCase[]> = {
  kook: [
    {
      name: "query values with spaces and reserved characters are percent-encoded",
      operationId: "getUser",
      input: { user_id: "a b&c", guild_id: "x=y/z?w#v+" },
      target: "/user/view?user_id=a%20b%26c&guild_id=x%3Dy%2Fz%3Fw%23v%2B",
    },
    {
      name: "unicode query values are UTF-8 percent-encoded, and ' is encoded by the URL parser",
      operationId: "listCategories",
      input: { channel_id: "中文'()*!~" },
      target: "/category/list?channel_id=%E4%B8%AD%E6%96%87%27()*!~",
    },
    { name: "no query string when every optional query parameter is absent", operationId: "listInvites", input: {}, target: "/invite/list" },
    { name: "no query string when the params object is left out", operationId: "listInvites", target: "/invite/list" },
    {
      name: "absent (undefined) and null query parameters are left out",
      operationId: "listInvites",
      input: { guild_id: null, channel_id: undefined, page: 2, page_size: null },
      target: "/invite/list?page=2",
    },
    {
      name: "query parameters follow the order of the params object",
      operationId: "listThreads",
      input: { time: 1_700_000_000_000, channel_id: "c", sort: 2 },
      target: "/thread/list?time=1700000000000&channel_id=c&sort=2",
    },
    {
      name: "a JSON body with unicode is sent as UTF-8 JSON",
      operationId: "createThread",
      input: unicodeThread,
      target: "/thread/create",
      body: JSON.stringify(unicodeThread),
      contentType: "application/json",
    },
    {
      name: "null in a JSON body is kept",
      operationId: "deleteInvite",
      input: { url_code: "abc", guild_id: null },
      target: "/invite/delete",
      body: '{"url_code":"abc","guild_id":null}',
      contentType: "application/json",
    },
    { name: "a POST without a request body sends none", operationId: "setBotOffline", target: "/user/offline", body: "", contentType: undefined },
  ],
  tomon: [
    {
      name: "a path parameter containing / and a space is percent-encoded into one segment",
      operationId: "getInvite",
      input: { inviteCode: "a/b c" },
      target: "/invites/a%2Fb%20c",
    },
    {
      name: "a unicode path parameter with reserved characters is percent-encoded",
      operationId: "deleteInvite",
      input: { inviteCode: "中文?#&='()*!~" },
      target: "/invites/%E4%B8%AD%E6%96%87%3F%23%26%3D'()*!~",
    },
    {
      name: "null in a JSON body is kept",
      operationId: "createChannelInvite",
      input: { channelId: "136412396083740672", max_age: null, max_uses: 0 },
      target: "/channels/136412396083740672/invites",
      body: '{"max_age":null,"max_uses":0}',
      contentType: "application/json",
    },
    {
      name: "an optional JSON body with no field is left out, as Tomon's own app sends it",
      operationId: "createChannelInvite",
      input: { channelId: "136412396083740672" },
      target: "/channels/136412396083740672/invites",
      body: "",
      contentType: undefined,
    },
    {
      name: "a POST without a request body sends none",
      operationId: "acceptInvite",
      input: { inviteCode: "y5gRxd" },
      target: "/invites/y5gRxd",
      body: "",
      contentType: undefined,
    },
  ],
  mirai: [
    {
      name: "query values with spaces and reserved characters are percent-encoded",
      operationId: "listMembers",
      input: { sessionKey: "a b&c=d/e?f#g", target: 123456789 },
      target: "/memberList?sessionKey=a%20b%26c%3Dd%2Fe%3Ff%23g&target=123456789",
    },
    {
      name: "64-bit numbers and 0 in the query are sent in full",
      operationId: "getMemberInfo",
      input: { sessionKey: "中文", target: Number.MAX_SAFE_INTEGER, memberId: 1 },
      target: `/memberInfo?sessionKey=%E4%B8%AD%E6%96%87&target=${Number.MAX_SAFE_INTEGER}&memberId=1`,
    },
    {
      name: "a JSON body with unicode is sent as UTF-8 JSON with a charset",
      operationId: "sendFriendMessage",
      input: unicodeMessage,
      target: "/sendFriendMessage",
      body: JSON.stringify(unicodeMessage),
      contentType: "application/json; charset=utf-8",
    },
    {
      name: "a Blob file part is sent with its bytes, named after its field",
      operationId: "uploadImage",
      input: { sessionKey: "k", type: "friend", img: new Blob([imageBytes]) },
      target: "/uploadImage",
      contentType: MULTIPART,
      fields: [
        { name: "sessionKey", value: "k" },
        { name: "type", value: "friend" },
        { name: "img", filename: "img", type: "application/octet-stream", bytes: hex(imageBytes) },
      ],
    },
    {
      name: "a Uint8Array file part is sent as a file",
      operationId: "uploadImage",
      input: { img: imageBytes, type: "group", sessionKey: "a b&c" },
      target: "/uploadImage",
      contentType: MULTIPART,
      fields: [
        { name: "img", filename: "img", type: "application/octet-stream", bytes: hex(imageBytes) },
        { name: "type", value: "group" },
        { name: "sessionKey", value: "a b&c" },
      ],
    },
    {
      name: "a File part keeps its unicode name and type",
      operationId: "uploadImage",
      input: { sessionKey: "k", type: "group", img: new File([imageBytes], "图片 \"1\".png", { type: "image/png" }) },
      target: "/uploadImage",
      contentType: MULTIPART,
      fields: [
        { name: "sessionKey", value: "k" },
        { name: "type", value: "group" },
        { name: "img", filename: "图片 \"1\".png", type: "image/png", bytes: hex(imageBytes) },
      ],
    },
  ],
};

describe.each(apiNames)("%s operation methods: direct fetch and openapi-fetch put the same request on the wire", (api: ApiName) => {
  let server: TestServer;
  const clients = {} as Record<TransportName, Clients>;
  const counts = { operations: 0, inputs: 0 };

  beforeAll(async () => {
    server = await startServer(answer);
    for (const transport of transports) clients[transport] = clientsFor(api, server.url + prefixes[api], transport);
  });
  afterAll(async () => {
    console.log(`${api}: ${counts.inputs} generated inputs over ${counts.operations} operation × transport pairs sent both ways (seed ${SEED})`);
    await server?.close();
  });

  const operations = operationsOf(api).flatMap((op) => transports.map((transport) => [op.operationId, transport, op] as const));
  it.each(operations)("%s through the %s: generated inputs, valid and with awkward strings, give equal requests", async (operationId, transport, op) => {
    counts.operations++;
    for (const inputs of [validInputs(api, op), awkwardInputs(api, op)]) {
      await fc.assert(
        fc.asyncProperty(inputs, async (input) => {
          counts.inputs++;
          await sendBoth(server, clients[transport], operationId, input);
        }),
        { seed: SEED, numRuns: RUNS },
      );
    }
  });

  const edges = edgeCases[api].flatMap((edge) => transports.map((transport) => [edge.name, transport, edge] as const));
  it.each(edges)("%s (through the %s)", async (_name, transport, edge) => {
    const { wire: sent, outcome } = await sendBoth(server, clients[transport], edge.operationId, edge.input);
    expect(outcome).toHaveProperty("resolved");
    expect(sent.target).toBe(prefixes[api] + edge.target);
    if ("contentType" in edge) expect(sent.headers["content-type"]).toBe(edge.contentType);
    if (edge.body !== undefined) expect(sent.body).toBe(edge.body);
    if (edge.fields) expect(sent.body).toMatchObject({ fields: edge.fields });
  });

  it("sends the client's credentials and headers on both paths", async () => {
    const edge = edgeCases[api][0]!;
    const { wire: sent } = await sendBoth(server, clients["global fetch"], edge.operationId, edge.input);
    if (api === "mirai") expect(sent.headers.authorization).toBeUndefined();
    else expect(sent.headers.authorization).toBe(`${api === "kook" ? "Bot" : "Bearer"} ${secrets.token}`);
    // Without the client's own, undici sends `Accept-Language: *` on both paths.
    expect(sent.headers["accept-language"]).toBe(api === "kook" ? "en-US" : "*");
  });

  it("ignores a trailing slash in the base URL on both paths", async () => {
    const edge = edgeCases[api][0]!;
    const slashed = clientsFor(api, `${server.url}${prefixes[api]}/`, "global fetch");
    const { wire: sent } = await sendBoth(server, slashed, edge.operationId, edge.input);
    expect(sent.target).toBe(prefixes[api] + edge.target);
  });
});
