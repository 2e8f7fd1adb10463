import type { operations, paths } from "./schema.js";
import { type MiraiClientOptions, type MiraiClientBase, type OperationParams, type OperationResult, type MiraiSessionBase, type SessionParams } from "../../src/mirai/client.js";
export type { operations, paths, components } from "./schema.js";
export * from "../../src/mirai/index.js";
/** The server the client calls unless `baseUrl` is given. */
export declare const defaultBaseUrl = "http://localhost:8080";
/** Method, path, and where each input goes, per operationId. */
export type MiraiClientOperationTable = {
    readonly authenticate: {
        readonly method: "post";
        readonly path: "/auth";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly verifySession: {
        readonly method: "post";
        readonly path: "/verify";
        readonly parameters: {};
        readonly body: "application/json";
        readonly secrets: readonly ["sessionKey"];
    };
    readonly releaseSession: {
        readonly method: "post";
        readonly path: "/release";
        readonly parameters: {};
        readonly body: "application/json";
        readonly secrets: readonly ["sessionKey"];
    };
    readonly sendFriendMessage: {
        readonly method: "post";
        readonly path: "/sendFriendMessage";
        readonly parameters: {};
        readonly body: "application/json";
        readonly secrets: readonly ["sessionKey"];
    };
    readonly sendGroupMessage: {
        readonly method: "post";
        readonly path: "/sendGroupMessage";
        readonly parameters: {};
        readonly body: "application/json";
        readonly secrets: readonly ["sessionKey"];
    };
    readonly sendQuoteMessage: {
        readonly method: "post";
        readonly path: "/sendQuoteMessage";
        readonly parameters: {};
        readonly body: "application/json";
        readonly secrets: readonly ["sessionKey"];
    };
    readonly quoteMessage: {
        readonly method: "post";
        readonly path: "/quoteMessage";
        readonly parameters: {};
        readonly body: "application/json";
        readonly secrets: readonly ["sessionKey"];
    };
    readonly sendImageMessage: {
        readonly method: "post";
        readonly path: "/sendImageMessage";
        readonly parameters: {};
        readonly body: "application/json";
        readonly secrets: readonly ["sessionKey"];
    };
    readonly uploadImage: {
        readonly method: "post";
        readonly path: "/uploadImage";
        readonly parameters: {};
        readonly body: "multipart/form-data";
        readonly response: "text/plain";
        readonly secrets: readonly ["sessionKey"];
    };
    readonly fetchMessages: {
        readonly method: "get";
        readonly path: "/fetchMessage";
        readonly parameters: {
            readonly sessionKey: "query";
            readonly count: "query";
        };
        readonly secrets: readonly ["sessionKey"];
        readonly notIdempotent: true;
    };
    readonly listFriends: {
        readonly method: "get";
        readonly path: "/friendList";
        readonly parameters: {
            readonly sessionKey: "query";
        };
        readonly secrets: readonly ["sessionKey"];
    };
    readonly listGroups: {
        readonly method: "get";
        readonly path: "/groupList";
        readonly parameters: {
            readonly sessionKey: "query";
        };
        readonly secrets: readonly ["sessionKey"];
    };
    readonly listMembers: {
        readonly method: "get";
        readonly path: "/memberList";
        readonly parameters: {
            readonly sessionKey: "query";
            readonly target: "query";
        };
        readonly secrets: readonly ["sessionKey"];
    };
    readonly muteAll: {
        readonly method: "post";
        readonly path: "/muteAll";
        readonly parameters: {};
        readonly body: "application/json";
        readonly secrets: readonly ["sessionKey"];
    };
    readonly unmuteAll: {
        readonly method: "post";
        readonly path: "/unmuteAll";
        readonly parameters: {};
        readonly body: "application/json";
        readonly secrets: readonly ["sessionKey"];
    };
    readonly muteMember: {
        readonly method: "post";
        readonly path: "/mute";
        readonly parameters: {};
        readonly body: "application/json";
        readonly secrets: readonly ["sessionKey"];
    };
    readonly unmuteMember: {
        readonly method: "post";
        readonly path: "/unmute";
        readonly parameters: {};
        readonly body: "application/json";
        readonly secrets: readonly ["sessionKey"];
    };
    readonly kickMember: {
        readonly method: "post";
        readonly path: "/kick";
        readonly parameters: {};
        readonly body: "application/json";
        readonly secrets: readonly ["sessionKey"];
    };
    readonly getGroupConfig: {
        readonly method: "get";
        readonly path: "/groupConfig";
        readonly parameters: {
            readonly sessionKey: "query";
            readonly target: "query";
        };
        readonly secrets: readonly ["sessionKey"];
    };
    readonly updateGroupConfig: {
        readonly method: "post";
        readonly path: "/groupConfig";
        readonly parameters: {};
        readonly body: "application/json";
        readonly secrets: readonly ["sessionKey"];
    };
    readonly getMemberInfo: {
        readonly method: "get";
        readonly path: "/memberInfo";
        readonly parameters: {
            readonly sessionKey: "query";
            readonly target: "query";
            readonly memberId: "query";
        };
        readonly secrets: readonly ["sessionKey"];
    };
    readonly updateMemberInfo: {
        readonly method: "post";
        readonly path: "/memberInfo";
        readonly parameters: {};
        readonly body: "application/json";
        readonly secrets: readonly ["sessionKey"];
    };
};
export declare const operationTable: MiraiClientOperationTable;
/** mirai-api-http client: one method per operation, plus `raw` (openapi-fetch). */
export interface MiraiClient extends MiraiClientBase<paths, operations, MiraiSession> {
    /**
     * Start a session (`POST /auth`).
     *
     * Step 1 of the session flow (auth → verify → use → release). Exchanges the server's auth key for a new, not yet verified session key. Verify the key with `/verify` within 180 seconds, or the server drops it. A wrong auth key is answered with HTTP 200 and `{"code": 1, "msg": ...}` (a `StatusResponse`) instead of the session.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/session/operation/authenticate | authenticate in the reference}
     */
    authenticate(...args: OperationParams<operations["authenticate"]>): Promise<AuthenticateResult>;
    /**
     * Verify a session (`POST /verify`).
     *
     * Step 2 of the session flow (auth → verify → use → release). Activates a session key from `/auth` and binds it to an already logged-in bot. A session is bound to exactly one bot; a bot may have several sessions. A verified session lives until `/release`, or, on builds from 2020-02-26 on, until it has gone unused for 30 minutes (the server then releases it, and its key answers code 3). Status codes: 2 when no logged-in bot has the QQ number, 3 when the key is unknown or expired.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/session/operation/verifySession | verifySession in the reference}
     */
    verifySession(...args: OperationParams<operations["verifySession"]>): Promise<VerifySessionResult>;
    /**
     * Release a session (`POST /release`).
     *
     * Last step of the session flow (auth → verify → use → release). Releases a verified session and the resources it holds; the bot itself stays logged in. Release every session you no longer use: until then it keeps queuing the bot's incoming messages, which leaks memory (builds from 2020-02-26 on release a session unused for 30 minutes themselves; releasing it afterwards answers code 3). Status code 2 when no logged-in bot has the number `qq`, 5 when `qq` is not the bot bound to the session, 4 when the session was never verified.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/session/operation/releaseSession | releaseSession in the reference}
     */
    releaseSession(...args: OperationParams<operations["releaseSession"]>): Promise<ReleaseSessionResult>;
    /**
     * Send a message to a friend (`POST /sendFriendMessage`).
     *
     * Sends a message chain to one of the bot's friends. Needs a verified session (auth → verify → use → release); pass its key as `sessionKey` in the body. Status code 5 when the bot has no such friend.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/message/operation/sendFriendMessage | sendFriendMessage in the reference}
     */
    sendFriendMessage(...args: OperationParams<operations["sendFriendMessage"]>): Promise<SendFriendMessageResult>;
    /**
     * Send a message to a group (`POST /sendGroupMessage`).
     *
     * Sends a message chain to a group the bot is in. Needs a verified session (auth → verify → use → release); pass its key as `sessionKey` in the body. Status code 5 when the bot is not in the group.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/message/operation/sendGroupMessage | sendGroupMessage in the reference}
     */
    sendGroupMessage(...args: OperationParams<operations["sendGroupMessage"]>): Promise<SendGroupMessageResult>;
    /**
     * Quote-reply to a group message (`POST /sendQuoteMessage`).
     *
     * Replies to a received group message, quoting it (group messages only). `target` is the id of the `Source` element of a group message returned by the latest `/fetchMessage` call (each fetch replaces the set of quotable messages): its `id`, or its `uid` on builds up to 2020-02-22. Needs a verified session (auth → verify → use → release); pass its key as `sessionKey` in the body. Status code 5 when no such message is known. This route exists from the build of 2020-02-23 on; the builds of 2020-02-14 to 2020-02-22 serve the same request at `/quoteMessage` (see there), and this client's `sendQuoteMessage` falls back to that route when the server answers 404.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/message/operation/sendQuoteMessage | sendQuoteMessage in the reference}
     */
    sendQuoteMessage(...args: OperationParams<operations["sendQuoteMessage"]>): Promise<SendQuoteMessageResult>;
    /**
     * Quote-reply to a group message (older route) (`POST /quoteMessage`).
     *
     * The route of quote replies in the server builds of 2020-02-14 to 2020-02-22; from 2020-02-23 on the same request is served at `/sendQuoteMessage`, and this route answers 404. Request and response are those of `/sendQuoteMessage`. Needs a verified session (auth → verify → use → release); pass its key as `sessionKey` in the body. Use `/sendQuoteMessage`: this client's `sendQuoteMessage` and `quoteMessage` both try the other route when the server answers 404.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/message/operation/quoteMessage | quoteMessage in the reference}
     */
    quoteMessage(...args: OperationParams<operations["quoteMessage"]>): Promise<QuoteMessageResult>;
    /**
     * Send images by URL (`POST /sendImageMessage`).
     *
     * Downloads the images at the given URLs, uploads them and sends them as one message to a friend or a group; returns the image ids. Give at least one of `target`, `qq` and `group` (checked in that order). Needs a verified session (auth → verify → use → release); pass its key as `sessionKey` in the body. Failures with codes 3, 4 and 5 come back as HTTP 200 with a `StatusResponse` body instead of the array. The doc shows this route as `POST /sendGroupMessage`, a copy-paste error; the server serves it at `/sendImageMessage`.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/message/operation/sendImageMessage | sendImageMessage in the reference}
     */
    sendImageMessage(...args: OperationParams<operations["sendImageMessage"]>): Promise<SendImageMessageResult>;
    /**
     * Upload an image (`POST /uploadImage`).
     *
     * Uploads an image file and returns its image id as plain text, for use in `Image` message elements. Friend and group image ids differ, so choose `type` by where the image will be sent. Needs a verified session (auth → verify → use → release); pass its key as the `sessionKey` form field. Every failure (unknown or unverified session, bad `type`, missing `img`) surfaces as HTTP 500, never as a status code. The doc shows this route as `POST /sendGroupMessage`, a copy-paste error; the server serves it at `/uploadImage`.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/message/operation/uploadImage | uploadImage in the reference}
     */
    uploadImage(...args: OperationParams<operations["uploadImage"]>): Promise<UploadImageResult>;
    /**
     * Fetch received messages (`GET /fetchMessage`).
     *
     * Removes and returns up to `count` of the messages the bot received since the session was verified, oldest first (an empty array when none are queued). Builds from 2020-02-20 on queue events too (a member muted, the bot pushed offline, ...): the items are then messages and events, told apart by `type`. Group messages fetched here become the quotable messages for `/sendQuoteMessage` (each call replaces them). Needs a verified session (auth → verify → use → release); pass its key as the `sessionKey` query parameter. Failures with codes 3 and 4 come back as HTTP 200 with a `StatusResponse` body instead of the array.
     * Although a GET, it is not idempotent: each call takes the messages it returns off the session's queue, so a second call after a lost answer returns the next messages and the lost ones are gone. `x-idempotent: false` tells clients not to resend it (the generated client never retries it); a caller that sees it fail has lost at most that one batch.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/message/operation/fetchMessages | fetchMessages in the reference}
     */
    fetchMessages(...args: OperationParams<operations["fetchMessages"]>): Promise<FetchMessagesResult>;
    /**
     * List the bot's friends (`GET /friendList`).
     *
     * Returns the friend list of the bot bound to the session. Needs a verified session (auth → verify → use → release); pass its key as the `sessionKey` query parameter. Failures with codes 3 and 4 come back as HTTP 200 with a `StatusResponse` body instead of the array.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/friend/operation/listFriends | listFriends in the reference}
     */
    listFriends(...args: OperationParams<operations["listFriends"]>): Promise<ListFriendsResult>;
    /**
     * List the bot's groups (`GET /groupList`).
     *
     * Returns the groups the bot bound to the session is in, with the bot's permission in each. Needs a verified session (auth → verify → use → release); pass its key as the `sessionKey` query parameter. Failures with codes 3 and 4 come back as HTTP 200 with a `StatusResponse` body instead of the array.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/group/operation/listGroups | listGroups in the reference}
     */
    listGroups(...args: OperationParams<operations["listGroups"]>): Promise<ListGroupsResult>;
    /**
     * List the members of a group (`GET /memberList`).
     *
     * Returns the members of a group the bot is in. Needs a verified session (auth → verify → use → release); pass its key as the `sessionKey` query parameter. The doc's URL example omits `target`, but its table and the server require it. Failures with codes 3, 4 and 5 come back as HTTP 200 with a `StatusResponse` body instead of the array.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/member/operation/listMembers | listMembers in the reference}
     */
    listMembers(...args: OperationParams<operations["listMembers"]>): Promise<ListMembersResult>;
    /**
     * Mute the whole group (`POST /muteAll`).
     *
     * Turns on whole-group mute (全体禁言) in a group; the bot must be an administrator or the owner (status code 10 otherwise). Needs a verified session (auth → verify → use → release); pass its key as `sessionKey` in the body. Status code 5 when the bot is not in the group. The server parses this body with the type of `/mute`, so it also tolerates (and ignores) `memberId` and `time`; the spec leaves them out.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/group/operation/muteAll | muteAll in the reference}
     */
    muteAll(...args: OperationParams<operations["muteAll"]>): Promise<MuteAllResult>;
    /**
     * Lift the whole-group mute (`POST /unmuteAll`).
     *
     * Turns off whole-group mute (全体禁言) in a group; the bot must be an administrator or the owner (status code 10 otherwise). Needs a verified session (auth → verify → use → release); pass its key as `sessionKey` in the body. Status code 5 when the bot is not in the group. The server parses this body with the type of `/mute`, so it also tolerates (and ignores) `memberId` and `time`; the spec leaves them out.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/group/operation/unmuteAll | unmuteAll in the reference}
     */
    unmuteAll(...args: OperationParams<operations["unmuteAll"]>): Promise<UnmuteAllResult>;
    /**
     * Mute a group member (`POST /mute`).
     *
     * Mutes one member of a group for a number of seconds; the bot needs a higher permission than the member (status code 10 otherwise). Needs a verified session (auth → verify → use → release); pass its key as `sessionKey` in the body. Status code 5 when the group or member does not exist.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/member/operation/muteMember | muteMember in the reference}
     */
    muteMember(...args: OperationParams<operations["muteMember"]>): Promise<MuteMemberResult>;
    /**
     * Unmute a group member (`POST /unmute`).
     *
     * Lifts the mute of one member of a group; the bot needs a higher permission than the member (status code 10 otherwise). Needs a verified session (auth → verify → use → release); pass its key as `sessionKey` in the body. Status code 5 when the group or member does not exist. The doc describes this route with the sentence of `/unmuteAll` by mistake; it acts on one member.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/member/operation/unmuteMember | unmuteMember in the reference}
     */
    unmuteMember(...args: OperationParams<operations["unmuteMember"]>): Promise<UnmuteMemberResult>;
    /**
     * Remove a member from a group (`POST /kick`).
     *
     * Removes one member from a group; the bot needs a higher permission than the member (status code 10 otherwise). Needs a verified session (auth → verify → use → release); pass its key as `sessionKey` in the body. Status code 5 when the group or member does not exist.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/member/operation/kickMember | kickMember in the reference}
     */
    kickMember(...args: OperationParams<operations["kickMember"]>): Promise<KickMemberResult>;
    /**
     * Get a group's settings (`GET /groupConfig`).
     *
     * Returns the settings of a group the bot is in. Needs a verified session (auth → verify → use → release); pass its key as the `sessionKey` query parameter. Failures with codes 3, 4 and 5 come back as HTTP 200 with a `StatusResponse` body instead of the settings.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/group/operation/getGroupConfig | getGroupConfig in the reference}
     */
    getGroupConfig(...args: OperationParams<operations["getGroupConfig"]>): Promise<GetGroupConfigResult>;
    /**
     * Change a group's settings (`POST /groupConfig`).
     *
     * Changes the given settings of a group; the bot needs to be an administrator or the owner (status code 10 otherwise). `autoApprove` and `anonymousChat` are accepted but not applied at this version. Needs a verified session (auth → verify → use → release); pass its key as `sessionKey` in the body. Status code 5 when the bot is not in the group.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/group/operation/updateGroupConfig | updateGroupConfig in the reference}
     */
    updateGroupConfig(...args: OperationParams<operations["updateGroupConfig"]>): Promise<UpdateGroupConfigResult>;
    /**
     * Get a member's group profile (`GET /memberInfo`).
     *
     * Returns the group card and special title of one member of a group. Needs a verified session (auth → verify → use → release); pass its key as the `sessionKey` query parameter. Failures with codes 3, 4 and 5 come back as HTTP 200 with a `StatusResponse` body instead of the profile. The doc shows this route as `GET /groupConfig` with a response field `announcement`, both copy-paste errors; the server serves it at `/memberInfo` and answers `{name, specialTitle}`.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/member/operation/getMemberInfo | getMemberInfo in the reference}
     */
    getMemberInfo(...args: OperationParams<operations["getMemberInfo"]>): Promise<GetMemberInfoResult>;
    /**
     * Change a member's group profile (`POST /memberInfo`).
     *
     * Changes the group card and/or special title of one member of a group; the bot needs the matching permission (status code 10 otherwise). Needs a verified session (auth → verify → use → release); pass its key as `sessionKey` in the body. Status code 5 when the group or member does not exist.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/member/operation/updateMemberInfo | updateMemberInfo in the reference}
     */
    updateMemberInfo(...args: OperationParams<operations["updateMemberInfo"]>): Promise<UpdateMemberInfoResult>;
}
/** A verified session (`openSession`): every operation that needs a session key, with the key filled in. */
export interface MiraiSession extends MiraiSessionBase {
    /**
     * Send a message to a friend (`POST /sendFriendMessage`).
     *
     * Sends a message chain to one of the bot's friends. Needs a verified session (auth → verify → use → release); pass its key as `sessionKey` in the body. Status code 5 when the bot has no such friend.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/message/operation/sendFriendMessage | sendFriendMessage in the reference}
     */
    sendFriendMessage(...args: SessionParams<operations["sendFriendMessage"]>): Promise<SendFriendMessageResult>;
    /**
     * Send a message to a group (`POST /sendGroupMessage`).
     *
     * Sends a message chain to a group the bot is in. Needs a verified session (auth → verify → use → release); pass its key as `sessionKey` in the body. Status code 5 when the bot is not in the group.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/message/operation/sendGroupMessage | sendGroupMessage in the reference}
     */
    sendGroupMessage(...args: SessionParams<operations["sendGroupMessage"]>): Promise<SendGroupMessageResult>;
    /**
     * Quote-reply to a group message (`POST /sendQuoteMessage`).
     *
     * Replies to a received group message, quoting it (group messages only). `target` is the id of the `Source` element of a group message returned by the latest `/fetchMessage` call (each fetch replaces the set of quotable messages): its `id`, or its `uid` on builds up to 2020-02-22. Needs a verified session (auth → verify → use → release); pass its key as `sessionKey` in the body. Status code 5 when no such message is known. This route exists from the build of 2020-02-23 on; the builds of 2020-02-14 to 2020-02-22 serve the same request at `/quoteMessage` (see there), and this client's `sendQuoteMessage` falls back to that route when the server answers 404.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/message/operation/sendQuoteMessage | sendQuoteMessage in the reference}
     */
    sendQuoteMessage(...args: SessionParams<operations["sendQuoteMessage"]>): Promise<SendQuoteMessageResult>;
    /**
     * Quote-reply to a group message (older route) (`POST /quoteMessage`).
     *
     * The route of quote replies in the server builds of 2020-02-14 to 2020-02-22; from 2020-02-23 on the same request is served at `/sendQuoteMessage`, and this route answers 404. Request and response are those of `/sendQuoteMessage`. Needs a verified session (auth → verify → use → release); pass its key as `sessionKey` in the body. Use `/sendQuoteMessage`: this client's `sendQuoteMessage` and `quoteMessage` both try the other route when the server answers 404.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/message/operation/quoteMessage | quoteMessage in the reference}
     */
    quoteMessage(...args: SessionParams<operations["quoteMessage"]>): Promise<QuoteMessageResult>;
    /**
     * Send images by URL (`POST /sendImageMessage`).
     *
     * Downloads the images at the given URLs, uploads them and sends them as one message to a friend or a group; returns the image ids. Give at least one of `target`, `qq` and `group` (checked in that order). Needs a verified session (auth → verify → use → release); pass its key as `sessionKey` in the body. Failures with codes 3, 4 and 5 come back as HTTP 200 with a `StatusResponse` body instead of the array. The doc shows this route as `POST /sendGroupMessage`, a copy-paste error; the server serves it at `/sendImageMessage`.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/message/operation/sendImageMessage | sendImageMessage in the reference}
     */
    sendImageMessage(...args: SessionParams<operations["sendImageMessage"]>): Promise<SendImageMessageResult>;
    /**
     * Upload an image (`POST /uploadImage`).
     *
     * Uploads an image file and returns its image id as plain text, for use in `Image` message elements. Friend and group image ids differ, so choose `type` by where the image will be sent. Needs a verified session (auth → verify → use → release); pass its key as the `sessionKey` form field. Every failure (unknown or unverified session, bad `type`, missing `img`) surfaces as HTTP 500, never as a status code. The doc shows this route as `POST /sendGroupMessage`, a copy-paste error; the server serves it at `/uploadImage`.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/message/operation/uploadImage | uploadImage in the reference}
     */
    uploadImage(...args: SessionParams<operations["uploadImage"]>): Promise<UploadImageResult>;
    /**
     * Fetch received messages (`GET /fetchMessage`).
     *
     * Removes and returns up to `count` of the messages the bot received since the session was verified, oldest first (an empty array when none are queued). Builds from 2020-02-20 on queue events too (a member muted, the bot pushed offline, ...): the items are then messages and events, told apart by `type`. Group messages fetched here become the quotable messages for `/sendQuoteMessage` (each call replaces them). Needs a verified session (auth → verify → use → release); pass its key as the `sessionKey` query parameter. Failures with codes 3 and 4 come back as HTTP 200 with a `StatusResponse` body instead of the array.
     * Although a GET, it is not idempotent: each call takes the messages it returns off the session's queue, so a second call after a lost answer returns the next messages and the lost ones are gone. `x-idempotent: false` tells clients not to resend it (the generated client never retries it); a caller that sees it fail has lost at most that one batch.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/message/operation/fetchMessages | fetchMessages in the reference}
     */
    fetchMessages(...args: SessionParams<operations["fetchMessages"]>): Promise<FetchMessagesResult>;
    /**
     * List the bot's friends (`GET /friendList`).
     *
     * Returns the friend list of the bot bound to the session. Needs a verified session (auth → verify → use → release); pass its key as the `sessionKey` query parameter. Failures with codes 3 and 4 come back as HTTP 200 with a `StatusResponse` body instead of the array.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/friend/operation/listFriends | listFriends in the reference}
     */
    listFriends(...args: SessionParams<operations["listFriends"]>): Promise<ListFriendsResult>;
    /**
     * List the bot's groups (`GET /groupList`).
     *
     * Returns the groups the bot bound to the session is in, with the bot's permission in each. Needs a verified session (auth → verify → use → release); pass its key as the `sessionKey` query parameter. Failures with codes 3 and 4 come back as HTTP 200 with a `StatusResponse` body instead of the array.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/group/operation/listGroups | listGroups in the reference}
     */
    listGroups(...args: SessionParams<operations["listGroups"]>): Promise<ListGroupsResult>;
    /**
     * List the members of a group (`GET /memberList`).
     *
     * Returns the members of a group the bot is in. Needs a verified session (auth → verify → use → release); pass its key as the `sessionKey` query parameter. The doc's URL example omits `target`, but its table and the server require it. Failures with codes 3, 4 and 5 come back as HTTP 200 with a `StatusResponse` body instead of the array.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/member/operation/listMembers | listMembers in the reference}
     */
    listMembers(...args: SessionParams<operations["listMembers"]>): Promise<ListMembersResult>;
    /**
     * Mute the whole group (`POST /muteAll`).
     *
     * Turns on whole-group mute (全体禁言) in a group; the bot must be an administrator or the owner (status code 10 otherwise). Needs a verified session (auth → verify → use → release); pass its key as `sessionKey` in the body. Status code 5 when the bot is not in the group. The server parses this body with the type of `/mute`, so it also tolerates (and ignores) `memberId` and `time`; the spec leaves them out.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/group/operation/muteAll | muteAll in the reference}
     */
    muteAll(...args: SessionParams<operations["muteAll"]>): Promise<MuteAllResult>;
    /**
     * Lift the whole-group mute (`POST /unmuteAll`).
     *
     * Turns off whole-group mute (全体禁言) in a group; the bot must be an administrator or the owner (status code 10 otherwise). Needs a verified session (auth → verify → use → release); pass its key as `sessionKey` in the body. Status code 5 when the bot is not in the group. The server parses this body with the type of `/mute`, so it also tolerates (and ignores) `memberId` and `time`; the spec leaves them out.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/group/operation/unmuteAll | unmuteAll in the reference}
     */
    unmuteAll(...args: SessionParams<operations["unmuteAll"]>): Promise<UnmuteAllResult>;
    /**
     * Mute a group member (`POST /mute`).
     *
     * Mutes one member of a group for a number of seconds; the bot needs a higher permission than the member (status code 10 otherwise). Needs a verified session (auth → verify → use → release); pass its key as `sessionKey` in the body. Status code 5 when the group or member does not exist.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/member/operation/muteMember | muteMember in the reference}
     */
    muteMember(...args: SessionParams<operations["muteMember"]>): Promise<MuteMemberResult>;
    /**
     * Unmute a group member (`POST /unmute`).
     *
     * Lifts the mute of one member of a group; the bot needs a higher permission than the member (status code 10 otherwise). Needs a verified session (auth → verify → use → release); pass its key as `sessionKey` in the body. Status code 5 when the group or member does not exist. The doc describes this route with the sentence of `/unmuteAll` by mistake; it acts on one member.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/member/operation/unmuteMember | unmuteMember in the reference}
     */
    unmuteMember(...args: SessionParams<operations["unmuteMember"]>): Promise<UnmuteMemberResult>;
    /**
     * Remove a member from a group (`POST /kick`).
     *
     * Removes one member from a group; the bot needs a higher permission than the member (status code 10 otherwise). Needs a verified session (auth → verify → use → release); pass its key as `sessionKey` in the body. Status code 5 when the group or member does not exist.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/member/operation/kickMember | kickMember in the reference}
     */
    kickMember(...args: SessionParams<operations["kickMember"]>): Promise<KickMemberResult>;
    /**
     * Get a group's settings (`GET /groupConfig`).
     *
     * Returns the settings of a group the bot is in. Needs a verified session (auth → verify → use → release); pass its key as the `sessionKey` query parameter. Failures with codes 3, 4 and 5 come back as HTTP 200 with a `StatusResponse` body instead of the settings.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/group/operation/getGroupConfig | getGroupConfig in the reference}
     */
    getGroupConfig(...args: SessionParams<operations["getGroupConfig"]>): Promise<GetGroupConfigResult>;
    /**
     * Change a group's settings (`POST /groupConfig`).
     *
     * Changes the given settings of a group; the bot needs to be an administrator or the owner (status code 10 otherwise). `autoApprove` and `anonymousChat` are accepted but not applied at this version. Needs a verified session (auth → verify → use → release); pass its key as `sessionKey` in the body. Status code 5 when the bot is not in the group.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/group/operation/updateGroupConfig | updateGroupConfig in the reference}
     */
    updateGroupConfig(...args: SessionParams<operations["updateGroupConfig"]>): Promise<UpdateGroupConfigResult>;
    /**
     * Get a member's group profile (`GET /memberInfo`).
     *
     * Returns the group card and special title of one member of a group. Needs a verified session (auth → verify → use → release); pass its key as the `sessionKey` query parameter. Failures with codes 3, 4 and 5 come back as HTTP 200 with a `StatusResponse` body instead of the profile. The doc shows this route as `GET /groupConfig` with a response field `announcement`, both copy-paste errors; the server serves it at `/memberInfo` and answers `{name, specialTitle}`.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/member/operation/getMemberInfo | getMemberInfo in the reference}
     */
    getMemberInfo(...args: SessionParams<operations["getMemberInfo"]>): Promise<GetMemberInfoResult>;
    /**
     * Change a member's group profile (`POST /memberInfo`).
     *
     * Changes the group card and/or special title of one member of a group; the bot needs the matching permission (status code 10 otherwise). Needs a verified session (auth → verify → use → release); pass its key as `sessionKey` in the body. Status code 5 when the group or member does not exist.
     *
     * @see {@link https://botspec.github.io/botspec/mirai.html#tag/member/operation/updateMemberInfo | updateMemberInfo in the reference}
     */
    updateMemberInfo(...args: SessionParams<operations["updateMemberInfo"]>): Promise<UpdateMemberInfoResult>;
}
/** What `authenticate` resolves to. */
export type AuthenticateResult = OperationResult<operations["authenticate"]>;
/** What `verifySession` resolves to. */
export type VerifySessionResult = OperationResult<operations["verifySession"]>;
/** What `releaseSession` resolves to. */
export type ReleaseSessionResult = OperationResult<operations["releaseSession"]>;
/** What `sendFriendMessage` resolves to. */
export type SendFriendMessageResult = OperationResult<operations["sendFriendMessage"]>;
/** What `sendGroupMessage` resolves to. */
export type SendGroupMessageResult = OperationResult<operations["sendGroupMessage"]>;
/** What `sendQuoteMessage` resolves to. */
export type SendQuoteMessageResult = OperationResult<operations["sendQuoteMessage"]>;
/** What `quoteMessage` resolves to. */
export type QuoteMessageResult = OperationResult<operations["quoteMessage"]>;
/** What `sendImageMessage` resolves to. */
export type SendImageMessageResult = OperationResult<operations["sendImageMessage"]>;
/** What `uploadImage` resolves to. */
export type UploadImageResult = OperationResult<operations["uploadImage"]>;
/** What `fetchMessages` resolves to. */
export type FetchMessagesResult = OperationResult<operations["fetchMessages"]>;
/** What `listFriends` resolves to. */
export type ListFriendsResult = OperationResult<operations["listFriends"]>;
/** What `listGroups` resolves to. */
export type ListGroupsResult = OperationResult<operations["listGroups"]>;
/** What `listMembers` resolves to. */
export type ListMembersResult = OperationResult<operations["listMembers"]>;
/** What `muteAll` resolves to. */
export type MuteAllResult = OperationResult<operations["muteAll"]>;
/** What `unmuteAll` resolves to. */
export type UnmuteAllResult = OperationResult<operations["unmuteAll"]>;
/** What `muteMember` resolves to. */
export type MuteMemberResult = OperationResult<operations["muteMember"]>;
/** What `unmuteMember` resolves to. */
export type UnmuteMemberResult = OperationResult<operations["unmuteMember"]>;
/** What `kickMember` resolves to. */
export type KickMemberResult = OperationResult<operations["kickMember"]>;
/** What `getGroupConfig` resolves to. */
export type GetGroupConfigResult = OperationResult<operations["getGroupConfig"]>;
/** What `updateGroupConfig` resolves to. */
export type UpdateGroupConfigResult = OperationResult<operations["updateGroupConfig"]>;
/** What `getMemberInfo` resolves to. */
export type GetMemberInfoResult = OperationResult<operations["getMemberInfo"]>;
/** What `updateMemberInfo` resolves to. */
export type UpdateMemberInfoResult = OperationResult<operations["updateMemberInfo"]>;
export declare function createMiraiClient(options: MiraiClientOptions): MiraiClient;
