import type { CallOptions } from "../invoke.js";
import { apiError } from "../api-error.js";
import { bindOperations, createCore, RAW, type ClientBase, type CommonOptions } from "../core.js";
import type { MethodArgs, OperationInput, OperationTable, SuccessBody } from "../operation.js";
import { checkOptions } from "../options.js";
import { createRedactor } from "../redact.js";
import { MiraiApiError } from "./errors.js";

export interface MiraiClientOptions extends CommonOptions {
  /** The auth key configured in mirai-api-http's settings. */
  authKey: string;
}

/** Operation methods accept a Buffer or Uint8Array where the spec has a file part. */
type FileFriendly<T> = { [K in keyof T]: T[K] extends Blob ? Blob | Uint8Array : T[K] };

/** The arguments of an operation method (generated as a method, so that an editor shows its parameters). */
export type OperationParams<Op> = MethodArgs<FileFriendly<OperationInput<Op>>, CallOptions>;
/** What an operation method resolves to. */
export type OperationResult<Op> = SuccessBody<Op>;

/** Omit over each member of a union (e.g. "one of `target`, `qq` or `group`"), which plain Omit would merge. */
type WithoutSessionKey<T> = T extends unknown ? Omit<T, "sessionKey"> : never;
type SessionParams<Op> = MethodArgs<FileFriendly<WithoutSessionKey<OperationInput<Op>>>, CallOptions>;
type SessionIds<Ops> = Exclude<keyof Ops, "authenticate" | "verifySession" | "releaseSession">;

/**
 * A verified session: every operation that needs a session key, with the key filled in. The methods' type is written
 * out rather than named, so that an editor shows their parameters.
 */
export type MiraiSessionOf<Ops> = { [K in SessionIds<Ops>]: (...args: SessionParams<Ops[K]>) => Promise<SuccessBody<Ops[K]>> } & {
  readonly sessionKey: string;
  readonly qq: number;
  /** Releases the session (POST /release). Safe to call twice. */
  release(options?: CallOptions): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
};

export interface MiraiClientBase<Paths extends {}, Ops> extends ClientBase<Paths> {
  /** Authenticates with the auth key and verifies the session for the bot `qq` (auth + verify). */
  openSession(qq: number, options?: CallOptions): Promise<MiraiSessionOf<Ops>>;
}

/** The operations of the session flow itself; every other mirai operation takes the session key. */
const SESSION_FLOW = new Set(["authenticate", "verifySession", "releaseSession"]);

export function createMiraiRuntime<Paths extends {}, Client>(table: OperationTable, options: MiraiClientOptions & { baseUrl: string }): Client {
  const { authKey, ...common } = options;
  checkOptions("createMiraiClient", "authKey", options);
  /** Every session key this client has sent, so that no error shows one. */
  const sessionKeys = new Set<string>();
  const redactor = createRedactor(() => [authKey, ...sessionKeys]);
  // mirai has no 429 and no idempotency guarantees beyond GET; keep the default retries for GETs.
  const core = createCore({
    ...common,
    headers: {},
    // mirai decodes JSON bodies sent without a charset as Latin-1, mangling Chinese text.
    jsonType: "application/json; charset=utf-8",
    redactor,
    result(answer) {
      const status = isRecord(answer.body) ? answer.body : {};
      const code = typeof status.code === "number" ? status.code : undefined;
      if (answer.response.ok && (code === undefined || code === 0)) return answer.body;
      throw apiError(MiraiApiError, answer, redactor, code, status.msg);
    },
  });
  const methods = bindOperations(
    table,
    (operationId, spec, input, callOptions) => {
      if (typeof input?.sessionKey === "string") sessionKeys.add(input.sessionKey);
      return core.invoke(operationId, spec, withBlobs(input), callOptions);
    },
    { [RAW]: core.raw, openSession },
  );

  async function openSession(qq: number, callOptions?: CallOptions) {
    const { session: sessionKey } = (await methods.authenticate!({ authKey }, callOptions)) as { session: string };
    await methods.verifySession!({ sessionKey, qq }, callOptions);
    let released: Promise<void> | undefined;
    const release = (releaseOptions?: CallOptions) =>
      (released ??= methods.releaseSession!({ sessionKey, qq }, releaseOptions).then(
        () => undefined,
        (error: unknown) => {
          released = undefined;
          throw error;
        },
      ));
    const session: Record<string | symbol, unknown> = { sessionKey, qq, release, [Symbol.asyncDispose]: () => release() };
    for (const operationId of Object.keys(table)) {
      if (SESSION_FLOW.has(operationId)) continue;
      session[operationId] = (input?: Record<string, unknown>, o?: CallOptions) => methods[operationId]!({ ...input, sessionKey }, o);
    }
    return session;
  }

  return methods as Client;
}

function withBlobs(input: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!input) return input;
  let copy: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(input)) {
    if (value instanceof Uint8Array) (copy ??= { ...input })[key] = new Blob([value]);
  }
  return copy ?? input;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
