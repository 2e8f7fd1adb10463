import type { operations, paths } from "./schema.js";
import { type KookClientOptions, type KookClientBase, type OperationParams, type OperationResult, type KookPaginateOf } from "../../src/kook/client.js";
export type { operations, paths, components } from "./schema.js";
export * from "../../src/kook/index.js";
/** The server the client calls unless `baseUrl` is given. */
export declare const defaultBaseUrl = "https://www.kookapp.cn/api/v3";
/** `KookPaginateOf` of this API's operations. */
export type KookPaginate = KookPaginateOf<operations>;
/** Method, path, and where each input goes, per operationId. */
export type KookClientOperationTable = {
    readonly listInvites: {
        readonly method: "get";
        readonly path: "/invite/list";
        readonly parameters: {
            readonly guild_id: "query";
            readonly channel_id: "query";
            readonly page: "query";
            readonly page_size: "query";
        };
    };
    readonly createInvite: {
        readonly method: "post";
        readonly path: "/invite/create";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly deleteInvite: {
        readonly method: "post";
        readonly path: "/invite/delete";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly getCurrentUser: {
        readonly method: "get";
        readonly path: "/user/me";
        readonly parameters: {};
        readonly noInput: true;
    };
    readonly getUser: {
        readonly method: "get";
        readonly path: "/user/view";
        readonly parameters: {
            readonly user_id: "query";
            readonly guild_id: "query";
        };
    };
    readonly setBotOffline: {
        readonly method: "post";
        readonly path: "/user/offline";
        readonly parameters: {};
        readonly noInput: true;
    };
    readonly setBotOnline: {
        readonly method: "post";
        readonly path: "/user/online";
        readonly parameters: {};
        readonly noInput: true;
    };
    readonly getBotOnlineStatus: {
        readonly method: "get";
        readonly path: "/user/get-online-status";
        readonly parameters: {};
        readonly noInput: true;
    };
    readonly listCategories: {
        readonly method: "get";
        readonly path: "/category/list";
        readonly parameters: {
            readonly channel_id: "query";
        };
    };
    readonly createThread: {
        readonly method: "post";
        readonly path: "/thread/create";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly createThreadReply: {
        readonly method: "post";
        readonly path: "/thread/reply";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly getThread: {
        readonly method: "get";
        readonly path: "/thread/view";
        readonly parameters: {
            readonly channel_id: "query";
            readonly thread_id: "query";
        };
    };
    readonly listThreads: {
        readonly method: "get";
        readonly path: "/thread/list";
        readonly parameters: {
            readonly channel_id: "query";
            readonly category_id: "query";
            readonly sort: "query";
            readonly page_size: "query";
            readonly time: "query";
        };
    };
    readonly deleteThread: {
        readonly method: "post";
        readonly path: "/thread/delete";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly listThreadPosts: {
        readonly method: "get";
        readonly path: "/thread/post";
        readonly parameters: {
            readonly channel_id: "query";
            readonly post_id: "query";
            readonly thread_id: "query";
            readonly time: "query";
            readonly page_size: "query";
            readonly order: "query";
            readonly page: "query";
        };
    };
    readonly listGuilds: {
        readonly method: "get";
        readonly path: "/guild/list";
        readonly parameters: {
            readonly page: "query";
            readonly page_size: "query";
            readonly sort: "query";
        };
    };
    readonly getGuild: {
        readonly method: "get";
        readonly path: "/guild/view";
        readonly parameters: {
            readonly guild_id: "query";
        };
    };
    readonly listGuildMembers: {
        readonly method: "get";
        readonly path: "/guild/user-list";
        readonly parameters: {
            readonly guild_id: "query";
            readonly channel_id: "query";
            readonly search: "query";
            readonly role_id: "query";
            readonly mobile_verified: "query";
            readonly active_time: "query";
            readonly joined_at: "query";
            readonly page: "query";
            readonly page_size: "query";
            readonly filter_user_id: "query";
        };
    };
    readonly setGuildNickname: {
        readonly method: "post";
        readonly path: "/guild/nickname";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly leaveGuild: {
        readonly method: "post";
        readonly path: "/guild/leave";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly kickGuildMember: {
        readonly method: "post";
        readonly path: "/guild/kickout";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly listGuildMutes: {
        readonly method: "get";
        readonly path: "/guild-mute/list";
        readonly parameters: {
            readonly guild_id: "query";
            readonly return_type: "query";
        };
    };
    readonly createGuildMute: {
        readonly method: "post";
        readonly path: "/guild-mute/create";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly deleteGuildMute: {
        readonly method: "post";
        readonly path: "/guild-mute/delete";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly listGuildBoosts: {
        readonly method: "get";
        readonly path: "/guild-boost/history";
        readonly parameters: {
            readonly guild_id: "query";
            readonly start_time: "query";
            readonly end_time: "query";
            readonly page: "query";
            readonly page_size: "query";
        };
    };
    readonly listChannels: {
        readonly method: "get";
        readonly path: "/channel/list";
        readonly parameters: {
            readonly page: "query";
            readonly page_size: "query";
            readonly guild_id: "query";
            readonly type: "query";
            readonly parent_id: "query";
        };
    };
    readonly getChannel: {
        readonly method: "get";
        readonly path: "/channel/view";
        readonly parameters: {
            readonly target_id: "query";
            readonly need_children: "query";
        };
    };
    readonly createChannel: {
        readonly method: "post";
        readonly path: "/channel/create";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly updateChannel: {
        readonly method: "post";
        readonly path: "/channel/update";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly deleteChannel: {
        readonly method: "post";
        readonly path: "/channel/delete";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly listVoiceChannelUsers: {
        readonly method: "get";
        readonly path: "/channel/user-list";
        readonly parameters: {
            readonly channel_id: "query";
        };
    };
    readonly moveVoiceChannelUsers: {
        readonly method: "post";
        readonly path: "/channel/move-user";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly kickVoiceChannelUser: {
        readonly method: "post";
        readonly path: "/channel/kickout";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly getChannelPermissions: {
        readonly method: "get";
        readonly path: "/channel-role/index";
        readonly parameters: {
            readonly channel_id: "query";
        };
    };
    readonly createChannelPermission: {
        readonly method: "post";
        readonly path: "/channel-role/create";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly updateChannelPermission: {
        readonly method: "post";
        readonly path: "/channel-role/update";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly syncChannelPermissions: {
        readonly method: "post";
        readonly path: "/channel-role/sync";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly deleteChannelPermission: {
        readonly method: "post";
        readonly path: "/channel-role/delete";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly listJoinedVoiceChannels: {
        readonly method: "get";
        readonly path: "/channel-user/get-joined-channel";
        readonly parameters: {
            readonly page: "query";
            readonly page_size: "query";
            readonly guild_id: "query";
            readonly user_id: "query";
        };
    };
    readonly listGuildRoles: {
        readonly method: "get";
        readonly path: "/guild-role/list";
        readonly parameters: {
            readonly guild_id: "query";
            readonly page: "query";
            readonly page_size: "query";
        };
    };
    readonly createGuildRole: {
        readonly method: "post";
        readonly path: "/guild-role/create";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly updateGuildRole: {
        readonly method: "post";
        readonly path: "/guild-role/update";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly deleteGuildRole: {
        readonly method: "post";
        readonly path: "/guild-role/delete";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly grantGuildRole: {
        readonly method: "post";
        readonly path: "/guild-role/grant";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly revokeGuildRole: {
        readonly method: "post";
        readonly path: "/guild-role/revoke";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly listGuildEmojis: {
        readonly method: "get";
        readonly path: "/guild-emoji/list";
        readonly parameters: {
            readonly page: "query";
            readonly page_size: "query";
            readonly guild_id: "query";
        };
    };
    readonly createGuildEmoji: {
        readonly method: "post";
        readonly path: "/guild-emoji/create";
        readonly parameters: {};
        readonly body: "multipart/form-data";
    };
    readonly updateGuildEmoji: {
        readonly method: "post";
        readonly path: "/guild-emoji/update";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly deleteGuildEmoji: {
        readonly method: "post";
        readonly path: "/guild-emoji/delete";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly listBlacklist: {
        readonly method: "get";
        readonly path: "/blacklist/list";
        readonly parameters: {
            readonly guild_id: "query";
            readonly page: "query";
            readonly page_size: "query";
        };
    };
    readonly createBlacklistEntry: {
        readonly method: "post";
        readonly path: "/blacklist/create";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly deleteBlacklistEntry: {
        readonly method: "post";
        readonly path: "/blacklist/delete";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly getIntimacy: {
        readonly method: "get";
        readonly path: "/intimacy/index";
        readonly parameters: {
            readonly user_id: "query";
        };
    };
    readonly updateIntimacy: {
        readonly method: "post";
        readonly path: "/intimacy/update";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly getGuildBadge: {
        readonly method: "get";
        readonly path: "/badge/guild";
        readonly parameters: {
            readonly guild_id: "query";
            readonly style: "query";
        };
        readonly response: "image/svg+xml";
    };
    readonly listMessages: {
        readonly method: "get";
        readonly path: "/message/list";
        readonly parameters: {
            readonly target_id: "query";
            readonly msg_id: "query";
            readonly pin: "query";
            readonly flag: "query";
            readonly page_size: "query";
        };
    };
    readonly getMessage: {
        readonly method: "get";
        readonly path: "/message/view";
        readonly parameters: {
            readonly msg_id: "query";
        };
    };
    readonly createMessage: {
        readonly method: "post";
        readonly path: "/message/create";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly updateMessage: {
        readonly method: "post";
        readonly path: "/message/update";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly deleteMessage: {
        readonly method: "post";
        readonly path: "/message/delete";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly listMessageReactionUsers: {
        readonly method: "get";
        readonly path: "/message/reaction-list";
        readonly parameters: {
            readonly msg_id: "query";
            readonly emoji: "query";
        };
    };
    readonly addMessageReaction: {
        readonly method: "post";
        readonly path: "/message/add-reaction";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly deleteMessageReaction: {
        readonly method: "post";
        readonly path: "/message/delete-reaction";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly sendPipeMessage: {
        readonly method: "post";
        readonly path: "/message/send-pipemsg";
        readonly parameters: {
            readonly access_token: "query";
            readonly type: "query";
            readonly target_id: "query";
            readonly quote: "query";
            readonly temp_target_id: "query";
        };
        readonly body: "application/json";
        readonly noAuth: true;
        readonly secrets: readonly ["access_token"];
    };
    readonly listDirectMessages: {
        readonly method: "get";
        readonly path: "/direct-message/list";
        readonly parameters: {
            readonly chat_code: "query";
            readonly target_id: "query";
            readonly msg_id: "query";
            readonly flag: "query";
            readonly page: "query";
            readonly page_size: "query";
        };
    };
    readonly getDirectMessage: {
        readonly method: "get";
        readonly path: "/direct-message/view";
        readonly parameters: {
            readonly chat_code: "query";
            readonly msg_id: "query";
        };
    };
    readonly createDirectMessage: {
        readonly method: "post";
        readonly path: "/direct-message/create";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly updateDirectMessage: {
        readonly method: "post";
        readonly path: "/direct-message/update";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly deleteDirectMessage: {
        readonly method: "post";
        readonly path: "/direct-message/delete";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly listDirectMessageReactionUsers: {
        readonly method: "get";
        readonly path: "/direct-message/reaction-list";
        readonly parameters: {
            readonly msg_id: "query";
            readonly emoji: "query";
        };
    };
    readonly addDirectMessageReaction: {
        readonly method: "post";
        readonly path: "/direct-message/add-reaction";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly deleteDirectMessageReaction: {
        readonly method: "post";
        readonly path: "/direct-message/delete-reaction";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly listUserChats: {
        readonly method: "get";
        readonly path: "/user-chat/list";
        readonly parameters: {
            readonly page: "query";
            readonly page_size: "query";
        };
    };
    readonly getUserChat: {
        readonly method: "get";
        readonly path: "/user-chat/view";
        readonly parameters: {
            readonly chat_code: "query";
        };
    };
    readonly createUserChat: {
        readonly method: "post";
        readonly path: "/user-chat/create";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly deleteUserChat: {
        readonly method: "post";
        readonly path: "/user-chat/delete";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly createAsset: {
        readonly method: "post";
        readonly path: "/asset/create";
        readonly parameters: {};
        readonly body: "multipart/form-data";
    };
    readonly joinVoiceChannel: {
        readonly method: "post";
        readonly path: "/voice/join";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly listVoiceChannels: {
        readonly method: "get";
        readonly path: "/voice/list";
        readonly parameters: {
            readonly page: "query";
            readonly page_size: "query";
        };
    };
    readonly leaveVoiceChannel: {
        readonly method: "post";
        readonly path: "/voice/leave";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly keepVoiceChannelAlive: {
        readonly method: "post";
        readonly path: "/voice/keep-alive";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly listFriends: {
        readonly method: "get";
        readonly path: "/friend";
        readonly parameters: {
            readonly type: "query";
        };
    };
    readonly createFriendRequest: {
        readonly method: "post";
        readonly path: "/friend/request";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly handleFriendRequest: {
        readonly method: "post";
        readonly path: "/friend/handle-request";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly deleteFriend: {
        readonly method: "post";
        readonly path: "/friend/delete";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly blockUser: {
        readonly method: "post";
        readonly path: "/friend/block";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly unblockUser: {
        readonly method: "post";
        readonly path: "/friend/unblock";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly listGames: {
        readonly method: "get";
        readonly path: "/game";
        readonly parameters: {
            readonly type: "query";
            readonly page: "query";
            readonly page_size: "query";
        };
    };
    readonly createGame: {
        readonly method: "post";
        readonly path: "/game/create";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly updateGame: {
        readonly method: "post";
        readonly path: "/game/update";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly deleteGame: {
        readonly method: "post";
        readonly path: "/game/delete";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly createGameActivity: {
        readonly method: "post";
        readonly path: "/game/activity";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly deleteGameActivity: {
        readonly method: "post";
        readonly path: "/game/delete-activity";
        readonly parameters: {};
        readonly body: "application/json";
    };
    readonly getGateway: {
        readonly method: "get";
        readonly path: "/gateway/index";
        readonly parameters: {
            readonly compress: "query";
        };
    };
    readonly createOAuth2Token: {
        readonly method: "post";
        readonly path: "/../oauth2/token";
        readonly parameters: {};
        readonly body: "application/json";
        readonly unwrapped: true;
        readonly noAuth: true;
        readonly secrets: readonly ["client_secret"];
    };
};
export declare const operationTable: KookClientOperationTable;
/** KOOK HTTP API client: one method per operation, plus `raw` (openapi-fetch). */
export interface KookClient extends KookClientBase<paths, operations> {
    /**
     * List invites (`GET /invite/list`).
     *
     * Upstream title: 获取邀请列表. Lists the invite links of a guild or of one of its channels, one page at a time. At least one of `guild_id` and `channel_id` is required; the doc states this in prose, and a query string cannot express it in the schema, so the server enforces it.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/invite/operation/listInvites | listInvites in the reference}
     */
    listInvites(...args: OperationParams<operations["listInvites"]>): Promise<ListInvitesResult>;
    /**
     * Create an invite (`POST /invite/create`).
     *
     * Upstream title: 创建邀请链接. Creates an invite link to a guild or to one of its channels, with an optional lifetime and usage limit. At least one of `guild_id` and `channel_id` is required (stated in prose by the doc). The doc's response example has a trailing comma (invalid JSON); the example here is the same without it.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/invite/operation/createInvite | createInvite in the reference}
     */
    createInvite(...args: OperationParams<operations["createInvite"]>): Promise<CreateInviteResult>;
    /**
     * Delete an invite (`POST /invite/delete`).
     *
     * Upstream title: 删除邀请链接. Deletes an invite link by its code (the invite's `url_code`).
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/invite/operation/deleteInvite | deleteInvite in the reference}
     */
    deleteInvite(...args: OperationParams<operations["deleteInvite"]>): Promise<DeleteInviteResult>;
    /**
     * Get the current user (`GET /user/me`).
     *
     * Upstream title: 获取当前用户信息. Returns the user the token belongs to (the bot itself for a bot token), including fields only the user themself can see, such as the masked phone number and the invitation count. The newer upstream doc lists more fields than the seed (`vip_avatar`, `nickname`, `roles`, `is_vip`, `vip_amp`, `bot_status`, `tag_info`, `is_sys`, `client_id`, `verified`); they are included as optional fields, and the newer doc's example is the second example.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/user/operation/getCurrentUser | getCurrentUser in the reference}
     */
    getCurrentUser(...args: OperationParams<operations["getCurrentUser"]>): Promise<GetCurrentUserResult>;
    /**
     * Get a user (`GET /user/view`).
     *
     * Upstream title: 获取目标用户信息. Returns a user. (The doc's route table repeats the description of `/user/me`; this route returns the user given by `user_id`.) With `guild_id`, the guild-specific fields (`nickname`, `roles`, `joined_at`, `active_time`) refer to that guild. `joined_at` and `active_time` are Unix times in milliseconds. The newer upstream doc's example is the second example.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/user/operation/getUser | getUser in the reference}
     */
    getUser(...args: OperationParams<operations["getUser"]>): Promise<GetUserResult>;
    /**
     * Take the bot offline (`POST /user/offline`).
     *
     * Upstream title: 下线机器人. Takes the bot offline. Only for bots that receive events by webhook; a WebSocket bot is offline as soon as its connection closes. Takes no parameters and no body.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/user/operation/setBotOffline | setBotOffline in the reference}
     */
    setBotOffline(...args: OperationParams<operations["setBotOffline"]>): Promise<SetBotOfflineResult>;
    /**
     * Bring the bot online (`POST /user/online`).
     *
     * Upstream title: 上线机器人. Brings the bot online without going through the developer portal. Only for bots that receive events by webhook; a WebSocket bot is online as soon as it connects to the gateway. This route allows only a low call rate: when the bot keeps going offline because of errors, fix the cause instead of calling this again. Takes no parameters and no body.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/user/operation/setBotOnline | setBotOnline in the reference}
     */
    setBotOnline(...args: OperationParams<operations["setBotOnline"]>): Promise<SetBotOnlineResult>;
    /**
     * Get the bot's online status (`GET /user/get-online-status`).
     *
     * Upstream title: 获取在线状态 (listed as 获取机器人在线状态). Tells whether the bot is online and on which platforms; use it to make sure the bot stays online.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/user/operation/getBotOnlineStatus | getBotOnlineStatus in the reference}
     */
    getBotOnlineStatus(...args: OperationParams<operations["getBotOnlineStatus"]>): Promise<GetBotOnlineStatusResult>;
    /**
     * List the categories of a thread channel (`GET /category/list`).
     *
     * Upstream title: 获取帖子分区列表. Lists the categories (sections) of a thread channel, with their permission settings. The data holds `list` and has no paging. The seed draft's example sends `allow` and `deny` as strings (`"0"`, `"2048"`); the final upstream doc sends integers, as the example here does.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/category/operation/listCategories | listCategories in the reference}
     */
    listCategories(...args: OperationParams<operations["listCategories"]>): Promise<ListCategoriesResult>;
    /**
     * Create a thread (`POST /thread/create`).
     *
     * Upstream title: 创建帖子. Creates a thread in a thread channel, optionally in a category; the content becomes the thread's main post. Returns the thread with the content and mentions of its main post. Creating threads and replies counts against the daily quota of 10,000 per developer (a later upstream note). New content may first be under review (`status` 1).
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/thread/operation/createThread | createThread in the reference}
     */
    createThread(...args: OperationParams<operations["createThread"]>): Promise<CreateThreadResult>;
    /**
     * Reply to a thread or a post (`POST /thread/reply`).
     *
     * Upstream title: 评论/回复. Posts a reply to a thread's main post, or, with `reply_id`, a nested reply to another reply. Replies to the main post are card messages; nested replies support only KMarkdown and emoji. Creating threads and replies counts against the daily quota of 10,000 per developer (a later upstream note).
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/thread/operation/createThreadReply | createThreadReply in the reference}
     */
    createThreadReply(...args: OperationParams<operations["createThreadReply"]>): Promise<CreateThreadReplyResult>;
    /**
     * Get a thread (`GET /thread/view`).
     *
     * Upstream title: 贴子详情 (listed as 帖子详情). Returns a thread with its activity data and the content and mentions of its main post. `latest_active_time` and `create_time` are Unix times in milliseconds (the doc's examples show placeholder values).
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/thread/operation/getThread | getThread in the reference}
     */
    getThread(...args: OperationParams<operations["getThread"]>): Promise<GetThreadResult>;
    /**
     * List threads (`GET /thread/list`).
     *
     * Upstream title: 帖子列表. Lists the threads of a thread channel, optionally of one category, newest first by the chosen order. There is no `meta` and no page number: to get the next batch, pass as `time` the time of the last thread received (`latest_active_time` when `sort` is 1, `create_time` when `sort` is 2). The items carry the thread's activity data but not its main post's content.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/thread/operation/listThreads | listThreads in the reference}
     */
    listThreads(...args: OperationParams<operations["listThreads"]>): Promise<ListThreadsResult>;
    /**
     * Delete a thread, reply or nested reply (`POST /thread/delete`).
     *
     * Upstream title: 帖子/评论/回复删除 (listed as 帖子删除). Deletes a whole thread (give `thread_id`) or one reply or nested reply (give `post_id`). At least one of the two is required (stated in prose by the doc); when both are given, only the post is deleted.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/thread/operation/deleteThread | deleteThread in the reference}
     */
    deleteThread(...args: OperationParams<operations["deleteThread"]>): Promise<DeleteThreadResult>;
    /**
     * List the replies of a thread (`GET /thread/post`).
     *
     * Upstream title: 回复列表. Lists the replies to a thread's main post, one page at a time; each top-level reply carries at most two of its nested replies in `replies`. With `post_id`, lists the nested replies of that reply instead. Pages by `page` (with `meta` in the response) in the direction given by `order`; `time` may additionally be set to a post's `create_time`. The doc types `time`, `page_size` and `page` as strings; they are numbers in meaning and are typed as integers here.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/thread/operation/listThreadPosts | listThreadPosts in the reference}
     */
    listThreadPosts(...args: OperationParams<operations["listThreadPosts"]>): Promise<ListThreadPostsResult>;
    /**
     * List the current user's guilds (`GET /guild/list`).
     *
     * Upstream title: 获取当前用户加入的服务器列表. Lists the guilds (servers) the current user or bot has joined, one page at a time. The items carry the guild fields without `roles` and `channels`. The doc's general `sort` parameter is kept; it names no sortable field for this route.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/guild/operation/listGuilds | listGuilds in the reference}
     */
    listGuilds(...args: OperationParams<operations["listGuilds"]>): Promise<ListGuildsResult>;
    /**
     * Get a guild (`GET /guild/view`).
     *
     * Upstream title: 获取服务器详情. Returns a guild with its roles and channels. The doc's example shows the channel's `id` and `parent_id` as the numbers `123`; channel IDs are strings everywhere else (objects.md, every other example, the SDKs), so the example here quotes them.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/guild/operation/getGuild | getGuild in the reference}
     */
    getGuild(...args: OperationParams<operations["getGuild"]>): Promise<GetGuildResult>;
    /**
     * List the members of a guild (`GET /guild/user-list`).
     *
     * Upstream title: 获取服务器中的用户列表. Lists the members of a guild, one page at a time, optionally filtered (by channel, name, role, phone verification, or one user ID) and sorted by activity or join time. Besides the page, `data` has member counts: `user_count` is the whole guild; `online_count` and `offline_count` count under the current filters, and their sum may be less than the total, because members of roles shown apart from the online list are counted in neither; the total under the filters is `meta.total`. The doc's enum table for `status` lists `0` and `10`; its user object also uses `1` for a normal account.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/guild/operation/listGuildMembers | listGuildMembers in the reference}
     */
    listGuildMembers(...args: OperationParams<operations["listGuildMembers"]>): Promise<ListGuildMembersResult>;
    /**
     * Set a nickname in a guild (`POST /guild/nickname`).
     *
     * Upstream title: 修改服务器中用户的昵称. Sets or clears the nickname of the current user or, with `user_id`, of another member (which needs the permission to change others' nicknames). Leaving out `nickname` clears it.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/guild/operation/setGuildNickname | setGuildNickname in the reference}
     */
    setGuildNickname(...args: OperationParams<operations["setGuildNickname"]>): Promise<SetGuildNicknameResult>;
    /**
     * Leave a guild (`POST /guild/leave`).
     *
     * Upstream title: 离开服务器. Makes the current user or bot leave a guild.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/guild/operation/leaveGuild | leaveGuild in the reference}
     */
    leaveGuild(...args: OperationParams<operations["leaveGuild"]>): Promise<LeaveGuildResult>;
    /**
     * Kick a member out of a guild (`POST /guild/kickout`).
     *
     * Upstream title: 踢出服务器. Removes a member from a guild. Needs the kick permission, and the member must rank below the caller.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/guild/operation/kickGuildMember | kickGuildMember in the reference}
     */
    kickGuildMember(...args: OperationParams<operations["kickGuildMember"]>): Promise<KickGuildMemberResult>;
    /**
     * List muted and deafened members (`GET /guild-mute/list`).
     *
     * Upstream title: 服务器静音闭麦列表. Lists the members of a guild whose microphone is muted or whose headset is deafened by the guild. The answer described here is the one for `return_type=detail`, which the doc recommends and every SDK sends (Kook.Net, khl.py); other values give an older format kept for compatibility, which the doc does not describe.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/guild-mute/operation/listGuildMutes | listGuildMutes in the reference}
     */
    listGuildMutes(...args: OperationParams<operations["listGuildMutes"]>): Promise<ListGuildMutesResult>;
    /**
     * Mute or deafen a member (`POST /guild-mute/create`).
     *
     * Upstream title: 添加服务器静音或闭麦. Mutes the microphone or deafens the headset of a member across the guild's voice channels. The member is named by `user_id`, as the doc and most SDKs (khl.py, the JavaScript ones) send it; Kook.Net sends the same ID as `target_id`.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/guild-mute/operation/createGuildMute | createGuildMute in the reference}
     */
    createGuildMute(...args: OperationParams<operations["createGuildMute"]>): Promise<CreateGuildMuteResult>;
    /**
     * Unmute or undeafen a member (`POST /guild-mute/delete`).
     *
     * Upstream title: 删除服务器静音或闭麦. Lifts a guild mute (microphone) or deafening (headset) of a member. The member is named by `user_id`, as the doc and most SDKs (khl.py, the JavaScript ones) send it; Kook.Net sends the same ID as `target_id`.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/guild-mute/operation/deleteGuildMute | deleteGuildMute in the reference}
     */
    deleteGuildMute(...args: OperationParams<operations["deleteGuildMute"]>): Promise<DeleteGuildMuteResult>;
    /**
     * List the boost history of a guild (`GET /guild-boost/history`).
     *
     * Upstream title: 服务器助力历史. Lists the boosts used on a guild, newest first (by `start_time`), one page at a time, optionally within a time range. Needs the manage-guild permission. The doc's parameter table lists no `page` and `page_size`, but it says the answer is a standard page (and its example pages by one item); Kook.Net sends both, so they are declared. The times are Unix seconds.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/guild-boost/operation/listGuildBoosts | listGuildBoosts in the reference}
     */
    listGuildBoosts(...args: OperationParams<operations["listGuildBoosts"]>): Promise<ListGuildBoostsResult>;
    /**
     * List the channels of a guild (`GET /channel/list`).
     *
     * Upstream title: 获取频道列表. Lists the channels of a guild, one page at a time, optionally only one type or the channels of one category. The doc says `type` defaults to `1` (text), but its own example, made without `type`, lists a category and a voice channel, and Kook.Net lists every channel without it; so no default is declared: without `type` the list is not narrowed by type.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/channel/operation/listChannels | listChannels in the reference}
     */
    listChannels(...args: OperationParams<operations["listChannels"]>): Promise<ListChannelsResult>;
    /**
     * Get a channel (`GET /channel/view`).
     *
     * Upstream title: 获取频道详情. Returns a channel with its permission overrides and, for voice channels, the voice settings. With `need_children=true` a category also lists the IDs of its channels in `children`.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/channel/operation/getChannel | getChannel in the reference}
     */
    getChannel(...args: OperationParams<operations["getChannel"]>): Promise<GetChannelResult>;
    /**
     * Create a channel (`POST /channel/create`).
     *
     * Upstream title: 创建频道. Creates a text or voice channel, or a category. For a category (`is_category` 1) the server reads only `guild_id`, `name` and `is_category` and ignores the rest. The answer is the new channel, as `/channel/view` returns it.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/channel/operation/createChannel | createChannel in the reference}
     */
    createChannel(...args: OperationParams<operations["createChannel"]>): Promise<CreateChannelResult>;
    /**
     * Update a channel (`POST /channel/update`).
     *
     * Upstream title: 编辑频道. Changes the settings of a channel; only the fields sent change. `topic` and `slow_mode` apply to text channels, `limit_amount`, `voice_quality` and `password` to voice channels. `slow_mode` is in milliseconds here (the doc lists the accepted values), while the channel tables call the same field seconds; Kook.Net treats both as milliseconds. The answer is the channel after the change; its example sends `is_category` as `0` (a boolean elsewhere), which the Channel schema accepts.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/channel/operation/updateChannel | updateChannel in the reference}
     */
    updateChannel(...args: OperationParams<operations["updateChannel"]>): Promise<UpdateChannelResult>;
    /**
     * Delete a channel (`POST /channel/delete`).
     *
     * Upstream title: 删除频道. Deletes a channel.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/channel/operation/deleteChannel | deleteChannel in the reference}
     */
    deleteChannel(...args: OperationParams<operations["deleteChannel"]>): Promise<DeleteChannelResult>;
    /**
     * List the users in a voice channel (`GET /channel/user-list`).
     *
     * Upstream title: 语音频道用户列表. Lists the users connected to a voice channel. Unlike most lists, `data` is a plain array of users, without paging. The example's users carry fields the user object does not document (`is_ai_reduce_noise`, `is_personal_card_bg`, `live_info`); they are described on User as optional.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/channel/operation/listVoiceChannelUsers | listVoiceChannelUsers in the reference}
     */
    listVoiceChannelUsers(...args: OperationParams<operations["listVoiceChannelUsers"]>): Promise<ListVoiceChannelUsersResult>;
    /**
     * Move users to another voice channel (`POST /channel/move-user`).
     *
     * Upstream title: 语音频道之间移动用户. Moves users into a voice channel. It works only between voice channels, and only for users currently connected to another voice channel. `data` is an empty array.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/channel/operation/moveVoiceChannelUsers | moveVoiceChannelUsers in the reference}
     */
    moveVoiceChannelUsers(...args: OperationParams<operations["moveVoiceChannelUsers"]>): Promise<MoveVoiceChannelUsersResult>;
    /**
     * Disconnect a user from a voice channel (`POST /channel/kickout`).
     *
     * Upstream title: 踢出语音频道中的用户. Disconnects a user from a voice channel; the user must be connected to it. `data` is an empty array.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/channel/operation/kickVoiceChannelUser | kickVoiceChannelUser in the reference}
     */
    kickVoiceChannelUser(...args: OperationParams<operations["kickVoiceChannelUser"]>): Promise<KickVoiceChannelUserResult>;
    /**
     * Get the permission overrides of a channel (`GET /channel-role/index`).
     *
     * Upstream title: 频道角色权限详情. Returns the permission overrides of a channel: per role, per user, and whether the channel follows its category. The doc marks this route GET (as khl.py and the JavaScript SDKs call it); Kook.Net sends POST with the same query string. `permission_sync` is `0` or `1`.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/channel-role/operation/getChannelPermissions | getChannelPermissions in the reference}
     */
    getChannelPermissions(...args: OperationParams<operations["getChannelPermissions"]>): Promise<GetChannelPermissionsResult>;
    /**
     * Add a permission override to a channel (`POST /channel-role/create`).
     *
     * Upstream title: 创建频道角色权限. Adds a permission override for a role or a user to a channel (it starts with the server's defaults, as the doc's answer shows); set its bits with `/channel-role/update`. `value` is required here though the doc marks it optional: an override without a target means nothing, and Kook.Net always sends it.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/channel-role/operation/createChannelPermission | createChannelPermission in the reference}
     */
    createChannelPermission(...args: OperationParams<operations["createChannelPermission"]>): Promise<CreateChannelPermissionResult>;
    /**
     * Update a permission override of a channel (`POST /channel-role/update`).
     *
     * Upstream title: 更新频道角色权限. Sets the allowed and denied permission bits of a role's or user's override in a channel. `allow` and `deny` replace the current sets and default to `0`. `value` is required although the doc marks it optional (see `/channel-role/create`).
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/channel-role/operation/updateChannelPermission | updateChannelPermission in the reference}
     */
    updateChannelPermission(...args: OperationParams<operations["updateChannelPermission"]>): Promise<UpdateChannelPermissionResult>;
    /**
     * Sync a channel's permissions with its category (`POST /channel-role/sync`).
     *
     * Upstream title: 同步频道角色权限. Makes a channel follow its category's permissions again (replacing its own overrides) and returns the overrides it now has.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/channel-role/operation/syncChannelPermissions | syncChannelPermissions in the reference}
     */
    syncChannelPermissions(...args: OperationParams<operations["syncChannelPermissions"]>): Promise<SyncChannelPermissionsResult>;
    /**
     * Remove a permission override from a channel (`POST /channel-role/delete`).
     *
     * Upstream title: 删除频道角色权限. Removes the override of a role or user from a channel. `value` is required although the doc marks it optional (see `/channel-role/create`).
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/channel-role/operation/deleteChannelPermission | deleteChannelPermission in the reference}
     */
    deleteChannelPermission(...args: OperationParams<operations["deleteChannelPermission"]>): Promise<DeleteChannelPermissionResult>;
    /**
     * List the voice channels a user is in (`GET /channel-user/get-joined-channel`).
     *
     * Upstream title: 根据用户 id 和服务器 id 获取用户所在语音频道. Lists the voice channels of a guild that a user is connected to (normally at most one), as a page of channels with their permission overrides.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/channel-user/operation/listJoinedVoiceChannels | listJoinedVoiceChannels in the reference}
     */
    listJoinedVoiceChannels(...args: OperationParams<operations["listJoinedVoiceChannels"]>): Promise<ListJoinedVoiceChannelsResult>;
    /**
     * List the roles of a guild (`GET /guild-role/list`).
     *
     * Upstream title: 获取服务器角色列表. Lists the roles of a guild, one page at a time.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/guild-role/operation/listGuildRoles | listGuildRoles in the reference}
     */
    listGuildRoles(...args: OperationParams<operations["listGuildRoles"]>): Promise<ListGuildRolesResult>;
    /**
     * Create a role (`POST /guild-role/create`).
     *
     * Upstream title: 创建服务器角色. Creates a role in a guild; set its color, permissions and the rest with `/guild-role/update`. The doc's example wraps the role in an array (`data: [ {...} ]`) while its table lists the fields of one role; Kook.Net and khl.py read a single role object, which is what is described here (the example is unwrapped).
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/guild-role/operation/createGuildRole | createGuildRole in the reference}
     */
    createGuildRole(...args: OperationParams<operations["createGuildRole"]>): Promise<CreateGuildRoleResult>;
    /**
     * Update a role (`POST /guild-role/update`).
     *
     * Upstream title: 更新服务器角色. Changes a role; only the fields sent change. A bot with the manage-roles permission can still only manage roles ranked below its own highest role (a smaller `position` ranks higher). The doc's example wraps the role in an array (`data: [ {...} ]`) while its table lists the fields of one role; Kook.Net and khl.py read a single role object, which is what is described here (the example is unwrapped).
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/guild-role/operation/updateGuildRole | updateGuildRole in the reference}
     */
    updateGuildRole(...args: OperationParams<operations["updateGuildRole"]>): Promise<UpdateGuildRoleResult>;
    /**
     * Delete a role (`POST /guild-role/delete`).
     *
     * Upstream title: 删除服务器角色. Deletes a role from a guild. A bot with the manage-roles permission can still only manage roles ranked below its own highest role (a smaller `position` ranks higher).
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/guild-role/operation/deleteGuildRole | deleteGuildRole in the reference}
     */
    deleteGuildRole(...args: OperationParams<operations["deleteGuildRole"]>): Promise<DeleteGuildRoleResult>;
    /**
     * Give a role to a member (`POST /guild-role/grant`).
     *
     * Upstream title: 赋予用户角色. Gives a role to a member of a guild. A bot with the manage-roles permission can still only manage roles ranked below its own highest role (a smaller `position` ranks higher). The answer lists the role IDs the member has afterwards.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/guild-role/operation/grantGuildRole | grantGuildRole in the reference}
     */
    grantGuildRole(...args: OperationParams<operations["grantGuildRole"]>): Promise<GrantGuildRoleResult>;
    /**
     * Take a role from a member (`POST /guild-role/revoke`).
     *
     * Upstream title: 删除用户角色. Takes a role away from a member of a guild. A bot with the manage-roles permission can still only manage roles ranked below its own highest role (a smaller `position` ranks higher). The answer lists the role IDs the member has afterwards.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/guild-role/operation/revokeGuildRole | revokeGuildRole in the reference}
     */
    revokeGuildRole(...args: OperationParams<operations["revokeGuildRole"]>): Promise<RevokeGuildRoleResult>;
    /**
     * List the custom emoji of a guild (`GET /guild-emoji/list`).
     *
     * Upstream title: 获取服务器表情列表. Lists the custom emoji of a guild with who uploaded them, one page at a time.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/guild-emoji/operation/listGuildEmojis | listGuildEmojis in the reference}
     */
    listGuildEmojis(...args: OperationParams<operations["listGuildEmojis"]>): Promise<ListGuildEmojisResult>;
    /**
     * Upload a custom emoji (`POST /guild-emoji/create`).
     *
     * Upstream title: 创建服务器表情. Uploads a PNG image (at most 256 KB) as a custom emoji of a guild. The request is `multipart/form-data`, not JSON: `emoji` is the file part, `guild_id` and `name` text parts. Needs the manage-emoji permission.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/guild-emoji/operation/createGuildEmoji | createGuildEmoji in the reference}
     */
    createGuildEmoji(...args: OperationParams<operations["createGuildEmoji"]>): Promise<CreateGuildEmojiResult>;
    /**
     * Rename a custom emoji (`POST /guild-emoji/update`).
     *
     * Upstream title: 更新服务器表情. Renames a custom emoji. The doc's table marks `name` required yet repeats the create route's "a random string when left out"; it is required here, since renaming is all this route does.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/guild-emoji/operation/updateGuildEmoji | updateGuildEmoji in the reference}
     */
    updateGuildEmoji(...args: OperationParams<operations["updateGuildEmoji"]>): Promise<UpdateGuildEmojiResult>;
    /**
     * Delete a custom emoji (`POST /guild-emoji/delete`).
     *
     * Upstream title: 删除服务器表情. Deletes a custom emoji of a guild.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/guild-emoji/operation/deleteGuildEmoji | deleteGuildEmoji in the reference}
     */
    deleteGuildEmoji(...args: OperationParams<operations["deleteGuildEmoji"]>): Promise<DeleteGuildEmojiResult>;
    /**
     * List the blacklist of a guild (`GET /blacklist/list`).
     *
     * Upstream title: 获取黑名单列表. Lists the users banned from a guild, with the reason and time, one page at a time (the doc refers to the usual `page` and `page_size` parameters). Needs the ban-members permission.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/blacklist/operation/listBlacklist | listBlacklist in the reference}
     */
    listBlacklist(...args: OperationParams<operations["listBlacklist"]>): Promise<ListBlacklistResult>;
    /**
     * Ban a user from a guild (`POST /blacklist/create`).
     *
     * Upstream title: 加入黑名单. Bans a user from a guild (adds them to its blacklist), optionally deleting their recent messages. Needs the ban-members permission.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/blacklist/operation/createBlacklistEntry | createBlacklistEntry in the reference}
     */
    createBlacklistEntry(...args: OperationParams<operations["createBlacklistEntry"]>): Promise<CreateBlacklistEntryResult>;
    /**
     * Unban a user (`POST /blacklist/delete`).
     *
     * Upstream title: 移除黑名单. Removes a user from the blacklist of a guild. Needs the ban-members permission.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/blacklist/operation/deleteBlacklistEntry | deleteBlacklistEntry in the reference}
     */
    deleteBlacklistEntry(...args: OperationParams<operations["deleteBlacklistEntry"]>): Promise<DeleteBlacklistEntryResult>;
    /**
     * Get a user's intimacy with the bot (`GET /intimacy/index`).
     *
     * Upstream title: 获取用户亲密度. Returns the bot's intimacy (亲密度) with a user: the score, the image and social text the bot shows the user, and the images to choose from. The example has `last_modify`, which the table does not list; it is described as optional. Times are Unix milliseconds.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/intimacy/operation/getIntimacy | getIntimacy in the reference}
     */
    getIntimacy(...args: OperationParams<operations["getIntimacy"]>): Promise<GetIntimacyResult>;
    /**
     * Update a user's intimacy with the bot (`POST /intimacy/update`).
     *
     * Upstream title: 更新用户亲密度. Changes the bot's intimacy with a user: the score, the social text or the image shown. Only the fields sent change. The doc types `img_id` as a string but its curl example sends the number `1`, and Kook.Net sends a number too; both are accepted.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/intimacy/operation/updateIntimacy | updateIntimacy in the reference}
     */
    updateIntimacy(...args: OperationParams<operations["updateIntimacy"]>): Promise<UpdateIntimacyResult>;
    /**
     * Get the badge image of a guild (`GET /badge/guild`).
     *
     * Upstream title: 获取服务器 Badge. Returns a badge image of a guild, to embed in a web page or README (for example as the image of a link to the guild's invite). The answer is the image itself, not the JSON envelope. The doc only says it is an image; it is an SVG (`image/svg+xml`): Kook.Net's request queue passes exactly that media type through as the badge's stream. The client returns it as a `Blob`. Failures come as the JSON error envelope.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/badge/operation/getGuildBadge | getGuildBadge in the reference}
     */
    getGuildBadge(...args: OperationParams<operations["getGuildBadge"]>): Promise<GetGuildBadgeResult>;
    /**
     * List the messages of a channel (`GET /message/list`).
     *
     * Upstream title: 获取频道聊天消息列表. Returns messages of a guild channel: without `msg_id` the latest ones. This list does not page with `page`: read older (or newer) messages by passing the oldest (newest) message's ID as `msg_id` with `flag` `before` (`after`). `page_size` defaults to 50; the SDKs (Kook.Net) send at most 100. The doc's example is shortened (its author has no `identify_num`, which every user carries); the example here adds it, and a second example shows the file attachment and the quote the doc gives in comments.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/message/operation/listMessages | listMessages in the reference}
     */
    listMessages(...args: OperationParams<operations["listMessages"]>): Promise<ListMessagesResult>;
    /**
     * Get a channel message (`GET /message/view`).
     *
     * Upstream title: 获取频道聊天消息详情. Returns one message of a guild channel, with its channel's ID (`channel_id`, which the doc's table lists and its example leaves out).
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/message/operation/getMessage | getMessage in the reference}
     */
    getMessage(...args: OperationParams<operations["getMessage"]>): Promise<GetMessageResult>;
    /**
     * Send a channel message (`POST /message/create`).
     *
     * Upstream title: 发送频道聊天消息. Sends a message to a guild channel. `type` 9 (the default) is KMarkdown; `type` 10 is a card message whose `content` is the card list serialized as JSON (see the `CardMessage` schema; a wrong card is rejected); types 2, 3, 4 and 8 send an image, video, file or audio by its URL, which must have been uploaded by the bot itself with `/asset/create` (otherwise the server answers that the resource cannot be found). KMarkdown is KOOK's Markdown dialect: `**bold**`, `*italic*`, `~~strike~~`, `(ins)underline(ins)`, `(spl)spoiler(spl)`, `(font)text(font)[<theme>]` colored text, `[text](url)`, `` `code` ``, `> quote`, `---`, `(met)<user ID>(met)` to mention a user (`(met)all(met)` everyone, `(met)here(met)` online members), `(rol)<role ID>(rol)` a role, `(chn)<channel ID>(chn)` a channel, and `(emj)<name>(emj)[<emoji ID>]` a guild emoji. Bots that answer bots can loop; filter bot authors first. The doc's own example only shows `type` and `content`; the examples here are complete.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/message/operation/createMessage | createMessage in the reference}
     */
    createMessage(...args: OperationParams<operations["createMessage"]>): Promise<CreateMessageResult>;
    /**
     * Edit a channel message (`POST /message/update`).
     *
     * Upstream title: 更新频道聊天消息. Replaces the content of a KMarkdown (type 9) or card (type 10) message. The content keeps the message's type, so a card message takes a card list serialized as JSON. `quote` changes the message replied to; an empty `quote` removes the reply. With `temp_target_id` the edit is shown only to that user and not stored.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/message/operation/updateMessage | updateMessage in the reference}
     */
    updateMessage(...args: OperationParams<operations["updateMessage"]>): Promise<UpdateMessageResult>;
    /**
     * Delete a channel message (`POST /message/delete`).
     *
     * Upstream title: 删除频道聊天消息. Deletes a message. Users delete their own messages; deleting others' needs the permission to manage messages.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/message/operation/deleteMessage | deleteMessage in the reference}
     */
    deleteMessage(...args: OperationParams<operations["deleteMessage"]>): Promise<DeleteMessageResult>;
    /**
     * List the users who reacted with an emoji (`GET /message/reaction-list`).
     *
     * Upstream title: 获取频道消息某回应的用户列表. Returns the users who reacted to a channel message with one emoji, each with the time of the reaction. The doc's table describes a list of users but its example wraps the user in braces without a key (invalid JSON); `data` is the list, as here and in the SDKs (Kook.Net).
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/message/operation/listMessageReactionUsers | listMessageReactionUsers in the reference}
     */
    listMessageReactionUsers(...args: OperationParams<operations["listMessageReactionUsers"]>): Promise<ListMessageReactionUsersResult>;
    /**
     * React to a channel message (`POST /message/add-reaction`).
     *
     * Upstream title: 给某个消息添加回应. Adds the current user's reaction with an emoji to a channel message.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/message/operation/addMessageReaction | addMessageReaction in the reference}
     */
    addMessageReaction(...args: OperationParams<operations["addMessageReaction"]>): Promise<AddMessageReactionResult>;
    /**
     * Remove a reaction from a channel message (`POST /message/delete-reaction`).
     *
     * Upstream title: 删除消息的某个回应. Removes a reaction with an emoji from a channel message: the current user's, or with `user_id` another user's (which needs the permission to manage messages).
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/message/operation/deleteMessageReaction | deleteMessageReaction in the reference}
     */
    deleteMessageReaction(...args: OperationParams<operations["deleteMessageReaction"]>): Promise<DeleteMessageReactionResult>;
    /**
     * Send a message through a message pipe (`POST /message/send-pipemsg`).
     *
     * Upstream title: 发送管道消息. Sends a message to a guild channel through a message pipe created in the developer center, authenticated by the pipe's `access_token` in the query instead of the bot's `Authorization` header (the operation takes no bot token: botspec's client sends none, and the server ignores one). Without a template the body is `{"content": ...}` as for `/message/create`; with a template (chosen when creating the pipe) the whole body is the template's input data, any JSON object. The doc says the query takes "mostly" the parameters of `/message/create`; it lists `access_token`, `type` and `target_id`, and the SDKs (Kook.Net) also send `quote` and `temp_target_id` there, as described here. The pipe token is a credential: it appears in the URL, so keep request URLs out of logs.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/message/operation/sendPipeMessage | sendPipeMessage in the reference}
     */
    sendPipeMessage(...args: OperationParams<operations["sendPipeMessage"]>): Promise<SendPipeMessageResult>;
    /**
     * List the messages of a direct chat (`GET /direct-message/list`).
     *
     * Upstream title: 获取私信聊天消息列表. Returns messages of a direct-message chat: without `msg_id` the latest ones. At least one of `chat_code` and `target_id` is required (the doc states it in prose; a query string cannot express it in the schema). Like `/message/list` it pages by a reference message (`msg_id` with `flag`), not by `page`: the doc lists `page`, but its answer has no `meta`, and the SDKs (Kook.Net) never send it.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/direct-message/operation/listDirectMessages | listDirectMessages in the reference}
     */
    listDirectMessages(...args: OperationParams<operations["listDirectMessages"]>): Promise<ListDirectMessagesResult>;
    /**
     * Get a direct message (`GET /direct-message/view`).
     *
     * Upstream title: 获取私信聊天消息详情. Returns one message of a direct-message chat.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/direct-message/operation/getDirectMessage | getDirectMessage in the reference}
     */
    getDirectMessage(...args: OperationParams<operations["getDirectMessage"]>): Promise<GetDirectMessageResult>;
    /**
     * Send a direct message (`POST /direct-message/create`).
     *
     * Upstream title: 发送私信聊天消息. Sends a message to a user, in the chat given by `chat_code` or with the user given by `target_id` (the server opens the chat). At least one of the two is required (stated in prose by the doc; encoded in the schema). Unlike channel messages, `type` defaults to `1` (text). `type` 10 takes a card list serialized as JSON, checked against `CardMessage`; media types take the URL of a file the bot uploaded.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/direct-message/operation/createDirectMessage | createDirectMessage in the reference}
     */
    createDirectMessage(...args: OperationParams<operations["createDirectMessage"]>): Promise<CreateDirectMessageResult>;
    /**
     * Edit a direct message (`POST /direct-message/update`).
     *
     * Upstream title: 更新私信聊天消息. Replaces the content of a KMarkdown (type 9) or card (type 10) direct message; a card message takes a card list serialized as JSON. The doc's table marks `msg_id` as not required, which cannot be: the message to edit must be named (the SDKs always send it), so it is required here. An empty `quote` removes the reply.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/direct-message/operation/updateDirectMessage | updateDirectMessage in the reference}
     */
    updateDirectMessage(...args: OperationParams<operations["updateDirectMessage"]>): Promise<UpdateDirectMessageResult>;
    /**
     * Delete a direct message (`POST /direct-message/delete`).
     *
     * Upstream title: 删除私信聊天消息. Deletes one of the current user's own direct messages. The doc's table marks `msg_id` as not required; it is required here (the message must be named; the SDKs always send it).
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/direct-message/operation/deleteDirectMessage | deleteDirectMessage in the reference}
     */
    deleteDirectMessage(...args: OperationParams<operations["deleteDirectMessage"]>): Promise<DeleteDirectMessageResult>;
    /**
     * List the users who reacted to a direct message (`GET /direct-message/reaction-list`).
     *
     * Upstream title: 获取频道消息某回应的用户列表. Returns the users who reacted to a direct message, each with the time of the reaction (the doc reuses the channel section's title). `emoji` is optional by the doc's table, unlike the channel operation. The example is wrapped in braces without a key (invalid JSON) while the table describes a list; `data` is the list, as here and in the SDKs (Kook.Net).
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/direct-message/operation/listDirectMessageReactionUsers | listDirectMessageReactionUsers in the reference}
     */
    listDirectMessageReactionUsers(...args: OperationParams<operations["listDirectMessageReactionUsers"]>): Promise<ListDirectMessageReactionUsersResult>;
    /**
     * React to a direct message (`POST /direct-message/add-reaction`).
     *
     * Upstream title: 给某个消息添加回应. Adds the current user's reaction with an emoji to a direct message.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/direct-message/operation/addDirectMessageReaction | addDirectMessageReaction in the reference}
     */
    addDirectMessageReaction(...args: OperationParams<operations["addDirectMessageReaction"]>): Promise<AddDirectMessageReactionResult>;
    /**
     * Remove a reaction from a direct message (`POST /direct-message/delete-reaction`).
     *
     * Upstream title: 删除消息的某个回应. Removes a reaction with an emoji from a direct message: the current user's, or with `user_id` another user's (the doc copies the channel rule that this needs the permission to manage messages).
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/direct-message/operation/deleteDirectMessageReaction | deleteDirectMessageReaction in the reference}
     */
    deleteDirectMessageReaction(...args: OperationParams<operations["deleteDirectMessageReaction"]>): Promise<DeleteDirectMessageReactionResult>;
    /**
     * List direct-message chats (`GET /user-chat/list`).
     *
     * Upstream title: 获取私信聊天会话列表. Returns the current user's direct-message chats, one page at a time.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/user-chat/operation/listUserChats | listUserChats in the reference}
     */
    listUserChats(...args: OperationParams<operations["listUserChats"]>): Promise<ListUserChatsResult>;
    /**
     * Get a direct-message chat (`GET /user-chat/view`).
     *
     * Upstream title: 获取私信聊天会话详情. Returns one direct-message chat with the friend and block flags.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/user-chat/operation/getUserChat | getUserChat in the reference}
     */
    getUserChat(...args: OperationParams<operations["getUserChat"]>): Promise<GetUserChatResult>;
    /**
     * Open a direct-message chat (`POST /user-chat/create`).
     *
     * Upstream title: 创建私信聊天会话. Opens (or returns the existing) direct-message chat with a user; the answer is the chat's detail.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/user-chat/operation/createUserChat | createUserChat in the reference}
     */
    createUserChat(...args: OperationParams<operations["createUserChat"]>): Promise<CreateUserChatResult>;
    /**
     * Delete a direct-message chat (`POST /user-chat/delete`).
     *
     * Upstream title: 删除私信聊天会话. Removes a direct-message chat from the current user's chat list.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/user-chat/operation/deleteUserChat | deleteUserChat in the reference}
     */
    deleteUserChat(...args: OperationParams<operations["deleteUserChat"]>): Promise<DeleteUserChatResult>;
    /**
     * Upload a file (`POST /asset/create`).
     *
     * Upstream title: 上传媒体文件. Uploads an image, a video (`.mp4`, `.mov`) or another file and returns its URL on KOOK's servers, to send as an image, video, file or audio message or to use in a card. The body is `multipart/form-data` with the file in the part `file` (the doc says the `Content-Type` must be `form-data`). Pass a `Blob` or `File` as `file`; its name becomes the part's file name.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/asset/operation/createAsset | createAsset in the reference}
     */
    createAsset(...args: OperationParams<operations["createAsset"]>): Promise<CreateAssetResult>;
    /**
     * Join a voice channel (`POST /voice/join`).
     *
     * Upstream title: 加入语音频道. Makes the bot join a voice channel and returns where to stream its audio: RTP to `ip`:`port` (with `?rtcpport=<rtcp_port>` unless `rtcp_mux`), Opus audio at `bitrate` bits per second (streams above about 120 % of it are cut off and can be penalized), with the returned `audio_ssrc` and `audio_pt`. The address is bound to the first sender, so call this again for every new stream. Departures from the doc: it types `audio_ssrc`, `audio_pt`, `port` and `rtcp_port` as strings (and `rtcp_port` as an integer in its table) and its example sends strings, while the SDKs (Kook.Net) send and read numbers; both are accepted here.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/voice/operation/joinVoiceChannel | joinVoiceChannel in the reference}
     */
    joinVoiceChannel(...args: OperationParams<operations["joinVoiceChannel"]>): Promise<JoinVoiceChannelResult>;
    /**
     * List the voice channels the bot is in (`GET /voice/list`).
     *
     * Upstream title: 获取频道列表. Returns the voice channels the bot has joined, one page at a time. The doc lists no parameters, but the answer is a usual page (`items`, `meta`, `sort`), so the usual `page` and `page_size` are accepted.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/voice/operation/listVoiceChannels | listVoiceChannels in the reference}
     */
    listVoiceChannels(...args: OperationParams<operations["listVoiceChannels"]>): Promise<ListVoiceChannelsResult>;
    /**
     * Leave a voice channel (`POST /voice/leave`).
     *
     * Upstream title: 离开语音频道. Makes the bot leave a voice channel and frees its stream address; call it when a stream is no longer used.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/voice/operation/leaveVoiceChannel | leaveVoiceChannel in the reference}
     */
    leaveVoiceChannel(...args: OperationParams<operations["leaveVoiceChannel"]>): Promise<LeaveVoiceChannelResult>;
    /**
     * Keep a voice stream address alive (`POST /voice/keep-alive`).
     *
     * Upstream title: 保持语音连接活跃. Keeps the stream address of a voice channel reserved while nothing is streamed: the server reclaims idle addresses, so call this about every 45 seconds during a pause.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/voice/operation/keepVoiceChannelAlive | keepVoiceChannelAlive in the reference}
     */
    keepVoiceChannelAlive(...args: OperationParams<operations["keepVoiceChannelAlive"]>): Promise<KeepVoiceChannelAliveResult>;
    /**
     * List friends, friend requests and blocked users (`GET /friend`).
     *
     * Upstream title: 好友列表. Returns the current user's friends, pending friend requests and blocked users, or one of these lists with `type`. Departures from the doc: its table calls the blocked list `block`, but its example (and the SDKs) have `blocked`; for the `type` value the doc says `block` while the SDKs (Kook.Net) send `blocked`, so both are accepted. The lists are not paged.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/friend/operation/listFriends | listFriends in the reference}
     */
    listFriends(...args: OperationParams<operations["listFriends"]>): Promise<ListFriendsResult>;
    /**
     * Send a friend request (`POST /friend/request`).
     *
     * Upstream title: 好友申请. Sends a friend request to a user given as `username#identify_num`, found by search (`from` 0) or in a guild (`from` 2, which needs `guild_id`; stated in prose by the doc, checked by the server).
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/friend/operation/createFriendRequest | createFriendRequest in the reference}
     */
    createFriendRequest(...args: OperationParams<operations["createFriendRequest"]>): Promise<CreateFriendRequestResult>;
    /**
     * Accept or decline a friend request (`POST /friend/handle-request`).
     *
     * Upstream title: 处理好友申请. Accepts or declines a friend request by its entry `id` (from `/friend` with `type` `request`). The doc types `accept` as boolean but describes it as `0` decline, `1` accept; the SDKs (Kook.Net) send `0` or `1`, as here. `data` is `true`.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/friend/operation/handleFriendRequest | handleFriendRequest in the reference}
     */
    handleFriendRequest(...args: OperationParams<operations["handleFriendRequest"]>): Promise<HandleFriendRequestResult>;
    /**
     * Remove a friend (`POST /friend/delete`).
     *
     * Upstream title: 删除好友. Removes a user from the current user's friends.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/friend/operation/deleteFriend | deleteFriend in the reference}
     */
    deleteFriend(...args: OperationParams<operations["deleteFriend"]>): Promise<DeleteFriendResult>;
    /**
     * Block a user (`POST /friend/block`).
     *
     * Upstream title: 屏蔽用户. Blocks a user (the doc says no more of what blocking does).
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/friend/operation/blockUser | blockUser in the reference}
     */
    blockUser(...args: OperationParams<operations["blockUser"]>): Promise<BlockUserResult>;
    /**
     * Unblock a user (`POST /friend/unblock`).
     *
     * Upstream title: 取消屏蔽用户. Removes a user from the current user's block list.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/friend/operation/unblockUser | unblockUser in the reference}
     */
    unblockUser(...args: OperationParams<operations["unblockUser"]>): Promise<UnblockUserResult>;
    /**
     * List games (`GET /game`).
     *
     * Upstream title: 游戏列表. Returns the games a user can show as playing, one page at a time. The doc types `type` as a string of digits; it is an integer here (the SDKs send a number). The doc's example has a trailing comma (invalid JSON); the example here is the same without it. The doc lists no paging parameters, but the answer is a usual page and the SDKs (Kook.Net) send `page` and `page_size`.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/game/operation/listGames | listGames in the reference}
     */
    listGames(...args: OperationParams<operations["listGames"]>): Promise<ListGamesResult>;
    /**
     * Add a game (`POST /game/create`).
     *
     * Upstream title: 添加游戏. Adds a game. At most 5 games can be created per day.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/game/operation/createGame | createGame in the reference}
     */
    createGame(...args: OperationParams<operations["createGame"]>): Promise<CreateGameResult>;
    /**
     * Update a game (`POST /game/update`).
     *
     * Upstream title: 更新游戏. Changes the name or icon of a game the current user created. The doc's table describes `id` as the name; it is the game's ID.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/game/operation/updateGame | updateGame in the reference}
     */
    updateGame(...args: OperationParams<operations["updateGame"]>): Promise<UpdateGameResult>;
    /**
     * Delete a game (`POST /game/delete`).
     *
     * Upstream title: 删除游戏. Deletes a game the current user created.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/game/operation/deleteGame | deleteGame in the reference}
     */
    deleteGame(...args: OperationParams<operations["deleteGame"]>): Promise<DeleteGameResult>;
    /**
     * Start playing a game or music (`POST /game/activity`).
     *
     * Upstream title: 添加游戏/音乐记录-开始玩/听. Shows the current user as playing a game (`data_type` 1, with the game's `id`) or listening to music (`data_type` 2, with `singer` and `music_name`). The doc's table marks `id` required, but its music example has none: `id` is required for games only, and `singer` and `music_name` for music, as the doc says; the schema encodes both cases.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/game/operation/createGameActivity | createGameActivity in the reference}
     */
    createGameActivity(...args: OperationParams<operations["createGameActivity"]>): Promise<CreateGameActivityResult>;
    /**
     * Stop playing a game or music (`POST /game/delete-activity`).
     *
     * Upstream title: 删除游戏/音乐记录-结束玩/听. Ends the current user's game or music activity. The doc puts the parameter table under "response parameters"; it is the request body, as its example shows.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/game/operation/deleteGameActivity | deleteGameActivity in the reference}
     */
    deleteGameActivity(...args: OperationParams<operations["deleteGameActivity"]>): Promise<DeleteGameActivityResult>;
    /**
     * Get the WebSocket gateway URL (`GET /gateway/index`).
     *
     * Upstream title: 获取网关连接地址. Returns the URL of the WebSocket gateway for this bot. To resume a dropped session, connect to the same URL with `resume=1`, `sn` (the last message number received) and `session_id` added to its query.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/gateway/operation/getGateway | getGateway in the reference}
     */
    getGateway(...args: OperationParams<operations["getGateway"]>): Promise<GetGatewayResult>;
    /**
     * Exchange an OAuth2 authorization code for a token (`POST /oauth2/token`).
     *
     * Upstream title: 获取AccessToken. Exchanges the authorization code a user's consent produced (passed to the redirect URI as `code`) for an OAuth2 access token, to call the API on the user's behalf with `Authorization: Bearer <token>` within the granted scopes. Departures from the general rules of this API: the route is `/api/oauth2/token`, outside `/api/v3` (this operation has its own server); it takes no `Authorization` header, since the client credentials are in the body; and the answer is the token itself, not the `{code, message, data}` envelope (the doc's example). The doc gives no content type and says API bodies are JSON: clients in the wild send JSON (most) or a form (`application/x-www-form-urlencoded`, the OAuth 2.0 standard, as ASP.NET's KOOK provider does); both are described, JSON first. The client secret is a credential: never send it from a browser.
     *
     * @see {@link https://botspec.github.io/botspec/kook.html#tag/oauth2/operation/createOAuth2Token | createOAuth2Token in the reference}
     */
    createOAuth2Token(...args: OperationParams<operations["createOAuth2Token"]>): Promise<CreateOAuth2TokenResult>;
}
/** What `listInvites` resolves to. */
export type ListInvitesResult = OperationResult<operations["listInvites"]>;
/** What `createInvite` resolves to. */
export type CreateInviteResult = OperationResult<operations["createInvite"]>;
/** What `deleteInvite` resolves to. */
export type DeleteInviteResult = OperationResult<operations["deleteInvite"]>;
/** What `getCurrentUser` resolves to. */
export type GetCurrentUserResult = OperationResult<operations["getCurrentUser"]>;
/** What `getUser` resolves to. */
export type GetUserResult = OperationResult<operations["getUser"]>;
/** What `setBotOffline` resolves to. */
export type SetBotOfflineResult = OperationResult<operations["setBotOffline"]>;
/** What `setBotOnline` resolves to. */
export type SetBotOnlineResult = OperationResult<operations["setBotOnline"]>;
/** What `getBotOnlineStatus` resolves to. */
export type GetBotOnlineStatusResult = OperationResult<operations["getBotOnlineStatus"]>;
/** What `listCategories` resolves to. */
export type ListCategoriesResult = OperationResult<operations["listCategories"]>;
/** What `createThread` resolves to. */
export type CreateThreadResult = OperationResult<operations["createThread"]>;
/** What `createThreadReply` resolves to. */
export type CreateThreadReplyResult = OperationResult<operations["createThreadReply"]>;
/** What `getThread` resolves to. */
export type GetThreadResult = OperationResult<operations["getThread"]>;
/** What `listThreads` resolves to. */
export type ListThreadsResult = OperationResult<operations["listThreads"]>;
/** What `deleteThread` resolves to. */
export type DeleteThreadResult = OperationResult<operations["deleteThread"]>;
/** What `listThreadPosts` resolves to. */
export type ListThreadPostsResult = OperationResult<operations["listThreadPosts"]>;
/** What `listGuilds` resolves to. */
export type ListGuildsResult = OperationResult<operations["listGuilds"]>;
/** What `getGuild` resolves to. */
export type GetGuildResult = OperationResult<operations["getGuild"]>;
/** What `listGuildMembers` resolves to. */
export type ListGuildMembersResult = OperationResult<operations["listGuildMembers"]>;
/** What `setGuildNickname` resolves to. */
export type SetGuildNicknameResult = OperationResult<operations["setGuildNickname"]>;
/** What `leaveGuild` resolves to. */
export type LeaveGuildResult = OperationResult<operations["leaveGuild"]>;
/** What `kickGuildMember` resolves to. */
export type KickGuildMemberResult = OperationResult<operations["kickGuildMember"]>;
/** What `listGuildMutes` resolves to. */
export type ListGuildMutesResult = OperationResult<operations["listGuildMutes"]>;
/** What `createGuildMute` resolves to. */
export type CreateGuildMuteResult = OperationResult<operations["createGuildMute"]>;
/** What `deleteGuildMute` resolves to. */
export type DeleteGuildMuteResult = OperationResult<operations["deleteGuildMute"]>;
/** What `listGuildBoosts` resolves to. */
export type ListGuildBoostsResult = OperationResult<operations["listGuildBoosts"]>;
/** What `listChannels` resolves to. */
export type ListChannelsResult = OperationResult<operations["listChannels"]>;
/** What `getChannel` resolves to. */
export type GetChannelResult = OperationResult<operations["getChannel"]>;
/** What `createChannel` resolves to. */
export type CreateChannelResult = OperationResult<operations["createChannel"]>;
/** What `updateChannel` resolves to. */
export type UpdateChannelResult = OperationResult<operations["updateChannel"]>;
/** What `deleteChannel` resolves to. */
export type DeleteChannelResult = OperationResult<operations["deleteChannel"]>;
/** What `listVoiceChannelUsers` resolves to. */
export type ListVoiceChannelUsersResult = OperationResult<operations["listVoiceChannelUsers"]>;
/** What `moveVoiceChannelUsers` resolves to. */
export type MoveVoiceChannelUsersResult = OperationResult<operations["moveVoiceChannelUsers"]>;
/** What `kickVoiceChannelUser` resolves to. */
export type KickVoiceChannelUserResult = OperationResult<operations["kickVoiceChannelUser"]>;
/** What `getChannelPermissions` resolves to. */
export type GetChannelPermissionsResult = OperationResult<operations["getChannelPermissions"]>;
/** What `createChannelPermission` resolves to. */
export type CreateChannelPermissionResult = OperationResult<operations["createChannelPermission"]>;
/** What `updateChannelPermission` resolves to. */
export type UpdateChannelPermissionResult = OperationResult<operations["updateChannelPermission"]>;
/** What `syncChannelPermissions` resolves to. */
export type SyncChannelPermissionsResult = OperationResult<operations["syncChannelPermissions"]>;
/** What `deleteChannelPermission` resolves to. */
export type DeleteChannelPermissionResult = OperationResult<operations["deleteChannelPermission"]>;
/** What `listJoinedVoiceChannels` resolves to. */
export type ListJoinedVoiceChannelsResult = OperationResult<operations["listJoinedVoiceChannels"]>;
/** What `listGuildRoles` resolves to. */
export type ListGuildRolesResult = OperationResult<operations["listGuildRoles"]>;
/** What `createGuildRole` resolves to. */
export type CreateGuildRoleResult = OperationResult<operations["createGuildRole"]>;
/** What `updateGuildRole` resolves to. */
export type UpdateGuildRoleResult = OperationResult<operations["updateGuildRole"]>;
/** What `deleteGuildRole` resolves to. */
export type DeleteGuildRoleResult = OperationResult<operations["deleteGuildRole"]>;
/** What `grantGuildRole` resolves to. */
export type GrantGuildRoleResult = OperationResult<operations["grantGuildRole"]>;
/** What `revokeGuildRole` resolves to. */
export type RevokeGuildRoleResult = OperationResult<operations["revokeGuildRole"]>;
/** What `listGuildEmojis` resolves to. */
export type ListGuildEmojisResult = OperationResult<operations["listGuildEmojis"]>;
/** What `createGuildEmoji` resolves to. */
export type CreateGuildEmojiResult = OperationResult<operations["createGuildEmoji"]>;
/** What `updateGuildEmoji` resolves to. */
export type UpdateGuildEmojiResult = OperationResult<operations["updateGuildEmoji"]>;
/** What `deleteGuildEmoji` resolves to. */
export type DeleteGuildEmojiResult = OperationResult<operations["deleteGuildEmoji"]>;
/** What `listBlacklist` resolves to. */
export type ListBlacklistResult = OperationResult<operations["listBlacklist"]>;
/** What `createBlacklistEntry` resolves to. */
export type CreateBlacklistEntryResult = OperationResult<operations["createBlacklistEntry"]>;
/** What `deleteBlacklistEntry` resolves to. */
export type DeleteBlacklistEntryResult = OperationResult<operations["deleteBlacklistEntry"]>;
/** What `getIntimacy` resolves to. */
export type GetIntimacyResult = OperationResult<operations["getIntimacy"]>;
/** What `updateIntimacy` resolves to. */
export type UpdateIntimacyResult = OperationResult<operations["updateIntimacy"]>;
/** What `getGuildBadge` resolves to. */
export type GetGuildBadgeResult = OperationResult<operations["getGuildBadge"]>;
/** What `listMessages` resolves to. */
export type ListMessagesResult = OperationResult<operations["listMessages"]>;
/** What `getMessage` resolves to. */
export type GetMessageResult = OperationResult<operations["getMessage"]>;
/** What `createMessage` resolves to. */
export type CreateMessageResult = OperationResult<operations["createMessage"]>;
/** What `updateMessage` resolves to. */
export type UpdateMessageResult = OperationResult<operations["updateMessage"]>;
/** What `deleteMessage` resolves to. */
export type DeleteMessageResult = OperationResult<operations["deleteMessage"]>;
/** What `listMessageReactionUsers` resolves to. */
export type ListMessageReactionUsersResult = OperationResult<operations["listMessageReactionUsers"]>;
/** What `addMessageReaction` resolves to. */
export type AddMessageReactionResult = OperationResult<operations["addMessageReaction"]>;
/** What `deleteMessageReaction` resolves to. */
export type DeleteMessageReactionResult = OperationResult<operations["deleteMessageReaction"]>;
/** What `sendPipeMessage` resolves to. */
export type SendPipeMessageResult = OperationResult<operations["sendPipeMessage"]>;
/** What `listDirectMessages` resolves to. */
export type ListDirectMessagesResult = OperationResult<operations["listDirectMessages"]>;
/** What `getDirectMessage` resolves to. */
export type GetDirectMessageResult = OperationResult<operations["getDirectMessage"]>;
/** What `createDirectMessage` resolves to. */
export type CreateDirectMessageResult = OperationResult<operations["createDirectMessage"]>;
/** What `updateDirectMessage` resolves to. */
export type UpdateDirectMessageResult = OperationResult<operations["updateDirectMessage"]>;
/** What `deleteDirectMessage` resolves to. */
export type DeleteDirectMessageResult = OperationResult<operations["deleteDirectMessage"]>;
/** What `listDirectMessageReactionUsers` resolves to. */
export type ListDirectMessageReactionUsersResult = OperationResult<operations["listDirectMessageReactionUsers"]>;
/** What `addDirectMessageReaction` resolves to. */
export type AddDirectMessageReactionResult = OperationResult<operations["addDirectMessageReaction"]>;
/** What `deleteDirectMessageReaction` resolves to. */
export type DeleteDirectMessageReactionResult = OperationResult<operations["deleteDirectMessageReaction"]>;
/** What `listUserChats` resolves to. */
export type ListUserChatsResult = OperationResult<operations["listUserChats"]>;
/** What `getUserChat` resolves to. */
export type GetUserChatResult = OperationResult<operations["getUserChat"]>;
/** What `createUserChat` resolves to. */
export type CreateUserChatResult = OperationResult<operations["createUserChat"]>;
/** What `deleteUserChat` resolves to. */
export type DeleteUserChatResult = OperationResult<operations["deleteUserChat"]>;
/** What `createAsset` resolves to. */
export type CreateAssetResult = OperationResult<operations["createAsset"]>;
/** What `joinVoiceChannel` resolves to. */
export type JoinVoiceChannelResult = OperationResult<operations["joinVoiceChannel"]>;
/** What `listVoiceChannels` resolves to. */
export type ListVoiceChannelsResult = OperationResult<operations["listVoiceChannels"]>;
/** What `leaveVoiceChannel` resolves to. */
export type LeaveVoiceChannelResult = OperationResult<operations["leaveVoiceChannel"]>;
/** What `keepVoiceChannelAlive` resolves to. */
export type KeepVoiceChannelAliveResult = OperationResult<operations["keepVoiceChannelAlive"]>;
/** What `listFriends` resolves to. */
export type ListFriendsResult = OperationResult<operations["listFriends"]>;
/** What `createFriendRequest` resolves to. */
export type CreateFriendRequestResult = OperationResult<operations["createFriendRequest"]>;
/** What `handleFriendRequest` resolves to. */
export type HandleFriendRequestResult = OperationResult<operations["handleFriendRequest"]>;
/** What `deleteFriend` resolves to. */
export type DeleteFriendResult = OperationResult<operations["deleteFriend"]>;
/** What `blockUser` resolves to. */
export type BlockUserResult = OperationResult<operations["blockUser"]>;
/** What `unblockUser` resolves to. */
export type UnblockUserResult = OperationResult<operations["unblockUser"]>;
/** What `listGames` resolves to. */
export type ListGamesResult = OperationResult<operations["listGames"]>;
/** What `createGame` resolves to. */
export type CreateGameResult = OperationResult<operations["createGame"]>;
/** What `updateGame` resolves to. */
export type UpdateGameResult = OperationResult<operations["updateGame"]>;
/** What `deleteGame` resolves to. */
export type DeleteGameResult = OperationResult<operations["deleteGame"]>;
/** What `createGameActivity` resolves to. */
export type CreateGameActivityResult = OperationResult<operations["createGameActivity"]>;
/** What `deleteGameActivity` resolves to. */
export type DeleteGameActivityResult = OperationResult<operations["deleteGameActivity"]>;
/** What `getGateway` resolves to. */
export type GetGatewayResult = OperationResult<operations["getGateway"]>;
/** What `createOAuth2Token` resolves to. */
export type CreateOAuth2TokenResult = OperationResult<operations["createOAuth2Token"]>;
export declare function createKookClient(options: KookClientOptions): KookClient;
