/**
 * The longest credential a client takes (far above any real token): the pattern that redacts one grows with its
 * length (about 100 characters per character), and V8 refuses a pattern a few MB long.
 */
export declare const MAX_CREDENTIAL_LENGTH = 1024;
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
export declare function createRedactor(secrets: () => Iterable<string | undefined>, root?: Redactor): Redactor;
export declare function escapeRegExp(text: string): string;
