import type { ApiError, ApiErrorDetails } from "./errors.js";
import type { Answer } from "./invoke.js";
/**
 * The typed error for a failed answer. Each API says where its code and message are; the body and message are
 * redacted here, with the call's redactor, so no API can forget it.
 */
export declare function apiError<E extends ApiError>(ErrorClass: new (details: ApiErrorDetails) => E, { body, response, context, redactor }: Answer, code: number | string | undefined, serverMessage: unknown): E;
