import type { RetryOptions } from "./fetch/retry.js";
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
export declare function checkOptions(factory: string, credential: string, sentIn: "header" | "body", options: CheckedOptions): RetryOptions | false | undefined;
/** Throws a RangeError for a value that is given (not undefined) and is not a finite number within the bounds. */
export declare function checkNumber(factory: string, name: string, value: unknown, min: number, max: number, integer: boolean): void;
