import type { CallOptions } from "../invoke.js";
import type { OperationTable } from "../operation.js";

type Call = (operationId: string, input: Record<string, unknown>, options?: CallOptions) => Promise<any>;
type Pager = (input?: Record<string, unknown>, options?: CallOptions) => AsyncGenerator<unknown, void, undefined>;

const THREAD_PAGE_SIZE = 30;

/**
 * Async iterators over the paged KOOK operations, found in the operation table: `page` lists (data `items` and
 * `meta.page_total`) and the `time` cursor of the thread list (the last thread's time is the next cursor).
 */
export function createPaginators(table: OperationTable, call: Call): Record<string, Pager> {
  const pagers: Record<string, Pager> = {};
  for (const [operationId, spec] of Object.entries(table)) {
    if (spec.parameters.page === "query") pagers[operationId] = (input, options) => byPage(operationId, call, input, options);
    else if (spec.parameters.time === "query") pagers[operationId] = (input, options) => byTime(operationId, call, input, options);
  }
  return pagers;
}

async function* byPage(operationId: string, call: Call, input: Record<string, unknown> = {}, options?: CallOptions) {
  for (let page = Number(input.page ?? 1); ; page++) {
    const data = await call(operationId, { ...input, page }, options);
    const items: unknown[] = data?.items ?? [];
    yield* items;
    if (items.length === 0 || page >= Number(data?.meta?.page_total ?? page)) return;
  }
}

async function* byTime(operationId: string, call: Call, input: Record<string, unknown> = {}, options?: CallOptions) {
  const cursorField = input.sort === 2 ? "create_time" : "latest_active_time";
  const pageSize = Number(input.page_size ?? THREAD_PAGE_SIZE);
  let time = input.time;
  let previous = new Set<unknown>();
  for (;;) {
    const data = await call(operationId, time === undefined ? input : { ...input, time }, options);
    const items: Record<string, unknown>[] = data?.items ?? [];
    // The cursor is the last item's time, so the item at the boundary may come again.
    yield* items.filter((item) => !previous.has(item.id));
    const last = items.at(-1);
    if (!last || items.length < pageSize || last[cursorField] === time) return;
    previous = new Set(items.map((item) => item.id));
    time = last[cursorField];
  }
}
