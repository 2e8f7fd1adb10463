import { AbortedError, InvalidResponseError, NetworkError, TimeoutError, type RequestContext } from "./errors.js";
import { ResponseTooLarge } from "./fetch/body.js";
import type { Answered } from "./fetch/retry.js";
import type { DirectRequest } from "./fetch/transport.js";
import { isScalar, operationUrl, splitInput, type OperationSpec, type SplitInput } from "./operation.js";
import { MAX_CREDENTIAL_LENGTH, type Redactor } from "./redact.js";
import { callSignal, checkSignal, deadline, unlessAborted } from "./timeout.js";

/** Per-call options of every operation method. */
export interface CallOptions {
  /** Cancels the call; the method then rejects with AbortedError. */
  signal?: AbortSignal | undefined;
  /** Overrides the client's `timeoutMs` for this call (0: none). */
  timeoutMs?: number | undefined;
}

export interface Answer {
  /** The parsed body: JSON, text for text/plain operations or unparsable error bodies, undefined when there is none. */
  body: unknown;
  response: Response;
  spec: OperationSpec;
  /** Where the call went, for an error (built only when asked, since most calls succeed). */
  context(): RequestContext;
  /** The client's redactor, with the call's own credentials (the operation's `secrets` fields) added. */
  redactor: Redactor;
}

/**
 * Sends operations through openapi-fetch, which runs the user's middleware, while any is registered. `withRaw`
 * (botspec/raw) sets it, so that a client entry holds none of that path.
 */
export interface Detour {
  active(): boolean;
  /**
   * The answer, and its body: the success body as text (a Blob when `binary`), an error body parsed if it is JSON.
   * `payload` is the body as the direct way sends it.
   */
  send(spec: OperationSpec, input: SplitInput, payload: string | FormData | null, signal: AbortSignal | undefined, binary: boolean): Promise<{ response: Response; content: unknown }>;
  /** Whether the user's middleware threw `error` or returned it from `onError`: the call rejects with `original(error)`. */
  owns(error: unknown): boolean;
  /** What the middleware threw, as it threw it. */
  original(error: unknown): unknown;
}

export interface InvokerSettings {
  /** Sends directly, through the client's rate limiting and retries; resolves with the answer and its body read. */
  transport: (request: DirectRequest) => Promise<Answered<string | Blob>>;
  detour?: Detour | undefined;
  baseUrl: string;
  headers: Record<string, string>;
  jsonType: string;
  timeoutMs: number | undefined;
  redactor: Redactor;
  /** The method's result for an answer (e.g. the `data` of KOOK's envelope), or the API's typed error thrown. */
  result: (answer: Answer) => unknown;
}

export type Invoke = (
  operationId: string,
  spec: OperationSpec,
  input: Record<string, unknown> | undefined,
  options?: CallOptions,
) => Promise<unknown>;

const MULTIPART = "multipart/form-data";

/**
 * Sends one operation and reads the answer, turning every way a call can fail without an answer (network, timeout,
 * abort, unreadable body) into a typed error naming the operation. The API's `result` reads the answer in the same
 * async step: each step a call passes through costs a turn of the microtask queue.
 *
 * While no user middleware is registered the request is sent directly, as the one openapi-fetch would build;
 * test/client-direct.test.ts compares the two ways on the wire.
 */
export function createInvoker(settings: InvokerSettings): Invoke {
  const baseUrl = settings.baseUrl.endsWith("/") ? settings.baseUrl.slice(0, -1) : settings.baseUrl;
  return async (operationId, spec, input, options) => {
    const method = spec.method.toUpperCase();
    let parts: SplitInput;
    let url: string;
    try {
      parts = splitInput(spec, input);
      url = operationUrl(baseUrl, spec.path, parts.path, parts.query);
    } catch (error) {
      throw new TypeError(`${operationId}: ${(error as Error).message}`);
    }
    const { body } = parts;
    const multipart = spec.body === MULTIPART;
    let payload: string | FormData | null = null;
    // The caller's own mistake (a BigInt, a cycle, a throwing toJSON) is no network failure: nothing was sent.
    try {
      if (body) payload = serializeBody(spec, body);
    } catch (error) {
      throw new TypeError(`${operationId}: the input cannot be sent: ${(error as Error).message}`);
    }
    const redactor = spec.secrets ? settings.redactor.and(callSecrets(operationId, spec.secrets, input)) : settings.redactor;
    const context = (): RequestContext => ({ operationId, method, url: redactor.text(url) });
    const timeoutMs = options?.timeoutMs ?? settings.timeoutMs;
    const callerSignal = checkSignal(options?.signal, operationId);
    const timeout = deadline(timeoutMs, operationId);
    const call = callSignal(callerSignal, timeout);
    const signal = call?.signal;
    const { detour } = settings;

    let response: Response;
    /** The body as text when the answer is a success; parsed, if it is JSON, when it is a failure. */
    let content: unknown;
    try {
      if (detour?.active()) {
        ({ response, content } = await detour.send(spec, parts, payload, signal, isBytes(spec)));
      } else {
        const headers = spec.noAuth ? withoutAuthorization(settings.headers) : settings.headers;
        const init: RequestInit = {
          method,
          headers: body && !multipart ? { ...headers, "Content-Type": settings.jsonType } : headers,
          body: payload,
          signal: signal ?? null,
          // These APIs do not redirect; following one could carry a credential in the body or URL to another host.
          redirect: "manual",
        };
        ({ response, body: content } = await unlessAborted(settings.transport({ url, method, signal, init, binary: isBytes(spec), idempotent: !spec.notIdempotent }), signal));
        if (!response.ok) content = parseIfJson(content as string);
      }
      if (content instanceof Blob && !isBytes(spec, response)) content = await content.text();
    } catch (error) {
      if (callerSignal?.aborted) throw new AbortedError("aborted by the caller", context(), { cause: callerSignal.reason });
      if (timeout?.signal.aborted) throw new TimeoutError(timeoutMs!, context());
      if (detour?.owns(error)) throw detour.original(error);
      const failure = failureOf(error);
      if (typeof failure !== "string") throw new InvalidResponseError(failure.message, failure.status, context());
      // The cause is left out: its message or URL may hold a credential, and loggers print causes.
      throw new NetworkError(redactor.text(failure), context());
    } finally {
      call?.clear();
    }
    let parsed = content === "" || (content instanceof Blob && content.size === 0) ? undefined : content;
    if (response.ok && parsed === undefined && !spec.noContent) {
      throw new InvalidResponseError(`HTTP ${response.status} with an empty body`, response.status, context());
    }
    if (response.ok && typeof parsed === "string" && !spec.response?.startsWith("text/")) {
      try {
        parsed = JSON.parse(content as string);
      } catch {
        throw new InvalidResponseError(`HTTP ${response.status} with a body that is not valid JSON`, response.status, context());
      }
    }
    return settings.result({ body: parsed, response, spec, context, redactor });
  };
}

/** The client's headers for an operation that takes no credential: the same, less `Authorization`. */
/** The call's own credentials (its `secrets` fields); one too long to redact is refused before anything is sent. */
function callSecrets(operationId: string, names: readonly string[], input: Record<string, unknown> | undefined): (string | undefined)[] {
  return names.map((name) => {
    const value = input?.[name];
    if (value == null) return undefined;
    // What is sent is what is redacted: an object would be sent as its JSON and shown as its toString.
    if (typeof value === "object" || typeof value === "function" || typeof value === "symbol") {
      throw new TypeError(`${operationId}: \`${name}\` must be a string`);
    }
    const secret = String(value);
    if (secret.length > MAX_CREDENTIAL_LENGTH) throw new TypeError(`${operationId}: \`${name}\` is longer than ${MAX_CREDENTIAL_LENGTH} characters`);
    return secret;
  });
}

function withoutAuthorization({ Authorization: _, ...headers }: Record<string, string>): Record<string, string> {
  return headers;
}

/**
 * Whether a success body is read as bytes: the operation answers neither JSON nor text (an image; the operation table
 * names only non-JSON answer types) and the server did not send JSON after all (an error envelope under HTTP 200).
 */
export function isBytes(spec: OperationSpec, response?: Response): boolean {
  return !!spec.response && !spec.response.startsWith("text/") && !/json/i.test(response?.headers.get("content-type") ?? "");
}

/** The longest failure body parsed as JSON, in characters. */
const LARGEST_PARSED_FAILURE = 1024 * 1024;

/** An error body as openapi-fetch gives it: parsed when it is JSON, the text otherwise. */
function parseIfJson(text: string): unknown {
  // Parsing a failure's body of megabytes (up to maxResponseBytes) held the event loop for a second or more, and its
  // redaction as long again: no API's error is near this size, which is kept as text (and redacted as such).
  if (text.length > LARGEST_PARSED_FAILURE) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A request body as the operation sends it: multipart form data for uploads, JSON otherwise. */
export function serializeBody(spec: OperationSpec, body: Record<string, unknown>): string | FormData {
  if (spec.body === MULTIPART) return toFormData(body);
  const json = JSON.stringify(body);
  // JSON.stringify sends NaN, Infinity and an array's undefined as null, silently: `target: Number.parseInt("x")`
  // would message no one. Looked for only when the JSON has a null at all.
  if (json.includes("null")) JSON.stringify(body, refuseWhatJsonDrops);
  return json;
}

function refuseWhatJsonDrops(this: unknown, key: string, value: unknown): unknown {
  // A Number object is sent as its value, unboxed after the replacer has seen it.
  const number = value instanceof Number ? value.valueOf() : value;
  const dropped = typeof number === "number" ? !Number.isFinite(number) : Array.isArray(this) && (value === undefined || typeof value === "function" || typeof value === "symbol");
  if (dropped) throw new TypeError(`\`${key}\` is ${typeof number === "number" ? number : typeof value}, which JSON would send as null`);
  return value;
}

/**
 * A multipart body: a Blob or File as a file part (named after the field when it has no name), bytes (a Buffer, any
 * typed array, DataView or ArrayBuffer) as a Blob, a string, finite number or boolean as text. Anything else (an object,
 * null) has no multipart form and is refused, rather than sent as `[object Object]`.
 */
function toFormData(body: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(body)) {
    const part = ArrayBuffer.isView(value) || value instanceof ArrayBuffer ? new Blob([value as ArrayBuffer]) : value;
    if (part instanceof Blob) form.append(key, part, part instanceof File ? part.name : key);
    else if (isScalar(part)) form.append(key, String(part));
    else throw new TypeError(`field \`${key}\` must be a Blob, bytes, a string, finite number or boolean`);
  }
  return form;
}

/**
 * What a failed send was: the answer over the size limit, or a description of anything else a fetch may throw (a
 * getter that throws, a revoked Proxy, an object without toString included).
 */
function failureOf(error: unknown): ResponseTooLarge | string {
  try {
    if (error instanceof ResponseTooLarge) return error;
    if (!(error instanceof Error)) return String(error);
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return `${error.message}${cause}`;
  } catch {
    return "a failure that cannot be described";
  }
}
