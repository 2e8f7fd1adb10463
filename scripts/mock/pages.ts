import { isRecord } from "./request.js";

/**
 * A KOOK page list's answer (`{code: 0, data: {items, meta}}`) made one list the request pages through: the mock has
 * one list per operation (the example, or a generated one), which it serves in pages of the request's `page_size`,
 * with `meta` telling the page served and how many there are. Left as the example, every page was the same list with
 * `meta` telling of pages the mock does not have (`page: 1, page_total: 10` for `page=3`), so that `paginate` got the
 * example once and stopped, or the same items page after page.
 */
export function servePage(body: unknown, query: URLSearchParams): unknown {
  if (!isRecord(body) || body.code !== 0 || !isRecord(body.data)) return body;
  const { items, meta } = body.data;
  if (!Array.isArray(items) || !isRecord(meta) || !("page_total" in meta)) return body;
  const total = items.length;
  const exampleSize = typeof meta.page_size === "number" && meta.page_size >= 1 ? meta.page_size : Math.max(1, total);
  const pageSize = countOf(query.get("page_size")) ?? Math.min(exampleSize, MOST);
  const page = countOf(query.get("page")) ?? 1;
  const served = items.slice((page - 1) * pageSize, page * pageSize);
  const pageTotal = Math.max(1, Math.ceil(total / pageSize));
  return { ...body, data: { ...body.data, items: served, meta: { ...meta, page, page_total: pageTotal, page_size: pageSize, total } } };
}

/** The largest int32: PageMeta's fields are 32-bit. */
const MOST = 2 ** 31 - 1;

/** A page number or size from the query: a whole number from 1 to int32's largest, else none. */
function countOf(text: string | null): number | undefined {
  const value = text === null || !/^[0-9]{1,10}$/.test(text) ? Number.NaN : Number(text);
  return value >= 1 && value <= MOST ? value : undefined;
}
