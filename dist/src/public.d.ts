export { ApiError, AbortedError, BotspecError, InvalidResponseError, NetworkError, TimeoutError } from "./errors.js";
export type { RequestContext } from "./errors.js";
export type { CallOptions } from "./invoke.js";
export type { RetryOptions } from "./fetch/retry.js";
export type { OperationInput } from "./operation.js";
export type { Middleware } from "openapi-fetch";
