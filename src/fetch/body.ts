import { headerNumber } from "./header-number.js";

/** The default of `maxResponseBytes`: far above any answer of these APIs, far below what hurts a bot's process. */
export const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

/**
 * An answer's body was larger than `maxResponseBytes` (counted after decompression); the connection was dropped. The
 * operation methods turn it into InvalidResponseError; `raw` rejects with it as it is, a TypeError as fetch's own
 * failures are.
 */
export class ResponseTooLarge extends TypeError {
  readonly status: number;
  constructor(status: number, maxBytes: number) {
    super(`HTTP ${status} with a body larger than maxResponseBytes (${maxBytes} bytes)`);
    this.status = status;
  }
}

/** Statuses whose answers have no body, and which a Response cannot be built with one. */
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * The whole body as text, read while counting its bytes: past `maxBytes` the stream is cancelled (which closes the
 * connection instead of downloading the rest) and ResponseTooLarge thrown. fetch has already decompressed what the
 * stream yields, so a small gzip body that decodes to a huge one is stopped too. A body whose Content-Length is
 * within the limit and that is not compressed cannot grow past it, and is read by `text()`, which costs less.
 */
export function readText(response: Response, maxBytes: number, lengthTrusted: boolean): Promise<string> {
  if (lengthTrusted && fitsAsIs(response, maxBytes)) return response.text();
  return readBytes(response, maxBytes).then((bytes) => new TextDecoder().decode(bytes));
}

/** The whole body as a Blob of its media type, read within `maxBytes` as `readText` reads text. */
export async function readBlob(response: Response, maxBytes: number, lengthTrusted: boolean): Promise<Blob> {
  return new Blob([await bytesOf(response, maxBytes, lengthTrusted)], { type: response.headers.get("content-type") ?? "" });
}

/** The answer with its body read into memory within `maxBytes`, for openapi-fetch to parse as it is asked to. */
export async function buffered(response: Response, maxBytes: number, lengthTrusted: boolean): Promise<Response> {
  const body = await bytesOf(response, maxBytes, lengthTrusted);
  const { status, statusText, headers } = response;
  const content = NULL_BODY_STATUSES.has(status) ? null : body;
  try {
    return new Response(content, { status, statusText, headers });
  } catch {
    // fetch takes what the constructor refuses: a status from 600 to 999, a reason phrase with control characters or
    // in UTF-8 (`200 成功` from a gateway). The copy is made with what it takes, then given the answer's own.
    const copy = new Response(content, { status: Math.min(status, 599), headers });
    return Object.defineProperties(copy, { status: { value: status }, ok: { value: response.ok }, statusText: { value: statusText } });
  }
}

async function bytesOf(response: Response, maxBytes: number, lengthTrusted: boolean): Promise<Uint8Array> {
  return lengthTrusted && fitsAsIs(response, maxBytes) ? new Uint8Array(await response.arrayBuffer()) : readBytes(response, maxBytes);
}

function fitsAsIs(response: Response, maxBytes: number): boolean {
  if (response.body === null) return true;
  const encoding = response.headers.get("content-encoding");
  if (encoding !== null && encoding !== "identity") return false;
  return headerNumber(response.headers.get("content-length")) <= maxBytes;
}

async function readBytes(response: Response, maxBytes: number): Promise<Uint8Array> {
  if (response.body === null) return new Uint8Array(0);
  const encoding = response.headers.get("content-encoding");
  // Uncompressed and announced as too large: not read at all.
  if (headerNumber(response.headers.get("content-length")) > maxBytes && (encoding === null || encoding === "identity")) {
    await response.body.cancel().catch(() => {});
    throw new ResponseTooLarge(response.status, maxBytes);
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let reads = 1; ; reads++) {
    const { done, value } = await reader.read();
    if (done) break;
    // A stream that has its chunks ready at once is read in microtasks only: let timers (the call's time limit) run.
    if (reads % 256 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new ResponseTooLarge(response.status, maxBytes);
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
