/**
 * A prototype transport for issue 21 item 4: operation methods sending with undici's `request` API instead of
 * `fetch`, measured by the bench against `undici.request` itself and against `fetch`. It answers with the parts of a
 * Response the runtime reads (status, ok, headers.get/has, text(), body.cancel()), since building a real Response is
 * part of what makes fetch slower. undici's redirect and decompress interceptors cost 1.2× and 1.6× a plain request
 * even when nothing is redirected or compressed, so it does both itself, only when an answer asks for it.
 * Requests that are real Requests (openapi-fetch's) and FormData bodies go to fetch.
 */
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { request, type Dispatcher } from "undici";
import type { DirectRequest } from "../src/fetch/transport.js";

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const DECODE: Record<string, (data: Buffer) => Buffer> = { gzip: gunzipSync, "x-gzip": gunzipSync, deflate: inflateSync, br: brotliDecompressSync };

class AnswerHeaders {
  constructor(private readonly raw: Record<string, string | string[] | undefined>) {}
  get(name: string): string | null {
    const value = this.raw[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
  }
  has(name: string): boolean {
    return this.raw[name.toLowerCase()] !== undefined;
  }
}

class Answer {
  readonly status: number;
  readonly ok: boolean;
  readonly headers: AnswerHeaders;
  private readonly data: Dispatcher.ResponseData["body"];
  constructor(result: Dispatcher.ResponseData) {
    this.status = result.statusCode;
    this.ok = result.statusCode >= 200 && result.statusCode < 300;
    this.headers = new AnswerHeaders(result.headers);
    this.data = result.body;
  }
  async text(): Promise<string> {
    const encoding = this.headers.get("content-encoding");
    if (!encoding || encoding === "identity") return this.data.text();
    const decode = DECODE[encoding.trim().toLowerCase()];
    const bytes = Buffer.from(await this.data.arrayBuffer());
    return (decode ? decode(bytes) : bytes).toString("utf8");
  }
  get body() {
    return { cancel: () => this.data.dump() };
  }
}

/**
 * Sends as fetch would: redirects followed (up to 20; 303, and 301/302 after a POST, turn into a GET without a body)
 * and bodies decompressed, each only when an answer asks for it, so that a plain answer pays nothing for them.
 */
export async function sendWithUndici(direct: DirectRequest): Promise<Response> {
  const { init } = direct;
  if (init.body instanceof FormData) return fetch(direct.url, init);
  let url = direct.url;
  let method = direct.method as Dispatcher.HttpMethod;
  let body = init.body as string | null;
  for (let redirects = 0; ; redirects++) {
    const result = await request(url, { method, headers: init.headers as Record<string, string>, body, signal: direct.signal });
    const location = result.headers.location;
    if (!REDIRECTS.has(result.statusCode) || typeof location !== "string") return new Answer(result) as unknown as Response;
    await result.body.dump();
    if (redirects === 20) throw new TypeError("fetch failed", { cause: new Error("redirect count exceeded") });
    url = new URL(location, url).href;
    if (result.statusCode === 303 || (method === "POST" && result.statusCode !== 307 && result.statusCode !== 308)) {
      method = "GET";
      body = null;
    }
  }
}
