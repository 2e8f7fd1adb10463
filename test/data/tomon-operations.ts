// Hand-written expectations for the Tomon v1 invite API, taken from the seed document
// (shared/seeds/001_d470a1208f591106.txt), the newer upstream invite page and the reference notes
// (shared/reference/README.md). Deliberately NOT derived from spec/tomon/*.yaml.

export type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array';

/** A property of a request or response body. `name` is a dotted path from the body (or array item) root. */
export interface FieldSpec {
  name: string;
  type: JsonType;
  required: boolean;
  /** Checked only when given: whether `null` must be accepted (true) or rejected (false). */
  nullable?: boolean;
  format?: string;
  enum?: readonly (string | number)[];
  pattern?: string;
  minimum?: number;
}

export interface ParamSpec {
  name: string;
  in: 'path' | 'query' | 'header';
  type: JsonType;
  required: boolean;
  pattern?: string;
  /** The example value the parameter must carry (from the docs). */
  example: string;
}

export interface OperationSpec {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  operationId: string;
  tag: string;
  parameters: ParamSpec[];
  requestBody?: {
    required: boolean;
    fields: FieldSpec[];
    /** The doc's request example, expected as the first (canonical) named example. */
    canonicalExample: Record<string, unknown>;
  };
  success: {
    status: string;
    /** `none`: no content at all (204). */
    body: 'object' | 'array' | 'none';
    fields: FieldSpec[];
    /** Dotted-path values expected in the first (canonical) example (array bodies: first item). */
    canonicalExample?: Record<string, unknown>;
    /** Minimum number of named examples (seed version + newer docs). */
    minExamples?: number;
  };
  /** Error statuses the operation must declare (each a shared response component). */
  errorStatuses: string[];
}

export const SNOWFLAKE = '^[0-9]{1,19}$'; // ref: ids of the epoch's first 27 days have fewer than 17 digits
export const INVITE_CODE = '^[A-Za-z0-9]+$';

export const SERVER_URL = 'https://beta.tomon.co/api/v1';
export const SECURITY_SCHEME = { name: 'bearerToken', type: 'http', scheme: 'bearer' } as const;

/** Shared error response components and the status each one is used for. */
export const ERROR_COMPONENTS: Record<string, string> = {
  BadRequest: '400',
  Unauthorized: '401',
  Forbidden: '403',
  NotFound: '404',
  UnprocessableEntity: '422',
  TooManyRequests: '429',
};

const partialGuild: FieldSpec[] = [
  { name: 'guild', type: 'object', required: true, nullable: false },
  { name: 'guild.id', type: 'string', required: true, pattern: SNOWFLAKE, nullable: false },
  { name: 'guild.name', type: 'string', required: true, nullable: false },
  // The list example shows `member_count: null`.
  { name: 'guild.member_count', type: 'integer', required: true, nullable: true },
  // Guild pages type the icon `string?`.
  { name: 'guild.icon', type: 'string', required: true, nullable: true },
  { name: 'guild.icon_url', type: 'string', required: true, nullable: true },
  // Newer docs only: null or "".
  { name: 'guild.background', type: 'string', required: false, nullable: true },
  { name: 'guild.background_url', type: 'string', required: false, nullable: true },
  { name: 'guild.background_props', type: 'string', required: false, nullable: true },
];

const partialChannel: FieldSpec[] = [
  { name: 'channel', type: 'object', required: true, nullable: false },
  { name: 'channel.id', type: 'string', required: true, pattern: SNOWFLAKE },
  { name: 'channel.name', type: 'string', required: true },
  // 0 text, 1 voice, 2 DM, 3 group, 4 category.
  { name: 'channel.type', type: 'integer', required: true, enum: [0, 1, 2, 3, 4] },
];

const inviter: FieldSpec[] = [
  { name: 'inviter', type: 'object', required: true, nullable: false },
  { name: 'inviter.id', type: 'string', required: true, pattern: SNOWFLAKE },
  { name: 'inviter.username', type: 'string', required: true },
  { name: 'inviter.discriminator', type: 'string', required: true },
  { name: 'inviter.avatar', type: 'string', required: true, nullable: true },
  { name: 'inviter.name', type: 'string', required: true },
  { name: 'inviter.avatar_url', type: 'string', required: true, nullable: true },
  { name: 'inviter.type', type: 'integer', required: true },
  // Newer docs only.
  { name: 'inviter.is_bot', type: 'boolean', required: false },
];

const inviteFields: FieldSpec[] = [
  { name: 'code', type: 'string', required: true, pattern: INVITE_CODE, nullable: false },
  ...partialGuild,
  ...partialChannel,
  ...inviter,
  { name: 'uses', type: 'integer', required: true, minimum: 0, nullable: false },
  { name: 'max_age', type: 'integer', required: true, minimum: 0, nullable: false },
  { name: 'max_uses', type: 'integer', required: true, minimum: 0, nullable: false },
  // Not in the field table: required when every example has it.
  { name: 'temporary', type: 'boolean', required: true },
  { name: 'created_at', type: 'string', format: 'date-time', required: false },
  // Newer docs only.
  { name: 'joined', type: 'boolean', required: false },
];

const guildFields: FieldSpec[] = [
  { name: 'id', type: 'string', required: true, pattern: SNOWFLAKE, nullable: false },
  { name: 'name', type: 'string', required: true, nullable: false },
  { name: 'icon', type: 'string', required: true, nullable: true },
  { name: 'icon_url', type: 'string', required: true, nullable: true },
  { name: 'background', type: 'string', required: true, nullable: true },
  { name: 'background_url', type: 'string', required: true, nullable: true },
  { name: 'background_props', type: 'string', required: true, nullable: true },
  { name: 'description', type: 'string', required: true, nullable: true },
  { name: 'owner_id', type: 'string', required: true, pattern: SNOWFLAKE, nullable: false },
  { name: 'position', type: 'integer', required: true },
  { name: 'system_channel_id', type: 'string', required: true, nullable: true },
  { name: 'system_channel_flags', type: 'integer', required: true, nullable: false },
  // 0 all, 1 only mentions, 2 suppress, 3 default.
  { name: 'default_message_notifications', type: 'integer', required: true, enum: [0, 1, 2, 3] },
  { name: 'joined_at', type: 'string', format: 'date-time', required: true, nullable: false },
  { name: 'banned', type: 'boolean', required: true, nullable: false },
  { name: 'updated_at', type: 'string', format: 'date-time', required: false },
];

const channelIdParam: ParamSpec = {
  name: 'channelId',
  in: 'path',
  type: 'string',
  required: true,
  pattern: SNOWFLAKE,
  example: '136412396142460928',
};

const inviteCodeParam: ParamSpec = {
  name: 'inviteCode',
  in: 'path',
  type: 'string',
  required: true,
  pattern: INVITE_CODE,
  example: 'y5gRxd',
};

export const operations: OperationSpec[] = [
  {
    method: 'get',
    path: '/channels/{channelId}/invites',
    operationId: 'listChannelInvites',
    tag: 'invite',
    parameters: [channelIdParam],
    success: {
      status: '200',
      body: 'array',
      fields: inviteFields,
      canonicalExample: {
        code: 'N4Kbi9',
        'guild.member_count': null,
        'channel.id': '136412396142460928',
        'channel.name': '庆祝',
        'inviter.discriminator': '0990',
        max_age: 86400,
        max_uses: 0,
        temporary: false,
      },
      minExamples: 2,
    },
    errorStatuses: ['401', '403', '404', '429'],
  },
  {
    method: 'post',
    path: '/channels/{channelId}/invites',
    operationId: 'createChannelInvite',
    tag: 'invite',
    parameters: [channelIdParam],
    requestBody: {
      required: false,
      fields: [
        { name: 'max_age', type: 'integer', required: false, minimum: 0 },
        { name: 'max_uses', type: 'integer', required: false, minimum: 0 },
      ],
      canonicalExample: { max_age: 86400, max_uses: 0 },
    },
    success: {
      status: '200',
      body: 'object',
      fields: inviteFields,
      canonicalExample: {
        code: 'y5gRxd',
        'guild.member_count': 1,
        'channel.id': '136455413704466432',
        'channel.name': 'abc',
        uses: 0,
        max_age: 86400,
        max_uses: 0,
      },
      minExamples: 2,
    },
    errorStatuses: ['400', '401', '403', '404', '422', '429'],
  },
  {
    method: 'delete',
    path: '/invites/{inviteCode}',
    operationId: 'deleteInvite',
    tag: 'invite',
    parameters: [inviteCodeParam],
    success: { status: '204', body: 'none', fields: [] },
    errorStatuses: ['401', '403', '404', '429'],
  },
  {
    method: 'get',
    path: '/invites/{inviteCode}',
    operationId: 'getInvite',
    tag: 'invite',
    parameters: [inviteCodeParam],
    success: {
      status: '200',
      body: 'object',
      fields: inviteFields,
      canonicalExample: {
        code: 'y5gRxd',
        'guild.id': '136412396083740672',
        'guild.name': 'bears🍻',
        'inviter.id': '77431520989548544',
        max_age: 86400,
      },
      minExamples: 2,
    },
    errorStatuses: ['401', '404', '429'],
  },
  {
    method: 'post',
    path: '/invites/{inviteCode}',
    operationId: 'acceptInvite',
    tag: 'invite',
    parameters: [inviteCodeParam],
    success: {
      status: '200',
      body: 'object',
      fields: guildFields,
      canonicalExample: {
        id: '136412396083740672',
        background: null,
        description: null,
        owner_id: '77431520989548544',
        position: 14,
        system_channel_id: '136412396142460928',
        default_message_notifications: 1,
        joined_at: '2020-06-11T10:14:09.646Z',
        banned: false,
      },
      minExamples: 1,
    },
    errorStatuses: ['401', '404', '429'],
  },
];
