import type { CallOptions } from "../invoke.js";
import { apiError } from "../api-error.js";
import { bindOperations, createCore, own, type ClientBase, type CommonOptions } from "../core.js";
import { retryAfterHeader, type RetryOptions } from "../fetch/retry.js";
import type { MethodArgs, OperationArgs, OperationInput, OperationTable, Readable, Simplify, SuccessBody } from "../operation.js";
import { checkOptions } from "../options.js";
import { createRedactor } from "../redact.js";
import { KookApiError } from "./errors.js";
import { createPaginators } from "./paginate.js";
import { createKookRateLimit, resetDelay } from "./rate-limit.js";
import type { RateLimitStore } from "./rate-limit-store.js";

export interface KookClientOptions extends CommonOptions {
  token: string;
  /** `Bot` for bot tokens (default), `Bearer` for OAuth2 user tokens. */
  tokenType?: "Bot" | "Bearer" | undefined;
  /** Sent as `Accept-Language`: the language of error messages (KOOK's default is zh-cn). */
  language?: string | undefined;
  /** Retry settings, or false to send every request once. */
  retry?: RetryOptions | false | undefined;
  /**
   * Queue calls to exhausted rate-limit buckets until they reset (default true). `{ store }` shares the limits with
   * every client of the same token, in any process, through that store (e.g. `redisStore` from `botspec/kook/redis`).
   */
  rateLimit?: boolean | { store: RateLimitStore } | undefined;
}

/** The `data` of a KOOK operation's success envelope (the 200 body's variant with `code: 0`; the other is the error envelope). */
/** The `data` of a KOOK operation's success: the 200 body's variant with `code: 0` (the other is the error envelope). */
export type KookData<Op> = DataOf<SuccessBody<Op>>;
/**
 * An image answer (the guild badge) is the result itself; so is the body of an operation whose success is not
 * enveloped (the OAuth2 token); otherwise the `data` of the `code: 0` variant.
 */
type DataOf<Body> = Body extends Blob
  ? Blob
  : [Extract<Body, { code: 0 }>] extends [never]
    ? Exclude<Body, { code: number }>
    : Extract<Body, { code: 0 }> extends { data?: infer D }
      ? D
      : never;

/** The arguments of an operation method (generated as a method, so that an editor shows its parameters). */
export type OperationParams<Op> = OperationArgs<Op, CallOptions>;
/** What an operation method resolves to. */
export type OperationResult<Op> = Readable<KookData<Op>>;

type Item<Op> = KookData<Op> extends { items?: (infer I)[] } ? I : never;
/** Names of an operation's query parameters (paging is by query, as in paginate.ts; a free-form body has any key). */
type QueryKeys<Op> = Op extends { parameters: { query?: infer Q } } ? ([NonNullable<Q>] extends [never] ? never : keyof NonNullable<Q>) : never;
type PagedIds<Ops> = {
  [K in keyof Ops]: [Extract<QueryKeys<Ops[K]>, "page" | "time" | "flag">] extends [never] ? never : K;
}[keyof Ops];
/**
 * A paginator's params: the operation's, with a page operation's `page` optional since the paginator sets it; a
 * message list reads `before` or `after` its `msg_id`, and has no `page`.
 */
type PagerInput<Op> = "flag" extends QueryKeys<Op>
  ? Simplify<Omit<OperationInput<Op>, "flag" | "page"> & { flag?: "before" | "after" | undefined }>
  : "page" extends QueryKeys<Op>
    ? Simplify<Omit<OperationInput<Op>, "page"> & { page?: number | undefined }>
    : OperationInput<Op>;

/** Async iterators over every paged operation, yielding the items of all pages. */
export type KookPaginateOf<Ops> = {
  [K in PagedIds<Ops>]: (...args: MethodArgs<PagerInput<Ops[K]>, CallOptions>) => AsyncGenerator<Readable<Item<Ops[K]>>, void, undefined>;
};

export interface KookClientBase<Paths extends {}, Ops> extends ClientBase<Paths> {
  paginate: KookPaginateOf<Ops>;
}

export function createKookRuntime<Paths extends {}, Client>(table: OperationTable, options: KookClientOptions & { baseUrl: string }): Client {
  const { token, tokenType = "Bot", language, rateLimit = true, ...common } = options;
  const retry = checkOptions("createKookClient", "token", "header", options);
  if (tokenType !== "Bot" && tokenType !== "Bearer") throw new TypeError(`createKookClient: tokenType must be "Bot" or "Bearer", not ${String(tokenType)}`);
  if (language !== undefined && !(typeof language === "string" && /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/.test(language))) {
    throw new TypeError(`createKookClient: language must be a language tag in ASCII, such as "en-US" (sent as Accept-Language)`);
  }
  if (typeof rateLimit !== "boolean" && typeof (rateLimit as { store?: Partial<RateLimitStore> } | null)?.store?.limiter !== "function") {
    throw new TypeError(`createKookClient: rateLimit must be true, false or { store }, not ${String(rateLimit)}`);
  }
  const core = createCore({
    ...common,
    retry,
    headers: { Authorization: `${tokenType} ${token}`, ...(language ? { "Accept-Language": language } : {}) },
    // A 429 from a gateway in front of KOOK may carry the standard Retry-After instead.
    retryAfter: (response) => resetDelay(response) ?? retryAfterHeader(response),
    ...(rateLimit ? { gate: rateLimitGate(rateLimit, token) } : {}),
    redactor: createRedactor(() => [token]),
    result(answer) {
      const envelope = answer.body as { code?: unknown; message?: unknown; data?: unknown } | undefined;
      if (answer.response.ok && envelope?.code === 0) return envelope.data;
      // An image answer (the guild badge) is the result itself.
      if (answer.response.ok && answer.body instanceof Blob) return answer.body;
      // An operation whose success is not enveloped (the OAuth2 token) answers failures with the envelope.
      if (answer.response.ok && answer.spec.unwrapped && isObject(envelope) && !("code" in envelope)) {
        return envelope;
      }
      const code = typeof envelope?.code === "number" ? envelope.code : undefined;
      throw apiError(KookApiError, answer, code, envelope?.message);
    },
  });
  return bindOperations(table, core.invoke, core.raw, {}, (prototype) =>
    // Made on first use, as the methods are.
    Object.defineProperty(prototype, "paginate", {
      configurable: true,
      get(this: Record<string, (...args: unknown[]) => Promise<unknown>>) {
        return own(this, "paginate", createPaginators(table, (operationId, input, callOptions) => this[operationId]!(input, callOptions)));
      },
    }),
  ) as Client;
}

function rateLimitGate(rateLimit: true | { store: RateLimitStore }, token: string) {
  return rateLimit === true ? createKookRateLimit() : rateLimit.store.limiter(tokenHash(token), createKookRateLimit);
}

/** The SHA-256 of the token, in hex: what a shared store keys one token's limits by. */
async function tokenHash(token: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
