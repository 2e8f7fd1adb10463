/** The fetch a client's `fetch` option takes (openapi-fetch calls it with a Request). */
export type FetchLike = (request: Request) => Promise<Response>;

/**
 * A request an operation method sends without openapi-fetch, while no user middleware is registered: the arguments
 * of `fetch(url, init)`. No Request is built for it: undici's constructor parses the URL, copies the headers and
 * turns the body into a stream, which `fetch(url, init)` does again. Its body is a string or FormData, which fetch
 * reads afresh on every send, so the same DirectRequest can be sent again after a 429.
 */
export interface DirectRequest {
  readonly url: string;
  readonly method: string;
  readonly signal?: AbortSignal | undefined;
  readonly init: RequestInit;
  /** A success body is read as bytes (a Blob), not text: the operation answers neither JSON nor text (an image). */
  readonly binary?: boolean;
  /**
   * False for an operation that changes the server's state although its method is GET (mirai's fetchMessage takes the
   * messages it answers off the queue): it is never sent again after a failure, which would lose the first answer's.
   */
  readonly idempotent?: boolean;
}

/** Sends a request: a Request from openapi-fetch, or a DirectRequest. */
export type Transport = (request: Request | DirectRequest) => Promise<Response>;

/**
 * Decides when a request may go out and learns from each answer (a rate limiter). The retry loop consults it on
 * every attempt, in its own async step rather than in a transport layer of its own, which would add one.
 */
export interface Gate<Pass = unknown> {
  /** The pass to send `request` with: at once, or a promise resolving when it may go out. */
  enter(request: Request | DirectRequest): Pass | Promise<Pass>;
  /**
   * Hands the pass back with the answer, or with none when the request failed. `sent` is false only when the
   * request provably never left (it was not handed to fetch): a request that failed after that may have reached the
   * server and been counted.
   */
  leave(pass: Pass, response: Response | undefined, sent: boolean): void;
}
