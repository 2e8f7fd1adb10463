type RequestInput = ConstructorParameters<typeof Request>[0];

/**
 * A Request that keeps what it was made from (a URL and an init with a string or FormData body), so that it can be
 * sent as `fetch(input, init)`, sparing fetch a copy of the Request, and sent again after a 429 without `clone()`
 * teeing the body stream of every request in case one is resent.
 */
export class ReplayableRequest extends Request {
  readonly #input: RequestInput;
  readonly #init: RequestInit | undefined;

  /** openapi-fetch checks what middleware returns with `instanceof` this class: any Request will do. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof Request;
  }

  static is(request: Request): request is ReplayableRequest {
    return #input in request;
  }

  constructor(input: RequestInput, init?: RequestInit) {
    super(input, init);
    this.#input = input;
    this.#init = init;
  }

  /** The arguments of a `fetch` that sends this request, with its headers as they are now (middleware may change them). */
  fetchArgs(): [RequestInput, RequestInit] {
    let headers = this.headers;
    if (this.#init?.body instanceof FormData) {
      // Each serialization of FormData has its own boundary, which the next Content-Type must name.
      headers = new Headers(headers);
      headers.delete("Content-Type");
    }
    return [this.#input, { ...this.#init, headers }];
  }

  /** A fresh copy, for a transport that reads the body of the Request it is given. */
  replay(): ReplayableRequest {
    return new ReplayableRequest(...this.fetchArgs());
  }
}
