import { checkTimeout } from "./timeout.js";

/**
 * Fails a client factory at once on options that would make every call fail: a missing credential (which the
 * server would answer with a 401) or an impossible `timeoutMs`. Messages name the option, never a credential.
 */
export function checkOptions(factory: string, credential: string, options: { timeoutMs?: number | undefined }): void {
  const value = (options as Record<string, unknown>)[credential];
  if (typeof value !== "string" || value.trim() === "") {
    throw new TypeError(`${factory}: the \`${credential}\` option must be a non-empty string`);
  }
  checkTimeout(options.timeoutMs, factory);
}
