import type { CallOptions } from "../invoke.js";
import { apiError } from "../api-error.js";
import { bindOperations, createCore, type ClientBase, type CommonOptions } from "../core.js";
import type { MethodArgs, OperationInput, OperationSpec, OperationTable, Readable, SuccessBody } from "../operation.js";
import { checkOptions } from "../options.js";
import { createRedactor, MAX_CREDENTIAL_LENGTH } from "../redact.js";
import { InvalidResponseError, TimeoutError } from "../errors.js";
import { checkTimeout } from "../timeout.js";
import { MiraiApiError, miraiStatus } from "./errors.js";

export interface MiraiClientOptions extends CommonOptions {
  /** The auth key configured in mirai-api-http's settings. */
  authKey: string;
}

/** The arguments of an operation method (generated as a method, so that an editor shows its parameters). */
export type OperationParams<Op> = MethodArgs<OperationInput<Op>, CallOptions>;
/**
 * What an operation method resolves to: the 200 body without its failure variant (`FailureStatus`, codes 1-20),
 * which the method throws as MiraiApiError instead.
 */
export type OperationResult<Op> = Readable<Exclude<SuccessBody<Op>, { code: 1 | 2 | 3 | 4 | 5 | 10 | 20 }>>;

/** Omit over each member of a union (e.g. "one of `target`, `qq` or `group`"), which plain Omit would merge. */
type WithoutSessionKey<T> = T extends unknown ? Omit<T, "sessionKey"> : never;
/** The arguments of a session method: the operation's, without the session key the session fills in. */
export type SessionParams<Op> = MethodArgs<WithoutSessionKey<OperationInput<Op>>, CallOptions>;

/** What every session has besides its operation methods (generated as `MiraiSession`, each method with its docs). */
export interface MiraiSessionBase {
  readonly sessionKey: string;
  /** The bot's QQ number the session is bound to. */
  readonly qq: number;
  /** Releases the session (`POST /release`). Safe to call twice: the second call sends nothing. */
  release(options?: CallOptions): Promise<void>;
  /** Releases the session when an `await using` block ends. */
  [Symbol.asyncDispose](): Promise<void>;
}

export interface MiraiClientBase<Paths extends {}, _Ops, Session> extends ClientBase<Paths> {
  /** Authenticates with the auth key and verifies the session for the bot `qq` (`POST /auth`, then `POST /verify`). */
  openSession(qq: number, options?: CallOptions): Promise<Session>;
}

/** The operations of the session flow itself; every other mirai operation takes the session key. */
const SESSION_FLOW = new Set(["authenticate", "verifySession", "releaseSession"]);

/** Operations served under another route by other server builds: each one's stand-in when its route answers 404. */
const ROUTE_ALIASES: Readonly<Record<string, string>> = { sendQuoteMessage: "quoteMessage", quoteMessage: "sendQuoteMessage" };

/** How long the release of a session whose verification failed may take (openSession does not wait for it). */
const RELEASE_AFTER_FAILED_VERIFY_MS = 5000;

/**
 * How many session keys a client redacts besides the ones its calls send, and their most characters together: the
 * most recently used. A key is added again by every call that sends it, so a bot that opens a session now and then
 * does not make each error slower. mirai's keys are a few characters long; a server handing out keys of a thousand
 * would otherwise make the redaction pattern megabytes long, and building it take seconds.
 */
const KEPT_SESSION_KEYS = 16;
const KEPT_SESSION_KEY_CHARS = 2048;

export function createMiraiRuntime<Paths extends {}, Client>(table: OperationTable, options: MiraiClientOptions & { baseUrl: string }): Client {
  const { authKey, ...common } = options;
  const retry = checkOptions("createMiraiClient", "authKey", "body", options);
  /** The session keys this client has sent lately, oldest first, so that no error shows one. */
  // Made with the first key: an empty Set per client costs heap whether the client ever opens a session or not.
  let sessionKeys: Set<string> | undefined;
  const redactor = createRedactor(() => [authKey, ...(sessionKeys ?? [])]);
  // mirai has no 429 and no idempotency guarantees beyond GET; keep the default retries for GETs.
  const core = createCore({
    ...common,
    retry,
    headers: {},
    // mirai decodes JSON bodies sent without a charset as Latin-1, mangling Chinese text.
    jsonType: "application/json; charset=utf-8",
    redactor,
    result(answer) {
      const status = isRecord(answer.body) ? answer.body : {};
      const code = typeof status.code === "number" ? status.code : undefined;
      if (answer.response.ok && (code === undefined || code === 0)) return answer.body;
      throw apiError(MiraiApiError, answer, code, status.msg);
    },
  });
  /** The operation whose route the server answered (not with 404), per pair of aliases. */
  // Made when an aliased operation is first called: a Map per client costs heap whether it is used or not.
  let servedRoute: Map<string, string> | undefined;
  /** An aliased operation, sent to the route that answered last time, then to the other one if that one is missing. */
  async function viaServedRoute(operationId: string, alias: string, body: Input, callOptions: CallOptions | undefined) {
    // A route the server does not have answers 404 before anything is sent, so trying the other one sends nothing twice.
    servedRoute ??= new Map();
    const first = servedRoute.get(operationId) ?? operationId;
    const second = first === operationId ? alias : operationId;
    const timeoutMs = callOptions?.timeoutMs ?? options.timeoutMs;
    const started = performance.now();
    try {
      const result = await core.invoke(operationId, table[first]!, body, callOptions);
      servedRoute.set(operationId, first).set(alias, first);
      return result;
    } catch (error) {
      // A 404 with mirai's own status body comes from the route: the operation was served there.
      if (!(error instanceof MiraiApiError && error.status === 404 && error.code === undefined)) throw error;
    }
    // The call's time limit is for both routes together: the second gets what is left, and a timeout names the whole.
    const left = timeoutMs ? Math.max(1, timeoutMs - (performance.now() - started)) : timeoutMs;
    const result = await core.invoke(operationId, table[second]!, body, { ...callOptions, timeoutMs: left }).catch((error: unknown) => {
      throw error instanceof TimeoutError ? new TimeoutError(timeoutMs!, error) : error;
    });
    servedRoute.set(operationId, second).set(alias, second);
    return result;
  }
  const methods = bindOperations(
    table,
    // Not an async function: one would cost every call another turn of the microtask queue.
    (operationId, spec, input, callOptions) => {
      let key: unknown;
      try {
        key = input?.sessionKey;
      } catch (error) {
        return unreadable(operationId, error);
      }
      // A key too long to redact is not kept: the call refuses it before sending (src/invoke.ts), as it refuses a key
      // that is no scalar.
      if ((typeof key === "string" || typeof key === "number" || typeof key === "bigint") && String(key).length <= MAX_CREDENTIAL_LENGTH) {
        useSessionKey((sessionKeys ??= new Set()), String(key));
      }
      const alias = ROUTE_ALIASES[operationId];
      return alias !== undefined && table[alias] ? viaServedRoute(operationId, alias, input, callOptions) : core.invoke(operationId, spec, input, callOptions);
    },
    core.raw,
    { openSession },
  );

  async function openSession(qq: number, callOptions?: CallOptions) {
    // The call's time limit is for the whole of it: each step gets what is left, and a timeout names the whole limit.
    const timeoutMs = callOptions?.timeoutMs ?? options.timeoutMs;
    checkTimeout(timeoutMs, "openSession");
    // Checked before the session is opened: a qq that /verify cannot take would leave it open on the server.
    if (!(typeof qq === "number" && Number.isSafeInteger(qq) && qq > 0)) {
      throw new TypeError(`openSession: qq must be the bot's QQ number, a positive integer, not ${typeof qq === "number" ? qq : typeof qq}`);
    }
    const deadline = timeoutMs ? performance.now() + timeoutMs : undefined;
    const step = <T>(call: (stepOptions: CallOptions) => Promise<T>) =>
      call({ signal: callOptions?.signal, timeoutMs: deadline === undefined ? timeoutMs : Math.max(1, deadline - performance.now()) }).catch((error: unknown) => {
        throw error instanceof TimeoutError ? new TimeoutError(timeoutMs!, error) : error;
      });
    // Builds from 2020-02-26 send the key in `session`, earlier ones in `msg`.
    const auth = await step((o) => methods.authenticate!({ authKey }, o));
    const sessionKey = isRecord(auth) ? (auth.session ?? auth.msg) : undefined;
    if (typeof sessionKey !== "string" || sessionKey === "" || sessionKey.length > MAX_CREDENTIAL_LENGTH) {
      const context = { operationId: "authenticate", method: "POST", url: redactor.text(`${options.baseUrl}${table.authenticate!.path}`) };
      throw new InvalidResponseError(`HTTP 200 without a session key of 1 to ${MAX_CREDENTIAL_LENGTH} characters in \`session\` or \`msg\``, 200, context);
    }
    try {
      await step((o) => methods.verifySession!({ sessionKey, qq }, o));
    } catch (error) {
      // The server may have verified the key although the answer was lost (timeout, reset): release it so that its
      // message queue does not grow for ever. An unverified key is refused with code 4 and expires on its own. The
      // caller, whose time may be up, does not wait for it.
      void methods.releaseSession!({ sessionKey, qq }, { timeoutMs: RELEASE_AFTER_FAILED_VERIFY_MS }).catch(() => undefined);
      throw error;
    }
    let released: Promise<void> | undefined;
    const release = (releaseOptions?: CallOptions) =>
      (released ??= methods.releaseSession!({ sessionKey, qq }, releaseOptions).then(
        () => void sessionKeys?.delete(sessionKey),
        (error: unknown) => {
          // Code 3: the server no longer knows the key (it expired, or was released another way). What release is
          // for has happened; an `await using` block would otherwise end by throwing.
          if (error instanceof MiraiApiError && error.code === miraiStatus.SESSION_INVALID) return void sessionKeys?.delete(sessionKey);
          released = undefined;
          throw error;
        },
      ));
    // The key is read through its prototype, which util.inspect (even showing hidden properties) and JSON.stringify
    // leave out: logging a session must not log its key.
    const session: Record<string | symbol, unknown> = Object.assign(
      Object.create({
        get sessionKey() {
          return sessionKey;
        },
      }),
      { qq, release, [Symbol.asyncDispose]: () => release() },
    );
    for (const operationId of Object.keys(table)) {
      if (SESSION_FLOW.has(operationId)) continue;
      session[operationId] = sessionKeyOnly(table[operationId]!)
        ? (o?: CallOptions, second?: CallOptions) => methods[operationId]!({ sessionKey }, second ?? o)
        : (input?: Record<string, unknown>, o?: CallOptions) => {
            let withKey: Record<string, unknown>;
            try {
              withKey = { ...input, sessionKey };
            } catch (error) {
              return unreadable(operationId, error);
            }
            return methods[operationId]!(withKey, o);
          };
    }
    return session;
  }

  return methods as Client;
}

/** A call whose input cannot even be read (a getter that throws, a revoked Proxy): refused as an input it cannot send. */
function unreadable(operationId: string, error: unknown): Promise<never> {
  return Promise.reject(new TypeError(`${operationId}: the input cannot be read`, { cause: error }));
}

/** Marks `key` the most recently used, keeping the most recent within KEPT_SESSION_KEYS and KEPT_SESSION_KEY_CHARS. */
function useSessionKey(sessionKeys: Set<string>, key: string): void {
  sessionKeys.delete(key);
  sessionKeys.add(key);
  let chars = 0;
  for (const kept of sessionKeys) chars += kept.length;
  for (const oldest of sessionKeys) {
    if (oldest === key || (sessionKeys.size <= KEPT_SESSION_KEYS && chars <= KEPT_SESSION_KEY_CHARS)) break;
    sessionKeys.delete(oldest);
    chars -= oldest.length;
  }
}

/** A GET whose only input is the session key: its session method takes only the call options (as `SessionParams` says). */
function sessionKeyOnly(spec: OperationSpec): boolean {
  return !spec.body && Object.keys(spec.parameters).every((name) => name === "sessionKey");
}

type Input = Record<string, unknown> | undefined;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
