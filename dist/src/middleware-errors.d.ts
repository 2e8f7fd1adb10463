import type { Middleware } from "openapi-fetch";
/**
 * Whether `error` is one the user's middleware threw or returned from `onError`: an operation method lets it through
 * as it is (`thrownByMiddleware`), and makes a NetworkError of any other failure of a request sent through openapi-fetch.
 */
export declare function isMiddlewareError(error: unknown): boolean;
/** What the middleware threw: `error` itself, or the value it boxed. */
export declare function thrownByMiddleware(error: unknown): unknown;
export declare function guard(middleware: Middleware): Middleware;
