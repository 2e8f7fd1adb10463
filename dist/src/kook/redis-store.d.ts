import type { RateLimitStore } from "./rate-limit-store.js";
import { type StoreEvent } from "./shared-rate-limit.js";
export type { RateLimitStore } from "./rate-limit-store.js";
export type { StoreEvent } from "./shared-rate-limit.js";
/**
 * What the store needs of a Redis client: a connected node-redis client (`createClient()` from the `redis` package,
 * version 5 or 6) has it. Commands go through `sendCommand`, so no scripts need to be registered on the client.
 */
export interface RedisClientLike {
    readonly isReady: boolean;
    sendCommand(args: string[]): Promise<unknown>;
    on(event: "error", listener: (error: unknown) => void): unknown;
}
export interface RedisStoreOptions {
    /** Prefix of every key the store writes (default `botspec:kook`). */
    prefix?: string | undefined;
    /** A Redis command slower than this counts as Redis being away (default 2000 ms). */
    timeoutMs?: number | undefined;
    /** After Redis failed, how long calls stay on the local limiter before Redis is tried again (default 1000 ms). */
    retryMs?: number | undefined;
    /**
     * Told when a client falls back to its local rate limiter because Redis is unreachable or slow (with the error),
     * and when it goes back to Redis. Calls carry on either way; this is for logs and alerts.
     */
    onEvent?: ((event: StoreEvent) => void) | undefined;
}
/**
 * Shares a KOOK client's rate limits through Redis with every other client, in any process on any machine, that
 * calls with the same token: `createKookClient({ token, rateLimit: { store: redisStore(redis) } })`, where `redis`
 * is a connected client of the `redis` package. Keys carry a hash of the token, never the token. While Redis is
 * unreachable or slow, calls go through the client's local limiter and `onEvent` is told.
 */
export declare function redisStore(client: RedisClientLike, options?: RedisStoreOptions): RateLimitStore;
