import { LONGEST_TIMER_MS } from "./sleep.js";
import { checkTimeout } from "./timeout.js";

/** What the factories check besides the credential: the options every client takes. */
export interface CheckedOptions {
  baseUrl: string;
  fetch?: unknown;
  timeoutMs?: number | undefined;
  maxResponseBytes?: number | undefined;
  retry?: unknown;
}

/**
 * Fails a client factory at once on options that would make every call fail or misbehave: a missing credential (which
 * the server would answer with a 401) or one that cannot go into a header, a base URL that is not one or that carries
 * credentials, a query or a fragment, and any numeric option that is not a sensible number. Messages name the option,
 * never a credential.
 */
export function checkOptions(factory: string, credential: string, options: CheckedOptions): void {
  const value = (options as unknown as Record<string, unknown>)[credential];
  if (typeof value !== "string" || value.trim() === "") {
    throw new TypeError(`${factory}: the \`${credential}\` option must be a non-empty string`);
  }
  // fetch would refuse the header, quoting it, credential and all.
  if (/[\0\r\n]/.test(value)) throw new TypeError(`${factory}: the \`${credential}\` option contains a line break or NUL`);
  checkBaseUrl(factory, options.baseUrl);
  if (options.fetch !== undefined && typeof options.fetch !== "function") {
    throw new TypeError(`${factory}: the \`fetch\` option must be a function`);
  }
  checkTimeout(options.timeoutMs, factory);
  checkNumber(factory, "maxResponseBytes", options.maxResponseBytes, { min: 1, integer: true });
  checkRetry(factory, options.retry);
}

function checkBaseUrl(factory: string, baseUrl: string): void {
  const url = typeof baseUrl === "string" && URL.canParse(baseUrl) ? new URL(baseUrl) : undefined;
  if (!url || !/^https?:$/.test(url.protocol)) {
    throw new TypeError(`${factory}: the \`baseUrl\` option must be an absolute http(s) URL, not ${shown(baseUrl)}`);
  }
  // Not quoted: the URL's password is what must not show. fetch would quote it in every NetworkError.
  if (url.username || url.password || /^[^/]*\/\/[^/]*@/.test(baseUrl)) {
    throw new TypeError(`${factory}: the \`baseUrl\` option must not contain credentials (user:password@); pass them as the client's credential option`);
  }
  // An operation's path is appended to the base URL, which would then land in its query or fragment.
  if (url.search || url.hash || /[?#]/.test(baseUrl)) {
    throw new TypeError(`${factory}: the \`baseUrl\` option must not have a query or fragment (\`?\` or \`#\`)`);
  }
}

/** A base URL as an error message may quote it: whatever may be a user name or password is left out. */
function shown(baseUrl: unknown): string {
  return typeof baseUrl === "string" ? JSON.stringify(baseUrl.replace(/[^/?#@]*@/, "[REDACTED]@")) : String(baseUrl);
}

const RETRY_COUNTS = ["retries", "rateLimitRetries"] as const;
const RETRY_DELAYS = ["baseDelayMs", "maxDelayMs"] as const;
/** More retries than any server outage is worth: each waits up to `maxDelayMs`. */
const MOST_RETRIES = 100;

function checkRetry(factory: string, retry: unknown): void {
  if (retry === undefined || retry === false) return;
  if (typeof retry !== "object" || retry === null) {
    throw new TypeError(`${factory}: the \`retry\` option must be an object of retry settings or false, not ${String(retry)}`);
  }
  const settings = retry as Record<string, unknown>;
  for (const name of RETRY_COUNTS) checkNumber(factory, `retry.${name}`, settings[name], { min: 0, max: MOST_RETRIES, integer: true });
  for (const name of RETRY_DELAYS) checkNumber(factory, `retry.${name}`, settings[name], { min: 0, max: LONGEST_TIMER_MS });
}

/** Throws a RangeError for a value that is given (not undefined) and is not a finite number within the bounds. */
function checkNumber(factory: string, name: string, value: unknown, { min, max = Number.MAX_SAFE_INTEGER, integer = false }: { min: number; max?: number; integer?: boolean }): void {
  if (value === undefined) return;
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    const kind = integer ? "an integer" : "a number";
    throw new RangeError(`${factory}: ${name} must be ${kind} from ${min} to ${max}, not ${String(value)}`);
  }
}
