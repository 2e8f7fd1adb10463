// Client factories with options as JavaScript callers and `process.env` give them: missing credentials fail at once,
// and an option given as undefined means the default.
import { describe, expect, it } from "vitest";
import { createKookClient, defaultBaseUrl as kookServer } from "../generated/kook/client.js";
import { createMiraiClient, defaultBaseUrl as miraiServer } from "../generated/mirai/client.js";
import { createTomonClient, defaultBaseUrl as tomonServer } from "../generated/tomon/client.js";

/** A `fetch` option that records where each request went and answers `body`. */
function recordingFetch(body: unknown) {
  const urls: string[] = [];
  const fetch = async (request: Request) => {
    urls.push(request.url);
    return Response.json(body);
  };
  return { urls, fetch };
}

describe("client factories", () => {
  it.each([
    ["createKookClient", "token", (value: unknown) => createKookClient({ token: value as string })],
    ["createTomonClient", "token", (value: unknown) => createTomonClient({ token: value as string })],
    ["createMiraiClient", "authKey", (value: unknown) => createMiraiClient({ authKey: value as string })],
  ])("%s refuses a missing or empty %s at once, naming the option", (factory, option, create) => {
    for (const value of [undefined, "", "   ", 42]) {
      expect(() => create(value)).toThrow(new TypeError(`${factory}: the \`${option}\` option must be a non-empty string`));
    }
  });

  it.each([
    ["createKookClient", (baseUrl: string) => createKookClient({ token: "secret-1\nX", baseUrl })],
    ["createTomonClient", (baseUrl: string) => createTomonClient({ token: "secret-1\nX", baseUrl })],
    ["createMiraiClient", (baseUrl: string) => createMiraiClient({ authKey: "secret-1\nX", baseUrl })],
  ])("%s refuses a credential that cannot go into a header, without quoting it", (factory, create) => {
    const creating = () => create("http://127.0.0.1:1");
    expect(creating).toThrow(TypeError);
    expect(creating).toThrow(new RegExp(`^${factory}: the .* option must be (printable ASCII|without control characters)`));
    expect(creating).not.toThrow(/secret/);
  });

  // Latin-1 goes out as single bytes a server reads as other characters, and fetch drops spaces at either end: what the
  // server sees (and may echo) would not be the credential the client redacts.
  it.each(["secret-1\0", "secret-1\r", "secret-1\u0001", "secret-1\u007f", "sëcret-1\u20ac", "secret-1\u{1F600}", "s3cr\u00e9t-1", "secret-1 ", "secret-1\t", " secret-1"])(
    "refuses a token with %j, which no call could send in its header",
    (token) => {
      expect(() => createKookClient({ token })).toThrow(/^createKookClient: the `token` option must be printable ASCII without spaces at either end$/);
      expect(() => createTomonClient({ token })).toThrow(/^createTomonClient: the `token` option must be printable ASCII without spaces at either end$/);
    },
  );

  it("accepts a token of visible ASCII characters with spaces and tabs inside, and an auth key (sent in a body) of any text", () => {
    expect(() => createKookClient({ token: "a b\tc~!" })).not.toThrow();
    expect(() => createMiraiClient({ authKey: "密钥-\u{1F600}" })).not.toThrow();
    expect(() => createMiraiClient({ authKey: "key\u0001" })).toThrow(/^createMiraiClient: the `authKey` option must be without control characters$/);
  });

  it("refuse a base URL that is not an absolute http(s) URL", () => {
    for (const baseUrl of ["", "127.0.0.1:8080", "ftp://example.com", "http://127.0.0.1:99999"]) {
      expect(() => createMiraiClient({ authKey: "k", baseUrl })).toThrow(
        new TypeError(`createMiraiClient: the \`baseUrl\` option must be an absolute http(s) URL string, not ${JSON.stringify(baseUrl)}`),
      );
    }
  });

  it("call the spec's server when baseUrl is given as undefined", async () => {
    const kook = recordingFetch({ code: 0, message: "", data: { id: "1" } });
    await createKookClient({ token: "t", baseUrl: undefined, fetch: kook.fetch }).getCurrentUser();
    expect(kook.urls).toEqual([`${kookServer}/user/me`]);

    const tomon = recordingFetch({ code: "abc" });
    await createTomonClient({ token: "t", baseUrl: undefined, fetch: tomon.fetch }).getInvite({ inviteCode: "abc" });
    expect(tomon.urls).toEqual([`${tomonServer}/invites/abc`]);

    const mirai = recordingFetch([]);
    await createMiraiClient({ authKey: "k", baseUrl: undefined, fetch: mirai.fetch }).listFriends({ sessionKey: "s" });
    expect(mirai.urls).toEqual([`${miraiServer}/friendList?sessionKey=s`]);
  });
});
