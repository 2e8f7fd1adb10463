import type { CallOptions } from "../invoke.js";
import type { OperationTable } from "../operation.js";

type Call = (operationId: string, input: Record<string, unknown>, options?: CallOptions) => Promise<any>;
type Pager = (input?: Record<string, unknown>, options?: CallOptions) => AsyncGenerator<unknown, void, undefined>;

const THREAD_PAGE_SIZE = 30;
/** The server's default `page_size` of message lists, and the most its docs promise. */
const MESSAGE_PAGE_SIZE = 50;

/**
 * Async iterators over the paged KOOK operations, found in the operation table: the message lists (a reference
 * message, `msg_id`, and the `flag` of the side to read), `page` lists (data `items` and `meta.page_total`) and the
 * `time` cursor of the thread list (the last thread's time is the next cursor).
 */
export function createPaginators(table: OperationTable, call: Call): Record<string, Pager> {
  const pagers: Record<string, Pager> = {};
  for (const [operationId, spec] of Object.entries(table)) {
    if (spec.parameters.flag === "query") pagers[operationId] = (input, options) => byMessage(operationId, call, input, options);
    else if (spec.parameters.page === "query") pagers[operationId] = (input, options) => byPage(operationId, call, input, options);
    else if (spec.parameters.time === "query") pagers[operationId] = (input, options) => byTime(operationId, call, input, options);
  }
  return pagers;
}

/**
 * Reads the pages of one `page` or `time` walk: each item with an `id` is yielded once, and a page stalls the walk when
 * it brings no such item not yielded before, or when it came twice before (in a row or not). So a server that
 * repeats or cycles its pages, whatever `page_total` or cursor it gives, cannot make a walk go on for ever. Items
 * without an `id` may legitimately be alike (two boosts of one user in one second), so none of them is dropped.
 */
function pageReader(): (data: { items?: unknown } | undefined) => { page: Record<string, unknown>[]; fresh: Record<string, unknown>[]; stalled: boolean } {
  const firstTime = firstTimeIds();
  /** How often each page with items without an id came, by a hash of its text: small for a walk of any length. */
  const pagesSeen = new Map<number, number>();
  return (data) => {
    const page = itemsOf(data);
    let withoutId = false;
    const fresh = page.filter((item) => {
      const { id } = item;
      if (typeof id !== "string" && typeof id !== "number") return (withoutId = true);
      return firstTime(id);
    });
    let repeated = false;
    if (withoutId) {
      let key = -1;
      try {
        key = hash(JSON.stringify(page));
      } catch {
        // Nested too deep to serialise: such pages all count as one.
      }
      const times = (pagesSeen.get(key) ?? 0) + 1;
      pagesSeen.set(key, times);
      repeated = times > 2;
    }
    return { page, fresh, stalled: fresh.length === 0 || repeated };
  };
}

/**
 * Whether an id comes for the first time in a walk. One kept whole costs its length for the rest of the walk, and a
 * server chooses the length: an id longer than any KOOK gives is kept as its 53-bit hash instead.
 */
function firstTimeIds(): (id: string | number) => boolean {
  const ids = new Set<string | number>();
  const longIds = new Set<number>();
  return (id) => (typeof id === "string" && id.length > LONGEST_KEPT_ID ? added(longIds, hash(id)) : added(ids, id));
}

/** Whether `value` was not in `set` before; it is now. */
function added<T>(set: Set<T>, value: T): boolean {
  const size = set.size;
  set.add(value);
  return set.size > size;
}

const LONGEST_KEPT_ID = 64;

/** A 53-bit hash of `text` (cyrb53): two pages alike by chance are far less likely than a server that repeats. */
function hash(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A page's items that are objects: anything else in an untrusted answer is no item. */
function itemsOf(data: { items?: unknown } | undefined): Record<string, unknown>[] {
  return Array.isArray(data?.items)
    ? data.items.filter((item): item is Record<string, unknown> => typeof item === "object" && item !== null && !Array.isArray(item))
    : [];
}

async function* byPage(operationId: string, call: Call, input: Record<string, unknown> = {}, options?: CallOptions) {
  const read = pageReader();
  const first = Number(input.page ?? 1);
  if (!(Number.isSafeInteger(first) && first >= 1)) throw new TypeError(`${operationId}: page must be a whole number from 1`);
  for (let page = first; ; page++) {
    const data = await call(operationId, { ...input, page }, options);
    const { fresh, stalled } = read(data);
    yield* fresh;
    // A page_total that is missing or not a number ends the walk: the server has not said that more pages exist.
    if (stalled || !(page < Number(data?.meta?.page_total))) return;
  }
}

async function* byTime(operationId: string, call: Call, input: Record<string, unknown> = {}, options?: CallOptions) {
  const cursorField = input.sort === 2 ? "create_time" : "latest_active_time";
  const pageSize = Number(input.page_size ?? THREAD_PAGE_SIZE);
  const read = pageReader();
  let time = input.time;
  /** Which way the cursor moves (the sign of each step), once two cursors are known. */
  let direction = 0;
  for (;;) {
    const data = await call(operationId, time === undefined ? input : { ...input, time }, options);
    // The cursor is the last item's time, so the item at the boundary comes again.
    const { page, fresh, stalled } = read(data);
    yield* fresh;
    const next = page.at(-1)?.[cursorField];
    if (typeof next !== "number" || page.length < pageSize || stalled) return;
    if (time !== undefined) {
      // A cursor that stands still or turns back would read pages already read, for ever.
      const step = Math.sign(next - Number(time));
      if (step === 0 || (direction !== 0 && step !== direction) || Number.isNaN(step)) return;
      direction = step;
    }
    time = next;
  }
}

type Message = { id?: unknown; create_at?: unknown };

/**
 * Reads a message list away from `msg_id` (from the newest messages without it): `flag` `before` (the default) walks
 * back from each page's oldest message, `after` forward from its newest, as Kook.Net does. The pages come from an
 * untrusted server, so each step must move strictly past the last one in time, and a message is yielded only when it
 * is not on the last page nor behind the reference: a server that repeats or cycles its pages ends the walk.
 */
async function* byMessage(operationId: string, call: Call, input: Record<string, unknown> = {}, options?: CallOptions) {
  const { flag = "before", pin } = input;
  if (flag !== "before" && flag !== "after") throw new TypeError(`${operationId}: paginate reads with flag "before" or "after", not ${String(flag)}`);
  /** Whether time `a` lies further than `b` in the direction read. */
  const further = (a: number, b: number) => (flag === "after" ? a > b : a < b);
  // A server may cut a larger page to its default size, so a page ends the list only when shorter than both.
  const pageSize = Math.min(Number(input.page_size ?? MESSAGE_PAGE_SIZE), MESSAGE_PAGE_SIZE);
  let reference = input.msg_id;
  /** The time of the reference message; before the first page, the start of time on the side read from. */
  let time = flag === "after" ? -Infinity : Infinity;
  /**
   * The ids yielded at the reference's time (and the reference): each page reads on from there, and what lies behind
   * that time is skipped by its time, so no message is yielded twice and the set stays the size of a page.
   */
  const seen = new Set<unknown>([reference]);
  for (;;) {
    const data = await call(operationId, reference === undefined ? input : { ...input, msg_id: reference, flag }, options);
    const items: Message[] = itemsOf(data);
    let next: { id: string; time: number } | undefined;
    /** A message without an id or a time: the walk cannot tell where it is, and ends after this page. */
    let lost = false;
    for (const item of items) {
      const id = item.id;
      const created = item.create_at;
      if (typeof id !== "string" || typeof created !== "number") lost = true;
      if ((id !== undefined && seen.has(id)) || (typeof created === "number" && further(time, created))) continue;
      if (id !== undefined) seen.add(id);
      yield item;
      if (typeof id === "string" && typeof created === "number" && (!next || further(created, next.time))) next = { id, time: created };
    }
    // Pinned messages are listed from the newest only.
    if (lost || !next || items.length < pageSize || pin === 1 || !further(next.time, time)) return;
    reference = next.id;
    time = next.time;
    seen.clear();
    for (const item of items) if (item.create_at === time) seen.add(item.id);
  }
}
