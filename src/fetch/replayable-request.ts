type RequestInput = ConstructorParameters<typeof Request>[0];

/**
 * A Request that keeps what it was made from (a URL and an init with a string or FormData body), so that it can be
 * sent as `fetch(input, init)`, sparing fetch a copy of the Request, and sent again after a 429 without `clone()`
 * teeing the body stream of every request in case one is resent.
 */
export class ReplayableRequest extends Request {
  readonly #input: RequestInput;
  readonly #init: RequestInit | undefined;

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

/**
 * What openapi-fetch constructs instead of a Request while no user middleware is registered, so that no code outside
 * botspec sees it: the URL, method, headers and signal the transport reads, and the init to send it with. It builds
 * no Request: undici's constructor parses the URL, copies the headers and turns a string body into a stream, which
 * `fetch(input, init)` does again. A custom `fetch` option gets a real Request (`toRequest`).
 */
export class DeferredRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly #init: RequestInit;
  #signal: AbortSignal | undefined;

  constructor(url: string, init: RequestInit = {}) {
    this.url = url;
    this.method = init.method ?? "GET";
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.#init = init;
  }

  /** The caller's signal, or one that never aborts, made when first read (most calls never wait, so never read it). */
  get signal(): AbortSignal {
    return (this.#signal ??= this.#init.signal ?? new AbortController().signal);
  }

  fetchArgs(): [string, RequestInit] {
    return [this.url, { ...this.#init, headers: this.headers }];
  }

  /** Its body (a string or FormData, which fetch reads afresh on every send) can be sent again as it is. */
  replay(): DeferredRequest {
    return this;
  }

  toRequest(): ReplayableRequest {
    return new ReplayableRequest(...this.fetchArgs());
  }
}

/**
 * The class openapi-fetch constructs requests with (its `Request` option): a DeferredRequest while `deferred()` says
 * so, a ReplayableRequest otherwise. openapi-fetch also checks what middleware returns with `instanceof` this class.
 */
export function requestClass(deferred: () => boolean): typeof Request {
  return class {
    constructor(input: string, init?: RequestInit) {
      // A constructor may return another object: the instance is one of the two classes, never this one.
      return deferred() ? new DeferredRequest(input, init) : new ReplayableRequest(input, init);
    }

    static [Symbol.hasInstance](value: unknown): boolean {
      return value instanceof Request || value instanceof DeferredRequest;
    }
  } as unknown as typeof Request;
}

/** A request the transport can send as `fetch(input, init)` and resend with `replay()`. */
export function isReplayable(request: Request | DeferredRequest): request is ReplayableRequest | DeferredRequest {
  return request instanceof DeferredRequest || ReplayableRequest.is(request as Request);
}
