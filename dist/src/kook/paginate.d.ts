import type { CallOptions } from "../invoke.js";
import type { OperationTable } from "../operation.js";
type Call = (operationId: string, input: Record<string, unknown>, options?: CallOptions) => Promise<any>;
type Pager = (input?: Record<string, unknown>, options?: CallOptions) => AsyncGenerator<unknown, void, undefined>;
/**
 * Async iterators over the paged KOOK operations, found in the operation table: the message lists (a reference
 * message, `msg_id`, and the `flag` of the side to read), `page` lists (data `items` and `meta.page_total`) and the
 * `time` cursor of the thread list (the last thread's time is the next cursor).
 */
export declare function createPaginators(table: OperationTable, call: Call): Record<string, Pager>;
export {};
