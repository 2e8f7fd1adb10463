/**
 * Fails a client factory at once when a credential is missing, rather than at the first call with a 401 from the
 * server. The message names the option, never its value.
 */
export function requireCredential(factory: string, option: string, value: unknown): void {
  if (typeof value !== "string" || value.trim() === "") {
    throw new TypeError(`${factory}: the \`${option}\` option must be a non-empty string`);
  }
}
