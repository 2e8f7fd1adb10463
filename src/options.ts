import { checkTimeout } from "./timeout.js";

/**
 * Fails a client factory at once on options that would make every call fail: a missing credential (which the
 * server would answer with a 401) or one that cannot go into a header, a base URL that is not one, or an
 * impossible `timeoutMs`. Messages name the option, never a credential.
 */
export function checkOptions(factory: string, credential: string, options: { baseUrl: string; timeoutMs?: number | undefined }): void {
  const value = (options as Record<string, unknown>)[credential];
  if (typeof value !== "string" || value.trim() === "") {
    throw new TypeError(`${factory}: the \`${credential}\` option must be a non-empty string`);
  }
  // fetch would refuse the header, quoting it, credential and all.
  if (/[\0\r\n]/.test(value)) throw new TypeError(`${factory}: the \`${credential}\` option contains a line break or NUL`);
  if (!URL.canParse(options.baseUrl) || !/^https?:$/.test(new URL(options.baseUrl).protocol)) {
    throw new TypeError(`${factory}: the \`baseUrl\` option must be an absolute http(s) URL, not ${JSON.stringify(options.baseUrl)}`);
  }
  checkTimeout(options.timeoutMs, factory);
}
