/** Where a failed call was going; every botspec error carries it, with credentials already redacted. */
export interface RequestContext {
  operationId: string;
  method: string;
  url: string;
}

/** The most of a request's URL that an error's message quotes (`url` keeps the whole of it). */
const LONGEST_QUOTED_URL = 2000;

/** Base of every error a botspec client throws. Each class states its name: class names do not survive minification. */
export class BotspecError extends Error {
  override name = "BotspecError";

  readonly operationId: string;
  readonly method: string;
  readonly url: string;

  constructor(message: string, context: RequestContext, options?: ErrorOptions) {
    // A URL may carry what a server chose (the next page's reference message): a log line gets its start.
    super(`${context.operationId} (${context.method} ${start(context.url, LONGEST_QUOTED_URL)}): ${message}`, options);
    this.operationId = context.operationId;
    this.method = context.method;
    this.url = context.url;
  }
}

export interface ApiErrorDetails extends RequestContext {
  status: number;
  code: number | string | undefined;
  body: unknown;
  /** What the server said, if it said anything readable. */
  serverMessage?: string;
}

/** The most of the server's message that an ApiError's message quotes. */
const LONGEST_SERVER_MESSAGE = 500;

/** The server answered, and the answer is a failure: an HTTP error status or an error code in the body. */
export class ApiError extends BotspecError {
  override name = "ApiError";

  readonly status: number;
  readonly code: number | string | undefined;
  readonly body: unknown;

  constructor(details: ApiErrorDetails) {
    const code = details.code === undefined ? "" : `, code ${printable(String(details.code))}`;
    const { serverMessage = "" } = details;
    // The whole of a long message stays in `body`; a log line gets its start.
    const said = serverMessage && `: ${printable(start(serverMessage, LONGEST_SERVER_MESSAGE))}`;
    super(`HTTP ${details.status}${code}${said}`, details);
    this.status = details.status;
    this.code = details.code;
    this.body = details.body;
  }
}

/** The first `most` characters of `text`, and an ellipsis if there is more. */
function start(text: string, most: number): string {
  return text.length > most ? `${text.slice(0, most)}…` : text;
}

/**
 * Server text as a message may quote it: control characters (line breaks, terminal escapes) and bidirectional
 * overrides escaped as `\uXXXX`, so that a server cannot start a forged log line, drive the terminal that shows it or
 * make text read otherwise than it is.
 */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The request never got an answer: connection refused or reset, DNS failure and the like. */
export class NetworkError extends BotspecError {
  override name = "NetworkError";
}

/** The call took longer than its `timeoutMs`. */
export class TimeoutError extends BotspecError {
  override name = "TimeoutError";

  readonly timeoutMs: number;

  constructor(timeoutMs: number, context: RequestContext) {
    super(`no answer within ${timeoutMs} ms`, context);
    this.timeoutMs = timeoutMs;
  }
}

/** The caller's AbortSignal cancelled the call. */
export class AbortedError extends BotspecError {
  override name = "AbortedError";
}

/** The server answered with a success status but a body that cannot be read (e.g. malformed JSON). */
export class InvalidResponseError extends BotspecError {
  override name = "InvalidResponseError";

  readonly status: number;

  constructor(message: string, status: number, context: RequestContext) {
    super(message, context);
    this.status = status;
  }
}
