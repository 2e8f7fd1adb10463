/**
 * KOOK v3: what the source docs say, per operation. Written by hand from the seeds
 * (shared/seeds/000_*.txt invites, 002_*.txt users, 003_*.txt thread channels) and the reference
 * notes (final upstream thread doc, newer /user/me fields, invite enums, pagination defaults), NOT derived
 * from the YAML. test/kook.spec.test.ts checks the bundled spec against it.
 *
 * Where the reference notes resolve a seed mistake, the resolved value is used and marked `// seed: ...`.
 */

export type JsonType = "string" | "integer" | "number" | "boolean" | "array" | "object";

export interface ParamExpectation {
  name: string;
  /** `query` parameter, or a field of the JSON request body. */
  in: "query" | "body";
  type: JsonType;
  format?: string;
  required: boolean;
  default?: unknown;
  enum?: unknown[];
}

export interface FieldExpectation {
  /** Path inside `data`: dot-separated names; `name[]` steps into the items of the array `name`. */
  path: string;
  type: JsonType;
  format?: string;
  enum?: unknown[];
  /** Checked only when given: `true` for fields the doc's table lists and every doc example of the operation shows. */
  required?: boolean;
}

export interface OperationExpectation {
  method: "get" | "post";
  path: string;
  operationId: string;
  /** The doc's Chinese section title, which the description must quote as `Upstream title: <title>`. */
  upstreamTitle: string;
  params: ParamExpectation[];
  /** "At least one of" rules the doc states in prose: each inner list is one alternative. */
  atLeastOneOf?: string[][];
  /** Media type of the request body when it is not JSON (uploads). */
  bodyMediaType?: string;
  /** JSON types `data` may have, when not only `object` (a plain list, or an empty `[]` the doc shows). */
  dataTypes?: JsonType[];
  /** Media type of the success response when it is not the JSON envelope (the badge image). */
  responseMediaType?: string;
  /** The body must be sent although none of its fields is required. */
  bodyRequired?: boolean;
  /** The success body is the data itself, not the `{code, message, data}` envelope (the OAuth2 token). */
  unwrapped?: boolean;
  /** The operation takes no `Authorization` header (`security: []`). */
  noAuth?: boolean;
  /** The operation's own server, when it is not the API's. */
  server?: string;
  /** Fields of `data`; for a `data` that is a list, paths start at its items. */
  response: FieldExpectation[];
}

const q = (name: string, type: JsonType, required: boolean, extra: Partial<ParamExpectation> = {}): ParamExpectation => ({
  name,
  in: "query",
  type,
  required,
  ...extra,
});
const b = (name: string, type: JsonType, required: boolean, extra: Partial<ParamExpectation> = {}): ParamExpectation => ({
  name,
  in: "body",
  type,
  required,
  ...extra,
});
const f = (path: string, type: JsonType, required?: boolean, extra: Partial<FieldExpectation> = {}): FieldExpectation => ({
  path,
  type,
  ...(required === undefined ? {} : { required }),
  ...extra,
});

/** Prefixes every field path with `prefix`. */
const under = (prefix: string, fields: FieldExpectation[]): FieldExpectation[] =>
  fields.map((field) => ({ ...field, path: `${prefix}.${field.path}` }));

/** `meta` of page-based lists (reference.md). */
const meta: FieldExpectation[] = [
  f("meta", "object", true),
  f("meta.page", "integer", true),
  f("meta.page_total", "integer", true),
  f("meta.page_size", "integer", true),
  f("meta.total", "integer", true),
];

/** Category table of the thread doc (allow/deny int; roles: array per the final doc, seed says object). */
const categoryInThread: FieldExpectation[] = [
  f("category", "object", true), // seed table: string (category id); every example: object
  f("category.id", "string", true),
  f("category.name", "string", true),
  f("category.allow", "integer", true),
  f("category.deny", "integer", true),
];

/** Thread table plus the extra fields of the create table; user/medias/tags as in the examples. */
const threadFields: FieldExpectation[] = [
  f("id", "string", true),
  f("status", "integer", true, { enum: [1, 2, 3] }), // seed: string; final doc: int
  f("title", "string", true),
  f("cover", "string", true),
  ...categoryInThread,
  f("post_id", "string", true),
  f("medias", "array", true),
  f("medias[].type", "integer", true),
  f("medias[].src", "string", true),
  f("medias[].title", "string", true),
  f("preview_content", "string", true),
  f("user", "object", true),
  f("tags", "array", true),
];

/** Thread detail fields (thread/view table), present in view and list. */
const threadActivity: FieldExpectation[] = [
  f("latest_active_time", "integer", true, { format: "int64" }),
  f("create_time", "integer", true, { format: "int64" }),
  f("is_updated", "boolean", true),
  f("content_deleted", "boolean", true),
  f("content_deleted_type", "integer", true, { enum: [0, 1, 2, 3] }), // meanings 1/2/3 from the final doc; 0 in examples
  f("collect_num", "integer", true),
  f("post_count", "integer", true),
];

/** Content and mention fields of the main post / a post (Post table and examples). */
const contentFields: FieldExpectation[] = [
  f("content", "string", true),
  f("mention", "array", true),
  f("mention_all", "boolean", true),
  f("mention_here", "boolean", true),
  f("mention_part", "array", true),
  f("mention_role_part", "array", true),
  f("channel_part", "array", true),
  f("item_part", "array", true),
];

/** Post table of the thread doc; `required` only where every post example shows the field. */
const postFields: FieldExpectation[] = [
  f("id", "string", true),
  f("category_id", "string"),
  f("thread_id", "string", true),
  f("reply_id", "string", true),
  f("belong_to_post_id", "string"),
  f("status", "integer", undefined, { enum: [1, 2, 3] }), // seed: string; final doc: int
  f("is_updated", "boolean", true),
  ...contentFields,
];

const emptyData: FieldExpectation[] = [];

/** Guild table of guild.md / objects.md (boost_num and level only in guild.md). */
const guildFields: FieldExpectation[] = [
  f("id", "string", true),
  f("name", "string", true),
  f("topic", "string", true),
  f("user_id", "string", true),
  f("icon", "string", true),
  f("notify_type", "integer", true, { enum: [0, 1, 2, 3] }),
  f("region", "string", true),
  f("enable_open", "boolean", true),
  f("open_id", "string", true),
  f("default_channel_id", "string", true),
  f("welcome_channel_id", "string", true),
];

/** Role table of guild-role.md / objects.md. */
const roleFields: FieldExpectation[] = [
  f("role_id", "integer", true),
  f("name", "string", true),
  f("color", "integer", true),
  f("position", "integer", true),
  f("hoist", "integer", true, { enum: [0, 1] }),
  f("mentionable", "integer", true, { enum: [0, 1] }),
  f("permissions", "integer", true, { format: "int64" }),
];

/** permission_overwrites / permission_users of channel-role.md. */
const overwriteFields: FieldExpectation[] = [
  f("permission_overwrites", "array", true),
  f("permission_overwrites[].role_id", "integer", true),
  f("permission_overwrites[].allow", "integer", true),
  f("permission_overwrites[].deny", "integer", true),
  f("permission_users", "array", true),
  f("permission_users[].user", "object", true),
  f("permission_users[].allow", "integer", true),
  f("permission_users[].deny", "integer", true),
];

/** Channel detail table of channel.md (/channel/view) with its overrides. */
const channelDetail: FieldExpectation[] = [
  f("id", "string", true),
  f("guild_id", "string", true),
  f("user_id", "string", true),
  f("parent_id", "string", true),
  f("name", "string", true),
  f("topic", "string", true),
  f("type", "integer", true, { enum: [0, 1, 2, 4] }),
  f("level", "integer", true),
  f("slow_mode", "integer", true),
  f("limit_amount", "integer", true),
  f("is_category", "boolean", true),
  f("permission_sync", "integer", true, { enum: [0, 1] }),
  ...overwriteFields,
];

/** channel-role create/update: `user_id` or `role_id` by type (Kook.Net: `role_id` or a `user` object). */
const overrideResult: FieldExpectation[] = [
  f("user_id", "string", false),
  f("role_id", "integer", false),
  f("user", "object", false),
  f("allow", "integer", true),
  f("deny", "integer", true),
];

/** grant/revoke answer of guild-role.md. */
const memberRoles: FieldExpectation[] = [f("user_id", "string", true), f("guild_id", "string", true), f("roles", "array", true)];

/** Emoji table of guild-emoji.md. */
const emojiFields: FieldExpectation[] = [f("name", "string", true), f("id", "string", true), f("user_info", "object", true), f("user_info.id", "string", true)];

/** Channel message detail table (message.md) plus the fields every example shows. */
const messageFields: FieldExpectation[] = [
  f("id", "string", true),
  f("type", "integer", true, { enum: [1, 2, 3, 4, 8, 9, 10, 12, 255] }), // values: event docs; 12 (poke): Kook.Net
  f("author", "object", true),
  f("author.id", "string", true),
  f("content", "string", true),
  f("mention", "array", true),
  f("mention_all", "boolean", true),
  f("mention_roles", "array", true),
  f("mention_here", "boolean", true),
  f("embeds", "array", true),
  f("embeds[].type", "string", true),
  f("attachments", "object", true), // table: map; examples: null
  f("reactions", "array", true),
  f("reactions[].emoji", "object", true),
  f("reactions[].emoji.id", "string", true),
  f("reactions[].emoji.name", "string", true),
  f("reactions[].count", "integer", true),
  f("reactions[].me", "boolean", true),
  f("quote", "object", true),
  f("mention_info", "object", true),
  f("mention_info.mention_part", "array"),
  f("mention_info.mention_role_part", "array"),
  // every example, not the table
  f("create_at", "integer", true, { format: "int64" }),
  f("updated_at", "integer", true, { format: "int64" }),
  f("image_name", "string", true),
  f("read_status", "boolean", true),
];

/** Direct message detail table (direct-message.md) plus the fields every example shows. */
const directMessageFields: FieldExpectation[] = [
  f("id", "string", true),
  f("type", "integer", true, { enum: [1, 2, 3, 4, 8, 9, 10, 12, 255] }),
  f("author_id", "string", true),
  f("content", "string", true),
  f("embeds", "array", true),
  f("attachments", "array", true), // table: array; examples: [], false
  f("reactions", "array", true),
  f("quote", "object", true),
  f("read_status", "boolean"), // table; only the list example
  f("create_at", "integer", true, { format: "int64" }),
  f("updated_at", "integer", undefined, { format: "int64" }), // examples; Kook.Net reads update_at
  f("image_name", "string", true),
  f("mention_info", "object", true),
];

/** Sent message (message/create and direct-message/create return tables). */
const sentMessage: FieldExpectation[] = [
  f("msg_id", "string", true),
  f("msg_timestamp", "integer", true, { format: "int64" }),
  f("nonce", "string", true),
];

/** Users of the reaction-list tables, as the items of `data`. */
const reactionUsers: FieldExpectation[] = [
  f("id", "string", true),
  f("username", "string", true),
  f("nickname", "string"),
  f("identify_num", "string", true),
  f("online", "boolean"),
  f("status", "integer"),
  f("avatar", "string", true),
  f("bot", "boolean"),
  f("reaction_time", "integer", true, { format: "int64" }),
];

/** Chat session of user-chat.md (list table); `detail` adds the friend/block flags. */
const userChat = (detail: boolean): FieldExpectation[] => [
  f("code", "string", true),
  f("last_read_time", "integer", true, { format: "int64" }),
  f("latest_msg_time", "integer", true, { format: "int64" }),
  f("unread_count", "integer", true),
  f("target_info", "object", true),
  f("target_info.id", "string", true),
  f("target_info.username", "string", true),
  f("target_info.online", "boolean", true),
  f("target_info.avatar", "string", true),
  ...(detail ? [f("is_friend", "boolean", true), f("is_blocked", "boolean", true), f("is_target_blocked", "boolean", true)] : []),
];

/** object-game of game.md. */
const gameFields: FieldExpectation[] = [
  f("id", "integer", true),
  f("name", "string", true),
  f("type", "integer", true, { enum: [0, 1, 2] }),
  f("options", "string", true),
  f("kmhook_admin", "boolean", true),
  f("process_name", "array", true),
  f("product_name", "array", true),
  f("icon", "string", true),
];

/** Entries of the friend lists (friend.md example). */
const friendEntry: FieldExpectation[] = [
  f("id", "integer", true),
  f("type", "string", true),
  f("friend_info", "object", true),
  f("friend_info.id", "string", true),
  f("own", "boolean", true),
];

const emoji = (required: boolean) => q("emoji", "string", required);


export const kookOperations: OperationExpectation[] = [
  // ---- 000: invites ----
  {
    method: "get",
    path: "/invite/list",
    operationId: "listInvites",
    upstreamTitle: "获取邀请列表",
    params: [
      q("guild_id", "string", false),
      q("channel_id", "string", false),
      q("page", "integer", false),
      q("page_size", "integer", false, { default: 50 }), // default from reference.md
    ],
    atLeastOneOf: [["guild_id"], ["channel_id"]],
    response: [
      f("items", "array", true),
      f("items[].guild_id", "string", true),
      f("items[].channel_id", "string", true),
      f("items[].url_code", "string", true),
      f("items[].url", "string", true),
      f("items[].user", "object", true),
      f("items[].user.id", "string", true),
      f("items[].user.username", "string", true),
      f("items[].user.identify_num", "string", true),
      f("items[].user.online", "boolean"),
      f("items[].user.status", "integer"),
      f("items[].user.bot", "boolean"),
      f("items[].user.avatar", "string"),
      f("items[].user.vip_avatar", "string"),
      ...meta,
      f("sort", "object", true),
    ],
  },
  {
    method: "post",
    path: "/invite/create",
    operationId: "createInvite",
    upstreamTitle: "创建邀请链接",
    params: [
      b("guild_id", "string", false),
      b("channel_id", "string", false),
      b("duration", "integer", false, { default: 604800, enum: [0, 1800, 3600, 21600, 43200, 86400, 604800] }),
      b("setting_times", "integer", false, { default: -1, enum: [-1, 1, 5, 10, 25, 50, 100] }),
    ],
    atLeastOneOf: [["guild_id"], ["channel_id"]],
    response: [f("url", "string", true)],
  },
  {
    method: "post",
    path: "/invite/delete",
    operationId: "deleteInvite",
    upstreamTitle: "删除邀请链接",
    params: [b("url_code", "string", true), b("guild_id", "string", false), b("channel_id", "string", false)],
    response: emptyData,
  },

  // ---- 002: users ----
  {
    method: "get",
    path: "/user/me",
    operationId: "getCurrentUser",
    upstreamTitle: "获取当前用户信息",
    params: [],
    response: [
      // seed table
      f("id", "string", true),
      f("username", "string", true),
      f("identify_num", "string", true),
      f("online", "boolean", true),
      f("os", "string", true),
      f("status", "integer", true, { enum: [0, 1, 10] }),
      f("avatar", "string", true),
      f("banner", "string", true),
      f("bot", "boolean", true),
      f("mobile_verified", "boolean", true),
      f("mobile_prefix", "string", true),
      f("mobile", "string", true),
      f("invited_count", "integer", true),
      // seed example only
      f("client_id", "string"),
      // newer upstream doc
      f("vip_avatar", "string"),
      f("nickname", "string"),
      f("roles", "array"), // newer table: map; every example: array of role ids
      f("is_vip", "boolean"),
      f("vip_amp", "boolean"),
      f("bot_status", "integer"), // newer table: boolean; its example: 0
      f("tag_info", "object"),
      f("tag_info.color", "string"),
      f("tag_info.bg_color", "string"),
      f("tag_info.text", "string"),
      f("is_sys", "boolean"),
      f("verified", "boolean"),
    ],
  },
  {
    method: "get",
    path: "/user/view",
    operationId: "getUser",
    upstreamTitle: "获取目标用户信息",
    params: [q("user_id", "string", true), q("guild_id", "string", false)],
    response: [
      f("id", "string", true),
      f("username", "string", true),
      f("nickname", "string"), // in the table, not in the example
      f("identify_num", "string", true),
      f("online", "boolean", true),
      f("status", "integer", true, { enum: [0, 1, 10] }),
      f("avatar", "string", true),
      f("vip_avatar", "string", true),
      f("is_vip", "boolean"), // in the table, not in the example
      f("bot", "boolean", true),
      f("mobile_verified", "boolean", true),
      f("roles", "array", true),
      f("joined_at", "integer", true, { format: "int64" }), // Unix ms (reference notes)
      f("active_time", "integer", true, { format: "int64" }),
      // newer upstream doc
      f("os", "string"),
      f("banner", "string"),
      f("vip_amp", "boolean"),
      f("is_sys", "boolean"),
    ],
  },
  {
    method: "post",
    path: "/user/offline",
    operationId: "setBotOffline",
    upstreamTitle: "下线机器人",
    params: [],
    response: emptyData,
  },
  {
    method: "post",
    path: "/user/online",
    operationId: "setBotOnline",
    upstreamTitle: "上线机器人",
    params: [],
    response: emptyData,
  },
  {
    method: "get",
    path: "/user/get-online-status",
    operationId: "getBotOnlineStatus",
    upstreamTitle: "获取在线状态",
    params: [],
    response: [f("online", "boolean", true), f("online_os", "array", true)],
  },

  // ---- 003: thread channels ----
  {
    method: "get",
    path: "/category/list",
    operationId: "listCategories",
    upstreamTitle: "获取帖子分区列表",
    params: [q("channel_id", "string", true)],
    response: [
      f("list", "array", true),
      f("list[].id", "string", true),
      f("list[].name", "string", true),
      f("list[].allow", "integer", true), // seed example: "0" strings; final doc: int
      f("list[].deny", "integer", true),
      f("list[].roles", "array", true), // seed table: object; examples: array
      f("list[].roles[].type", "string", true, { enum: ["user", "role"] }),
      f("list[].roles[].role_id", "integer", true),
      f("list[].roles[].user_id", "string", true),
      f("list[].roles[].allow", "integer", true),
    ],
  },
  {
    method: "post",
    path: "/thread/create",
    operationId: "createThread",
    upstreamTitle: "创建帖子",
    params: [
      b("channel_id", "string", true),
      b("guild_id", "string", true),
      b("category_id", "string", false),
      b("title", "string", true),
      b("cover", "string", false),
      b("content", "string", true),
    ],
    response: [...threadFields, ...contentFields],
  },
  {
    method: "post",
    path: "/thread/reply",
    operationId: "createThreadReply",
    upstreamTitle: "评论/回复",
    params: [
      b("channel_id", "string", true),
      b("thread_id", "string", true),
      b("reply_id", "string", false),
      b("content", "string", true),
    ],
    response: postFields,
  },
  {
    method: "get",
    path: "/thread/view",
    operationId: "getThread",
    upstreamTitle: "贴子详情",
    params: [q("channel_id", "string", true), q("thread_id", "string", true)],
    response: [...threadFields, ...contentFields, ...threadActivity],
  },
  {
    method: "get",
    path: "/thread/list",
    operationId: "listThreads",
    upstreamTitle: "帖子列表",
    params: [
      q("channel_id", "string", true),
      q("category_id", "string", false),
      q("sort", "integer", false, { enum: [1, 2] }),
      q("page_size", "integer", false, { default: 30 }),
      q("time", "integer", false, { format: "int64" }),
    ],
    response: [
      f("items", "array", true),
      ...under("items[]", [
        ...threadFields,
        ...threadActivity,
        f("tags[].id", "integer", true),
        f("tags[].name", "string", true),
        f("tags[].icon", "string", true),
      ]),
    ],
  },
  {
    method: "post",
    path: "/thread/delete",
    operationId: "deleteThread",
    upstreamTitle: "帖子/评论/回复删除",
    params: [b("channel_id", "string", true), b("thread_id", "string", false), b("post_id", "string", false)],
    atLeastOneOf: [["thread_id"], ["post_id"]],
    response: emptyData,
  },
  {
    method: "get",
    path: "/thread/post",
    operationId: "listThreadPosts",
    upstreamTitle: "回复列表",
    params: [
      q("channel_id", "string", true),
      q("post_id", "string", false),
      q("thread_id", "string", true),
      q("time", "integer", false, { format: "int64" }), // seed: string
      q("page_size", "integer", false), // seed: string
      q("order", "string", true, { enum: ["asc", "desc"] }),
      q("page", "integer", true), // seed: string
    ],
    response: [
      ...meta,
      f("items", "array", true),
      ...under("items[]", [
        ...postFields,
        f("belong_to_post_id", "string", true),
        f("create_time", "integer", true, { format: "int64" }),
        f("user", "object", true),
        f("replies", "array", true),
        ...under("replies[]", [
          f("id", "string", true),
          f("reply_id", "string", true),
          f("thread_id", "string", true),
          f("belong_to_post_id", "string", true),
          f("create_time", "integer", true, { format: "int64" }),
          f("user", "object", true),
          ...contentFields,
        ]),
      ]),
    ],
  },
  // kook-a: guild, guild-mute, guild-boost, channel, channel-role, channel-user, guild-role, guild-emoji, blacklist,
  // intimacy, badge (upstream http/*.md at 5edf3ed; required flags where the doc's table and every example agree)
  {
    method: "get",
    path: "/guild/list",
    operationId: "listGuilds",
    upstreamTitle: "获取当前用户加入的服务器列表",
    params: [q("page", "integer", false), q("page_size", "integer", false, { default: 50 }), q("sort", "string", false)],
    response: [f("items", "array", true), ...under("items[]", guildFields), f("items[].boost_num", "integer"), f("items[].level", "integer"), ...meta, f("sort", "object", true)],
  },
  {
    method: "get",
    path: "/guild/view",
    operationId: "getGuild",
    upstreamTitle: "获取服务器详情",
    params: [q("guild_id", "string", true)],
    response: [
      ...guildFields,
      f("roles", "array", true),
      ...under("roles[]", roleFields),
      f("channels", "array", true),
      f("channels[].id", "string", true), // example: number 123; everywhere else a string
      f("channels[].guild_id", "string"),
      f("channels[].user_id", "string", true),
      f("channels[].parent_id", "string", true), // example: number 123
      f("channels[].name", "string", true),
      f("channels[].topic", "string"),
      f("channels[].type", "integer", true, { enum: [0, 1, 2, 4] }), // 4: thread channels (Kook.Net)
      f("channels[].level", "integer", true),
      f("channels[].slow_mode", "integer"),
      f("channels[].is_category", "boolean", true),
      f("boost_num", "integer"),
      f("level", "integer"),
    ],
  },
  {
    method: "get",
    path: "/guild/user-list",
    operationId: "listGuildMembers",
    upstreamTitle: "获取服务器中的用户列表",
    params: [
      q("guild_id", "string", true),
      q("channel_id", "string", false),
      q("search", "string", false),
      q("role_id", "integer", false),
      q("mobile_verified", "integer", false, { enum: [0, 1] }),
      q("active_time", "integer", false, { enum: [0, 1] }),
      q("joined_at", "integer", false, { enum: [0, 1] }),
      q("page", "integer", false),
      q("page_size", "integer", false, { default: 50 }),
      q("filter_user_id", "string", false),
    ],
    response: [
      f("items", "array", true),
      f("items[].id", "string", true),
      f("items[].username", "string", true),
      f("items[].identify_num", "string", true),
      f("items[].online", "boolean"),
      f("items[].status", "integer", undefined, { enum: [0, 1, 10] }), // doc's enum table: 0, 10; user object: 0/1 normal, 10 banned
      f("items[].bot", "boolean"),
      f("items[].avatar", "string", true),
      f("items[].vip_avatar", "string"),
      f("items[].nickname", "string"),
      f("items[].roles", "array"),
      ...meta,
      f("sort", "object", true),
      f("user_count", "integer", true),
      f("online_count", "integer", true),
      f("offline_count", "integer", true),
    ],
  },
  {
    method: "post",
    path: "/guild/nickname",
    operationId: "setGuildNickname",
    upstreamTitle: "修改服务器中用户的昵称",
    params: [b("guild_id", "string", true), b("nickname", "string", false), b("user_id", "string", false)],
    response: emptyData,
  },
  {
    method: "post",
    path: "/guild/leave",
    operationId: "leaveGuild",
    upstreamTitle: "离开服务器",
    params: [b("guild_id", "string", true)],
    response: emptyData,
  },
  {
    method: "post",
    path: "/guild/kickout",
    operationId: "kickGuildMember",
    upstreamTitle: "踢出服务器",
    params: [b("guild_id", "string", true), b("target_id", "string", true)],
    response: emptyData,
  },
  {
    method: "get",
    path: "/guild-mute/list",
    operationId: "listGuildMutes",
    upstreamTitle: "服务器静音闭麦列表",
    params: [q("guild_id", "string", true), q("return_type", "string", false, { enum: ["detail"] })], // doc: string, "detail" recommended
    response: [
      f("mic", "object", true),
      f("mic.type", "integer", true, { enum: [1, 2] }),
      f("mic.user_ids", "array", true),
      f("headset", "object", true),
      f("headset.type", "integer", true, { enum: [1, 2] }),
      f("headset.user_ids", "array", true),
    ],
  },
  {
    method: "post",
    path: "/guild-mute/create",
    operationId: "createGuildMute",
    upstreamTitle: "添加服务器静音或闭麦",
    params: [b("guild_id", "string", true), b("user_id", "string", true), b("type", "integer", true, { enum: [1, 2] })],
    response: emptyData,
  },
  {
    method: "post",
    path: "/guild-mute/delete",
    operationId: "deleteGuildMute",
    upstreamTitle: "删除服务器静音或闭麦",
    params: [b("guild_id", "string", true), b("user_id", "string", true), b("type", "integer", true, { enum: [1, 2] })],
    response: emptyData,
  },
  {
    method: "get",
    path: "/guild-boost/history",
    operationId: "listGuildBoosts",
    upstreamTitle: "服务器助力历史",
    params: [
      q("guild_id", "string", true),
      q("start_time", "integer", false, { format: "int64" }), // Unix seconds
      q("end_time", "integer", false, { format: "int64" }),
      q("page", "integer", false), // not in the table; the doc says the answer is a standard page
      q("page_size", "integer", false, { default: 50 }),
    ],
    response: [
      f("items", "array", true),
      f("items[].user_id", "string", true),
      f("items[].guild_id", "string", true),
      f("items[].start_time", "integer", true, { format: "int64" }),
      f("items[].end_time", "integer", true, { format: "int64" }),
      f("items[].user", "object", true),
      ...meta,
      f("sort", "object", true),
    ],
  },
  {
    method: "get",
    path: "/channel/list",
    operationId: "listChannels",
    upstreamTitle: "获取频道列表",
    params: [
      q("page", "integer", false),
      q("page_size", "integer", false, { default: 50 }),
      q("guild_id", "string", true),
      q("type", "integer", false, { enum: [1, 2] }), // doc: default 1, but its example without type lists a category and a voice channel
      q("parent_id", "string", false),
    ],
    response: [
      f("items", "array", true),
      f("items[].id", "string", true),
      f("items[].user_id", "string", true),
      f("items[].parent_id", "string", true),
      f("items[].name", "string", true),
      f("items[].type", "integer", true, { enum: [0, 1, 2, 4] }),
      f("items[].level", "integer", true),
      f("items[].limit_amount", "integer", true),
      f("items[].is_category", "boolean", true),
      ...meta,
      f("sort", "object", true), // example: [] (an empty array)
    ],
  },
  {
    method: "get",
    path: "/channel/view",
    operationId: "getChannel",
    upstreamTitle: "获取频道详情",
    params: [q("target_id", "string", true), q("need_children", "boolean", false, { default: false })],
    response: [...channelDetail, f("has_password", "boolean", true), f("voice_quality", "string"), f("server_url", "string"), f("children", "array")],
  },
  {
    method: "post",
    path: "/channel/create",
    operationId: "createChannel",
    upstreamTitle: "创建频道",
    params: [
      b("guild_id", "string", true),
      b("name", "string", true),
      b("parent_id", "string", false),
      b("type", "integer", false, { default: 1, enum: [1, 2] }),
      b("limit_amount", "integer", false),
      b("voice_quality", "string", false, { default: "2", enum: ["1", "2", "3"] }), // doc: string; Kook.Net sends a number (an integer branch 1–3 beside)
      b("is_category", "integer", false, { default: 0, enum: [0, 1] }),
    ],
    response: [...channelDetail, f("has_password", "boolean", true), f("voice_quality", "string"), f("server_url", "string")],
  },
  {
    method: "post",
    path: "/channel/update",
    operationId: "updateChannel",
    upstreamTitle: "编辑频道",
    params: [
      b("channel_id", "string", true),
      b("name", "string", false),
      b("level", "integer", false),
      b("parent_id", "string", false),
      b("topic", "string", false),
      b("slow_mode", "integer", false, {
        enum: [0, 5000, 10000, 15000, 30000, 60000, 120000, 300000, 600000, 900000, 1800000, 3600000, 7200000, 21600000],
      }),
      b("limit_amount", "integer", false),
      b("voice_quality", "string", false, { enum: ["1", "2", "3"] }), // doc: string; Kook.Net sends a number (an integer branch 1–3 beside)
      b("password", "string", false),
    ],
    response: [...channelDetail, f("is_category", "integer", true), f("voice_quality", "string"), f("server_url", "string"), f("has_password", "boolean")],
  },
  {
    method: "post",
    path: "/channel/delete",
    operationId: "deleteChannel",
    upstreamTitle: "删除频道",
    params: [b("channel_id", "string", true)],
    response: emptyData,
  },
  {
    method: "get",
    path: "/channel/user-list",
    operationId: "listVoiceChannelUsers",
    upstreamTitle: "语音频道用户列表",
    params: [q("channel_id", "string", true)],
    dataTypes: ["array"],
    response: [f("id", "string", true), f("username", "string", true), f("identify_num", "string", true), f("online", "boolean"), f("avatar", "string", true), f("nickname", "string"), f("roles", "array")],
  },
  {
    method: "post",
    path: "/channel/move-user",
    operationId: "moveVoiceChannelUsers",
    upstreamTitle: "语音频道之间移动用户",
    params: [b("target_id", "string", true), b("user_ids", "array", true)],
    dataTypes: ["array", "object"], // example: []
    response: emptyData,
  },
  {
    method: "post",
    path: "/channel/kickout",
    operationId: "kickVoiceChannelUser",
    upstreamTitle: "踢出语音频道中的用户",
    params: [b("channel_id", "string", true), b("user_id", "string", true)],
    dataTypes: ["array", "object"], // example: []
    response: emptyData,
  },
  {
    method: "get",
    path: "/channel-role/index",
    operationId: "getChannelPermissions",
    upstreamTitle: "频道角色权限详情",
    params: [q("channel_id", "string", true)],
    response: [...overwriteFields, f("permission_sync", "integer", true, { enum: [0, 1] })],
  },
  {
    method: "post",
    path: "/channel-role/create",
    operationId: "createChannelPermission",
    upstreamTitle: "创建频道角色权限",
    params: [b("channel_id", "string", true), b("type", "string", false, { default: "user_id", enum: ["role_id", "user_id"] }), b("value", "string", true)], // doc: value optional
    response: overrideResult,
  },
  {
    method: "post",
    path: "/channel-role/update",
    operationId: "updateChannelPermission",
    upstreamTitle: "更新频道角色权限",
    params: [
      b("channel_id", "string", true),
      b("type", "string", false, { default: "user_id", enum: ["role_id", "user_id"] }),
      b("value", "string", true), // doc: optional; an override needs its target
      b("allow", "integer", false, { default: 0 }),
      b("deny", "integer", false, { default: 0 }),
    ],
    response: overrideResult,
  },
  {
    method: "post",
    path: "/channel-role/sync",
    operationId: "syncChannelPermissions",
    upstreamTitle: "同步频道角色权限",
    params: [b("channel_id", "string", true)],
    response: overwriteFields,
  },
  {
    method: "post",
    path: "/channel-role/delete",
    operationId: "deleteChannelPermission",
    upstreamTitle: "删除频道角色权限",
    params: [b("channel_id", "string", true), b("type", "string", false, { default: "user_id", enum: ["role_id", "user_id"] }), b("value", "string", true)],
    response: emptyData,
  },
  {
    method: "get",
    path: "/channel-user/get-joined-channel",
    operationId: "listJoinedVoiceChannels",
    upstreamTitle: "根据用户 id 和服务器 id 获取用户所在语音频道",
    params: [q("page", "integer", false), q("page_size", "integer", false, { default: 50 }), q("guild_id", "string", true), q("user_id", "string", true)],
    response: [f("items", "array", true), ...under("items[]", channelDetail), ...meta, f("sort", "object", true)],
  },
  {
    method: "get",
    path: "/guild-role/list",
    operationId: "listGuildRoles",
    upstreamTitle: "获取服务器角色列表",
    params: [q("guild_id", "string", true), q("page", "integer", false), q("page_size", "integer", false, { default: 50 })],
    response: [f("items", "array", true), ...under("items[]", roleFields), ...meta, f("sort", "object", true)],
  },
  {
    method: "post",
    path: "/guild-role/create",
    operationId: "createGuildRole",
    upstreamTitle: "创建服务器角色",
    params: [b("name", "string", false, { default: "新角色" }), b("guild_id", "string", true)],
    response: roleFields, // the doc's example wraps the role in an array; its table and the SDKs: one role
  },
  {
    method: "post",
    path: "/guild-role/update",
    operationId: "updateGuildRole",
    upstreamTitle: "更新服务器角色",
    params: [
      b("guild_id", "string", true),
      b("role_id", "integer", true),
      b("name", "string", false),
      b("color", "integer", false),
      b("hoist", "integer", false, { enum: [0, 1] }),
      b("mentionable", "integer", false, { enum: [0, 1] }),
      b("permissions", "integer", false),
    ],
    response: roleFields,
  },
  {
    method: "post",
    path: "/guild-role/delete",
    operationId: "deleteGuildRole",
    upstreamTitle: "删除服务器角色",
    params: [b("guild_id", "string", true), b("role_id", "integer", true)],
    response: emptyData,
  },
  {
    method: "post",
    path: "/guild-role/grant",
    operationId: "grantGuildRole",
    upstreamTitle: "赋予用户角色",
    params: [b("guild_id", "string", true), b("user_id", "string", true), b("role_id", "integer", true)],
    response: memberRoles,
  },
  {
    method: "post",
    path: "/guild-role/revoke",
    operationId: "revokeGuildRole",
    upstreamTitle: "删除用户角色",
    params: [b("guild_id", "string", true), b("user_id", "string", true), b("role_id", "integer", true)],
    response: memberRoles,
  },
  {
    method: "get",
    path: "/guild-emoji/list",
    operationId: "listGuildEmojis",
    upstreamTitle: "获取服务器表情列表",
    params: [q("page", "integer", false), q("page_size", "integer", false, { default: 50 }), q("guild_id", "string", true)],
    response: [f("items", "array", true), ...under("items[]", emojiFields), ...meta, f("sort", "object", true)],
  },
  {
    method: "post",
    path: "/guild-emoji/create",
    operationId: "createGuildEmoji",
    upstreamTitle: "创建服务器表情",
    bodyMediaType: "multipart/form-data",
    params: [b("name", "string", false), b("guild_id", "string", true), b("emoji", "string", true)], // emoji: string(binary), a PNG file
    response: emojiFields,
  },
  {
    method: "post",
    path: "/guild-emoji/update",
    operationId: "updateGuildEmoji",
    upstreamTitle: "更新服务器表情",
    params: [b("name", "string", true), b("id", "string", true)],
    response: emptyData,
  },
  {
    method: "post",
    path: "/guild-emoji/delete",
    operationId: "deleteGuildEmoji",
    upstreamTitle: "删除服务器表情",
    params: [b("id", "string", true)],
    response: emptyData,
  },
  {
    method: "get",
    path: "/blacklist/list",
    operationId: "listBlacklist",
    upstreamTitle: "获取黑名单列表",
    params: [q("guild_id", "string", true), q("page", "integer", false), q("page_size", "integer", false, { default: 50 })], // paging: "分页参数"
    response: [
      f("items", "array", true),
      f("items[].user_id", "string", true),
      f("items[].created_time", "integer", true, { format: "int64" }), // ms
      f("items[].remark", "string", true),
      f("items[].user", "object", true),
      f("items[].user.id", "string", true),
      ...meta,
      f("sort", "object", true),
    ],
  },
  {
    method: "post",
    path: "/blacklist/create",
    operationId: "createBlacklistEntry",
    upstreamTitle: "加入黑名单",
    params: [b("guild_id", "string", true), b("target_id", "string", true), b("remark", "string", false), b("del_msg_days", "integer", false, { default: 0 })],
    response: emptyData,
  },
  {
    method: "post",
    path: "/blacklist/delete",
    operationId: "deleteBlacklistEntry",
    upstreamTitle: "移除黑名单",
    params: [b("guild_id", "string", true), b("target_id", "string", true)],
    response: emptyData,
  },
  {
    method: "get",
    path: "/intimacy/index",
    operationId: "getIntimacy",
    upstreamTitle: "获取用户亲密度",
    params: [q("user_id", "string", true)],
    response: [
      f("img_url", "string", true),
      f("social_info", "string", true),
      f("last_read", "integer", true, { format: "int64" }),
      f("last_modify", "integer", false, { format: "int64" }), // example only
      f("score", "integer", true),
      f("img_list", "array", true),
      f("img_list[].id", "string", true),
      f("img_list[].url", "string", true),
    ],
  },
  {
    method: "post",
    path: "/intimacy/update",
    operationId: "updateIntimacy",
    upstreamTitle: "更新用户亲密度",
    params: [b("user_id", "string", true), b("score", "integer", false), b("social_info", "string", false), b("img_id", "string", false)], // curl example and Kook.Net: a number; both accepted
    response: emptyData,
  },
  {
    method: "get",
    path: "/badge/guild",
    operationId: "getGuildBadge",
    upstreamTitle: "获取服务器 Badge",
    params: [q("guild_id", "string", true), q("style", "integer", false, { default: 0, enum: [0, 1, 2] })],
    responseMediaType: "image/svg+xml", // the doc says "an image"; Kook.Net passes image/svg+xml through
    response: [],
  },

  // kook-b: message, direct-message, user-chat, asset, voice, friend, game, gateway, oauth (upstream http/*.md, oauth2.md)
  // ---- message.md ----
  {
    method: "get",
    path: "/message/list",
    operationId: "listMessages",
    upstreamTitle: "获取频道聊天消息列表",
    params: [
      q("target_id", "string", true),
      q("msg_id", "string", false),
      q("pin", "integer", false, { enum: [0, 1], default: 0 }), // doc: unsigned int, 0 or 1
      q("flag", "string", false, { enum: ["before", "around", "after"] }),
      q("page_size", "integer", false, { default: 50 }),
    ],
    response: [f("items", "array", true), ...under("items[]", messageFields)],
  },
  {
    method: "get",
    path: "/message/view",
    operationId: "getMessage",
    upstreamTitle: "获取频道聊天消息详情",
    params: [q("msg_id", "string", true)],
    response: [...messageFields, f("channel_id", "string")], // channel_id: table only
  },
  {
    method: "post",
    path: "/message/create",
    operationId: "createMessage",
    upstreamTitle: "发送频道聊天消息",
    params: [
      b("type", "integer", false, { default: 9, enum: [1, 2, 3, 4, 8, 9, 10] }),
      b("target_id", "string", true),
      b("content", "string", true),
      b("quote", "string", false),
      b("nonce", "string", false),
      b("temp_target_id", "string", false),
      b("template_id", "string", false),
    ],
    response: sentMessage,
  },
  {
    method: "post",
    path: "/message/update",
    operationId: "updateMessage",
    upstreamTitle: "更新频道聊天消息",
    params: [
      b("msg_id", "string", true),
      b("content", "string", true),
      b("quote", "string", false),
      b("temp_target_id", "string", false),
      b("template_id", "string", false),
    ],
    response: emptyData,
  },
  {
    method: "post",
    path: "/message/delete",
    operationId: "deleteMessage",
    upstreamTitle: "删除频道聊天消息",
    params: [b("msg_id", "string", true)],
    response: emptyData,
  },
  {
    method: "get",
    path: "/message/reaction-list",
    operationId: "listMessageReactionUsers",
    upstreamTitle: "获取频道消息某回应的用户列表",
    params: [q("msg_id", "string", true), emoji(true)],
    dataTypes: ["array"], // table: a list of users; example: invalid JSON
    response: reactionUsers,
  },
  {
    method: "post",
    path: "/message/add-reaction",
    operationId: "addMessageReaction",
    upstreamTitle: "给某个消息添加回应",
    params: [b("msg_id", "string", true), b("emoji", "string", true)],
    response: emptyData,
  },
  {
    method: "post",
    path: "/message/delete-reaction",
    operationId: "deleteMessageReaction",
    upstreamTitle: "删除消息的某个回应",
    params: [b("msg_id", "string", true), b("emoji", "string", true), b("user_id", "string", false)],
    response: emptyData,
  },
  {
    method: "post",
    path: "/message/send-pipemsg",
    operationId: "sendPipeMessage",
    upstreamTitle: "发送管道消息",
    noAuth: true, // the pipe's access_token authenticates
    bodyRequired: true, // {content} or the template's input
    params: [
      q("access_token", "string", true),
      q("type", "integer", false, { enum: [1, 2, 3, 4, 8, 9, 10] }),
      q("target_id", "string", false),
      q("quote", "string", false), // Kook.Net; the doc: "mostly the parameters of message/create"
      q("temp_target_id", "string", false), // Kook.Net
      b("content", "string", false),
    ],
    response: [...sentMessage, f("not_permissions_mention", "array")],
  },

  // ---- direct-message.md ----
  {
    method: "get",
    path: "/direct-message/list",
    operationId: "listDirectMessages",
    upstreamTitle: "获取私信聊天消息列表",
    params: [
      q("chat_code", "string", false),
      q("target_id", "string", false),
      q("msg_id", "string", false),
      q("flag", "string", false, { enum: ["before", "around", "after"] }),
      q("page", "integer", false),
      q("page_size", "integer", false, { default: 50 }),
    ],
    atLeastOneOf: [["chat_code"], ["target_id"]],
    response: [f("items", "array", true), ...under("items[]", directMessageFields)],
  },
  {
    method: "get",
    path: "/direct-message/view",
    operationId: "getDirectMessage",
    upstreamTitle: "获取私信聊天消息详情",
    params: [q("chat_code", "string", true), q("msg_id", "string", true)],
    response: directMessageFields,
  },
  {
    method: "post",
    path: "/direct-message/create",
    operationId: "createDirectMessage",
    upstreamTitle: "发送私信聊天消息",
    params: [
      b("type", "integer", false, { default: 1, enum: [1, 2, 3, 4, 8, 9, 10] }),
      b("target_id", "string", false),
      b("chat_code", "string", false),
      b("content", "string", true),
      b("quote", "string", false),
      b("nonce", "string", false),
      b("template_id", "string", false),
    ],
    atLeastOneOf: [["target_id"], ["chat_code"]],
    response: sentMessage,
  },
  {
    method: "post",
    path: "/direct-message/update",
    operationId: "updateDirectMessage",
    upstreamTitle: "更新私信聊天消息",
    params: [
      b("msg_id", "string", true), // doc table: false; the message must be named
      b("content", "string", true),
      b("quote", "string", false),
      b("template_id", "string", false),
    ],
    response: emptyData,
  },
  {
    method: "post",
    path: "/direct-message/delete",
    operationId: "deleteDirectMessage",
    upstreamTitle: "删除私信聊天消息",
    params: [b("msg_id", "string", true)], // doc table: false
    response: emptyData,
  },
  {
    method: "get",
    path: "/direct-message/reaction-list",
    operationId: "listDirectMessageReactionUsers",
    upstreamTitle: "获取频道消息某回应的用户列表", // the doc reuses the channel title
    params: [q("msg_id", "string", true), emoji(false)],
    dataTypes: ["array"],
    response: reactionUsers,
  },
  {
    method: "post",
    path: "/direct-message/add-reaction",
    operationId: "addDirectMessageReaction",
    upstreamTitle: "给某个消息添加回应",
    params: [b("msg_id", "string", true), b("emoji", "string", true)],
    response: emptyData,
  },
  {
    method: "post",
    path: "/direct-message/delete-reaction",
    operationId: "deleteDirectMessageReaction",
    upstreamTitle: "删除消息的某个回应",
    params: [b("msg_id", "string", true), b("emoji", "string", true), b("user_id", "string", false)],
    response: emptyData,
  },

  // ---- user-chat.md ----
  {
    method: "get",
    path: "/user-chat/list",
    operationId: "listUserChats",
    upstreamTitle: "获取私信聊天会话列表",
    params: [q("page", "integer", false), q("page_size", "integer", false, { default: 50 })],
    response: [f("items", "array", true), ...under("items[]", userChat(false)), ...meta, f("sort", "object", true)],
  },
  {
    method: "get",
    path: "/user-chat/view",
    operationId: "getUserChat",
    upstreamTitle: "获取私信聊天会话详情",
    params: [q("chat_code", "string", true)],
    response: userChat(true),
  },
  {
    method: "post",
    path: "/user-chat/create",
    operationId: "createUserChat",
    upstreamTitle: "创建私信聊天会话",
    params: [b("target_id", "string", true)],
    response: userChat(true),
  },
  {
    method: "post",
    path: "/user-chat/delete",
    operationId: "deleteUserChat",
    upstreamTitle: "删除私信聊天会话",
    params: [b("chat_code", "string", true)],
    response: emptyData,
  },

  // ---- asset.md ----
  {
    method: "post",
    path: "/asset/create",
    operationId: "createAsset",
    upstreamTitle: "上传媒体文件",
    bodyMediaType: "multipart/form-data",
    params: [b("file", "string", true)], // string(binary)
    response: [f("url", "string", true)],
  },

  // ---- voice.md ----
  {
    method: "post",
    path: "/voice/join",
    operationId: "joinVoiceChannel",
    upstreamTitle: "加入语音频道",
    params: [
      b("channel_id", "string", true),
      b("audio_ssrc", "string", false, { default: "1111" }), // doc: string; Kook.Net sends a number (both accepted)
      b("audio_pt", "string", false, { default: "111" }),
      b("rtcp_mux", "boolean", false, { default: true }),
      b("password", "string", false),
    ],
    response: [
      f("ip", "string", true),
      f("port", "string", true), // example: "1000"; Kook.Net: number (both accepted)
      f("rtcp_mux", "boolean", true),
      f("rtcp_port", "integer", true), // table: int; example: "10001"
      f("bitrate", "integer", true),
      f("audio_ssrc", "string", true),
      f("audio_pt", "string", true),
    ],
  },
  {
    method: "get",
    path: "/voice/list",
    operationId: "listVoiceChannels",
    upstreamTitle: "获取频道列表",
    params: [q("page", "integer", false), q("page_size", "integer", false, { default: 50 })], // the answer is a usual page
    response: [
      f("items", "array", true),
      f("items[].id", "string", true),
      f("items[].guild_id", "string", true),
      f("items[].parent_id", "string", true),
      f("items[].name", "string", true),
      ...meta,
      f("sort", "object", true),
    ],
  },
  {
    method: "post",
    path: "/voice/leave",
    operationId: "leaveVoiceChannel",
    upstreamTitle: "离开语音频道",
    params: [b("channel_id", "string", true)],
    response: emptyData,
  },
  {
    method: "post",
    path: "/voice/keep-alive",
    operationId: "keepVoiceChannelAlive",
    upstreamTitle: "保持语音连接活跃",
    params: [b("channel_id", "string", true)],
    response: emptyData,
  },

  // ---- friend.md ----
  {
    method: "get",
    path: "/friend",
    operationId: "listFriends",
    upstreamTitle: "好友列表",
    params: [q("type", "string", false, { enum: ["friend", "request", "blocked", "block"] })], // doc: block; Kook.Net: blocked
    response: [
      f("friend", "array"),
      f("request", "array"),
      f("blocked", "array"), // table: block; example and Kook.Net: blocked
      ...under("friend[]", friendEntry),
      ...under("request[]", friendEntry),
    ],
  },
  {
    method: "post",
    path: "/friend/request",
    operationId: "createFriendRequest",
    upstreamTitle: "好友申请",
    params: [b("user_code", "string", true), b("from", "integer", true, { enum: [0, 2] }), b("guild_id", "string", false)],
    response: emptyData,
  },
  {
    method: "post",
    path: "/friend/handle-request",
    operationId: "handleFriendRequest",
    upstreamTitle: "处理好友申请",
    params: [b("id", "integer", true), b("accept", "integer", true, { enum: [0, 1] })], // doc: boolean "0 reject 1 accept"; Kook.Net sends 0/1
    dataTypes: ["boolean"],
    response: [],
  },
  {
    method: "post",
    path: "/friend/delete",
    operationId: "deleteFriend",
    upstreamTitle: "删除好友",
    params: [b("user_id", "string", true)],
    response: emptyData,
  },
  {
    method: "post",
    path: "/friend/block",
    operationId: "blockUser",
    upstreamTitle: "屏蔽用户",
    params: [b("user_id", "string", true)],
    response: emptyData,
  },
  {
    method: "post",
    path: "/friend/unblock",
    operationId: "unblockUser",
    upstreamTitle: "取消屏蔽用户",
    params: [b("user_id", "string", true)],
    response: emptyData,
  },

  // ---- game.md ----
  {
    method: "get",
    path: "/game",
    operationId: "listGames",
    upstreamTitle: "游戏列表",
    params: [
      q("type", "integer", false, { enum: [0, 1, 2], default: 0 }), // doc: string "0 all 1 user 2 system"
      q("page", "integer", false), // the answer is a usual page; Kook.Net sends page and page_size
      q("page_size", "integer", false, { default: 50 }),
    ],
    response: [f("items", "array", true), ...under("items[]", gameFields), ...meta, f("sort", "object", true)],
  },
  {
    method: "post",
    path: "/game/create",
    operationId: "createGame",
    upstreamTitle: "添加游戏",
    params: [b("name", "string", true), b("icon", "string", false)],
    response: gameFields,
  },
  {
    method: "post",
    path: "/game/update",
    operationId: "updateGame",
    upstreamTitle: "更新游戏",
    params: [b("id", "integer", true), b("name", "string", false), b("icon", "string", false)],
    response: gameFields,
  },
  {
    method: "post",
    path: "/game/delete",
    operationId: "deleteGame",
    upstreamTitle: "删除游戏",
    params: [b("id", "integer", true)],
    response: emptyData,
  },
  {
    method: "post",
    path: "/game/activity",
    operationId: "createGameActivity",
    upstreamTitle: "添加游戏/音乐记录-开始玩/听",
    params: [
      b("id", "integer", false), // table: required; the music example has none: required for games only
      b("data_type", "integer", true, { enum: [1, 2] }),
      b("software", "string", false, { enum: ["cloudmusic", "qqmusic", "kugou"], default: "cloudmusic" }),
      b("singer", "string", false), // required when data_type is 2
      b("music_name", "string", false),
    ],
    response: emptyData,
  },
  {
    method: "post",
    path: "/game/delete-activity",
    operationId: "deleteGameActivity",
    upstreamTitle: "删除游戏/音乐记录-结束玩/听",
    params: [b("data_type", "integer", true, { enum: [1, 2] })], // table under "response parameters"
    response: emptyData,
  },

  // ---- gateway.md ----
  {
    method: "get",
    path: "/gateway/index",
    operationId: "getGateway",
    upstreamTitle: "获取网关连接地址",
    params: [q("compress", "integer", false, { enum: [0, 1], default: 1 })],
    response: [f("url", "string", true)],
  },

  // ---- oauth.md, oauth2.md ----
  {
    method: "post",
    path: "/oauth2/token",
    operationId: "createOAuth2Token",
    upstreamTitle: "获取AccessToken",
    server: "https://www.kookapp.cn/api", // /api/oauth2/token, outside /api/v3
    noAuth: true, // client credentials in the body
    unwrapped: true, // the token itself, no envelope
    params: [
      b("grant_type", "string", true, { enum: ["authorization_code"] }),
      b("client_id", "string", true),
      b("client_secret", "string", true),
      b("code", "string", true),
      b("redirect_uri", "string", true),
    ],
    response: [
      f("access_token", "string", true),
      f("expires_in", "integer", true), // table: expire_in; example: expires_in
      f("token_type", "string", true, { enum: ["Bearer"] }),
      f("scope", "string", true),
    ],
  },
];

/** Fields of the standard user object (objects.md), all of which the User schema must declare. */
export const userObjectFields: FieldExpectation[] = [
  f("id", "string"),
  f("username", "string"),
  f("nickname", "string"),
  f("identify_num", "string"),
  f("online", "boolean"),
  f("bot", "boolean"),
  f("status", "integer"),
  f("avatar", "string"),
  f("vip_avatar", "string"),
  f("mobile_verified", "boolean"),
  f("roles", "array"),
];

/** Rate-limit headers (rate-limit.md) with their types. */
export const rateLimitHeaders: Record<string, JsonType> = {
  "X-Rate-Limit-Limit": "integer",
  "X-Rate-Limit-Remaining": "integer",
  "X-Rate-Limit-Reset": "number",
  "X-Rate-Limit-Bucket": "string",
  "X-Rate-Limit-Global": "string",
};
