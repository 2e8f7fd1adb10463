const REDACTED = "[REDACTED]";
const SECRET_QUERY_PARAMETERS = /([?&](?:sessionKey|authKey|token|access_token)=)[^&#]*/gi;

/** Removes credentials from anything that may reach an error message, a URL or a log line. */
export interface Redactor {
  text(value: string): string;
  value<T>(value: T): T;
  /** A redactor of `more` credentials as well (one call's own, such as a pipe's access token). */
  and(more: readonly (string | undefined)[]): Redactor;
}

/**
 * `secrets` returns the credentials currently in use (they may change, e.g. when a mirai session opens).
 *
 * A credential is redacted wherever it stands whole: as it is, percent-encoded (either case of hex digits, `+` for a
 * space), JSON-escaped (`\/`, `\uXXXX`), or any mix of these, in text, in a parsed body's strings and in its object
 * keys. It is not redacted inside a longer run of letters and digits: a token `t` leaves `http` alone, while
 * `Bot t`, `token=t` or `"t"` lose it.
 */
export function createRedactor(secrets: () => Iterable<string | undefined>): Redactor {
  let known = "";
  let pattern: RegExp | undefined;

  /** One pattern for all current credentials, built again only when they change. */
  function patternOf(): RegExp | undefined {
    const list = [...new Set([...secrets()].filter((secret): secret is string => !!secret))];
    // Longest first, so that a credential containing another is redacted whole.
    list.sort((a, b) => b.length - a.length);
    const key = list.join("\0");
    if (key !== known || (pattern === undefined && list.length > 0)) {
      known = key;
      pattern = list.length === 0 ? undefined : new RegExp(list.map(wholeForms).join("|"), "g");
    }
    return pattern;
  }

  function text(value: string): string {
    const result = value.replace(SECRET_QUERY_PARAMETERS, `$1${REDACTED}`);
    const secretsPattern = patternOf();
    return secretsPattern ? result.replace(secretsPattern, REDACTED) : result;
  }

  function value<T>(input: T): T {
    if (typeof input === "string") return text(input) as T;
    if (Array.isArray(input)) return input.map(value) as T;
    if (input && typeof input === "object" && Object.getPrototypeOf(input) === Object.prototype) {
      return Object.fromEntries(Object.entries(input).map(([key, item]) => [text(key), value(item)])) as T;
    }
    return input;
  }
  return { text, value, and: (more) => createRedactor(() => [...secrets(), ...more]) };
}

const WORD = /[A-Za-z0-9]/;
/** Text that may end just before a credential: no letter or digit, except as the end of an escape. */
const START = String.raw`(?<![A-Za-z0-9])|(?<=%[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}|\\[bfnrt])`;

/** A pattern matching `secret` whole in every form it may be echoed in. */
function wholeForms(secret: string): string {
  const chars = [...secret];
  const body = chars.map(forms).join("");
  const start = WORD.test(chars[0]!) ? `(?:${START})` : "";
  const end = WORD.test(chars.at(-1)!) ? "(?![A-Za-z0-9])" : "";
  return `${start}${body}${end}`;
}

/** One character of a credential: as it is, percent-encoded in UTF-8, or JSON-escaped. */
function forms(char: string): string {
  const alternatives = [escapeRegExp(char)];
  const percent = [...new TextEncoder().encode(char)].map((byte) => `%${hexDigits(byte, 2)}`).join("");
  alternatives.push(percent);
  if (char === " ") alternatives.push(String.raw`\+`);
  const code = char.codePointAt(0)!;
  const units = code > 0xffff ? [...String.fromCodePoint(code)].map((unit) => unit.charCodeAt(0)) : [code];
  alternatives.push(units.map((unit) => String.raw`\\u${hexDigits(unit, 4)}`).join(""));
  const json = JSON.stringify(char).slice(1, -1);
  if (json !== char) alternatives.push(escapeRegExp(json));
  if (char === "/") alternatives.push(String.raw`\\/`);
  return `(?:${alternatives.join("|")})`;
}

/** `value` in `digits` hex digits, each matching either case. */
function hexDigits(value: number, digits: number): string {
  return [...value.toString(16).padStart(digits, "0")].map((digit) => (/[a-f]/.test(digit) ? `[${digit}${digit.toUpperCase()}]` : digit)).join("");
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
}
