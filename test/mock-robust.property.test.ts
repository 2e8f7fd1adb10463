// No request can crash or stall the mock: thousands of malformed requests, then every API still answers.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMock, type MockServer } from "../scripts/prism.js";
import { send, sendBytes } from "./support/raw-http.js";
import { apiNames, bundle, type ApiName } from "./support/spec.js";

const SEED = 20261202;
const RUNS = 600;

const healthy: Record<ApiName, { path: string; headers: Record<string, string> }> = {
  kook: { path: "/user/me", headers: { Authorization: "Bot healthy" } },
  tomon: { path: "/invites/y5gRxd", headers: { Authorization: "Bearer healthy" } },
  mirai: { path: "/auth", headers: { Prefer: "code=200" } },
};

/** A path segment: a template filled in, a literal, or something hostile. */
const segment = fc.oneof(
  fc.constantFrom("%FF", "%", "%E0%A4%A", "%C0%AF", "%00", "%2F", "..", ".", "", "%25", "%ZZ", "%u0041", "~!$&'()*+,;=:@"),
  fc.stringMatching(/^[A-Za-z0-9%._~-]{0,12}$/),
  fc.string({ unit: "binary", maxLength: 8 }).map(encodeURIComponent),
);

function pathArbitrary(api: ApiName): fc.Arbitrary<string> {
  const templates = Object.keys(bundle(api).paths);
  const fromSpec = fc.tuple(fc.constantFrom(...templates), fc.array(segment, { minLength: 1, maxLength: 3 })).map(([template, fills]) => {
    let index = 0;
    return template.replace(/\{[^}]+\}/g, () => fills[index++ % fills.length]!);
  });
  const random = fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => `/${parts.join("/")}`);
  const query = fc.oneof(
    fc.constant(""),
    fc.stringMatching(/^[A-Za-z0-9%=&_.-]{0,30}$/).map((q) => `?${q}`),
    fc.constantFrom("?sessionKey=%FF", "?page=-1&page_size=1e999", "?a=%&b=%%", "?__code=999", "?user_id[]=1&user_id[]=2"),
  );
  return fc.tuple(fc.oneof(fromSpec, random), query).map(([path, q]) => path + q);
}

const headerValue = fc.oneof(
  fc.constantFrom("", " ", "Bot", "Bot ", "Bearer x", "Bot x", "Token abc", "Basic Zm9v", "bot x"),
  fc.stringMatching(/^[\x20-\x7e]{0,40}$/),
);
const preferValue = fc.oneof(
  fc.constantFrom("code=999", "code=", "code=200", "code=429", "code=4XX", "example=", "example=nope", "code=200, example=docExample", "dynamic=true", "dynamic=x", ",,,", "=", "code=500;x=y", 'example="quoted"'),
  fc.stringMatching(/^[\x20-\x7e]{0,40}$/),
);
const contentType = fc.constantFrom(
  undefined,
  "application/json",
  "application/json; charset=utf-8",
  "text/plain",
  "multipart/form-data",
  "multipart/form-data; boundary=x",
  "application/x-www-form-urlencoded",
  "application/vnd.api+json",
  "image/png",
  ";;;",
);
const body = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom("{", "[", "null", "{}", "[]", '{"authKey":5}', '{"__proto__":{"x":1}}', '{"a":' + "[".repeat(2000) + "]".repeat(2000) + "}", "\u0000", "--x\r\n\r\n--x--"),
  fc.json({ maxDepth: 3 }),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)),
);

const request = (api: ApiName) =>
  fc.record({
    method: fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"),
    path: pathArbitrary(api),
    authorization: fc.option(headerValue, { nil: undefined }),
    prefer: fc.option(preferValue, { nil: undefined }),
    contentType,
    accept: fc.option(fc.constantFrom("text/html", "*/*", "application/xml", "application/json;q=0"), { nil: undefined }),
    body,
  });

describe.each(apiNames)("%s mock under malformed requests", (api: ApiName) => {
  let mock: MockServer;
  const statuses = new Map<number, number>();
  beforeAll(async () => void (mock = await startMock(api, { rateLimit: { enforce: false } })));
  afterAll(async () => {
    console.log(`${api}: ${[...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`).join(" ")} (seed ${SEED})`);
    await mock?.close();
  });

  it(`answers each of ${RUNS} malformed requests with a status, a refusal with its reasons, and keeps serving`, async () => {
    await fc.assert(
      fc.asyncProperty(request(api), async (input) => {
        const headers: Record<string, string> = {};
        if (input.authorization !== undefined) headers.Authorization = input.authorization;
        if (input.prefer !== undefined) headers.Prefer = input.prefer;
        if (input.contentType !== undefined && input.body !== undefined) headers["Content-Type"] = input.contentType;
        if (input.accept !== undefined) headers.Accept = input.accept;
        const answer = await send(mock.url, { method: input.method, path: input.path, headers, ...(input.body === undefined ? {} : { body: input.body }) });
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        expect(answer.status).toBeGreaterThanOrEqual(200);
        expect(answer.status).toBeLessThan(600);
        // A 5xx is only ever one a `Prefer` asked for: the mock itself never fails.
        if (input.prefer === undefined) expect(answer.status, `${input.method} ${input.path}: ${answer.text}`).toBeLessThan(500);
        // Every refusal (an HTTP error, or KOOK's failure envelope) says why in sl-violations, except a scripted one.
        const refused = answer.status >= 400 || (api === "kook" && input.method !== "HEAD" && answer.json().code !== 0);
        if (refused && input.prefer === undefined) expect(answer.headers["sl-violations"], `${input.method} ${input.path}`).toBeTypeOf("string");
        if (/json/.test(String(answer.headers["content-type"])) && input.method !== "HEAD") expect(() => answer.json()).not.toThrow();
      }),
      { seed: SEED, numRuns: RUNS },
    );
    const check = healthy[api];
    const alive = await send(mock.url, { method: api === "mirai" ? "POST" : "GET", path: check.path, headers: { ...check.headers, "Content-Type": "application/json" }, body: api === "mirai" ? '{"authKey":"not-the-auth-key"}' : undefined });
    expect(alive.status).toBe(200);
  }, 240_000);

  it("survives bytes that are not HTTP, and keeps serving", async () => {
    const garbage = [
      "GET /invites/%FF HTTP/1.1\r\nHost: x\r\n\r\n",
      "NOT HTTP AT ALL\r\n\r\n",
      "GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n",
      `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(70_000)}\r\n\r\n`,
      "POST /auth HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\nzzzzz",
      "POST /auth HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{",
      "GET /\u00ff\u0000 HTTP/1.1\r\nHost: x\r\n\r\n",
    ];
    // All at once: a connection whose body stops short of its Content-Length is answered only after the mock's body
    // timeout (5 s), so sendBytes gives up on it after 2 s, and one after another those waits added up.
    const answers = await Promise.all(garbage.map((bytes) => sendBytes(mock.url, bytes)));
    for (const answer of answers) expect(answer).toMatch(/^(HTTP\/1\.1 \d{3}|)/);
    const check = healthy[api];
    const alive = await send(mock.url, { method: api === "mirai" ? "POST" : "GET", path: check.path, headers: { ...check.headers, "Content-Type": "application/json" }, body: api === "mirai" ? '{"authKey":"not-the-auth-key"}' : undefined });
    expect(alive.status).toBe(200);
  }, 60_000);

  it("refuses a request whose body is broken, cut off or stalled, and closes its connection", async () => {
    const quick = await startMock(api, { rateLimit: { enforce: false }, bodyIdleMs: 300 });
    try {
      // A route that takes a POST: a request the mock cannot route or authorize is refused before its body is read.
      const path = api === "kook" ? "/message/create" : healthy[api].path;
      const post = `POST ${path} HTTP/1.1\r\nHost: x\r\n${Object.entries(healthy[api].headers).map(([name, value]) => `${name}: ${value}\r\n`).join("")}Content-Type: application/json\r\n`;
      const cases = [
        // Malformed chunked encoding: the HTTP parser fails under a request whose body is being read.
        { bytes: `${post}Transfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n`, status: 400 },
        // The body stops short of its Content-Length and the client stops sending (its connection stays open).
        { bytes: `${post}Content-Length: 100\r\n\r\n{"a`, status: 408 },
        // The client ends its side of the connection in the middle of a chunk.
        { bytes: `${post}Transfer-Encoding: chunked\r\n\r\n9\r\n{"a`, status: 400, end: true },
      ];
      const answers = await Promise.all(
        cases.map(async ({ bytes, end }) => {
          const started = Date.now();
          const text = await sendBytes(quick.url, bytes, { end });
          return { text, ms: Date.now() - started };
        }),
      );
      for (const [index, { text, ms }] of answers.entries()) {
        // Answered, and the connection closed by the mock: sendBytes gives up only after 2 s.
        expect(text, `case ${index}`).toMatch(new RegExp(`^HTTP/1\\.1 ${cases[index]!.status} `));
        expect(text, `case ${index}`).toMatch(/\r\nConnection: close\r\n/i);
        expect(ms, `case ${index}`).toBeLessThan(1500);
      }
    } finally {
      await quick.close();
    }
  });

  it("refuses malformed percent-encoding in the query as in the path", async () => {
    const target = { kook: "/user/view?user_id=%ZZ", tomon: "/invites/y5gRxd?with_counts=%E0%A4", mirai: "/friendList?sessionKey=%" }[api];
    const answer = await send(mock.url, { path: target, headers: healthy[api].headers });
    expect(answer.status).toBe(400);
    expect(answer.headers["sl-violations"]).toMatch(/invalid_percent_encoding/);
  });
});
