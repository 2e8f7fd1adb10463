import type { RetryOptions } from "./fetch/retry.js";
import { MAX_CREDENTIAL_LENGTH } from "./redact.js";
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
 * never a credential. Returns the retry settings as checked: a copy, read once, so that a getter cannot pass the check
 * with one value and give the client another.
 */
export function checkOptions(factory: string, credential: string, sentIn: "header" | "body", options: CheckedOptions): RetryOptions | false | undefined {
  const fail = (message: string) => {
    throw new TypeError(`${factory}: ${message}`);
  };
  const value = (options as unknown as Record<string, unknown>)[credential];
  if (typeof value !== "string" || value.trim() === "") fail(`the \`${credential}\` option must be a non-empty string`);
  if ((value as string).length > MAX_CREDENTIAL_LENGTH) fail(`the \`${credential}\` option is longer than ${MAX_CREDENTIAL_LENGTH} characters`);
  // A control character (a line break read from a file) is a mistake in a credential sent in a body too. In a header,
  // fetch would refuse one on every call, quoting the credential; it sends a character above U+007F as a byte the
  // server reads as another character, and it drops spaces at either end: the server would see, and may echo, a
  // credential that is not the one the client redacts.
  const unsendable = sentIn === "header" ? /[^\t\x20-\x7e]|^\s|\s$/ : /[\0-\x08\x0a-\x1f\x7f]/;
  if (unsendable.test(value as string)) {
    fail(`the \`${credential}\` option must be ${sentIn === "header" ? "printable ASCII without spaces at either end" : "without control characters"}`);
  }
  const { baseUrl } = options;
  // A URL object too is refused: the clients join paths to the string.
  const url = typeof baseUrl === "string" && URL.canParse(baseUrl) ? new URL(baseUrl) : undefined;
  if (!/^https?:$/.test(url?.protocol ?? "")) {
    // Quoted without whatever may be a user name or password.
    fail(`the \`baseUrl\` option must be an absolute http(s) URL string, not ${JSON.stringify(String(baseUrl).replace(/^(.*?\/\/)?.*@/s, "$1[REDACTED]@"))}`);
  }
  // fetch would quote the password in every NetworkError; an operation's path would land in the query or fragment.
  if (url!.username || url!.password || /^[^/]*\/\/[^/]*@/.test(baseUrl)) fail("the `baseUrl` option must not contain credentials (user:password@)");
  if (/[?#]/.test(baseUrl)) fail("the `baseUrl` option must not have a query or fragment");
  if (options.fetch !== undefined && typeof options.fetch !== "function") fail("the `fetch` option must be a function");
  checkTimeout(options.timeoutMs, factory);
  checkNumber(factory, "maxResponseBytes", options.maxResponseBytes, 1, Number.MAX_SAFE_INTEGER, true);
  const { retry } = options;
  if (retry === undefined || retry === false) return retry;
  if (typeof retry !== "object" || retry === null || Array.isArray(retry)) fail(`the \`retry\` option must be an object or false, not ${String(retry)}`);
  // Each setting read once, inherited ones too.
  const { retries, rateLimitRetries, baseDelayMs, maxDelayMs } = retry as Record<string, unknown>;
  const settings: Record<string, unknown> = { retries, rateLimitRetries, baseDelayMs, maxDelayMs };
  // More retries than any outage is worth, and delays a timer can hold.
  for (const name of ["retries", "rateLimitRetries"]) checkNumber(factory, `retry.${name}`, settings[name], 0, 100, true);
  for (const name of ["baseDelayMs", "maxDelayMs"]) checkNumber(factory, `retry.${name}`, settings[name], 0, LONGEST_TIMER_MS, false);
  return settings as RetryOptions;
}

/** Throws a RangeError for a value that is given (not undefined) and is not a finite number within the bounds. */
export function checkNumber(factory: string, name: string, value: unknown, min: number, max: number, integer: boolean): void {
  if (value !== undefined && !(typeof value === "number" && value >= min && value <= max && (!integer || Number.isInteger(value)))) {
    throw new RangeError(`${factory}: ${name} must be ${integer ? "an integer" : "a number"} from ${min} to ${max}, not ${String(value)}`);
  }
}
