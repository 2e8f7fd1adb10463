// Type-level tests of the generated clients: the params object is typed from the generated `operations`, so wrong
// params do not compile, and results are the typed success payloads. Checked by `tsc` (the typecheck of `npm test`).
import { describe, expectTypeOf, it } from "vitest";
import { createKookClient, KookApiError, type KookClient, type KookPaginate } from "../generated/kook/client.js";
import { createMiraiClient, MiraiApiError, plain, at, face, image, quoteTarget, type MiraiClient, type MiraiSession } from "../generated/mirai/client.js";
import type { components as MiraiComponents } from "../generated/mirai/client.js";
import { createTomonClient, type TomonClient, type components as TomonComponents } from "../generated/tomon/client.js";
import type { components as KookComponents } from "../generated/kook/client.js";
import type { ApiError, CallOptions } from "../src/public.js";
import { withRaw } from "../src/with-raw.js";

declare const kook: KookClient;
declare const tomon: TomonClient;
declare const mirai: MiraiClient;

describe("client factories", () => {
  it("take the documented options", () => {
    expectTypeOf(createKookClient({ token: "t" })).toEqualTypeOf<KookClient>();
    createKookClient({ token: "t", tokenType: "Bearer", language: "en-US", timeoutMs: 1, retry: { baseDelayMs: 5 }, rateLimit: false });
    createTomonClient({ token: "t", baseUrl: "http://x", fetch: (request) => fetch(request), timeoutMs: 1, retry: false });
    createMiraiClient({ authKey: "k", baseUrl: "http://localhost:8080", timeoutMs: 1 });
    // @ts-expect-error the token is required
    createKookClient({});
    // @ts-expect-error tokenType is Bot or Bearer
    createKookClient({ token: "t", tokenType: "Basic" });
    // @ts-expect-error mirai authenticates with an auth key, not a token
    createMiraiClient({ token: "t" });
  });
});

describe("KOOK methods", () => {
  it("return the envelope's data", () => {
    expectTypeOf(kook.getUser).returns.resolves.toHaveProperty("id").toEqualTypeOf<string>();
    expectTypeOf(kook.createInvite).returns.resolves.toEqualTypeOf<{ url: string }>();
    expectTypeOf(kook.getBotOnlineStatus).returns.resolves.toEqualTypeOf<{ online: boolean; online_os: string[] }>();
    expectTypeOf(kook.listThreads).returns.resolves.toHaveProperty("items").items.toHaveProperty("latest_active_time").toEqualTypeOf<number>();
    // The 200 body also admits the error envelope; the method's result is the success data alone.
    expectTypeOf(kook.getUser).returns.resolves.not.toHaveProperty("name");
    expectTypeOf(kook.setBotOffline).returns.resolves.toEqualTypeOf<Record<string, never>>();
  });

  it("type the guild, channel, role and emoji operations (kook-a)", () => {
    type Guild = KookComponents["schemas"]["Guild"];
    type Role = KookComponents["schemas"]["Role"];
    expectTypeOf(kook.getGuild).returns.resolves.toMatchTypeOf<Guild & { roles: Role[] }>();
    expectTypeOf(kook.listVoiceChannelUsers).returns.resolves.toEqualTypeOf<KookComponents["schemas"]["User"][]>();
    expectTypeOf(kook.createGuildRole).returns.resolves.toEqualTypeOf<Role>();
    expectTypeOf(kook.getGuildBadge).returns.resolves.toEqualTypeOf<Blob>();
    expectTypeOf(kook.paginate.listGuildRoles).returns.toEqualTypeOf<AsyncGenerator<Role, void, undefined>>();
    kook.createGuildEmoji({ guild_id: "1", emoji: new Blob([]) });
    // A file part takes bytes as well, as the runtime sends them (a Buffer, any typed array, an ArrayBuffer).
    kook.createGuildEmoji({ guild_id: "1", emoji: Buffer.from("") });
    kook.createAsset({ file: new Uint8Array(0).buffer });
    kook.updateChannel({ channel_id: "1", voice_quality: 2, slow_mode: 5000 });
    kook.updateChannel({ channel_id: "1", voice_quality: "2" });
    // @ts-expect-error slow_mode takes only the listed milliseconds
    kook.updateChannel({ channel_id: "1", slow_mode: 7 });
    // @ts-expect-error the emoji file is a Blob, not a path
    kook.createGuildEmoji({ guild_id: "1", emoji: "./smile.png" });
    // @ts-expect-error mute type is 1 (microphone) or 2 (headset)
    kook.createGuildMute({ guild_id: "1", user_id: "2", type: 3 });
  });

  it("take one params object merging query and body fields, and call options", () => {
    kook.getUser({ user_id: "1", guild_id: "2" }, { timeoutMs: 100, signal: AbortSignal.timeout(1) });
    kook.createInvite({ channel_id: "1", duration: 0, setting_times: -1 });
    kook.getCurrentUser();
    expectTypeOf(kook.getUser).parameter(1).toEqualTypeOf<CallOptions | undefined>();
  });

  it("reject wrong params", () => {
    // @ts-expect-error user_id is required
    kook.getUser({ guild_id: "2" });
    // @ts-expect-error user_id is a string
    kook.getUser({ user_id: 42 });
    // @ts-expect-error unknown key
    kook.getUser({ user_id: "1", userId: "1" });
    // @ts-expect-error duration is one of the documented values
    kook.createInvite({ guild_id: "1", duration: 123, setting_times: -1 });
    // @ts-expect-error sort is 1 or 2
    kook.listThreads({ channel_id: "1", sort: 3 });
    // @ts-expect-error the params object is required when a field is
    kook.getThread();
    // @ts-expect-error a guild or a channel is required
    kook.createInvite({ duration: 0, setting_times: -1 });
    // @ts-expect-error getCurrentUser takes no params
    kook.getCurrentUser({ user_id: "1" });
    // @ts-expect-error a game activity needs the game's id
    kook.createGameActivity({ data_type: 1 });
    // @ts-expect-error a music activity needs the singer and the song
    kook.createGameActivity({ data_type: 2 });
    kook.createGameActivity({ data_type: 1, id: 7 });
    kook.createGameActivity({ data_type: 2, singer: "s", music_name: "m" });
  });

  it("paginate every paged operation, yielding items", () => {
    type Invite = KookComponents["schemas"]["Invite"];
    expectTypeOf(kook.paginate.listInvites({ guild_id: "1" })).toEqualTypeOf<AsyncGenerator<Invite, void, undefined>>();
    expectTypeOf(kook.paginate.listThreads).returns.toEqualTypeOf<AsyncGenerator<Awaited<ReturnType<KookClient["listThreads"]>>["items"][number], void, undefined>>();
    // the paginator sets the page, so the page that listThreadPosts requires is optional here
    kook.paginate.listThreadPosts({ channel_id: "1", thread_id: "2", order: "asc" });
    expectTypeOf<keyof KookClient["paginate"]>().toEqualTypeOf<
      | "listInvites"
      | "listThreads"
      | "listThreadPosts"
      // kook-a: guild, channel, role, emoji, blacklist
      | "listGuilds"
      | "listGuildMembers"
      | "listGuildBoosts"
      | "listChannels"
      | "listJoinedVoiceChannels"
      | "listGuildRoles"
      | "listGuildEmojis"
      | "listBlacklist"
      // kook-b: message, direct-message, user-chat, voice, game
      | "listMessages"
      | "listDirectMessages"
      | "listUserChats"
      | "listVoiceChannels"
      | "listGames"
    >();
    // @ts-expect-error getUser is not paged
    kook.paginate.getUser;
    // @ts-expect-error channel_id is required
    kook.paginate.listThreads({});
    // @ts-expect-error the thread list pages by its time cursor, not by page
    kook.paginate.listThreads({ channel_id: "1", page: 3 });
    kook.paginate.listInvites({ guild_id: "1", page: 3 });
    const maybePage: number | undefined = undefined;
    kook.paginate.listInvites({ guild_id: "1", page: maybePage });
    const maybeId: string | undefined = undefined;
    kook.listInvites({ guild_id: maybeId, channel_id: "1" }, { signal: undefined });
    expectTypeOf<KookPaginate>().toEqualTypeOf<KookClient["paginate"]>();
  });

  it("paginate the message lists by reference message, yielding messages", () => {
    type Message = Awaited<ReturnType<KookClient["listMessages"]>>["items"][number];
    type DirectMessage = Awaited<ReturnType<KookClient["listDirectMessages"]>>["items"][number];
    expectTypeOf(kook.paginate.listMessages({ target_id: "1" })).toEqualTypeOf<AsyncGenerator<Message, void, undefined>>();
    expectTypeOf(kook.paginate.listDirectMessages({ chat_code: "c", msg_id: "m", flag: "after" })).toEqualTypeOf<AsyncGenerator<DirectMessage, void, undefined>>();
    expectTypeOf<Message>().toHaveProperty("create_at");
    kook.paginate.listMessages({ target_id: "1", msg_id: "m", flag: "before", page_size: 100 });
    // @ts-expect-error target_id is required
    kook.paginate.listMessages({ msg_id: "m" });
    // @ts-expect-error a walk goes before or after the reference, not around it
    kook.paginate.listMessages({ target_id: "1", msg_id: "m", flag: "around" });
    // @ts-expect-error the direct-message list pages by reference message, not by page
    kook.paginate.listDirectMessages({ chat_code: "c", page: 2 });
  });

  it("keep the path-based openapi-fetch client as raw, given by withRaw", () => {
    const withKookRaw = withRaw(kook);
    withKookRaw.raw.GET("/user/me");
    // @ts-expect-error unknown path
    withKookRaw.raw.GET("/user/nope");
    withRaw(tomon).raw.GET("/invites/{inviteCode}", { params: { path: { inviteCode: "abc" } } });
    withRaw(mirai).use({ onRequest: () => undefined });
    expectTypeOf(withKookRaw.getCurrentUser).toEqualTypeOf<KookClient["getCurrentUser"]>();
    // @ts-expect-error the client entries leave `raw` out
    kook.raw;
  });

  it("throw typed errors", () => {
    expectTypeOf<KookApiError>().toMatchTypeOf<ApiError>();
    expectTypeOf<KookApiError["code"]>().toEqualTypeOf<number | "[REDACTED]" | undefined>();
  });
});

describe("Tomon methods", () => {
  it("fill path parameters from the params object and return the body", () => {
    expectTypeOf(tomon.getInvite({ inviteCode: "abc" })).resolves.toEqualTypeOf<TomonComponents["schemas"]["Invite"]>();
    expectTypeOf(tomon.deleteInvite).returns.resolves.toEqualTypeOf<void>();
    tomon.createChannelInvite({ channelId: "1" });
    tomon.createChannelInvite({ channelId: "1", max_age: 60 });
  });

  it("reject wrong params", () => {
    // @ts-expect-error the path parameter is required
    tomon.getInvite({});
    // @ts-expect-error max_age is a number
    tomon.createChannelInvite({ channelId: "1", max_age: "60" });
    // @ts-expect-error unknown key
    tomon.createChannelInvite({ channelId: "1", maxAge: 60 });
  });
});

describe("mirai methods and sessions", () => {
  it("type a session's methods without the session key", async () => {
    const session = await mirai.openSession(123);
    expectTypeOf(session).toEqualTypeOf<MiraiSession>();
    expectTypeOf(session.sessionKey).toEqualTypeOf<string>();
    session.sendFriendMessage({ target: 1, messageChain: [plain("hi"), at(2, "@a"), face(1), image("id")] });
    expectTypeOf(session.uploadImage({ type: "group", img: Buffer.from("") })).resolves.toEqualTypeOf<string>();
    session.uploadImage({ type: "friend", img: new Blob([]) });
    expectTypeOf(session.release).returns.toEqualTypeOf<Promise<void>>();
    expectTypeOf(session[Symbol.asyncDispose]).returns.toEqualTypeOf<Promise<void>>();
    // @ts-expect-error the session fills in the session key
    session.listFriends({ sessionKey: "x" });
    // @ts-expect-error type is friend or group
    session.uploadImage({ type: "temp", img: new Blob([]) });
    // @ts-expect-error not a message chain element
    session.sendGroupMessage({ target: 1, messageChain: [{ type: "Plain", txt: "hi" }] });
    session.sendImageMessage({ group: 1, urls: ["https://x/y.png"] });
    expectTypeOf(session.sendImageMessage).returns.resolves.toEqualTypeOf<string[]>();
    // @ts-expect-error one of target, qq and group is required
    session.sendImageMessage({ urls: ["https://x/y.png"] });
    // @ts-expect-error auth and verify are not session methods
    session.verifySession;
  });

  it("return the data without the failure variant of the 200 body, and the key of either /auth shape", () => {
    expectTypeOf(mirai.listFriends).returns.resolves.toEqualTypeOf<MiraiComponents["schemas"]["Friend"][]>();
    expectTypeOf(mirai.getGroupConfig).returns.resolves.toEqualTypeOf<MiraiComponents["schemas"]["GroupConfig"]>();
    expectTypeOf(mirai.authenticate).returns.resolves.toEqualTypeOf<
      MiraiComponents["schemas"]["AuthResult"] | MiraiComponents["schemas"]["LegacyAuthResult"]
    >();
  });

  it("type an incoming Source with `uid` or `id`, and quote it either way", () => {
    const older: MiraiComponents["schemas"]["Source"] = { type: "Source", uid: 1 };
    const newer: MiraiComponents["schemas"]["Source"] = { type: "Source", id: 1 };
    expectTypeOf(quoteTarget(older)).toEqualTypeOf<number>();
    const chain: MiraiComponents["schemas"]["MessageChain"] = [newer, { type: "Plain", text: "hi" }];
    mirai.sendQuoteMessage({ sessionKey: "s", target: quoteTarget(chain), messageChain: [plain("re")] });
  });

  it("need the session key on the client's own methods", () => {
    mirai.listFriends({ sessionKey: "s" });
    // @ts-expect-error sessionKey is required
    mirai.listFriends({});
    // @ts-expect-error target is a number
    mirai.muteAll({ sessionKey: "s", target: "1" });
  });

  it("name status codes", () => {
    expectTypeOf<MiraiApiError["code"]>().toEqualTypeOf<number | "[REDACTED]" | undefined>();
    expectTypeOf<MiraiApiError["codeName"]>().toEqualTypeOf<
      "OK" | "WRONG_AUTH_KEY" | "BOT_NOT_FOUND" | "SESSION_INVALID" | "SESSION_NOT_VERIFIED" | "TARGET_NOT_FOUND" | "NO_PERMISSION" | "BOT_MUTED" | "BAD_REQUEST" | undefined
    >();
  });
});
