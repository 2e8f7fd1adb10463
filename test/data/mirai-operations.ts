/**
 * Hand-written expectations for the mirai-api-http (Feb 2020) description, taken from the seed
 * (shared/seeds/004_ec1d4548af012a34.txt) and the reference notes (shared/reference/README.md, mirai section),
 * NOT derived from the YAML. Departures from the seed follow the reference notes and are marked `// ref:`.
 *
 * Field paths: dot-separated property names; `[]` steps into array items; `<Name>` selects the oneOf variant
 * whose `type` property is the constant `Name`. Example: `[]<GroupMessage>.sender.group.permission`.
 */

export type JsonType = 'string' | 'integer' | 'boolean' | 'array' | 'object';

export interface FieldSpec {
  path: string;
  type: JsonType;
  format?: string;
  /** required in its parent object */
  required?: boolean;
  enum?: (string | number)[];
  const?: string | number;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  /** for union-typed locations: the exact set of `type` constants of the oneOf variants */
  variants?: string[];
}

export interface ParamSpec {
  name: string;
  in: 'query';
  type: JsonType;
  format?: string;
  required: boolean;
}

export interface BodySpec {
  contentType: 'application/json' | 'multipart/form-data';
  /** exact `required` list of the top-level body object */
  required: string[];
  /** unknown keys rejected at the top level (additionalProperties: false) */
  closed: true;
  /** nested objects that must also reject unknown keys */
  closedPaths?: string[];
  /** "at least one of" groups, as anyOf of required lists */
  anyOfRequired?: string[][];
  fields: FieldSpec[];
}

export interface ResponseSpec {
  contentType: 'application/json' | 'text/plain';
  /**
   * ref: the server sends failures (codes 1-10) under HTTP 200 in place of the data, so the 200 schema is a oneOf of
   * these success variants (component names; undefined: one inline schema) and `FailureStatus`. `type` and `fields`
   * describe the first variant.
   */
  oneOf?: (string | undefined)[];
  /** type of the whole 200 body */
  type: JsonType;
  fields: FieldSpec[];
  /** properties that must NOT exist at these object paths (e.g. the seed's copy-paste `announcement`) */
  absent?: { path: string; property: string }[];
}

export interface OperationSpec {
  method: 'get' | 'post';
  path: string;
  operationId: string;
  tag: string;
  params: ParamSpec[];
  body?: BodySpec;
  response: ResponseSpec;
  /** error response keys and the shared component each must reference (undefined: inline) */
  errors: Record<string, string | undefined>;
  /** the seed shows this operation under a wrong method+path: it must not be there, and the description says so */
  correctedFrom?: { method: 'get' | 'post'; path: string };
}

const sessionKeyField: FieldSpec = { path: 'sessionKey', type: 'string', required: true };
const sessionKeyParam: ParamSpec = { name: 'sessionKey', in: 'query', type: 'string', required: true };
const groupTargetParam: ParamSpec = { name: 'target', in: 'query', type: 'integer', format: 'int64', required: true };

// 20 (the bot muted) from the builds of 2020-02-26 on: commit 703f0cc07 and the README of that day.
const STATUS_CODES = [0, 1, 2, 3, 4, 5, 10, 20, 400];
const PERMISSIONS = ['OWNER', 'ADMINISTRATOR', 'MEMBER'];
const MIRAI_EVENTS = [
  'BotOnlineEvent', 'BotOfflineEventActive', 'BotOfflineEventForce', 'BotOfflineEventDropped', 'BotReloginEvent',
  'BotGroupPermissionChangeEvent', 'BotMuteEvent', 'BotUnmuteEvent', 'BotJoinGroupEvent', 'GroupNameChangeEvent',
  'GroupEntranceAnnouncementChangeEvent', 'GroupMuteAllEvent', 'GroupAllowAnonymousChatEvent', 'GroupAllowConfessTalkEvent',
  'GroupAllowMemberInviteEvent', 'MemberJoinEvent', 'MemberLeaveEventKick', 'MemberLeaveEventQuit', 'MemberCardChangeEvent',
  'MemberSpecialTitleChangeEvent', 'MemberPermissionChangeEvent', 'MemberMuteEvent', 'MemberUnmuteEvent',
];

const statusResponse: ResponseSpec = {
  contentType: 'application/json',
  type: 'object',
  fields: [
    { path: 'code', type: 'integer', required: true, enum: STATUS_CODES },
    { path: 'msg', type: 'string', required: true },
  ],
};

const jsonErrors = { '400': 'BadRequest', '500': 'InternalServerError' };

/** the outgoing chain: no Source / Unknown (incoming only) */
const outgoingChainFields = (prefix: string): FieldSpec[] => [
  { path: prefix, type: 'array', required: true },
  { path: `${prefix}[]`, type: 'object', variants: ['At', 'AtAll', 'Face', 'Plain', 'Image', 'Xml'] },
  { path: `${prefix}[]<Plain>.text`, type: 'string', required: true },
  { path: `${prefix}[]<At>.target`, type: 'integer', format: 'int64', required: true },
  // ref: At.display was required on send at that version
  { path: `${prefix}[]<At>.display`, type: 'string', required: true },
  { path: `${prefix}[]<Face>.faceId`, type: 'integer', format: 'int32', required: true },
  // ref: Image carries imageId (the seed lists no field)
  { path: `${prefix}[]<Image>.imageId`, type: 'string', required: true },
  { path: `${prefix}[]<Xml>.xml`, type: 'string', required: true },
];

/** the incoming chain: all eight element types */
const incomingChainFields = (prefix: string): FieldSpec[] => [
  { path: prefix, type: 'array', required: true },
  {
    path: `${prefix}[]`,
    type: 'object',
    variants: ['Source', 'At', 'AtAll', 'Face', 'Plain', 'Image', 'Xml', 'Unknown'],
  },
  // ref: `uid` up to the build of 2020-02-22, `id` from 2020-02-23 on; exactly one is present (checked in the spec test)
  { path: `${prefix}[]<Source>.uid`, type: 'integer', format: 'int64', required: false },
  { path: `${prefix}[]<Source>.id`, type: 'integer', format: 'int64', required: false },
  { path: `${prefix}[]<Plain>.text`, type: 'string', required: true },
  { path: `${prefix}[]<At>.target`, type: 'integer', format: 'int64', required: true },
  { path: `${prefix}[]<At>.display`, type: 'string', required: true },
  { path: `${prefix}[]<Face>.faceId`, type: 'integer', format: 'int32', required: true },
  { path: `${prefix}[]<Image>.imageId`, type: 'string', required: true },
  { path: `${prefix}[]<Xml>.xml`, type: 'string', required: true },
  { path: `${prefix}[]<Unknown>.text`, type: 'string', required: true },
];

const groupFields = (prefix: string): FieldSpec[] => [
  { path: `${prefix}id`, type: 'integer', format: 'int64', required: true },
  { path: `${prefix}name`, type: 'string', required: true },
  { path: `${prefix}permission`, type: 'string', required: true, enum: PERMISSIONS },
];

const memberFields = (prefix: string): FieldSpec[] => [
  { path: `${prefix}id`, type: 'integer', format: 'int64', required: true },
  { path: `${prefix}memberName`, type: 'string', required: true },
  { path: `${prefix}permission`, type: 'string', required: true, enum: PERMISSIONS },
  { path: `${prefix}group`, type: 'object', required: true },
  ...groupFields(`${prefix}group.`),
];

const friendFields = (prefix: string): FieldSpec[] => [
  { path: `${prefix}id`, type: 'integer', format: 'int64', required: true },
  { path: `${prefix}nickName`, type: 'string', required: true },
  { path: `${prefix}remark`, type: 'string', required: true },
];

const sendBody = (targetFormat: 'int64'): BodySpec => ({
  contentType: 'application/json',
  required: ['sessionKey', 'target', 'messageChain'],
  closed: true,
  fields: [
    sessionKeyField,
    { path: 'target', type: 'integer', format: targetFormat, required: true },
    ...outgoingChainFields('messageChain'),
  ],
});

const groupOnlyBody: BodySpec = {
  contentType: 'application/json',
  required: ['sessionKey', 'target'],
  closed: true,
  fields: [sessionKeyField, { path: 'target', type: 'integer', format: 'int64', required: true }],
};

const memberBody = (extra: FieldSpec[] = []): BodySpec => ({
  contentType: 'application/json',
  required: ['sessionKey', 'target', 'memberId'],
  closed: true,
  fields: [
    sessionKeyField,
    { path: 'target', type: 'integer', format: 'int64', required: true },
    { path: 'memberId', type: 'integer', format: 'int64', required: true },
    ...extra,
  ],
});

export const operations: OperationSpec[] = [
  // ---- session ----
  {
    method: 'post',
    path: '/auth',
    operationId: 'authenticate',
    tag: 'session',
    params: [],
    body: {
      contentType: 'application/json',
      required: ['authKey'],
      closed: true,
      fields: [{ path: 'authKey', type: 'string', required: true }],
    },
    response: {
      contentType: 'application/json',
      // ref: builds of 2020-02-04 to 2020-02-26 answer the key in `msg` (LegacyAuthResult)
      oneOf: ['AuthResult', 'LegacyAuthResult'],
      type: 'object',
      fields: [
        { path: 'code', type: 'integer', required: true },
        { path: 'session', type: 'string', required: true },
      ],
    },
    errors: jsonErrors,
  },
  {
    method: 'post',
    path: '/verify',
    operationId: 'verifySession',
    tag: 'session',
    params: [],
    body: {
      contentType: 'application/json',
      required: ['sessionKey', 'qq'],
      closed: true,
      fields: [sessionKeyField, { path: 'qq', type: 'integer', format: 'int64', required: true }],
    },
    response: statusResponse,
    errors: jsonErrors,
  },
  {
    method: 'post',
    path: '/release',
    operationId: 'releaseSession',
    tag: 'session',
    params: [],
    body: {
      contentType: 'application/json',
      required: ['sessionKey', 'qq'],
      closed: true,
      fields: [sessionKeyField, { path: 'qq', type: 'integer', format: 'int64', required: true }],
    },
    response: statusResponse,
    errors: jsonErrors,
  },
  // ---- message ----
  {
    method: 'post',
    path: '/sendFriendMessage',
    operationId: 'sendFriendMessage',
    tag: 'message',
    params: [],
    body: sendBody('int64'),
    response: statusResponse,
    errors: jsonErrors,
  },
  {
    method: 'post',
    path: '/sendGroupMessage',
    operationId: 'sendGroupMessage',
    tag: 'message',
    params: [],
    body: sendBody('int64'),
    response: statusResponse,
    errors: jsonErrors,
  },
  {
    method: 'post',
    path: '/sendQuoteMessage',
    operationId: 'sendQuoteMessage',
    tag: 'message',
    params: [],
    body: sendBody('int64'),
    response: statusResponse,
    errors: jsonErrors,
  },
  {
    // ref: the route of quote replies in the builds of 2020-02-14 to 2020-02-22 (deprecated alias)
    method: 'post',
    path: '/quoteMessage',
    operationId: 'quoteMessage',
    tag: 'message',
    params: [],
    body: sendBody('int64'),
    response: statusResponse,
    errors: jsonErrors,
  },
  {
    // ref: the seed shows it as POST /sendGroupMessage
    method: 'post',
    path: '/sendImageMessage',
    operationId: 'sendImageMessage',
    tag: 'message',
    params: [],
    body: {
      contentType: 'application/json',
      required: ['sessionKey', 'urls'],
      closed: true,
      anyOfRequired: [['target'], ['qq'], ['group']],
      fields: [
        sessionKeyField,
        { path: 'target', type: 'integer', format: 'int64', required: false },
        { path: 'qq', type: 'integer', format: 'int64', required: false },
        { path: 'group', type: 'integer', format: 'int64', required: false },
        { path: 'urls', type: 'array', required: true },
        { path: 'urls[]', type: 'string' },
      ],
    },
    response: { contentType: 'application/json', oneOf: [undefined], type: 'array', fields: [{ path: '[]', type: 'string' }] },
    errors: jsonErrors,
    correctedFrom: { method: 'post', path: '/sendGroupMessage' },
  },
  {
    // ref: the seed shows it as POST /sendGroupMessage; the answer is plain text, failures are HTTP 500
    method: 'post',
    path: '/uploadImage',
    operationId: 'uploadImage',
    tag: 'message',
    params: [],
    body: {
      contentType: 'multipart/form-data',
      required: ['sessionKey', 'type', 'img'],
      closed: true,
      fields: [
        sessionKeyField,
        { path: 'type', type: 'string', required: true, enum: ['friend', 'group'] },
        { path: 'img', type: 'string', required: true },
      ],
    },
    response: { contentType: 'text/plain', type: 'string', fields: [] },
    errors: { '4XX': undefined, '500': 'InternalServerError' },
    correctedFrom: { method: 'post', path: '/sendGroupMessage' },
  },
  {
    method: 'get',
    path: '/fetchMessage',
    operationId: 'fetchMessages',
    tag: 'message',
    params: [sessionKeyParam, { name: 'count', in: 'query', type: 'integer', format: 'int32', required: true }],
    response: {
      contentType: 'application/json',
      oneOf: [undefined],
      type: 'array',
      fields: [
        // Events from the builds of 2020-02-20 on (the server's BotEventDTO; the README of 2020-02-26 shows one).
        { path: '[]', type: 'object', variants: ['GroupMessage', 'FriendMessage', ...MIRAI_EVENTS] },
        { path: '[]<MemberMuteEvent>.durationSeconds', type: 'integer', format: 'int32', required: true },
        { path: '[]<MemberMuteEvent>.member', type: 'object', required: true },
        { path: '[]<BotOfflineEventForce>.qq', type: 'integer', format: 'int64', required: true },
        { path: '[]<BotOfflineEventForce>.title', type: 'string', required: true },
        { path: '[]<GroupMuteAllEvent>.new', type: 'boolean', required: true },
        { path: '[]<GroupMessage>.type', type: 'string', required: true, const: 'GroupMessage' },
        ...incomingChainFields('[]<GroupMessage>.messageChain'),
        { path: '[]<GroupMessage>.sender', type: 'object', required: true },
        ...memberFields('[]<GroupMessage>.sender.'),
        { path: '[]<FriendMessage>.type', type: 'string', required: true, const: 'FriendMessage' },
        ...incomingChainFields('[]<FriendMessage>.messageChain'),
        { path: '[]<FriendMessage>.sender', type: 'object', required: true },
        ...friendFields('[]<FriendMessage>.sender.'),
      ],
    },
    errors: jsonErrors,
  },
  // ---- lists ----
  {
    method: 'get',
    path: '/friendList',
    operationId: 'listFriends',
    tag: 'friend',
    params: [sessionKeyParam],
    response: { contentType: 'application/json', oneOf: [undefined], type: 'array', fields: friendFields('[].') },
    errors: jsonErrors,
  },
  {
    method: 'get',
    path: '/groupList',
    operationId: 'listGroups',
    tag: 'group',
    params: [sessionKeyParam],
    response: { contentType: 'application/json', oneOf: [undefined], type: 'array', fields: groupFields('[].') },
    errors: jsonErrors,
  },
  {
    // ref: target is required although the seed's URL example omits it
    method: 'get',
    path: '/memberList',
    operationId: 'listMembers',
    tag: 'member',
    params: [sessionKeyParam, groupTargetParam],
    response: { contentType: 'application/json', oneOf: [undefined], type: 'array', fields: memberFields('[].') },
    errors: jsonErrors,
  },
  // ---- group administration ----
  {
    method: 'post',
    path: '/muteAll',
    operationId: 'muteAll',
    tag: 'group',
    params: [],
    body: groupOnlyBody,
    response: statusResponse,
    errors: jsonErrors,
  },
  {
    method: 'post',
    path: '/unmuteAll',
    operationId: 'unmuteAll',
    tag: 'group',
    params: [],
    body: groupOnlyBody,
    response: statusResponse,
    errors: jsonErrors,
  },
  {
    method: 'post',
    path: '/mute',
    operationId: 'muteMember',
    tag: 'member',
    params: [],
    body: memberBody([
      // seconds, at most 30 days, default 0
      { path: 'time', type: 'integer', format: 'int32', required: false, default: 0, maximum: 2592000 },
    ]),
    response: statusResponse,
    errors: jsonErrors,
  },
  {
    method: 'post',
    path: '/unmute',
    operationId: 'unmuteMember',
    tag: 'member',
    params: [],
    body: memberBody(),
    response: statusResponse,
    errors: jsonErrors,
  },
  {
    method: 'post',
    path: '/kick',
    operationId: 'kickMember',
    tag: 'member',
    params: [],
    body: memberBody([{ path: 'msg', type: 'string', required: false, default: '' }]),
    response: statusResponse,
    errors: jsonErrors,
  },
  {
    method: 'get',
    path: '/groupConfig',
    operationId: 'getGroupConfig',
    tag: 'group',
    params: [sessionKeyParam, groupTargetParam],
    response: {
      contentType: 'application/json',
      oneOf: ['GroupConfig'],
      type: 'object',
      fields: [
        { path: 'name', type: 'string', required: true },
        // ref: a string; the seed's table says Boolean
        { path: 'announcement', type: 'string', required: true },
        { path: 'confessTalk', type: 'boolean', required: true },
        { path: 'allowMemberInvite', type: 'boolean', required: true },
        { path: 'autoApprove', type: 'boolean', required: true },
        { path: 'anonymousChat', type: 'boolean', required: true },
      ],
    },
    errors: jsonErrors,
  },
  {
    method: 'post',
    path: '/groupConfig',
    operationId: 'updateGroupConfig',
    tag: 'group',
    params: [],
    body: {
      contentType: 'application/json',
      required: ['sessionKey', 'target', 'config'],
      closed: true,
      closedPaths: ['config'],
      fields: [
        sessionKeyField,
        { path: 'target', type: 'integer', format: 'int64', required: true },
        { path: 'config', type: 'object', required: true },
        { path: 'config.name', type: 'string', required: false },
        // ref: a string; the seed's table says Boolean
        { path: 'config.announcement', type: 'string', required: false },
        { path: 'config.confessTalk', type: 'boolean', required: false },
        { path: 'config.allowMemberInvite', type: 'boolean', required: false },
        { path: 'config.autoApprove', type: 'boolean', required: false },
        { path: 'config.anonymousChat', type: 'boolean', required: false },
      ],
    },
    response: statusResponse,
    errors: jsonErrors,
  },
  {
    // ref: the seed shows it as GET /groupConfig answering {name, announcement}
    method: 'get',
    path: '/memberInfo',
    operationId: 'getMemberInfo',
    tag: 'member',
    params: [
      sessionKeyParam,
      groupTargetParam,
      { name: 'memberId', in: 'query', type: 'integer', format: 'int64', required: true },
    ],
    response: {
      contentType: 'application/json',
      oneOf: ['MemberInfo'],
      type: 'object',
      fields: [
        { path: 'name', type: 'string', required: true },
        { path: 'specialTitle', type: 'string', required: true },
      ],
      absent: [{ path: '', property: 'announcement' }],
    },
    errors: jsonErrors,
    correctedFrom: { method: 'get', path: '/groupConfig' },
  },
  {
    method: 'post',
    path: '/memberInfo',
    operationId: 'updateMemberInfo',
    tag: 'member',
    params: [],
    body: {
      contentType: 'application/json',
      required: ['sessionKey', 'target', 'memberId', 'info'],
      closed: true,
      closedPaths: ['info'],
      fields: [
        sessionKeyField,
        { path: 'target', type: 'integer', format: 'int64', required: true },
        { path: 'memberId', type: 'integer', format: 'int64', required: true },
        { path: 'info', type: 'object', required: true },
        { path: 'info.name', type: 'string', required: false },
        { path: 'info.specialTitle', type: 'string', required: false },
      ],
    },
    response: statusResponse,
    errors: jsonErrors,
  },
];
