/**
 * A prototype transport for issue 21 item 4: operation methods sending with undici's `request` API instead of
 * `fetch`, measured by the bench against `undici.request` itself and against `fetch`. It answers with the parts of a
 * Response the runtime reads (status, ok, headers.get/has, text(), body.cancel()), since building a real Response is
 * part of what makes fetch slower; it follows redirects and decompresses as fetch does, through undici's interceptors.
 * Requests that are real Requests (openapi-fetch's) and FormData bodies go to fetch.
 */
import { Agent, interceptors, request, type Dispatcher } from "undici";
import type { DirectRequest } from "../src/fetch/transport.js";

const dispatcher = new Agent().compose(interceptors.redirect({ maxRedirections: 20 }), interceptors.decompress());

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
  text(): Promise<string> {
    return this.data.text();
  }
  get body() {
    return { cancel: () => this.data.dump() };
  }
}

export async function sendWithUndici(direct: DirectRequest): Promise<Response> {
  const { init } = direct;
  if (init.body instanceof FormData) return fetch(direct.url, init);
  const result = await request(direct.url, {
    method: direct.method as Dispatcher.HttpMethod,
    headers: init.headers as Record<string, string>,
    body: init.body as string | null,
    signal: direct.signal,
    dispatcher,
  });
  return new Answer(result) as unknown as Response;
}
