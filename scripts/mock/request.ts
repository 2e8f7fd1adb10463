import type { IncomingHttpHeaders, IncomingMessage } from "node:http";
import { isJsonMediaType } from "../operations.js";

/** Largest request body the mock reads (Prism's own server allows the same). */
export const BODY_LIMIT = 10 * 1024 * 1024;

/** How long the mock waits for the next bytes of a request body before refusing it (HTTP 408). */
export const BODY_IDLE_MS = 5_000;

/** A body that could not be read: cut off, broken (malformed chunked encoding), or stalled (`timedOut`). */
export class BodyError extends Error {
  constructor(
    message: string,
    readonly timedOut = false,
  ) {
    super(message);
  }
}

export interface ReadBodyOptions {
  /** Largest body read (default 10 MB). */
  limit?: number | undefined;
  /** Longest wait for the body's next bytes (default BODY_IDLE_MS). */
  idleMs?: number | undefined;
  /** Aborted when the connection fails under the request (the server's `clientError`): its reason is the error. */
  signal?: AbortSignal | undefined;
  /** Bytes all the bodies being read together may still hold; a body that would go beyond it is refused as "busy". */
  budget?: { left: number } | undefined;
}

/** What the bodies a mock reads at once may hold together: many slow uploads must not exhaust its memory. */
export const BODIES_LIMIT = 64 * 1024 * 1024;

/**
 * The body's bytes, or "tooLarge" once more than `limit` bytes arrived (the rest is not read). Rejects with a
 * BodyError when the body cannot be had: the connection closes or aborts before its end, the stream fails, `signal`
 * is aborted (the HTTP parser rejected the body's framing, or the server's request timeout struck), or no byte of it
 * comes for `idleMs`. It never waits for ever.
 */
export function readBody(request: IncomingMessage, options: ReadBodyOptions = {}): Promise<Buffer | "tooLarge" | "busy"> {
  const { limit = BODY_LIMIT, idleMs = BODY_IDLE_MS, signal, budget = { left: Infinity } } = options;
  const declared = Number(request.headers["content-length"]);
  if (declared > limit) return Promise.resolve("tooLarge");
  if (request.readableEnded) return Promise.resolve(Buffer.alloc(0));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = (outcome: Buffer | "tooLarge" | "busy" | BodyError) => {
      // Given back however the body ends: the answer is written before the next body is read on the connection.
      budget.left += size;
      size = 0;
      clearTimeout(timer);
      request.off("data", onData);
      request.off("end", onEnd);
      request.off("error", onError);
      request.off("aborted", onAborted);
      request.off("close", onClose);
      signal?.removeEventListener("abort", onAbort);
      if (outcome instanceof BodyError) reject(outcome);
      else resolve(outcome);
    };
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => settle(new BodyError(`no byte of the body came for ${idleMs} ms`, true)), idleMs);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      budget.left -= chunk.length;
      if (size > limit || budget.left < 0) {
        // The rest is not read: the answer says so and closes the connection.
        request.pause();
        settle(size > limit ? "tooLarge" : "busy");
      } else {
        chunks.push(chunk);
        arm();
      }
    };
    const onEnd = () => settle(Buffer.concat(chunks));
    const onError = (error: Error) => settle(new BodyError(`the body could not be read (${error.message})`));
    const onAborted = () => settle(new BodyError("the connection was aborted before the body's end"));
    const onClose = () => settle(new BodyError("the connection closed before the body's end"));
    const onAbort = () => {
      const reason = signal?.reason as (Error & { code?: string }) | undefined;
      const timedOut = reason?.code === "ERR_HTTP_REQUEST_TIMEOUT";
      const code = reason?.code ?? reason?.message ?? "parse error";
      const why = timedOut
        ? "the request took longer than the server's request timeout"
        : code === "HPE_INVALID_EOF_STATE"
          ? "the connection ended before the body's end"
          : `its framing is malformed (${code})`;
      settle(new BodyError(`the body could not be read: ${why}`, timedOut));
    };
    if (signal?.aborted) return onAbort();
    request.on("data", onData);
    request.on("end", onEnd);
    request.on("error", onError);
    request.on("aborted", onAborted);
    request.on("close", onClose);
    signal?.addEventListener("abort", onAbort, { once: true });
    arm();
  });
}

/**
 * The body as Prism takes it: null when empty, parsed JSON for JSON media types, text otherwise. A JSON body that
 * does not parse is reported with the parser's message.
 */
export function parseBody(bytes: Buffer, contentType: string | undefined): { body: unknown; text: string } | { error: string } {
  if (bytes.length === 0) return { body: null, text: "" };
  const text = bytes.toString("utf8");
  if (contentType === undefined || !isJsonMediaType(contentType)) return { body: text, text };
  try {
    return { body: JSON.parse(text), text };
  } catch (error) {
    return { error: `the body is not valid JSON (${(error as Error).message})` };
  }
}

const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const MEDIA_TYPE = new RegExp(`^[\\t ]*${TOKEN}/${TOKEN}[\\t ]*(?:;.*)?$`, "s");

/**
 * Whether a Content-Type names a media type (`type/subtype`, parameters after it), as Prism's MIME parser needs:
 * it throws on anything else, so such a request is refused before it gets there.
 */
export function isMediaType(contentType: string): boolean {
  return MEDIA_TYPE.test(contentType);
}

const PARAMETER = new RegExp(`^[\\t ]*${TOKEN}=(?:${TOKEN}|"(?:[^"\\\\]|\\\\.)*")[\\t ]*$`);
const QVALUE = /^[\t ]*q=(?:0(?:\.[0-9]{0,3})?|1(?:\.0{0,3})?)[\t ]*$/i;

/**
 * Whether an entry of `Accept` is a media range with parameters of the form `name=value` (a token or a quoted
 * string), `q` a weight from 0 to 1 (RFC 9110): Prism throws on other parameters, or drops the entry and then fails
 * its own check of the answer.
 */
export function isAcceptEntry(entry: string): boolean {
  const [range, ...parameters] = entry.split(";");
  return isMediaType(range!) && parameters.every((parameter) => PARAMETER.test(parameter) && (!/^[\t ]*q=/i.test(parameter) || QVALUE.test(parameter)));
}

/** An `Accept` entry's weight: its `q` (checked by isAcceptEntry), 1 when it has none. */
export function acceptWeight(entry: string): number {
  const weight = entry.split(";").find((parameter) => /^[\t ]*q=/i.test(parameter));
  return weight === undefined ? 1 : Number(weight.slice(weight.indexOf("=") + 1).trim());
}

/** Whether a value is a JSON object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Headers as Prism reads them: one string per name. */
export function flatHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(", ") : value;
  return flat;
}

/** Query parameters as Prism reads them: a string, or an array when repeated. */
export function queryValues(searchParams: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const name of new Set(searchParams.keys())) {
    const values = searchParams.getAll(name);
    query[name] = values.length === 1 ? values[0]! : values;
  }
  return query;
}

/** A text field of a `multipart/form-data` body, if present. */
export function formField(text: string, contentType: string | undefined, name: string): string | undefined {
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType ?? "")?.[1];
  if (!boundary) return undefined;
  for (const part of text.split(`--${boundary}`)) {
    const split = part.indexOf("\r\n\r\n");
    if (split < 0) continue;
    const head = part.slice(0, split);
    if (new RegExp(`name="${name}"`, "i").test(head) && !/filename=/i.test(head)) return part.slice(split + 4).replace(/\r\n$/, "");
  }
  return undefined;
}
