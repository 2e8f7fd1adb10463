/** Where a failed call was going; every botspec error carries it, with credentials already redacted. */
export interface RequestContext {
    operationId: string;
    method: string;
    url: string;
}
/** Base of every error a botspec client throws. Each class states its name: class names do not survive minification. */
export declare class BotspecError extends Error {
    name: string;
    readonly operationId: string;
    readonly method: string;
    readonly url: string;
    constructor(message: string, context: RequestContext, options?: ErrorOptions);
}
export interface ApiErrorDetails extends RequestContext {
    status: number;
    code: number | string | undefined;
    body: unknown;
    /** What the server said, if it said anything readable. */
    serverMessage?: string;
}
/** The server answered, and the answer is a failure: an HTTP error status or an error code in the body. */
export declare class ApiError extends BotspecError {
    name: string;
    readonly status: number;
    readonly code: number | string | undefined;
    readonly body: unknown;
    constructor(details: ApiErrorDetails);
}
/** The request never got an answer: connection refused or reset, DNS failure and the like. */
export declare class NetworkError extends BotspecError {
    name: string;
}
/** The call took longer than its `timeoutMs`. */
export declare class TimeoutError extends BotspecError {
    name: string;
    readonly timeoutMs: number;
    constructor(timeoutMs: number, context: RequestContext);
}
/** The caller's AbortSignal cancelled the call. */
export declare class AbortedError extends BotspecError {
    name: string;
}
/** The server answered with a success status but a body that cannot be read (e.g. malformed JSON). */
export declare class InvalidResponseError extends BotspecError {
    name: string;
    readonly status: number;
    constructor(message: string, status: number, context: RequestContext);
}
