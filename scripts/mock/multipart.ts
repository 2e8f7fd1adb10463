import { randomBytes } from "node:crypto";
import { isMediaType } from "./request.js";

/**
 * A `multipart/form-data` body rewritten as Prism's multipart parser can read it, or why it is no such body.
 *
 * That parser (parse-multipart-data) throws, and the mock answered 500, on bodies HTTP clients send every day: a file
 * part without a Content-Type of its own (RFC 7578 makes it optional; Python's requests leaves it out), an unquoted
 * file name, one holding `=` or `;`. It also copies the body a byte at a time into an array of numbers: a 10 MB upload
 * held the event loop for 2 s and took 480 MB. So the mock reads the parts itself, with `indexOf` over the bytes, and
 * hands Prism the same fields with quoted names, a Content-Type on every file part, and each file's content replaced by
 * a short stand-in (a file's schema is `format: binary`, which any string meets). Text fields keep their values.
 */
export function normalizeMultipart(bytes: Buffer, contentType: string): { bytes: Buffer; contentType: string } | { error: string } {
  const boundary = /;\s*boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const delimiter = boundary?.[1] ?? boundary?.[2];
  if (!delimiter) return { error: "the multipart body's Content-Type has no boundary" };
  const dash = Buffer.from(`--${delimiter}`);
  const next = Buffer.from(`\r\n--${delimiter}`);
  let at = bytes.subarray(0, dash.length).equals(dash) ? 0 : bytes.indexOf(next);
  if (at < 0) return { error: "the multipart body has no part" };
  if (at > 0) at += 2;
  const parts: { name: string; filename: string | undefined; type: string | undefined; value: Buffer }[] = [];
  for (;;) {
    const afterDelimiter = at + dash.length;
    if (bytes[afterDelimiter] === 0x2d && bytes[afterDelimiter + 1] === 0x2d) break;
    const start = bytes.indexOf("\r\n", afterDelimiter);
    const end = start < 0 ? -1 : bytes.indexOf(next, start);
    if (end < 0) return { error: "the multipart body does not end with its closing boundary" };
    const part = bytes.subarray(start + 2, end);
    const headEnd = part.indexOf("\r\n\r\n");
    const head = (headEnd < 0 ? "" : part.subarray(0, headEnd).toString("latin1")).split("\r\n");
    const disposition = head.find((line) => /^content-disposition\s*:/i.test(line));
    const fields = disposition === undefined ? undefined : dispositionFields(disposition);
    if (fields?.name === undefined) return { error: "a part of the multipart body has no Content-Disposition with a name" };
    const type = head.find((line) => /^content-type\s*:/i.test(line))?.replace(/^[^:]*:\s*/, "").trim();
    parts.push({ name: fields.name, filename: fields.filename, type, value: part.subarray(headEnd + 4) });
    at = end + 2;
  }
  // A random boundary, checked once against the text values (a boundary grown until no value held it took minutes
  // for a value of dashes); a text value of megabytes gets a stand-in too, since Prism's parser reads it a byte at a time.
  const rewritten = `botspec-mock-${randomBytes(16).toString("hex")}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    if (part.filename === undefined && part.value.length > LARGEST_TEXT_FIELD) part.value = Buffer.from(`(${part.value.length} bytes)`);
  }
  if (parts.some((part) => part.filename === undefined && part.value.includes(rewritten))) return { error: "a part of the multipart body holds the mock's own boundary" };
  for (const { name, filename, type, value } of parts) {
    let head = `--${rewritten}\r\nContent-Disposition: form-data; name=${quoted(name)}`;
    if (filename !== undefined) head += `; filename=${quoted(filename)}\r\nContent-Type: ${type !== undefined && isMediaType(type) && !type.includes(":") ? type : "application/octet-stream"}`;
    chunks.push(Buffer.from(`${head}\r\n\r\n`, "latin1"), filename === undefined ? value : Buffer.from(`(${value.length} bytes)`), Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${rewritten}--\r\n`));
  return { bytes: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${rewritten}` };
}

/** The longest text field handed to Prism as it is, in bytes: no field of these APIs comes near it. */
const LARGEST_TEXT_FIELD = 64 * 1024;

/** `name` and `filename` of a Content-Disposition header line, quoted or not. */
function dispositionFields(line: string): { name: string | undefined; filename: string | undefined } {
  const fields: Record<string, string> = {};
  for (const [, key, quotedValue, bare] of line.matchAll(/;\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]*))/g)) {
    fields[key!.toLowerCase()] ??= quotedValue === undefined ? bare! : quotedValue.replace(/\\(.)/g, "$1");
  }
  return { name: fields.name, filename: fields.filename };
}

/** A name as Prism's parser reads one: JSON in quotes, without the `;` and `=` it splits the header line at. */
function quoted(name: string): string {
  return JSON.stringify(name.replace(/[;=\\"\u0000-\u001f\u007f]/g, "_"));
}
