const REDACTED = "[REDACTED]";
/**
 * The longest credential a client takes (far above any real token): the pattern that redacts one grows with its
 * length (about 100 characters per character), and V8 refuses a pattern a few MB long.
 */
export const MAX_CREDENTIAL_LENGTH = 1024;
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
 * space), JSON-escaped (`\/`, `\uXXXX`), as HTML character references (`&#47;`, `&#x2F;`, `&amp;`), or any mix of
 * these, in text, in a parsed body's strings, numbers (a credential that is a number, echoed as one, becomes the
 * string `[REDACTED]`, even when JSON.parse rounded it) and object keys. It is not redacted inside a longer run of
 * letters and digits: a token `t` leaves `http` alone, while `Bot t`, `token=t` or `"t"` lose it.
 */
export function createRedactor(secrets: () => Iterable<string | undefined>, root?: Redactor): Redactor {
  let known = "";
  let pattern: RegExp | undefined;
  /** The credentials' total length: what the pattern may try at each position of a text. */
  let patternChars = 0;

  /** One pattern for all current credentials, built again only when they change. */
  function patternOf(): RegExp | undefined {
    const list = [...new Set([...secrets()].filter((secret): secret is string => !!secret))];
    // Longest first, so that a credential containing another is redacted whole; then in one order whatever order they
    // come in (a mirai client lists its session keys by last use), so that the pattern is built again only when the
    // credentials themselves change: building one for long credentials takes seconds.
    list.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
    // JSON, not a join: no list of credentials can spell another's key.
    const key = JSON.stringify(list);
    if (key !== known || (pattern === undefined && list.length > 0)) {
      known = key;
      pattern = list.length === 0 ? undefined : patternFor(root ?? self, key, list);
      patternChars = list.reduce((chars, secret) => chars + secret.length, 0);
    }
    return pattern;
  }

  /**
   * `value` redacted. A hostile text (a credential's first part over and over) makes the pattern try nearly a whole
   * credential at every position: what costs more than `budget` to check is redacted whole instead, so that no answer
   * can hold the event loop for seconds.
   */
  function text(value: string, budget = { left: MOST_WORK }): string {
    const result = value.replace(SECRET_QUERY_PARAMETERS, `$1${REDACTED}`);
    const secretsPattern = patternOf();
    if (!secretsPattern) return result;
    budget.left -= result.length * patternChars;
    if (budget.left < 0) return REDACTED;
    try {
      return result.replace(secretsPattern, REDACTED);
    } catch {
      // V8 compiles a pattern when first used, and refuses one a few MB long: only a credential longer than every check
      // lets through gets here, and then everything is redacted rather than nothing.
      return REDACTED;
    }
  }

  /**
   * A copy of a parsed body with its strings, numbers and keys redacted, walked without recursion: a hostile body may
   * be nested deeper than the stack. What lies deeper than MAX_DEPTH is cut off, so that whoever serialises the error
   * (JSON.stringify, structuredClone) cannot overflow the stack either. A body of more than MOST_VALUES values is
   * redacted whole.
   */
  function value<T>(input: T): T {
    // Numbers are looked at only when a credential could be one: a body may hold millions of them. JSON.parse rounds
    // a number beyond a double's precision, so a number is compared by value too, not only by its text.
    const numbers = [...secrets()].filter((secret) => !!secret && NUMBER.test(secret)).map(Number);
    const numeric = numbers.length > 0;
    const walked = (item: unknown) => typeof item === "string" || (typeof item === "object" && item !== null) || (numeric && typeof item === "number");
    // One budget for the whole body: its strings together are one text. Past it, what is left of the text is redacted.
    const budget = { left: MOST_WORK };
    // Each value costs time too, whatever it holds: past this many, the body is redacted whole.
    let values = MOST_VALUES;
    const root: Record<string, unknown> = { input };
    const pending: [Record<string, unknown>, string, number][] = [[root, "input", 0]];
    for (let next = pending.pop(); next; next = pending.pop()) {
      const [parent, key, depth] = next;
      const item = parent[key];
      if (typeof item === "string" || typeof item === "number") {
        const redacted = numbers.includes(item as number) ? REDACTED : text(String(item), budget);
        if (typeof item === "string" || redacted !== String(item)) parent[key] = redacted;
        continue;
      }
      const plain = !!item && typeof item === "object" && Object.getPrototypeOf(item) === Object.prototype;
      if (!plain && !Array.isArray(item)) continue;
      if (depth === MAX_DEPTH) {
        parent[key] = TOO_DEEP;
        continue;
      }
      const entries = plain ? Object.entries(item) : undefined;
      // A key costs about three values: it is redacted and copied.
      if ((values -= entries ? 3 * entries.length : (item as unknown[]).length) < 0) return REDACTED as T;
      if (entries) {
        const copy = Object.fromEntries(entries.map(([name, field]) => [text(name, budget), field]));
        parent[key] = copy;
        for (const name of Object.keys(copy)) if (walked(copy[name])) pending.push([copy, name, depth + 1]);
      } else {
        const copy = (item as unknown[]).slice();
        parent[key] = copy;
        for (let index = 0; index < copy.length; index++) if (walked(copy[index])) pending.push([copy as unknown as Record<string, unknown>, String(index), depth + 1]);
      }
    }
    return root.input as T;
  }
  // A call's redactor (its own credentials added) shares the patterns built with its client's: a mirai call's session
  // key is most often among the client's already, and the pattern is the same.
  const self: Redactor = { text, value, and: (more) => createRedactor(() => [...secrets(), ...more], root ?? self) };
  return self;
}

/** A credential a server may echo as a number (leading zeros and all: the echo loses them). */
/** How many patterns a client and its calls' redactors keep built, the latest. */
const KEPT_PATTERNS = 4;

/** The patterns built for a client's redactor, made with the first: a Map per client would cost heap before any error. */
const builtPatterns = new WeakMap<Redactor, Map<string, RegExp>>();

function patternFor(owner: Redactor, key: string, list: string[]): RegExp {
  let built = builtPatterns.get(owner);
  if (!built) builtPatterns.set(owner, (built = new Map()));
  let pattern = built.get(key);
  if (!pattern) {
    built.set(key, (pattern = new RegExp(list.map(wholeForms).join("|"), "g")));
    if (built.size > KEPT_PATTERNS) built.delete(built.keys().next().value!);
  }
  return pattern;
}

const NUMBER = /^-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;

/**
 * How much checking one text (or one body's strings together) may cost: its length times the credentials' length.
 * About 1 s at worst on this project's machine (the text built to backtrack); a 150 KB error page against a
 * 200-character credential, or 1 MB against a 30-character token, is checked in full.
 */
const MOST_WORK = 30_000_000;

/**
 * How many values (in arrays and objects) an error body redacted value by value may hold, far more than any error of
 * these APIs: walking them takes about 0.2 s at worst here. A body of eight million zeros (15 MB, under
 * maxResponseBytes) held the event loop for 6 s.
 */
const MOST_VALUES = 250_000;

/** How deep a redacted body may nest, far beyond any answer of these APIs. */
const MAX_DEPTH = 1000;
const TOO_DEEP = "[nested too deep]";

const WORD = /[A-Za-z0-9]/;
/** Text that may end just before a credential: no letter or digit, except as the end of an escape. */
const START = String.raw`(?<![A-Za-z0-9])|(?<=%[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}|\\[bfnrt]|&#[0-9]+;|&#[xX][0-9A-Fa-f]+;)`;

/** A pattern matching `secret` whole in every form it may be echoed in. */
function wholeForms(secret: string): string {
  const chars = [...secret];
  const body = chars.map(forms).join("");
  const start = WORD.test(chars[0]!) ? `(?:${START})` : "";
  const end = WORD.test(chars.at(-1)!) ? "(?![A-Za-z0-9])" : "";
  return `${start}${body}${end}`;
}

/**
 * One character of a credential: as it is, JSON-escaped (with `\/` for `/`), `+` for a space, percent-encoded in UTF-8,
 * `\uXXXX`-escaped (each UTF-16 unit: `split("")` splits a character outside the BMP into its surrogates), or as an
 * HTML character reference, decimal, hex or named, as an HTML error page may show it.
 */
function forms(char: string): string {
  const literal = new Set([char, JSON.stringify(char).slice(1, -1), char === "/" ? "\\/" : char === " " ? "+" : char]);
  const named = NAMED_REFERENCES[char];
  if (named) literal.add(`&${named};`);
  const percent = [...new TextEncoder().encode(char)].map((byte) => `%${hexDigits(byte, 2)}`).join("");
  const unicode = char.split("").map((unit) => `\\\\u${hexDigits(unit.charCodeAt(0), 4)}`).join("");
  const point = char.codePointAt(0)!;
  const reference = `&#(?:0*${point}|[xX]0*${hexDigits(point, 1)});`;
  return `(?:${[...literal].map(escapeRegExp).join("|")}|${percent}|${unicode}|${reference})`;
}

/** The named references of the characters HTML escapes. */
const NAMED_REFERENCES: Record<string, string> = { "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "apos" };

/** `value` in `digits` hex digits, each matching either case. */
function hexDigits(value: number, digits: number): string {
  return value.toString(16).padStart(digits, "0").replace(/[a-f]/g, (digit) => `[${digit}${digit.toUpperCase()}]`);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
}
