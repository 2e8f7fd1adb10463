import type { Gate } from "../fetch/transport.js";
/**
 * Where a KOOK client's rate limits live when they are shared with other clients of the same token (the
 * `rateLimit.store` option; `redisStore` from `botspec/kook/redis` is one). Without one, each client keeps its limits
 * in memory, on its own.
 */
export interface RateLimitStore {
    /**
     * The rate limiter of one token. `scope` is a hash of the token, never the token; `createLocal` makes the in-memory
     * limiter, for use while the store is away, using `share` (default 1) of each window.
     */
    limiter(scope: Promise<string>, createLocal: (share?: number) => Gate): Gate;
}
