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
