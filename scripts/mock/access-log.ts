/** One handled request, as the access log shows it. */
export interface AccessEntry {
  api: string;
  method: string;
  /** The path and query, with the values of secret-looking query parameters replaced by `***`. */
  target: string;
  status: number;
  ms: number;
  /** Why the mock refused the request, or which simulation answered (never a header or body value). */
  note?: string | undefined;
}

export type AccessLog = (entry: AccessEntry) => void;

/** Query parameters whose values are credentials (mirai's `sessionKey` and `authKey`, tokens, passwords). */
const SECRET = /key|token|secret|auth|pass|session|signature|code/i;

/** The request target without secrets and without control characters (a crafted URL must not forge log lines). */
export function loggableTarget(rawUrl: string): string {
  const query = rawUrl.indexOf("?");
  const path = query < 0 ? rawUrl : rawUrl.slice(0, query);
  if (query < 0) return printable(path);
  const pairs = rawUrl
    .slice(query + 1)
    .split("&")
    .map((pair) => {
      const equals = pair.indexOf("=");
      const name = equals < 0 ? pair : pair.slice(0, equals);
      return equals >= 0 && SECRET.test(safeDecode(name)) ? `${name}=***` : pair;
    });
  return printable(`${path}?${pairs.join("&")}`);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function printable(value: string): string {
  const clipped = value.length > 300 ? `${value.slice(0, 300)}…` : value;
  return clipped.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => encodeURIComponent(char));
}

/** `12:03:04.512 kook  GET /user/me 200 3ms` (plus the note, if any). */
export function formatAccess(entry: AccessEntry, at = new Date()): string {
  const time = at.toISOString().slice(11, 23);
  const note = entry.note ? ` (${printable(entry.note)})` : "";
  return `${time} ${entry.api.padEnd(5)} ${entry.method} ${entry.target} ${entry.status} ${entry.ms}ms${note}`;
}
