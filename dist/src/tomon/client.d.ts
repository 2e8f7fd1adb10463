import type { CallOptions } from "../invoke.js";
import { type ClientBase, type CommonOptions } from "../core.js";
import type { RetryOptions } from "../fetch/retry.js";
import type { OperationArgs, OperationTable, Readable, SuccessBody } from "../operation.js";
export interface TomonClientOptions extends CommonOptions {
    /** Sent as `Authorization: Bearer <token>`. */
    token: string;
    /** Retry settings, or false to send every request once. */
    retry?: RetryOptions | false | undefined;
}
/** The arguments of an operation method (generated as a method, so that an editor shows its parameters). */
export type OperationParams<Op> = OperationArgs<Op, CallOptions>;
/** What an operation method resolves to. */
export type OperationResult<Op> = Readable<SuccessBody<Op>>;
export type TomonClientBase<Paths extends {}, _Ops = unknown> = ClientBase<Paths>;
export declare function createTomonRuntime<Paths extends {}, Client>(table: OperationTable, options: TomonClientOptions & {
    baseUrl: string;
}): Client;
