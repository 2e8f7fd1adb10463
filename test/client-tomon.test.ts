// The generated Tomon client against real HTTP servers on 127.0.0.1: calls, errors, retries, timeouts, aborts.
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  AbortedError,
  ApiError,
  InvalidResponseError,
  NetworkError,
  TimeoutError,
  TomonApiError,
  createTomonClient,
  type TomonClientOptions,
} from "../generated/tomon/client.js";
import { sendJson, serverPerTest, type Handler, type TestServer } from "./support/http-server.js";
import { withRaw } from "../src/with-raw.js";

const token = "tomon-test-token";
let server: TestServer;
const tomonServer = serverPerTest((started) => (server = started));

afterEach(() => {
  vi.restoreAllMocks();
});

function client(options: Partial<TomonClientOptions> = {}) {
  return createTomonClient({ token, baseUrl: server.url, retry: { baseDelayMs: 5 }, ...options });
}

const invite = { code: "abc", uses: 1, max_age: 0, max_uses: 0 };

describe("Tomon client: calls", () => {
  it("fills path parameters, sends the Bearer token and returns the body", async () => {
    await tomonServer((request, response) => sendJson(response, 200, { ...invite, code: request.path.split("/").at(-1) }));
    const result = await client().getInvite({ inviteCode: "a b/c" });
    expect(result.code).toBe("a%20b%2Fc");
    expect(server.requests[0]!.path).toBe("/invites/a%20b%2Fc");
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${token}`);
  });

  it("sends body fields as JSON and path fields in the path", async () => {
    await tomonServer((_, response) => sendJson(response, 200, invite));
    await client().createChannelInvite({ channelId: "42", max_age: 60, max_uses: 2 });
    const [hit] = server.requests;
    expect(hit!.method).toBe("POST");
    expect(hit!.path).toBe("/channels/42/invites");
    expect(hit!.json()).toEqual({ max_age: 60, max_uses: 2 });
  });

  it("returns undefined for 204", async () => {
    await tomonServer((_, response) => {
      response.writeHead(204);
      response.end();
    });
    await expect(client().deleteInvite({ inviteCode: "abc" })).resolves.toBeUndefined();
  });

  it("throws TomonApiError with the server's message for an error status", async () => {
    await tomonServer((_, response) => sendJson(response, 404, { message: "Unknown Invite", code: 10006 }));
    const error = await client().getInvite({ inviteCode: "nope" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TomonApiError);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 404,
      code: 10006,
      operationId: "getInvite",
      method: "GET",
      url: `${server.url}/invites/nope`,
      body: { message: "Unknown Invite", code: 10006 },
    });
    expect((error as Error).message).toContain("Unknown Invite");
  });

  it("throws InvalidResponseError for an empty success body where the operation returns one", async () => {
    await tomonServer((_, response) => {
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end();
    });
    const error = await client().getInvite({ inviteCode: "abc" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ status: 200, operationId: "getInvite", message: expect.stringMatching(/HTTP 200 with an empty body$/) });
  });

  it("throws InvalidResponseError for malformed JSON", async () => {
    await tomonServer((_, response) => {
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end("{not json");
    });
    const error = await client().getInvite({ inviteCode: "abc" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ status: 200, operationId: "getInvite" });
  });

  it("answers 1000 concurrent calls correctly", async () => {
    await tomonServer((request, response) => sendJson(response, 200, { ...invite, code: request.path.split("/").at(-1) }));
    const tomon = client();
    const codes = Array.from({ length: 1000 }, (_, i) => `c${i}`);
    const results = await Promise.all(codes.map((code) => tomon.getInvite({ inviteCode: code })));
    expect(results.map((result) => result.code)).toEqual(codes);
    expect(server.requests).toHaveLength(1000);
  });
});

describe("Tomon client: retries", () => {
  it("retries a GET on 503 with exponential backoff: N retries, N+1 hits", async () => {
    vi.spyOn(Math, "random").mockReturnValue(1);
    await tomonServer((_, response) => sendJson(response, 503, { message: "unavailable" }));
    const error = await client({ retry: { retries: 3, baseDelayMs: 20 } }).getInvite({ inviteCode: "abc" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(4);
    const gaps = server.requests.slice(1).map((request, i) => request.receivedAt - server.requests[i]!.receivedAt);
    gaps.forEach((gap, i) => expect(gap).toBeGreaterThanOrEqual(20 * 2 ** i));
  });

  it.each([502, 504])("retries a GET on %i", async (status) => {
    await tomonServer((_, response) => (server.requests.length === 1 ? sendJson(response, status, {}) : sendJson(response, 200, invite)));
    await expect(client().getInvite({ inviteCode: "abc" })).resolves.toEqual(invite);
    expect(server.requests).toHaveLength(2);
  });

  it("does not retry other error statuses", async () => {
    await tomonServer((_, response) => sendJson(response, 500, { message: "oops" }));
    await expect(client().getInvite({ inviteCode: "abc" })).rejects.toMatchObject({ status: 500 });
    expect(server.requests).toHaveLength(1);
  });

  it("never resends a POST after 503", async () => {
    await tomonServer((_, response) => sendJson(response, 503, { message: "unavailable" }));
    await expect(client().acceptInvite({ inviteCode: "abc" })).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(1);
  });

  it("retries a GET after a connection reset, then fails with NetworkError", async () => {
    await tomonServer((request) => request.raw.socket.destroy());
    const error = await client().getInvite({ inviteCode: "abc" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ operationId: "getInvite", method: "GET" });
    expect(server.requests).toHaveLength(3);
  });

  it("never resends a POST after a connection reset", async () => {
    await tomonServer((request) => request.raw.socket.destroy());
    const error = await client().createChannelInvite({ channelId: "1", max_age: 60 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(server.requests).toHaveLength(1);
  });

  it("resends a POST after 429, once Retry-After has passed, with the same body", async () => {
    await tomonServer((_, response) =>
      server.requests.length === 1 ? sendJson(response, 429, { message: "slow" }, { "Retry-After": "0.2" }) : sendJson(response, 200, invite),
    );
    await expect(client().createChannelInvite({ channelId: "1", max_uses: 3 })).resolves.toEqual(invite);
    const [rejected, resent] = server.requests;
    expect(resent!.receivedAt - rejected!.receivedAt).toBeGreaterThanOrEqual(200);
    expect(resent!.json()).toEqual({ max_uses: 3 });
  });

  it("resends a POST after 429 through a custom fetch, which reads the body of each Request it gets", async () => {
    await tomonServer((_, response) =>
      server.requests.length === 1 ? sendJson(response, 429, {}, { "Retry-After": "0" }) : sendJson(response, 200, invite),
    );
    const seen: string[] = [];
    const tomon = client({
      fetch: async (request) => {
        seen.push(await request.clone().text());
        return fetch(request);
      },
    });
    await expect(tomon.createChannelInvite({ channelId: "1", max_age: 5 })).resolves.toEqual(invite);
    expect(seen).toEqual(['{"max_age":5}', '{"max_age":5}']);
    expect(server.requests.map((request) => request.json())).toEqual([{ max_age: 5 }, { max_age: 5 }]);
  });

  it("resends after 429 a request that middleware replaced", async () => {
    await tomonServer((_, response) =>
      server.requests.length === 1 ? sendJson(response, 429, {}, { "Retry-After": "0" }) : sendJson(response, 200, invite),
    );
    const tomon = withRaw(client());
    tomon.use({ onRequest: ({ request }) => new Request(request, { headers: { ...Object.fromEntries(request.headers), "X-Signed": "yes" } }) });
    await tomon.createChannelInvite({ channelId: "1", max_uses: 9 });
    for (const request of server.requests) {
      expect(request.json()).toEqual({ max_uses: 9 });
      expect(request.headers["x-signed"]).toBe("yes");
    }
  });

  it("backs off after a 429 without Retry-After", async () => {
    vi.spyOn(Math, "random").mockReturnValue(1);
    await tomonServer((_, response) => (server.requests.length === 1 ? sendJson(response, 429, {}) : sendJson(response, 200, invite)));
    await client({ retry: { baseDelayMs: 100 } }).getInvite({ inviteCode: "abc" });
    expect(server.requests[1]!.receivedAt - server.requests[0]!.receivedAt).toBeGreaterThanOrEqual(100);
  });

  it("sends every request once with retry: false", async () => {
    await tomonServer((_, response) => sendJson(response, 503, {}));
    await expect(client({ retry: false }).getInvite({ inviteCode: "abc" })).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(1);
  });
});

describe("Tomon client: timeouts and aborts", () => {
  it("times out with the client's timeoutMs", async () => {
    await tomonServer(() => {});
    const error = await client({ timeoutMs: 100 }).getInvite({ inviteCode: "abc" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 100, operationId: "getInvite", url: `${server.url}/invites/abc` });
  });

  it("takes a fractional timeoutMs, and none for Infinity or a limit longer than a timer holds", async () => {
    await tomonServer((_, response) => void setTimeout(() => sendJson(response, 200, invite), 50));
    const tomon = client();
    const error = await tomon.getInvite({ inviteCode: "abc" }, { timeoutMs: 10.5 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "TimeoutError", timeoutMs: 10.5 });
    await expect(tomon.getInvite({ inviteCode: "abc" }, { timeoutMs: Infinity })).resolves.toEqual(invite);
    await expect(tomon.getInvite({ inviteCode: "abc" }, { timeoutMs: 2 ** 31 })).resolves.toEqual(invite);
  });

  it("refuses a negative or NaN timeoutMs with a RangeError naming the operation, or the factory", async () => {
    await tomonServer((_, response) => sendJson(response, 200, invite));
    for (const timeoutMs of [-1, Number.NaN]) {
      await expect(client().getInvite({ inviteCode: "abc" }, { timeoutMs })).rejects.toThrow(
        new RangeError(`getInvite: timeoutMs must be a number >= 0 (0 for none), not ${timeoutMs}`),
      );
      expect(() => client({ timeoutMs })).toThrow(/^createTomonClient: timeoutMs must be/);
    }
    expect(server.requests).toHaveLength(0);
  });

  it("lets a call override the client's timeoutMs", async () => {
    await tomonServer(() => {});
    const error = await client({ timeoutMs: 10_000 }).getInvite({ inviteCode: "abc" }, { timeoutMs: 50 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "TimeoutError", timeoutMs: 50 });
  });

  it("counts retries and their backoff against the timeout", async () => {
    await tomonServer((_, response) => sendJson(response, 503, {}));
    const error = await client({ timeoutMs: 100, retry: { retries: 10, baseDelayMs: 1000 } })
      .getInvite({ inviteCode: "abc" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it("aborts a call in flight with the caller's signal, also under a timeout", async () => {
    const controller = new AbortController();
    // Aborted once the server has the request (and never answers it): the call is in flight, whatever the load.
    await tomonServer(() => controller.abort(new Error("user left")));
    const call = client({ timeoutMs: 10_000 }).getInvite({ inviteCode: "abc" }, { signal: controller.signal });
    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortedError);
    expect((error as Error).cause).toEqual(new Error("user left"));
    expect(server.requests).toHaveLength(1);
  });

  it("sends nothing when the signal is already aborted", async () => {
    await tomonServer((_, response) => sendJson(response, 200, invite));
    const error = await client().getInvite({ inviteCode: "abc" }, { signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortedError);
    expect(server.requests).toHaveLength(0);
  });

  it("aborts the backoff between retries", async () => {
    vi.spyOn(Math, "random").mockReturnValue(1);
    const controller = new AbortController();
    // Aborted after the first answer, during the 5 s wait before the retry (not before the first call is sent).
    await tomonServer((_, response) => {
      sendJson(response, 503, {});
      setTimeout(() => controller.abort(), 100);
    });
    const call = client({ retry: { baseDelayMs: 5000 } }).getInvite({ inviteCode: "abc" }, { signal: controller.signal });
    await expect(call).rejects.toBeInstanceOf(AbortedError);
    expect(server.requests).toHaveLength(1);
  });
});
