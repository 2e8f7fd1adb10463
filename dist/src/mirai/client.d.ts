import type { CallOptions } from "../invoke.js";
import { type ClientBase, type CommonOptions } from "../core.js";
import type { MethodArgs, OperationInput, OperationTable, Readable, SuccessBody } from "../operation.js";
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
export type OperationResult<Op> = Readable<Exclude<SuccessBody<Op>, {
    code: 1 | 2 | 3 | 4 | 5 | 10 | 20;
}>>;
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
export declare function createMiraiRuntime<Paths extends {}, Client>(table: OperationTable, options: MiraiClientOptions & {
    baseUrl: string;
}): Client;
export {};
