import type { IncomingHttpHeaders, IncomingMessage } from "node:http";
import { isJsonMediaType } from "../operations.js";

/** Largest request body the mock reads (Prism's own server allows the same). */
export const BODY_LIMIT = 10 * 1024 * 1024;

/** The body's bytes, or "tooLarge" once more than `limit` bytes arrived (the rest is not read). */
export async function readBody(request: IncomingMessage, limit = BODY_LIMIT): Promise<Buffer | "tooLarge"> {
  const declared = Number(request.headers["content-length"]);
  if (declared > limit) return "tooLarge";
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return "tooLarge";
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
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
