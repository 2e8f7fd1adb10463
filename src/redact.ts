const REDACTED = "[REDACTED]";
const SECRET_QUERY_PARAMETERS = /([?&](?:sessionKey|authKey|token|access_token)=)[^&#]*/gi;

/** Removes credentials from anything that may reach an error message, a URL or a log line. */
export interface Redactor {
  text(value: string): string;
  value<T>(value: T): T;
}

/** `secrets` returns the credentials currently in use (they may change, e.g. when a mirai session opens). */
export function createRedactor(secrets: () => Iterable<string | undefined>): Redactor {
  function text(value: string): string {
    let result = value.replace(SECRET_QUERY_PARAMETERS, `$1${REDACTED}`);
    for (const secret of secrets()) {
      if (secret) result = result.split(secret).join(REDACTED);
    }
    return result;
  }
  function value<T>(input: T): T {
    if (typeof input === "string") return text(input) as T;
    if (Array.isArray(input)) return input.map(value) as T;
    if (input && typeof input === "object" && Object.getPrototypeOf(input) === Object.prototype) {
      return Object.fromEntries(Object.entries(input).map(([key, item]) => [key, value(item)])) as T;
    }
    return input;
  }
  return { text, value };
}
